import { KPI_IDS, type KpiId } from '@/components/kpi/kpiExplain'

/**
 * What the detail view of each KPI shows, from the engine's families (docs/api.md "KPIs"): which breakdowns its entries
 * allow (quality entries carry no line, work orders no shift or line, attendance no product or work order), which
 * Pareto explains it, and which list of the engine goes with it. WIP aging is a state at a date: it has no trend.
 */
export type Breakdown = 'shift' | 'line' | 'product' | 'work_order'
export type EngineList = 'late_orders' | 'aging_orders' | 'bradford'

export interface KpiMeta {
  breakdowns: Breakdown[]
  pareto: 'downtime' | 'defects' | null
  list: EngineList | null
  trend: boolean
}

const ALL: Breakdown[] = ['shift', 'line', 'product', 'work_order']
const QUALITY: Breakdown[] = ['shift', 'product', 'work_order']
const ORDERS: Breakdown[] = ['product', 'work_order']

const META: Record<KpiId, KpiMeta> = {
  availability: { breakdowns: ALL, pareto: 'downtime', list: null, trend: true },
  performance: { breakdowns: ALL, pareto: 'downtime', list: null, trend: true },
  quality_rate: { breakdowns: ALL, pareto: 'defects', list: null, trend: true },
  oee: { breakdowns: ALL, pareto: 'downtime', list: null, trend: true },
  efficiency: { breakdowns: ALL, pareto: null, list: null, trend: true },
  throughput: { breakdowns: ALL, pareto: 'downtime', list: null, trend: true },
  ppm: { breakdowns: QUALITY, pareto: 'defects', list: null, trend: true },
  dpmo: { breakdowns: QUALITY, pareto: 'defects', list: null, trend: true },
  fpy: { breakdowns: QUALITY, pareto: 'defects', list: null, trend: true },
  rty: { breakdowns: QUALITY, pareto: 'defects', list: null, trend: true },
  otd: { breakdowns: ORDERS, pareto: null, list: 'late_orders', trend: true },
  true_otd: { breakdowns: ORDERS, pareto: null, list: 'late_orders', trend: true },
  wip_aging: { breakdowns: ORDERS, pareto: null, list: 'aging_orders', trend: false },
  absenteeism: { breakdowns: ['shift', 'line'], pareto: null, list: 'bradford', trend: true },
}

export function isKpi(id: string): id is KpiId {
  return (KPI_IDS as readonly string[]).includes(id)
}

export function metaOf(kpi: KpiId): KpiMeta {
  return META[kpi]
}
