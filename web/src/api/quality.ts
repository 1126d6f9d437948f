/** Calls of the "Quality entries" tag, on the same client, CSRF and refresh handling as every other call. */
import { clean, http, run } from './client'
import type { QualityEntry, QualityPage, QualityQuery, QualityRequest } from './types'

const path = (id: number) => ({ params: { path: { id } } })

export const qualityApi = {
  list: async (query: QualityQuery) =>
    (await run(() => http.GET('/api/quality', { params: { query: clean(query) } }))) as QualityPage,

  get: async (id: number) => (await run(() => http.GET('/api/quality/{id}', path(id)))) as QualityEntry,

  /** One inspection; a retry with the same key is answered with the first answer instead of saving twice. */
  create: async (body: QualityRequest, idempotencyKey: string) =>
    (await run(() => http.POST('/api/quality', { body, headers: { 'Idempotency-Key': idempotencyKey } }))) as QualityEntry,

  /** All or none; answers the stored inspections in the order sent. */
  createAll: async (entries: QualityRequest[], idempotencyKey: string) =>
    (
      (await run(() =>
        http.POST('/api/quality/batch', { body: { entries }, headers: { 'Idempotency-Key': idempotencyKey } }),
      )) as { count: number; items: QualityEntry[] }
    ).items,

  /** Replaces the inspection and its whole defect breakdown; `version` is the one the change is based on. */
  update: async (id: number, body: QualityRequest) =>
    (await run(() => http.PUT('/api/quality/{id}', { ...path(id), body }))) as QualityEntry,

  remove: async (id: number, version: number) => {
    await run(() => http.DELETE('/api/quality/{id}', { params: { path: { id }, query: { version } } }))
  },
}
