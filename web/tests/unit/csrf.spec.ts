import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CSRF_HEADER, createApiClient, createAuthFetch, csrfMiddleware, onAuthLost, setSessionHint, withCsrf } from '@/api/client'
import { readCookie } from '@/utils/cookies'

const URL_BASE = 'http://localhost:3000'

function clearCookies(): void {
  for (const c of document.cookie.split(';')) {
    const name = c.split('=')[0]?.trim()
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  }
}

describe('CSRF header middleware', () => {
  beforeEach(clearCookies)

  it('reads cookies by exact name and decodes them', () => {
    expect(readCookie('XSRF-TOKEN', 'a=1; XSRF-TOKEN=abc%3D%3D; XSRF-TOKEN2=zzz')).toBe('abc==')
    expect(readCookie('missing', 'a=1')).toBeNull()
  })

  it('adds X-XSRF-TOKEN to POST, PUT, PATCH and DELETE', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const req = withCsrf(new Request(`${URL_BASE}/api/clients`, { method }), 'XSRF-TOKEN=tok-1')
      expect(req.headers.get(CSRF_HEADER), method).toBe('tok-1')
    }
  })

  it('leaves GET and HEAD alone and does nothing without the cookie', () => {
    expect(withCsrf(new Request(`${URL_BASE}/api/clients`), 'XSRF-TOKEN=tok-1').headers.has(CSRF_HEADER)).toBe(false)
    expect(withCsrf(new Request(`${URL_BASE}/api/x`, { method: 'HEAD' }), 'XSRF-TOKEN=t').headers.has(CSRF_HEADER)).toBe(false)
    expect(withCsrf(new Request(`${URL_BASE}/api/x`, { method: 'POST' }), '').headers.has(CSRF_HEADER)).toBe(false)
  })

  it('the middleware uses document.cookie', async () => {
    document.cookie = 'XSRF-TOKEN=from-document; path=/'
    const req = new Request(`${URL_BASE}/api/logout`, { method: 'POST' })
    const onRequest = csrfMiddleware.onRequest as (o: { request: Request }) => Request
    expect(onRequest({ request: req }).headers.get(CSRF_HEADER)).toBe('from-document')
  })

  it('is wired into the API client (login carries the header)', async () => {
    document.cookie = 'XSRF-TOKEN=wired; path=/'
    const seen: Request[] = []
    const client = createApiClient(async (r) => {
      seen.push(r)
      return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } })
    })
    await client.POST('/api/token', { body: { username: 'a', password: 'b' } })
    await client.GET('/api/users/me')
    expect(seen[0]?.headers.get(CSRF_HEADER)).toBe('wired')
    expect(seen[0]?.credentials).toBe('same-origin')
    expect(seen[1]?.headers.has(CSRF_HEADER)).toBe(false)
  })
})

describe('401 → refresh once → replay', () => {
  const json = (status: number, body: unknown = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

  beforeEach(() => {
    clearCookies()
    setSessionHint(true)
  })
  afterEach(() => onAuthLost(null))

  it('refreshes and replays the original request with the current CSRF token', async () => {
    document.cookie = 'XSRF-TOKEN=old; path=/'
    const calls: string[] = []
    const base = vi.fn(async (r: Request) => {
      calls.push(`${r.method} ${new URL(r.url).pathname} ${r.headers.get(CSRF_HEADER) ?? '-'}`)
      if (r.url.endsWith('/api/token/refresh')) {
        document.cookie = 'XSRF-TOKEN=new; path=/'
        return json(200)
      }
      return calls.length === 1 ? json(401) : json(200, { ok: true })
    })
    const f = createAuthFetch(base)
    const res = await f(withCsrf(new Request(`${URL_BASE}/api/clients`, { method: 'POST', body: '{"a":1}' })))
    expect(res.status).toBe(200)
    expect(calls).toEqual(['POST /api/clients old', 'POST /api/token/refresh old', 'POST /api/clients new'])
  })

  it('gives up after a failed refresh and reports the lost session', async () => {
    const lost = vi.fn()
    onAuthLost(lost)
    const base = vi.fn(async () => json(401))
    const res = await createAuthFetch(base)(new Request(`${URL_BASE}/api/users/me`))
    expect(res.status).toBe(401)
    expect(base).toHaveBeenCalledTimes(2) // original + refresh, no replay
    expect(lost).toHaveBeenCalledOnce()
  })

  it('never refreshes for the login call itself', async () => {
    const base = vi.fn(async () => json(401, { code: 'bad_credentials' }))
    const res = await createAuthFetch(base)(new Request(`${URL_BASE}/api/token`, { method: 'POST', body: '{}' }))
    expect(res.status).toBe(401)
    expect(base).toHaveBeenCalledTimes(1)
  })

  it('does not spend a refresh call when this browser never had a session', async () => {
    setSessionHint(false)
    const base = vi.fn(async () => json(401))
    await createAuthFetch(base)(new Request(`${URL_BASE}/api/users/me`))
    expect(base).toHaveBeenCalledTimes(1)
  })
})
