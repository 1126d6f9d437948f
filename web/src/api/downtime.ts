/** Calls of the "Downtime entries" tag, on the same client, CSRF and refresh handling as every other call. */
import { clean, http, run } from './client'
import type { DowntimeCreated, DowntimeEntry, DowntimePage, DowntimeQuery, DowntimeRequest } from './types'

const path = (id: number) => ({ params: { path: { id } } })

export const downtimeApi = {
  list: async (query: DowntimeQuery) =>
    (await run(() => http.GET('/api/downtime', { params: { query: clean(query) } }))) as DowntimePage,

  get: async (id: number) => (await run(() => http.GET('/api/downtime/{id}', path(id)))) as DowntimeEntry,

  /** One event (split per shift when it runs past its shift); a retry with the same key is answered with the first answer. */
  create: async (body: DowntimeRequest, idempotencyKey: string) =>
    (await run(() => http.POST('/api/downtime', { body, headers: { 'Idempotency-Key': idempotencyKey } }))) as DowntimeCreated,

  /** All or none; answers every stored record, the parts of a split event next to each other. */
  createAll: async (entries: DowntimeRequest[], idempotencyKey: string) =>
    (
      (await run(() =>
        http.POST('/api/downtime/batch', { body: { entries }, headers: { 'Idempotency-Key': idempotencyKey } }),
      )) as { count: number; items: DowntimeEntry[] }
    ).items,

  update: async (id: number, body: DowntimeRequest) =>
    (await run(() => http.PUT('/api/downtime/{id}', { ...path(id), body }))) as DowntimeEntry,

  remove: async (id: number, version: number) => {
    await run(() => http.DELETE('/api/downtime/{id}', { params: { path: { id }, query: { version } } }))
  },
}
