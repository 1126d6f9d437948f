/** Calls of the "KPIs" tag. */
import { http, run } from './client'
import type { EntryKpisResponse, KpiQuery, KpiSummary } from './types'

/** The query as the API takes it: client_id is a list (one here), filters left out when not set. */
function params(q: KpiQuery) {
  return {
    client_id: [q.client_id],
    from: q.from,
    to: q.to,
    ...(q.shift_id != null ? { shift_id: q.shift_id } : {}),
    ...(q.line_id != null ? { line_id: q.line_id } : {}),
    ...(q.product_id != null ? { product_id: q.product_id } : {}),
    ...(q.work_order_id != null ? { work_order_id: q.work_order_id } : {}),
  }
}

export const kpiApi = {
  /** Every KPI of one client over [from, to] with its targets, inferred inputs and the settings in force. */
  summary: async (query: KpiQuery) =>
    (await run(() => http.GET('/api/kpi/summary', { params: { query: params(query) } }))) as KpiSummary,

  /** Availability, performance, quality rate, OEE and efficiency of each production entry (at most 31 days). */
  productionEntries: async (query: KpiQuery) =>
    (await run(() => http.GET('/api/kpi/production/entries', { params: { query: params(query) } }))) as EntryKpisResponse,
}
