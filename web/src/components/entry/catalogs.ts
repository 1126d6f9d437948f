import { i18n } from '@/plugins/i18n'
import type { DefectType, DowntimeReason, Employee, HoldReason, Line, Product, Shift, WorkOrder } from '@/api/types'
import type { AnyCatalogItem, CatalogIndex, CatalogItem, Catalogs, CatalogSource } from './types'

/** Catalog lookups by id over the lists loaded for a client (plus options met in stored rows or scans). */
export function catalogIndex(catalogs: Catalogs): CatalogIndex {
  const maps = new Map<CatalogSource, Map<number | string, AnyCatalogItem>>()
  for (const [source, items] of Object.entries(catalogs) as [CatalogSource, readonly AnyCatalogItem[]][]) {
    maps.set(source, new Map(items.map((i) => [i.id, i])))
  }
  // each source's map holds that source's options: the casts only restate OptionId<S>
  return {
    get: (source, id) => (typeof id === 'number' || typeof id === 'string' ? (maps.get(source)?.get(id) as never) : undefined),
    list: (source) => (catalogs[source] ?? []) as never,
  }
}

/** Adds options that are not loaded yet (e.g. a closed work order named by a stored row); loaded ones win. */
export function withOptions(catalogs: Catalogs, extra: Partial<Record<CatalogSource, AnyCatalogItem[]>>): Catalogs {
  const out: Partial<Record<CatalogSource, readonly AnyCatalogItem[]>> = { ...catalogs }
  for (const [source, items] of Object.entries(extra) as [CatalogSource, AnyCatalogItem[]][]) {
    const have = new Set((out[source] ?? []).map((i) => i.id))
    const missing = items.filter((i) => !have.has(i.id))
    if (missing.length) out[source] = [...(out[source] ?? []), ...missing]
  }
  return out as Catalogs
}

/* ---- API records → options ---- */

export const shiftItem = (s: Shift): CatalogItem => ({
  id: s.id,
  code: s.name,
  name: `${s.start}–${s.end}`,
  active: s.active,
  extra: { durationMinutes: s.duration_minutes, start: s.start, end: s.end, crossesMidnight: s.crosses_midnight },
})

export const codeNameItem = (r: Line | Product | HoldReason | DefectType): CatalogItem => ({
  id: r.id,
  code: r.code,
  name: r.name,
  active: r.active,
})

export const employeeItem = (e: Employee): CatalogItem => ({
  id: e.id,
  code: e.code,
  name: e.name,
  active: e.active,
  extra: { floatingPool: e.floating_pool, lineId: e.line_id },
})

export const downtimeReasonItem = (r: DowntimeReason): CatalogItem => ({
  ...codeNameItem(r as unknown as Line),
  detailKey: r.planned ? 'entry.downtime.planned' : 'entry.downtime.unplanned',
  extra: { category: r.category, planned: r.planned, setup: r.setup },
})

/** Work orders that take production: not cancelled or rejected. */
const PRODUCING = new Set(['ACTIVE', 'ON_HOLD', 'COMPLETED'])

/** A work order with its product and the line of its first job that has one (what a scan pre-fills). */
export const workOrderItem = (o: WorkOrder): CatalogItem => {
  const jobs = [...(o.jobs ?? [])].sort((a, b) => a.sequence - b.sequence)
  return {
    id: o.id,
    code: o.number,
    name: o.product_code ? `${o.product_code}${o.product_name ? ` ${o.product_name}` : ''}` : '',
    active: PRODUCING.has(o.status),
    extra: { productId: o.product_id, lineId: jobs.find((j) => j.line_id !== null)?.line_id ?? null, status: o.status },
  }
}

/** A job of an order: "WO-1001/2 Assembly", entered together with its order. */
export const jobItems = (o: WorkOrder): CatalogItem[] =>
  [...(o.jobs ?? [])]
    .sort((a, b) => a.sequence - b.sequence)
    .map((j) => ({
      id: j.id,
      code: `${o.number}/${j.sequence}`,
      name: j.operation_name ?? j.operation_code ?? '',
      active: j.active && PRODUCING.has(o.status),
      extra: { workOrderId: o.id },
    }))

/** An inspection stage of the client's settings; the known ones are named in the UI language. */
export const stageItem = (code: string): CatalogItem<string> => {
  const key = `myShift.stages.${code}`
  return { id: code, code, name: '', active: true, ...(i18n.global.te(key, 'en') ? { detailKey: key } : {}) }
}
