import type { Role } from '@/api/types'

export type ClientRuleError = 'operatorOneClient' | 'atLeastOneClient' | null

/** Role ↔ client rules: operator exactly one, leader/poweruser one or more, admin none. */
export function clientRuleError(role: Role, clientIds: readonly number[]): ClientRuleError {
  if (role === 'admin') return null
  if (role === 'operator') return clientIds.length === 1 ? null : 'operatorOneClient'
  return clientIds.length >= 1 ? null : 'atLeastOneClient'
}

/** Client ids to keep when the role changes. */
export function clientsForRole(role: Role, clientIds: readonly number[]): number[] {
  if (role === 'admin') return []
  if (role === 'operator') return clientIds.slice(0, 1)
  return [...clientIds]
}

export const USERNAME_RE = /^[A-Za-z0-9._-]{3,50}$/

export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function isLocked(lockedUntil: string | null | undefined, now: number = Date.now()): boolean {
  if (!lockedUntil) return false
  const t = Date.parse(lockedUntil)
  return !Number.isNaN(t) && t > now
}
