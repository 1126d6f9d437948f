/** The KPI engine's views for dashboards and detail pages: trends, breakdowns, Pareto charts and list views. */
import { http, run } from './client'
import type {
  BradfordView,
  Granularity,
  HoldsAging,
  KpiGrouped,
  KpiLosses,
  KpiPareto,
  KpiScope,
  KpiSummary,
  KpiTrend,
  OtdOrders,
  WipOrders,
} from './types'

export type GroupBy = 'day' | 'week' | 'month' | 'shift' | 'line' | 'product' | 'work_order' | 'client'

/** The query of a scope: every client, the window, and the filters that are set. */
function scopeQuery(s: KpiScope) {
  return {
    client_id: s.client_ids,
    from: s.from,
    to: s.to,
    ...(s.shift_id != null ? { shift_id: s.shift_id } : {}),
    ...(s.line_id != null ? { line_id: s.line_id } : {}),
    ...(s.product_id != null ? { product_id: s.product_id } : {}),
    ...(s.work_order_id != null ? { work_order_id: s.work_order_id } : {}),
  }
}

/** Filters that a view does not take are left out (the API refuses none, but keeps its answer honest). */
function only<T extends Record<string, unknown>>(q: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(q).filter(([k]) => keys.includes(k))) as Partial<T>
}

// The generated path types know these calls; their answers are typed here by hand (nullable fields as filled).
type Get = (path: string, init: { params: { query: unknown; path?: unknown } }) => ReturnType<typeof http.GET>
const get = http.GET as unknown as Get

export const kpiViews = {
  summary: async (s: KpiScope) => (await run(() => get('/api/kpi/summary', { params: { query: scopeQuery(s) } }))) as KpiSummary,

  trend: async (kpi: string, s: KpiScope, granularity: Granularity, forecast = 0) =>
    (await run(() =>
      get('/api/kpi/{kpi}/trend', { params: { path: { kpi }, query: { ...scopeQuery(s), granularity, forecast } } }),
    )) as KpiTrend,

  grouped: async (kpi: string, s: KpiScope, groupBy: GroupBy) =>
    (await run(() => get('/api/kpi/{kpi}', { params: { path: { kpi }, query: { ...scopeQuery(s), group_by: groupBy } } }))) as KpiGrouped,

  downtimePareto: async (s: KpiScope) =>
    (await run(() =>
      get('/api/kpi/downtime/pareto', { params: { query: only(scopeQuery(s), ['client_id', 'from', 'to', 'shift_id', 'line_id', 'work_order_id']) } }),
    )) as KpiPareto,

  defectPareto: async (s: KpiScope) =>
    (await run(() =>
      get('/api/kpi/defects/pareto', { params: { query: only(scopeQuery(s), ['client_id', 'from', 'to', 'shift_id', 'product_id', 'work_order_id']) } }),
    )) as KpiPareto,

  losses: async (s: KpiScope) =>
    (await run(() =>
      get('/api/kpi/losses', { params: { query: only(scopeQuery(s), ['client_id', 'from', 'to', 'shift_id', 'line_id', 'work_order_id']) } }),
    )) as KpiLosses,

  otdOrders: async (s: KpiScope) =>
    (await run(() =>
      get('/api/kpi/otd/orders', { params: { query: only(scopeQuery(s), ['client_id', 'from', 'to', 'product_id', 'work_order_id']) } }),
    )) as OtdOrders,

  /** Open orders at the window's end (the as-of date). */
  wipOrders: async (s: KpiScope) =>
    (await run(() =>
      get('/api/kpi/wip-aging/orders', { params: { query: { client_id: s.client_ids, as_of: s.to, ...only(scopeQuery(s), ['product_id']) } } }),
    )) as WipOrders,

  holdsAging: async (s: KpiScope) =>
    (await run(() => get('/api/kpi/holds/aging', { params: { query: { client_id: s.client_ids, as_of: s.to } } }))) as HoldsAging,

  bradford: async (s: KpiScope) =>
    (await run(() =>
      get('/api/kpi/absenteeism/bradford', { params: { query: { client_id: s.client_ids, as_of: s.to, ...only(scopeQuery(s), ['line_id']) } } }),
    )) as BradfordView,
}
