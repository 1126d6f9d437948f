import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { describeLoginError, useSessionStore } from '@/stores/session'
import { ApiError } from '@/utils/problem'

const ME = {
  id: 7,
  username: 'leader1',
  email: 'leader1@demo.kpiops.io',
  full_name: 'Lea Leader',
  role: 'leader',
  active: true,
  client_ids: [1, 2],
  clients: [
    { id: 1, code: 'ACME-MFG', name: 'Acme Manufacturing', time_zone: 'America/New_York' },
    { id: 2, code: 'TEXTIL-MX', name: 'Textiles del Norte', time_zone: 'America/Monterrey' },
  ],
}

function respond(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json'
  return new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } })
}

describe('session store login', () => {
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  it('stores the user on success and restores the per-user client choice', async () => {
    localStorage.setItem('kpi-client:7', '2')
    fetchMock.mockResolvedValueOnce(
      respond(200, { access_token: 'a', refresh_token: 'r', token_type: 'bearer', expires_in: 900, user: ME }),
    )
    const s = useSessionStore()
    const out = await s.login('leader1', 'Leader!Plant26')
    expect(out.ok).toBe(true)
    expect(s.user?.full_name).toBe('Lea Leader')
    expect(s.role).toBe('leader')
    expect(s.selectedClient?.code).toBe('TEXTIL-MX')
    expect(s.canPickClient).toBe(true)
    const req = fetchMock.mock.calls[0]?.[0] as Request
    expect(new URL(req.url).pathname).toBe('/api/token')
    expect(await req.json()).toEqual({ username: 'leader1', password: 'Leader!Plant26' })
    expect(localStorage.getItem('kpi-access')).toBeNull() // tokens are never stored
    s.selectClient(1)
    expect(localStorage.getItem('kpi-client:7')).toBe('1')
  })

  it('maps bad credentials to the i18n message', async () => {
    fetchMock.mockResolvedValueOnce(
      respond(401, { status: 401, title: 'Unauthorized', detail: 'Incorrect username or password.', code: 'bad_credentials' }),
    )
    const s = useSessionStore()
    const out = await s.login('x', 'y')
    expect(out).toEqual({ ok: false, message: { key: 'login.badCredentials' } })
    expect(s.user).toBeNull()
    expect(fetchMock).toHaveBeenCalledTimes(1) // no refresh attempt for /api/token
  })

  it('maps a locked account to HH:MM of locked_until', async () => {
    fetchMock.mockResolvedValueOnce(
      respond(401, { status: 401, code: 'account_locked', detail: 'Locked', locked_until: '2026-05-01T14:05:00Z' }),
    )
    const out = await useSessionStore().login('x', 'y')
    expect(out).toEqual({ ok: false, message: { key: 'login.locked', params: { time: '14:05' } } })
  })

  it('maps 429 with Retry-After seconds', async () => {
    fetchMock.mockResolvedValueOnce(respond(429, { status: 429, title: 'Too Many Requests' }, { 'Retry-After': '37' }))
    const out = await useSessionStore().login('x', 'y')
    expect(out).toEqual({ ok: false, message: { key: 'login.rateLimited', params: { seconds: 37 } } })
  })

  it('maps inactive accounts and network failures', async () => {
    fetchMock.mockResolvedValueOnce(respond(401, { status: 401, code: 'account_inactive' }))
    expect(await useSessionStore().login('x', 'y')).toEqual({ ok: false, message: { key: 'login.inactive' } })
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    expect(await useSessionStore().login('x', 'y')).toEqual({ ok: false, message: { key: 'errors.network' } })
  })

  it('restore() sets ready and tolerates an anonymous visitor', async () => {
    fetchMock.mockResolvedValue(respond(401, { status: 401, code: 'unauthenticated' }))
    const s = useSessionStore()
    await s.restore()
    expect(s.ready).toBe(true)
    expect(s.user).toBeNull()
    expect(fetchMock).toHaveBeenCalledTimes(1) // no session hint → no refresh call
  })

  it('logout clears the user even when the call fails', async () => {
    fetchMock.mockResolvedValueOnce(respond(200, { user: ME, access_token: 'a', refresh_token: 'r', token_type: 'bearer', expires_in: 1 }))
    const s = useSessionStore()
    await s.login('leader1', 'p')
    fetchMock.mockRejectedValueOnce(new TypeError('offline'))
    await s.logout()
    expect(s.user).toBeNull()
  })
})

describe('describeLoginError', () => {
  it('falls back to server text, then generic', () => {
    expect(describeLoginError(new ApiError(500, { detail: 'Boom' }))).toEqual({ text: 'Boom' })
    expect(describeLoginError(new ApiError(500, {}))).toEqual({ key: 'errors.generic' })
    expect(describeLoginError(new Error('x'))).toEqual({ key: 'errors.generic' })
    expect(describeLoginError(new ApiError(401, { code: 'account_locked' }))).toEqual({ key: 'login.lockedLater' })
    expect(describeLoginError(new ApiError(429, { retry_after: 12 }))).toEqual({ key: 'login.rateLimited', params: { seconds: 12 } })
  })
})
