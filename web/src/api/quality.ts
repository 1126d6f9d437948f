/** Calls of the "Quality entries" tag, on the same client, CSRF and refresh handling as every other call. */
import { clean, http, run } from './client'
import type { QualityEntry, QualityPage, QualityQuery, QualityRequest } from './types'

export const qualityApi = {
  list: async (query: QualityQuery) =>
    (await run(() => http.GET('/api/quality', { params: { query: clean(query) } }))) as QualityPage,

  /** One inspection; a retry with the same key is answered with the first answer instead of saving twice. */
  create: async (body: QualityRequest, idempotencyKey: string) =>
    (await run(() => http.POST('/api/quality', { body, headers: { 'Idempotency-Key': idempotencyKey } }))) as QualityEntry,
}
