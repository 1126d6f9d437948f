/**
 * The one HTTP client of the app: openapi-fetch typed against the OpenAPI document,
 * with the CSRF header middleware and "401 → refresh once → retry" handling.
 * Everything else calls the helpers exported from `api` below.
 */
import createClient, { type Middleware } from 'openapi-fetch'
import { readCookie } from '@/utils/cookies'
import { ApiError, parseRetryAfter, toProblem } from '@/utils/problem'
import type {
  ApiPaths,
  AuditPage,
  AuditQuery,
  CatalogQuery,
  ChangePasswordRequest,
  Client,
  ClientPage,
  ClientQuery,
  ClientSettingsResponse,
  CreateClientRequest,
  CreateDefectTypeRequest,
  CreateDowntimeReasonRequest,
  CreateHoldReasonRequest,
  CreateEmployeeRequest,
  CreateLineRequest,
  CreateProductRequest,
  CreateShiftRequest,
  CreateUserRequest,
  DefectTemplate,
  DefectType,
  DefectTypePage,
  DowntimeReason,
  DowntimeReasonPage,
  Employee,
  EmployeePage,
  HoldReason,
  HoldReasonPage,
  Line,
  LinePage,
  Me,
  Product,
  ProductPage,
  Shift,
  SettingsBody,
  ShiftPage,
  TargetBody,
  TemplateLoadResult,
  TokenResponse,
  UpdateClientRequest,
  UpdateDefectTypeRequest,
  UpdateDowntimeReasonRequest,
  UpdateEmployeeRequest,
  UpdateHoldReasonRequest,
  UpdateLineRequest,
  UpdateProductRequest,
  UpdateShiftRequest,
  UpdateUserRequest,
  User,
  UserPage,
  UserQuery,
} from './types'

export const CSRF_COOKIE = 'XSRF-TOKEN'
export const CSRF_HEADER = 'X-XSRF-TOKEN'
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
/** Calls whose 401 means "bad credentials / no session", never "access token expired". */
const NO_REFRESH_PATHS = new Set(['/api/token', '/api/token/refresh', '/api/logout'])

/** Adds X-XSRF-TOKEN (value of the XSRF-TOKEN cookie) to unsafe requests. */
export function withCsrf(request: Request, cookieSource?: string): Request {
  if (UNSAFE_METHODS.has(request.method.toUpperCase())) {
    const token = readCookie(CSRF_COOKIE, cookieSource)
    if (token) request.headers.set(CSRF_HEADER, token)
  }
  return request
}

export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    return withCsrf(request)
  },
}

function origin(): string {
  return typeof window !== 'undefined' && window.location?.origin && window.location.origin !== 'null'
    ? window.location.origin
    : 'http://localhost'
}

function pathOf(url: string): string {
  try {
    return new URL(url, origin()).pathname
  } catch {
    return url
  }
}

export type FetchLike = (request: Request) => Promise<Response>

let authLostHandler: (() => void) | null = null
/** Registered by the session store: called when the session is gone (refresh failed). */
export function onAuthLost(handler: (() => void) | null): void {
  authLostHandler = handler
}

/**
 * Non-secret hint that this browser had a session: without it a 401 is not worth a
 * refresh call (anonymous visitors would otherwise spend the auth rate limit).
 */
const SESSION_HINT_KEY = 'kpi-session'
export function setSessionHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(SESSION_HINT_KEY, '1')
    else localStorage.removeItem(SESSION_HINT_KEY)
  } catch {
    /* ignore */
  }
}
export function hasSessionHint(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT_KEY) === '1'
  } catch {
    return true
  }
}

let refreshInFlight: Promise<boolean> | null = null

/** POST /api/token/refresh once; concurrent 401s share the same refresh. */
export function refreshSession(fetchImpl: FetchLike = (r) => globalThis.fetch(r)): Promise<boolean> {
  if (!refreshInFlight) {
    refreshInFlight = (async () => {
      try {
        const req = withCsrf(
          new Request(`${origin()}/api/token/refresh`, {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: '{}',
          }),
        )
        const res = await fetchImpl(req)
        return res.ok
      } catch {
        return false
      } finally {
        // let every waiter of this round see the result before a new round may start
        queueMicrotask(() => {
          refreshInFlight = null
        })
      }
    })()
  }
  return refreshInFlight
}

/**
 * fetch wrapper: on 401 (except auth endpoints) refresh the cookie session once and
 * replay the request; if that fails the auth-lost handler runs (→ /login?redirect=…).
 */
export function createAuthFetch(baseFetch: FetchLike = (r) => globalThis.fetch(r)): FetchLike {
  return async (request: Request) => {
    const replay = NO_REFRESH_PATHS.has(pathOf(request.url)) ? null : request.clone()
    const response = await baseFetch(request)
    if (response.status !== 401 || !replay) return response
    const refreshed = hasSessionHint() && (await refreshSession(baseFetch))
    if (!refreshed) {
      setSessionHint(false)
      authLostHandler?.()
      return response
    }
    const second = await baseFetch(withCsrf(replay))
    if (second.status === 401) {
      setSessionHint(false)
      authLostHandler?.()
    }
    return second
  }
}

export function createApiClient(fetchImpl: FetchLike = createAuthFetch()) {
  const client = createClient<ApiPaths>({
    baseUrl: origin(),
    credentials: 'same-origin',
    headers: { Accept: 'application/json, application/problem+json' },
    fetch: fetchImpl,
  })
  client.use(csrfMiddleware)
  return client
}

/** The one authenticated fetch: every call, typed or raw, shares its refresh-on-401. */
const authFetch = createAuthFetch()
export const http = createApiClient(authFetch)

function failure(status: number, body: unknown, headers: Headers): ApiError {
  return new ApiError(status, toProblem(body, status), parseRetryAfter(headers.get('Retry-After')))
}

async function errorBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '')
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * A call openapi-fetch handles poorly (multipart uploads, file downloads), on the same CSRF header and
 * refresh-on-401 as every other call; `transport` replaces the network layer (e.g. one reporting upload
 * progress). Resolves with the response on 2xx, throws ApiError otherwise (status 0 = network).
 */
export async function send(path: string, init: RequestInit = {}, transport: FetchLike = authFetch): Promise<Response> {
  const headers = new Headers(init.headers)
  if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json')
  const request = withCsrf(new Request(`${origin()}${path}`, { credentials: 'same-origin', ...init, headers }))
  let response: Response
  try {
    response = await transport(request)
  } catch (e) {
    throw new ApiError(0, { detail: e instanceof Error ? e.message : String(e) })
  }
  if (!response.ok) throw failure(response.status, await errorBody(response), response.headers)
  return response
}

interface RawResult {
  data?: unknown
  error?: unknown
  response: Response
}

/** Unwraps an openapi-fetch result: data on 2xx, ApiError otherwise (status 0 = network). */
export async function run(call: () => Promise<RawResult>): Promise<unknown> {
  let result: RawResult
  try {
    result = await call()
  } catch (e) {
    if (e instanceof ApiError) throw e
    throw new ApiError(0, { detail: e instanceof Error ? e.message : String(e) })
  }
  const { response } = result
  if (!response.ok) throw failure(response.status, result.error, response.headers)
  return result.data
}

export function idempotencyKey(): string {
  const c = globalThis.crypto
  if (c && typeof c.randomUUID === 'function') return c.randomUUID()
  const bytes = new Uint8Array(16)
  c.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Drops empty filters; `sort` goes out as the API's repeatable `sort=field,dir` parameter. */
export function clean<T extends { sort?: string | string[] }>(query: T): Omit<T, 'sort'> & { sort?: string[] } {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') out[k] = v
  }
  const sort = (Array.isArray(query.sort) ? query.sort : [query.sort]).filter((v): v is string => !!v)
  if (sort.length) out.sort = sort
  else delete out.sort
  return out as Omit<T, 'sort'> & { sort?: string[] }
}

export const api = {
  login: async (username: string, password: string) =>
    (await run(() => http.POST('/api/token', { body: { username, password } }))) as TokenResponse,

  logout: async () => {
    await run(() => http.POST('/api/logout'))
  },

  me: async () => (await run(() => http.GET('/api/users/me'))) as Me,

  changeOwnPassword: async (body: ChangePasswordRequest) => {
    await run(() => http.POST('/api/users/me/password', { body }))
  },

  listClients: async (query: ClientQuery) =>
    (await run(() => http.GET('/api/clients', { params: { query: clean(query) } }))) as ClientPage,

  getClient: async (id: number) =>
    (await run(() => http.GET('/api/clients/{id}', { params: { path: { id } } }))) as Client,

  createClient: async (body: CreateClientRequest) =>
    (await run(() =>
      http.POST('/api/clients', { body, headers: { 'Idempotency-Key': idempotencyKey() } }),
    )) as Client,

  updateClient: async (id: number, body: UpdateClientRequest) =>
    (await run(() => http.PUT('/api/clients/{id}', { params: { path: { id } }, body }))) as Client,

  listUsers: async (query: UserQuery) =>
    (await run(() => http.GET('/api/users', { params: { query: clean(query) } }))) as UserPage,

  getUser: async (id: number) =>
    (await run(() => http.GET('/api/users/{id}', { params: { path: { id } } }))) as User,

  createUser: async (body: CreateUserRequest) =>
    (await run(() =>
      http.POST('/api/users', { body, headers: { 'Idempotency-Key': idempotencyKey() } }),
    )) as User,

  updateUser: async (id: number, body: UpdateUserRequest) =>
    (await run(() => http.PUT('/api/users/{id}', { params: { path: { id } }, body }))) as User,

  resetUserPassword: async (id: number, newPassword: string) => {
    await run(() =>
      http.POST('/api/users/{id}/password', { params: { path: { id } }, body: { new_password: newPassword } }),
    )
  },

  unlockUser: async (id: number) => {
    await run(() => http.POST('/api/users/{id}/unlock', { params: { path: { id } } }))
  },

  listProducts: async (query: CatalogQuery) =>
    (await run(() => http.GET('/api/products', { params: { query: clean(query) } }))) as ProductPage,

  getProduct: async (id: number) =>
    (await run(() => http.GET('/api/products/{id}', { params: { path: { id } } }))) as Product,

  createProduct: async (body: CreateProductRequest) =>
    (await run(() =>
      http.POST('/api/products', { body, headers: { 'Idempotency-Key': idempotencyKey() } }),
    )) as Product,

  updateProduct: async (id: number, body: UpdateProductRequest) =>
    (await run(() => http.PUT('/api/products/{id}', { params: { path: { id } }, body }))) as Product,

  listLines: async (query: CatalogQuery) =>
    (await run(() => http.GET('/api/lines', { params: { query: clean(query) } }))) as LinePage,

  getLine: async (id: number) =>
    (await run(() => http.GET('/api/lines/{id}', { params: { path: { id } } }))) as Line,

  createLine: async (body: CreateLineRequest) =>
    (await run(() => http.POST('/api/lines', { body, headers: { 'Idempotency-Key': idempotencyKey() } }))) as Line,

  updateLine: async (id: number, body: UpdateLineRequest) =>
    (await run(() => http.PUT('/api/lines/{id}', { params: { path: { id } }, body }))) as Line,

  listShifts: async (query: CatalogQuery) =>
    (await run(() => http.GET('/api/shifts', { params: { query: clean(query) } }))) as ShiftPage,

  getShift: async (id: number) =>
    (await run(() => http.GET('/api/shifts/{id}', { params: { path: { id } } }))) as Shift,

  createShift: async (body: CreateShiftRequest) =>
    (await run(() => http.POST('/api/shifts', { body, headers: { 'Idempotency-Key': idempotencyKey() } }))) as Shift,

  updateShift: async (id: number, body: UpdateShiftRequest) =>
    (await run(() => http.PUT('/api/shifts/{id}', { params: { path: { id } }, body }))) as Shift,

  listEmployees: async (query: CatalogQuery) =>
    (await run(() => http.GET('/api/employees', { params: { query: clean(query) } }))) as EmployeePage,

  getEmployee: async (id: number) =>
    (await run(() => http.GET('/api/employees/{id}', { params: { path: { id } } }))) as Employee,

  createEmployee: async (body: CreateEmployeeRequest) =>
    (await run(() =>
      http.POST('/api/employees', { body, headers: { 'Idempotency-Key': idempotencyKey() } }),
    )) as Employee,

  updateEmployee: async (id: number, body: UpdateEmployeeRequest) =>
    (await run(() => http.PUT('/api/employees/{id}', { params: { path: { id } }, body }))) as Employee,

  listDefectTypes: async (query: CatalogQuery) =>
    (await run(() => http.GET('/api/defect-types', { params: { query: clean(query) } }))) as DefectTypePage,

  getDefectType: async (id: number) =>
    (await run(() => http.GET('/api/defect-types/{id}', { params: { path: { id } } }))) as DefectType,

  createDefectType: async (body: CreateDefectTypeRequest) =>
    (await run(() =>
      http.POST('/api/defect-types', { body, headers: { 'Idempotency-Key': idempotencyKey() } }),
    )) as DefectType,

  updateDefectType: async (id: number, body: UpdateDefectTypeRequest) =>
    (await run(() => http.PUT('/api/defect-types/{id}', { params: { path: { id } }, body }))) as DefectType,

  listDefectTemplates: async () => (await run(() => http.GET('/api/defect-types/templates'))) as DefectTemplate[],

  loadDefectTemplate: async (template: string, clientId: number) =>
    (await run(() =>
      http.POST('/api/defect-types/templates/{template}/load', {
        params: { path: { template }, query: { client_id: clientId } },
      }),
    )) as TemplateLoadResult,

  listDowntimeReasons: async (query: CatalogQuery) =>
    (await run(() => http.GET('/api/downtime-reasons', { params: { query: clean(query) } }))) as DowntimeReasonPage,

  getDowntimeReason: async (id: number) =>
    (await run(() => http.GET('/api/downtime-reasons/{id}', { params: { path: { id } } }))) as DowntimeReason,

  createDowntimeReason: async (body: CreateDowntimeReasonRequest) =>
    (await run(() =>
      http.POST('/api/downtime-reasons', { body, headers: { 'Idempotency-Key': idempotencyKey() } }),
    )) as DowntimeReason,

  updateDowntimeReason: async (id: number, body: UpdateDowntimeReasonRequest) =>
    (await run(() => http.PUT('/api/downtime-reasons/{id}', { params: { path: { id } }, body }))) as DowntimeReason,

  listHoldReasons: async (query: CatalogQuery) =>
    (await run(() => http.GET('/api/hold-reasons', { params: { query: clean(query) } }))) as HoldReasonPage,

  getHoldReason: async (id: number) =>
    (await run(() => http.GET('/api/hold-reasons/{id}', { params: { path: { id } } }))) as HoldReason,

  createHoldReason: async (body: CreateHoldReasonRequest) =>
    (await run(() =>
      http.POST('/api/hold-reasons', { body, headers: { 'Idempotency-Key': idempotencyKey() } }),
    )) as HoldReason,

  updateHoldReason: async (id: number, body: UpdateHoldReasonRequest) =>
    (await run(() => http.PUT('/api/hold-reasons/{id}', { params: { path: { id } }, body }))) as HoldReason,

  getClientSettings: async (clientId: number) =>
    (await run(() => http.GET('/api/clients/{id}/settings', { params: { path: { id: clientId } } }))) as ClientSettingsResponse,

  updateClientSettings: async (clientId: number, body: SettingsBody) =>
    (await run(() =>
      http.PUT('/api/clients/{id}/settings', { params: { path: { id: clientId } }, body }),
    )) as ClientSettingsResponse,

  setKpiTarget: async (clientId: number, kpi: string, body: TargetBody) =>
    (await run(() =>
      http.PUT('/api/clients/{id}/kpi-targets/{kpi}', { params: { path: { id: clientId, kpi } }, body }),
    )) as ClientSettingsResponse,

  resetKpiTarget: async (clientId: number, kpi: string) =>
    (await run(() =>
      http.DELETE('/api/clients/{id}/kpi-targets/{kpi}', { params: { path: { id: clientId, kpi } } }),
    )) as ClientSettingsResponse,

  listAudit: async (query: AuditQuery) =>
    (await run(() => http.GET('/api/audit', { params: { query: clean(query) } }))) as AuditPage,
}

export type Api = typeof api
