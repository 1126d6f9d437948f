import type { Role } from '@/api/types'

export interface GuardTarget {
  name?: string | symbol | null
  fullPath: string
  meta: { public?: boolean; guestOnly?: boolean; roles?: readonly Role[] }
  query: Record<string, unknown>
}

export type GuardResult = true | { path: string; query?: Record<string, string> }

/** Only same-app absolute paths are accepted as ?redirect= targets (no open redirects). */
export function safeRedirect(value: unknown): string | null {
  const v = Array.isArray(value) ? value[0] : value
  if (typeof v !== 'string') return null
  if (!v.startsWith('/') || v.startsWith('//') || v.startsWith('/\\')) return null
  if (v.startsWith('/login')) return null
  return v
}

/** Pure routing rules: auth required unless public; guest-only pages; role-restricted routes. */
export function decide(to: GuardTarget, role: Role | null, landing: string): GuardResult {
  if (to.meta.guestOnly) {
    if (role) return { path: safeRedirect(to.query.redirect) ?? landing }
    return true
  }
  if (to.meta.public) return true
  if (!role) {
    return to.fullPath && to.fullPath !== '/'
      ? { path: '/login', query: { redirect: to.fullPath } }
      : { path: '/login' }
  }
  if (to.meta.roles && !to.meta.roles.includes(role)) return { path: landing }
  return true
}
