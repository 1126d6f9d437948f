/** Calls of the "Downtime entries" tag, on the same client, CSRF and refresh handling as every other call. */
import { clean, http, run } from './client'
import type { DowntimeCreated, DowntimePage, DowntimeQuery, DowntimeRequest } from './types'

export const downtimeApi = {
  list: async (query: DowntimeQuery) =>
    (await run(() => http.GET('/api/downtime', { params: { query: clean(query) } }))) as DowntimePage,

  /** One event (split per shift when it runs past its shift); a retry with the same key is answered with the first answer. */
  create: async (body: DowntimeRequest, idempotencyKey: string) =>
    (await run(() => http.POST('/api/downtime', { body, headers: { 'Idempotency-Key': idempotencyKey } }))) as DowntimeCreated,
}
