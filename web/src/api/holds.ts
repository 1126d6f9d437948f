/** Calls of the "Holds" tag: holds of work orders, placed, resumed and cancelled from the shop floor. */
import { clean, http, idempotencyKey, run } from './client'
import type { CancelHoldRequest, Hold, HoldPage, HoldQuery, HoldRequest, ResumeHoldRequest } from './types'

const path = (id: number) => ({ params: { path: { id } } })

export const holdsApi = {
  list: async (query: HoldQuery) =>
    (await run(() => http.GET('/api/holds', { params: { query: clean(query) } }))) as HoldPage,

  get: async (id: number) => (await run(() => http.GET('/api/holds/{id}', path(id)))) as Hold,

  /** The key is made once per dialog opening, so that a retry after a lost answer does not place the hold twice. */
  create: async (body: HoldRequest, key: string = idempotencyKey()) =>
    (await run(() => http.POST('/api/holds', { body, headers: { 'Idempotency-Key': key } }))) as Hold,

  resume: async (id: number, body: ResumeHoldRequest) =>
    (await run(() => http.POST('/api/holds/{id}/resume', { ...path(id), body }))) as Hold,

  cancel: async (id: number, body: CancelHoldRequest) =>
    (await run(() => http.POST('/api/holds/{id}/cancel', { ...path(id), body }))) as Hold,
}
