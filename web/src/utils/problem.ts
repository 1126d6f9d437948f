import type { ProblemDetail } from '@/api/types'

/** Error thrown by every API helper in api/client.ts for a non-2xx answer or a network failure. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: ProblemDetail
  /** Seconds from a Retry-After header (429), when present. */
  readonly retryAfter: number | null

  constructor(status: number, problem: ProblemDetail, retryAfter: number | null = null) {
    super(problem.detail || problem.title || `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.retryAfter = retryAfter
  }

  get code(): string | undefined {
    return typeof this.problem.code === 'string' ? this.problem.code : undefined
  }

  get isNetwork(): boolean {
    return this.status === 0
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

/** Normalise whatever came back as an error body into a ProblemDetail. */
export function toProblem(body: unknown, status: number): ProblemDetail {
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const p = body as Record<string, unknown>
    const problem: ProblemDetail = { ...p, status: typeof p.status === 'number' ? p.status : status }
    if (Array.isArray(p.errors)) {
      problem.errors = p.errors
        .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
        .map((e) => ({ field: String(e.field ?? ''), message: String(e.message ?? '') }))
    } else {
      delete problem.errors
    }
    return problem
  }
  if (typeof body === 'string' && body.trim() !== '') {
    return { status, detail: body.trim().slice(0, 500) }
  }
  return { status }
}

/** Parse an HTTP Retry-After header value (delta-seconds or HTTP date) into whole seconds. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (!value) return null
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return parseInt(trimmed, 10)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return null
  return Math.max(0, Math.ceil((date - now) / 1000))
}

/**
 * Server field names are snake_case ("time_zone", "client_ids[0]", "address.city");
 * map them to the form's field key: strip indexes/nested parts and camelCase → snake_case.
 */
export function normalizeField(field: string): string {
  const head = field.split(/[[.]/)[0] ?? field
  return head.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
}

export type FieldErrors = Record<string, string[]>

/**
 * Map a problem's `errors[]` onto form fields. Errors whose field is not one of `known`
 * (or has no field) are returned in `other` so the form can show them in its alert.
 */
export function mapFieldErrors(
  problem: ProblemDetail | null | undefined,
  known?: readonly string[],
): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {}
  const other: string[] = []
  for (const err of problem?.errors ?? []) {
    const key = err.field ? normalizeField(err.field) : ''
    if (key && (!known || known.includes(key))) {
      const list = (fields[key] ??= [])
      if (!list.includes(err.message)) list.push(err.message)
    } else if (err.message) {
      other.push(err.field ? `${err.field}: ${err.message}` : err.message)
    }
  }
  return { fields, other }
}

/** A human message for a problem: detail, then title; null when the problem says nothing. */
export function problemText(problem: ProblemDetail | null | undefined): string | null {
  if (!problem) return null
  if (problem.detail && problem.detail.trim()) return problem.detail
  if (problem.title && problem.title.trim()) return problem.title
  return null
}
