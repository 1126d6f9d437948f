/** Calls of the "Production entries" tag, on the same client, CSRF and refresh handling as every other call. */
import { clean, http, run } from './client'
import type { ProductionEntry, ProductionPage, ProductionQuery, ProductionRequest } from './types'

const path = (id: number) => ({ params: { path: { id } } })

export const productionApi = {
  list: async (query: ProductionQuery) =>
    (await run(() => http.GET('/api/production', { params: { query: clean(query) } }))) as ProductionPage,

  get: async (id: number) => (await run(() => http.GET('/api/production/{id}', path(id)))) as ProductionEntry,

  /** All or none; a retry with the same key is answered with the first answer instead of saving twice. */
  createAll: async (entries: ProductionRequest[], idempotencyKey: string) =>
    (
      (await run(() =>
        http.POST('/api/production/batch', { body: { entries }, headers: { 'Idempotency-Key': idempotencyKey } }),
      )) as { count: number; items: ProductionEntry[] }
    ).items,

  /** One entry (My Shift's quick entry); a retry with the same key is answered with the first answer. */
  create: async (body: ProductionRequest, idempotencyKey: string) =>
    (await run(() =>
      http.POST('/api/production', { body, headers: { 'Idempotency-Key': idempotencyKey } }),
    )) as ProductionEntry,

  update: async (id: number, body: ProductionRequest) =>
    (await run(() => http.PUT('/api/production/{id}', { ...path(id), body }))) as ProductionEntry,

  remove: async (id: number, version: number) => {
    await run(() => http.DELETE('/api/production/{id}', { params: { path: { id }, query: { version } } }))
  },
}
