import { kpiApi } from '@/api/kpi'
import { productionApi } from '@/api/production'
import { ENTRY_KPIS } from '@/components/kpi/kpiExplain'
import type { ProductionEntry, ProductionRequest } from '@/api/types'
import type { CatalogItem, EntryColumn, EntryKpiSource, EntryType, RowRule, StoredRecord, Values } from '@/components/entry/types'
import { scannedMethod } from '@/components/entry/scan'
import { dateWindow, notAbove, num } from '@/components/entry/validation'
import { productionReadBack } from './productionReadBack'

/**
 * Production entries in the entry grid: one row = one line or work order, one shift, one day (KPI.md §2).
 * Ranges and rules mirror ProductionRequest and ProductionRules on the server.
 */

const COUNT_MAX = 1_000_000
const noOrder = (v: Values) => v.work_order_id === null || v.work_order_id === undefined

export const productionColumns: readonly EntryColumn[] = [
  {
    field: 'shift_date',
    labelKey: 'entry.production.col.shift_date',
    type: 'date',
    required: true,
    fromFilter: 'date',
    pinned: true,
    width: 128,
    aliases: ['date', 'fecha', 'production date', 'production_date', 'fecha de produccion', 'fecha turno', 'dia'],
  },
  {
    field: 'shift_id',
    labelKey: 'entry.production.col.shift_id',
    type: 'select',
    catalog: 'shifts',
    required: true,
    fromFilter: 'shift',
    width: 120,
    aliases: ['shift', 'turno', 'shift name'],
  },
  {
    field: 'line_id',
    labelKey: 'entry.production.col.line_id',
    type: 'select',
    catalog: 'lines',
    fromFilter: 'line',
    width: 110,
    aliases: ['line', 'linea', 'line code', 'linea de produccion'],
  },
  {
    field: 'work_order_id',
    labelKey: 'entry.production.col.work_order_id',
    type: 'select',
    catalog: 'workOrders',
    width: 140,
    aliases: ['work order', 'wo', 'work_order_number', 'work order number', 'orden', 'orden de trabajo', 'ot'],
  },
  {
    field: 'product_id',
    labelKey: 'entry.production.col.product_id',
    type: 'select',
    catalog: 'products',
    required: noOrder,
    width: 130,
    aliases: ['product', 'producto', 'product code', 'part', 'sku', 'codigo de producto'],
  },
  {
    field: 'units_produced',
    labelKey: 'entry.production.col.units_produced',
    type: 'integer',
    required: true,
    min: 0,
    max: COUNT_MAX,
    width: 120,
    aliases: ['units', 'unidades', 'units produced', 'unidades producidas', 'cantidad', 'qty', 'quantity', 'piezas', 'produced'],
  },
  {
    field: 'run_time_hours',
    labelKey: 'entry.production.col.run_time_hours',
    type: 'decimal',
    min: 0,
    max: 24,
    decimals: 2,
    width: 120,
    aliases: ['run time', 'runtime', 'runtime hrs', 'run time h', 'hours', 'horas', 'horas de operacion', 'tiempo de operacion'],
  },
  {
    field: 'employees_assigned',
    labelKey: 'entry.production.col.employees_assigned',
    type: 'integer',
    min: 1,
    max: 1000,
    width: 120,
    aliases: ['employees', 'empleados', 'people', 'personas', 'operators', 'operadores', 'employees assigned', 'empleados asignados', 'crew'],
  },
  {
    field: 'employees_present',
    labelKey: 'entry.production.col.employees_present',
    type: 'integer',
    min: 0,
    max: 1000,
    width: 110,
    aliases: ['present', 'presentes', 'employees present', 'empleados presentes'],
  },
  {
    field: 'defect_count',
    labelKey: 'entry.production.col.defect_count',
    type: 'integer',
    min: 0,
    max: COUNT_MAX,
    width: 110,
    aliases: ['defects', 'defectos', 'defect count', 'defective', 'defectuosos'],
  },
  {
    field: 'rework_count',
    labelKey: 'entry.production.col.rework_count',
    type: 'integer',
    min: 0,
    max: COUNT_MAX,
    width: 110,
    aliases: ['rework', 'retrabajo', 'reworked', 'retrabajados'],
  },
  {
    field: 'scrap_count',
    labelKey: 'entry.production.col.scrap_count',
    type: 'integer',
    min: 0,
    max: COUNT_MAX,
    width: 100,
    aliases: ['scrap', 'desperdicio', 'merma', 'chatarra', 'scrapped', 'desechados'],
  },
  {
    field: 'notes',
    labelKey: 'entry.production.col.notes',
    type: 'notes',
    maxLength: 1000,
    width: 200,
    aliases: ['notes', 'notas', 'comments', 'comentarios', 'observaciones', 'remarks'],
  },
]

const defects = (v: Values) => num('defect_count')(v) ?? 0

/** The cross-field rules of ProductionRules, on the fields the server names. */
export const productionRules: readonly RowRule[] = [
  dateWindow('shift_date'),
  {
    reads: ['line_id', 'work_order_id'],
    check: (v) => (noOrder(v) && (v.line_id === null || v.line_id === undefined) ? [{ field: 'line_id', key: 'entry.production.lineOrOrder', missing: true }] : []),
  },
  {
    reads: ['work_order_id', 'product_id'],
    check: (v, ctx) => {
      const product = ctx.catalogs.get('workOrders', v.work_order_id)?.extra?.productId
      return typeof v.product_id === 'number' && typeof product === 'number' && v.product_id !== product
        ? [{ field: 'product_id', key: 'entry.production.otherProduct', params: { number: ctx.catalogs.get('workOrders', v.work_order_id)!.code } }]
        : []
    },
  },
  notAbove('defect_count', ['defect_count', 'units_produced'], num('defect_count'), num('units_produced'), 'entry.production.defectsAboveUnits'),
  notAbove(
    'scrap_count',
    ['rework_count', 'scrap_count', 'defect_count'],
    (v) => (num('rework_count')(v) ?? 0) + (num('scrap_count')(v) ?? 0),
    defects,
    'entry.production.reworkScrapAboveDefects',
  ),
  notAbove('employees_present', ['employees_present', 'employees_assigned'], num('employees_present'), num('employees_assigned'), 'entry.production.presentAboveAssigned'),
  {
    reads: ['run_time_hours', 'shift_id'],
    check: (v, ctx) => {
      const shift = ctx.catalogs.get('shifts', v.shift_id)
      const minutes = shift?.extra?.durationMinutes
      const hours = num('run_time_hours')(v)
      if (typeof minutes !== 'number' || hours === null) return []
      const length = Math.round((minutes / 60) * 100) / 100
      return hours > length ? [{ field: 'run_time_hours', key: 'entry.production.runTimeAboveShift', params: { hours: length, shift: shift!.code } }] : []
    },
  },
]

const FIELDS = productionColumns.map((c) => c.field)

export function productionRecord(e: ProductionEntry): StoredRecord {
  const values: Values = {}
  for (const f of FIELDS) values[f] = (e as unknown as Record<string, unknown>)[f] ?? null
  return { id: e.id, version: e.version, values }
}

/** Options a stored row names that may not be loaded (a closed work order). */
export function productionOptions(e: ProductionEntry): { workOrders: CatalogItem[] } {
  return e.work_order_id !== null && e.work_order_number
    ? { workOrders: [{ id: e.work_order_id, code: e.work_order_number, name: '', active: false, extra: { productId: e.product_id } }] }
    : { workOrders: [] }
}

export function productionRequest(v: Values, clientId: number, version: number | null): ProductionRequest {
  const body: Record<string, unknown> = { client_id: clientId, confirmed: true }
  for (const f of FIELDS) {
    const value = v[f]
    if (value !== null && value !== undefined && value !== '') body[f] = value
  }
  if (version !== null) body.version = version
  else Object.assign(body, scannedMethod(v))
  return body as ProductionRequest
}

/** Each saved row's own availability, performance, quality, OEE and efficiency, from the KPI engine in one call. */
export const productionKpis: EntryKpiSource = {
  ids: ENTRY_KPIS,
  load: async (q) => {
    const r = await kpiApi.productionEntries(q)
    return { byId: new Map(r.entries.map((e) => [e.entry_id, e.kpis])), settings: r.settings }
  },
}

export const productionEntry: EntryType<ProductionRequest> = {
  id: 'production',
  columns: productionColumns,
  rules: productionRules,
  blank: () => Object.fromEntries(FIELDS.map((f) => [f, null])),
  toRequest: productionRequest,
  readBack: productionReadBack,
  api: {
    list: async (q) => {
      const page = await productionApi.list({ ...q, size: 500, sort: ['shift_date,desc', 'id,desc'] })
      return { items: page.items.map((e) => ({ ...productionRecord(e), options: productionOptions(e) })), total: page.total }
    },
    get: async (id) => {
      const e = await productionApi.get(id)
      return { ...productionRecord(e), options: productionOptions(e) }
    },
    createAll: async (entries, key) => (await productionApi.createAll(entries, key)).map((e) => ({ ...productionRecord(e), options: productionOptions(e) })),
    update: async (id, body) => {
      const e = await productionApi.update(id, body)
      return { ...productionRecord(e), options: productionOptions(e) }
    },
    remove: (id, version) => productionApi.remove(id, version),
  },
  kpis: productionKpis,
}
