/** Calls of the "Holds" tag: holds of work orders, placed, resumed and cancelled from the shop floor. */
import { idempotencyKey, send } from './client'
import type { CancelHoldRequest, Hold, HoldPage, HoldQuery, HoldRequest, ResumeHoldRequest } from './types'

function query(q: HoldQuery): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === null || v === '') continue
    for (const one of Array.isArray(v) ? v : [v]) params.append(k, String(one))
  }
  const s = params.toString()
  return s ? `?${s}` : ''
}

async function json<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await send(path, init)
  return (await res.json()) as T
}

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
})

export const holdsApi = {
  list: (q: HoldQuery) => json<HoldPage>(`/api/holds${query(q)}`),

  get: (id: number) => json<Hold>(`/api/holds/${id}`),

  /** The key is made once per dialog opening, so that a retry after a lost answer does not place the hold twice. */
  create: (body: HoldRequest, key: string = idempotencyKey()) =>
    json<Hold>('/api/holds', post(body, { 'Idempotency-Key': key })),

  resume: (id: number, body: ResumeHoldRequest) => json<Hold>(`/api/holds/${id}/resume`, post(body)),

  cancel: (id: number, body: CancelHoldRequest) => json<Hold>(`/api/holds/${id}/cancel`, post(body)),
}
