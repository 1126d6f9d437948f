import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, setSessionHint } from '@/api/client'
import { toRole, type ClientSummary, type Me, type Role } from '@/api/types'
import { formatClock } from '@/utils/format'
import { isApiError, problemText } from '@/utils/problem'

/** A message to show: an i18n key (+ params) or a server-provided text. */
export interface UiMessage {
  key?: string
  params?: Record<string, string | number>
  text?: string
}

export type LoginOutcome = { ok: true; user: Me } | { ok: false; message: UiMessage }

/** Maps a failed POST /api/token to the message the login page shows. */
export function describeLoginError(e: unknown, locale = 'en'): UiMessage {
  if (!isApiError(e)) return { key: 'errors.generic' }
  if (e.isNetwork) return { key: 'errors.network' }
  const code = e.code
  if (e.status === 429) {
    const fromBody = Number(e.problem.retry_after)
    const seconds = e.retryAfter ?? (Number.isFinite(fromBody) && fromBody > 0 ? fromBody : 60)
    return { key: 'login.rateLimited', params: { seconds } }
  }
  if (code === 'account_locked' || e.status === 423) {
    const until = typeof e.problem.locked_until === 'string' ? e.problem.locked_until : null
    const time = until ? formatClock(until, locale) : ''
    return time ? { key: 'login.locked', params: { time } } : { key: 'login.lockedLater' }
  }
  if (code === 'account_inactive') return { key: 'login.inactive' }
  if (e.status === 401) return { key: 'login.badCredentials' }
  const text = problemText(e.problem)
  return text ? { text } : { key: 'errors.generic' }
}

function clientKey(userId: number): string {
  return `kpi-client:${userId}`
}

export const useSessionStore = defineStore('session', () => {
  const user = ref<Me | null>(null)
  /** True once the initial GET /api/users/me has answered (either way). */
  const ready = ref(false)
  const selectedClientId = ref<number | null>(null)

  const isAuthenticated = computed(() => user.value !== null)
  const role = computed<Role | null>(() => (user.value ? toRole(user.value.role) : null))
  const clients = computed<ClientSummary[]>(() => user.value?.clients ?? [])
  const selectedClient = computed<ClientSummary | null>(
    () => clients.value.find((c) => c.id === selectedClientId.value) ?? clients.value[0] ?? null,
  )
  const canPickClient = computed(() => clients.value.length > 1 && role.value !== 'operator')

  function setUser(me: Me | null): void {
    user.value = me
    setSessionHint(me !== null)
    if (!me) {
      selectedClientId.value = null
      return
    }
    let stored: number | null = null
    try {
      const raw = localStorage.getItem(clientKey(me.id))
      stored = raw ? Number(raw) : null
    } catch {
      /* ignore */
    }
    const ids = (me.clients ?? []).map((c) => c.id)
    selectedClientId.value = stored !== null && ids.includes(stored) ? stored : (ids[0] ?? null)
  }

  function selectClient(id: number): void {
    if (!user.value || !clients.value.some((c) => c.id === id)) return
    selectedClientId.value = id
    try {
      localStorage.setItem(clientKey(user.value.id), String(id))
    } catch {
      /* ignore */
    }
  }

  /** Restore the cookie session on app start. */
  async function restore(): Promise<void> {
    try {
      setUser(await api.me())
    } catch {
      setUser(null)
    } finally {
      ready.value = true
    }
  }

  async function login(username: string, password: string, locale = 'en'): Promise<LoginOutcome> {
    try {
      const token = await api.login(username, password)
      const me = token.user ?? (await api.me())
      setUser(me)
      ready.value = true
      return { ok: true, user: me }
    } catch (e) {
      return { ok: false, message: describeLoginError(e, locale) }
    }
  }

  async function logout(): Promise<void> {
    try {
      await api.logout()
    } catch {
      /* the cookies are cleared server-side when it can; the local session ends regardless */
    }
    setUser(null)
  }

  /** Local end of session (refresh failed). */
  function clear(): void {
    setUser(null)
  }

  async function reloadMe(): Promise<void> {
    setUser(await api.me())
  }

  return {
    user,
    ready,
    selectedClientId,
    isAuthenticated,
    role,
    clients,
    selectedClient,
    canPickClient,
    setUser,
    selectClient,
    restore,
    login,
    logout,
    clear,
    reloadMe,
  }
})
