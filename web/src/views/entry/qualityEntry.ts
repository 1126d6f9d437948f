import { qualityApi } from '@/api/quality'
import type { QualityEntry, QualityRequest } from '@/api/types'
import { linesOf, linesSum } from '@/components/entry/lines'
import type { CatalogIndex, CatalogItem, EntryColumn, EntryType, LinesSpec, RowRule, StoredRecord, Values, Words } from '@/components/entry/types'
import { dateWindow, num } from '@/components/entry/validation'
import { scannedMethod } from '@/components/entry/scan'

/**
 * Quality entries in the entry grid: one row = one inspection of a work order (or a product) at one of the client's
 * inspection stages, with its counts and, optionally, its defects by type (a 'lines' cell edited in a dialog). Ranges
 * and rules mirror QualityRequest and QualityRules on the server.
 */

const MAX = 1_000_000
const given = (v: unknown) => v !== null && v !== undefined && v !== ''

export const defectLines: LinesSpec = {
  itemField: 'defect_type_id',
  countField: 'count',
  totalField: 'total_defects',
  maxLines: 100,
  maxCount: MAX,
  titleKey: 'entry.quality.defects.title',
  itemLabelKey: 'entry.quality.defects.type',
  countLabelKey: 'entry.quality.defects.count',
  summaryKey: 'entry.quality.defects.summary',
}

const count = (field: string, extra: Partial<EntryColumn> = {}): EntryColumn => ({
  field,
  labelKey: `entry.quality.col.${field}`,
  type: 'integer',
  min: 0,
  max: MAX,
  width: 130,
  ...extra,
})

export const qualityColumns: readonly EntryColumn[] = [
  {
    field: 'shift_date',
    labelKey: 'entry.quality.col.shift_date',
    type: 'date',
    required: true,
    fromFilter: 'date',
    pinned: true,
    width: 150,
    aliases: ['date', 'fecha', 'inspection date', 'inspection_date', 'fecha de inspeccion', 'dia'],
  },
  { field: 'shift_id', labelKey: 'entry.quality.col.shift_id', type: 'select', catalog: 'shifts', fromFilter: 'shift', width: 120, aliases: ['shift', 'turno', 'shift name'] },
  {
    field: 'work_order_id',
    labelKey: 'entry.quality.col.work_order_id',
    type: 'select',
    catalog: 'workOrders',
    width: 140,
    aliases: ['work order', 'wo', 'work_order', 'work_order_number', 'work order number', 'orden', 'orden de trabajo', 'ot'],
  },
  { field: 'job_id', labelKey: 'entry.quality.col.job_id', type: 'select', catalog: 'jobs', width: 140, aliases: ['job', 'trabajo', 'operation', 'operacion'] },
  {
    field: 'product_id',
    labelKey: 'entry.quality.col.product_id',
    type: 'select',
    catalog: 'products',
    // without a work order the product says what was inspected
    required: (v) => !given(v.work_order_id),
    width: 130,
    aliases: ['product', 'producto', 'product code', 'product_code', 'sku'],
  },
  {
    field: 'inspection_stage',
    labelKey: 'entry.quality.col.inspection_stage',
    type: 'select',
    catalog: 'inspectionStages',
    required: true,
    width: 150,
    aliases: ['stage', 'etapa', 'inspection stage', 'etapa de inspeccion'],
  },
  count('units_inspected', { required: true, min: 1, width: 140, aliases: ['inspected', 'inspeccionadas', 'units inspected', 'unidades inspeccionadas'] }),
  count('units_passed_first_time', { width: 150, aliases: ['passed', 'passed first time', 'first pass', 'aprobadas', 'aprobadas a la primera'] }),
  count('units_defective', { required: true, aliases: ['defective', 'defectuosas', 'units defective', 'unidades defectuosas'] }),
  count('total_defects', { max: 10 * MAX, aliases: ['defects', 'defectos', 'total defects', 'defectos totales'] }),
  {
    field: 'defects',
    labelKey: 'entry.quality.col.defects',
    type: 'lines',
    catalog: 'defectTypes',
    lines: defectLines,
    width: 170,
    aliases: ['defect details', 'defects by type', 'detalle de defectos', 'defectos por tipo'],
  },
  count('units_reworked', { width: 120, aliases: ['reworked', 'rework', 'retrabajadas', 'retrabajo'] }),
  count('units_repaired', { width: 120, aliases: ['repaired', 'repair', 'reparadas'] }),
  count('units_scrapped', { width: 120, aliases: ['scrapped', 'scrap', 'desechadas', 'desecho', 'chatarra'] }),
  { field: 'inspector', labelKey: 'entry.quality.col.inspector', type: 'text', maxLength: 100, width: 130, aliases: ['inspector', 'inspected by', 'inspeccionado por'] },
  { field: 'notes', labelKey: 'entry.quality.col.notes', type: 'notes', maxLength: 1000, width: 200, aliases: ['notes', 'notas', 'comments', 'comentarios', 'observaciones'] },
]

const inspected = num('units_inspected')
const defective = num('units_defective')
const passed = num('units_passed_first_time')
const totalDefects = num('total_defects')

/** The count rules of QualityRules.countRules (and the order, job and product rules of QualityRules.order). */
export const qualityRules: readonly RowRule[] = [
  dateWindow('shift_date'),
  {
    reads: ['work_order_id', 'job_id'],
    check: (v, ctx) => {
      if (!given(v.job_id)) return []
      if (!given(v.work_order_id)) return [{ field: 'job_id', key: 'entry.quality.jobNeedsOrder' }]
      const job = ctx.catalogs.get('jobs', v.job_id)
      const order = ctx.catalogs.get('workOrders', v.work_order_id)
      return job && order && job.extra?.workOrderId !== order.id ? [{ field: 'job_id', key: 'entry.quality.otherOrdersJob', params: { number: order.code } }] : []
    },
  },
  {
    reads: ['work_order_id', 'product_id'],
    check: (v, ctx) => {
      const order = ctx.catalogs.get('workOrders', v.work_order_id)
      const product = order?.extra?.productId
      return order && given(v.product_id) && typeof product === 'number' && product !== v.product_id
        ? [{ field: 'product_id', key: 'entry.quality.otherProduct', params: { number: order.code } }]
        : []
    },
  },
  {
    reads: ['units_inspected', 'units_defective', 'units_passed_first_time'],
    check: (v) => {
      const i = inspected(v)
      const d = defective(v)
      const p = passed(v)
      if (i === null || d === null) return []
      if (d > i) return [{ field: 'units_defective', key: 'entry.quality.defectiveAboveInspected', params: { value: d, limit: i } }]
      if (p !== null && p + d > i) return [{ field: 'units_passed_first_time', key: 'entry.quality.passedAboveGood', params: { limit: i - d } }]
      return []
    },
  },
  {
    reads: ['units_defective', 'units_reworked', 'units_repaired', 'units_scrapped'],
    check: (v) => {
      const d = defective(v)
      const recovered = ['units_reworked', 'units_repaired', 'units_scrapped'].reduce((s, f) => s + (num(f)(v) ?? 0), 0)
      return d !== null && recovered > d
        ? [{ field: 'units_scrapped', key: 'entry.quality.recoveredAboveDefective', params: { value: recovered, limit: d } }]
        : []
    },
  },
  {
    reads: ['units_defective', 'total_defects', 'defects'],
    check: (v) => {
      const d = defective(v)
      const details = linesOf(v.defects).length > 0
      const sum = linesSum(v.defects, defectLines)
      // the server's defaults: total = the details' sum, else the defective units
      const total = totalDefects(v) ?? (details ? sum : d)
      if (details && totalDefects(v) !== null && total !== sum) {
        return [{ field: 'total_defects', key: 'entry.quality.totalNotSum', params: { sum } }]
      }
      if (d === null || total === null) return []
      if (total < d) return [{ field: 'total_defects', key: 'entry.quality.totalBelowDefective', params: { limit: d } }]
      if (total > 0 && d === 0) return [{ field: 'units_defective', key: 'entry.quality.defectsNeedDefective', params: { n: total } }]
      return []
    },
  },
  {
    reads: ['defects'],
    check: (v) => {
      // lines come from the dialog (checked there) or a paste: a count outside 1…max is still refused here
      const bad = linesOf(v.defects).some((l) => typeof l.count !== 'number' || l.count < 1 || l.count > MAX)
      return bad ? [{ field: 'defects', key: 'entry.quality.badLine', params: { max: MAX } }] : []
    },
  },
]

const FIELDS = qualityColumns.map((c) => c.field)

export function qualityRecord(e: QualityEntry): StoredRecord {
  const values: Values = {}
  for (const f of FIELDS) values[f] = (e as unknown as Record<string, unknown>)[f] ?? null
  const defects = (e.defects ?? []).map((d) => ({
    defect_type_id: d.defect_type_id,
    count: d.count,
    ...(d.location ? { location: d.location } : {}),
    ...(d.severity ? { severity: d.severity } : {}),
  }))
  values.defects = defects.length ? defects : null
  const options: StoredRecord['options'] = {}
  if (e.work_order_id !== null && e.work_order_number) {
    options.workOrders = [{ id: e.work_order_id, code: e.work_order_number, name: '', active: false } satisfies CatalogItem]
  }
  // a stage taken off the client's list since is still shown (and kept) on its stored rows
  options.inspectionStages = [{ id: e.inspection_stage, code: e.inspection_stage, name: '', active: false }]
  const types = (e.defects ?? []).map((d) => ({ id: d.defect_type_id, code: d.defect_type_code, name: '', active: false }))
  if (types.length) options.defectTypes = types
  return { id: e.id, version: e.version, values, options }
}

export function qualityRequest(v: Values, clientId: number, version: number | null): QualityRequest {
  const body: Record<string, unknown> = { client_id: clientId }
  for (const f of FIELDS) {
    const value = v[f]
    if (f === 'defects') continue
    if (value !== null && value !== undefined && value !== '') body[f] = value
  }
  // an update replaces the whole breakdown: no lines clears it
  const lines = linesOf(v.defects)
  if (lines.length || version !== null) body.defects = lines
  if (version !== null) body.version = version
  else Object.assign(body, scannedMethod(v))
  return body as QualityRequest
}

/** "2026-11-29 · Day · WO-1001 · FINAL (Final) · 200 inspected, 190 passed first time, 8 defective, 12 defects (SCR 7, DENT 5)" */
export function qualityReadBack(v: Values, catalogs: CatalogIndex, w: Words): string {
  const code = (source: 'shifts' | 'workOrders' | 'jobs' | 'products', id: unknown) => catalogs.get(source, id)?.code ?? (id == null ? null : `#${String(id)}`)
  const stage = catalogs.get('inspectionStages', v.inspection_stage)
  const stageText = stage ? `${stage.code}${stage.detailKey ? ` (${w.t(stage.detailKey)})` : ''}` : typeof v.inspection_stage === 'string' ? v.inspection_stage : null
  const n = (key: string, value: unknown) => (typeof value === 'number' ? w.t(key, { n: w.n(value) }, value) : null)
  const lines = linesOf(v.defects)
  const breakdown = lines.length
    ? ` (${lines.map((l) => `${catalogs.get('defectTypes', l.defect_type_id)?.code ?? `#${String(l.defect_type_id)}`} ${w.n(Number(l.count))}`).join(', ')})`
    : ''
  const total = typeof v.total_defects === 'number' ? v.total_defects : lines.length ? linesSum(v.defects, defectLines) : null
  const counts = [
    n('entry.quality.readBack.inspected', v.units_inspected),
    n('entry.quality.readBack.passed', v.units_passed_first_time),
    n('entry.quality.readBack.defective', v.units_defective),
    total !== null ? `${w.t('entry.quality.readBack.defects', { n: w.n(total) }, total)}${breakdown}` : null,
    n('entry.quality.readBack.reworked', v.units_reworked || null),
    n('entry.quality.readBack.repaired', v.units_repaired || null),
    n('entry.quality.readBack.scrapped', v.units_scrapped || null),
  ]
    .filter((p): p is string => !!p)
    .join(', ')
  const parts = [
    typeof v.shift_date === 'string' ? v.shift_date : w.t('entry.readBack.noDate'),
    code('shifts', v.shift_id),
    code('workOrders', v.work_order_id),
    code('jobs', v.job_id),
    given(v.work_order_id) ? null : code('products', v.product_id),
    stageText,
    counts || null,
    typeof v.inspector === 'string' && v.inspector.trim() ? w.t('entry.quality.readBack.inspector', { name: v.inspector.trim() }) : null,
  ].filter((p): p is string => !!p)
  const note = typeof v.notes === 'string' && v.notes.trim() ? ` · “${v.notes.trim()}”` : ''
  return `${parts.join(' · ')}${note}`
}

export const qualityEntry: EntryType<QualityRequest> = {
  id: 'quality',
  columns: qualityColumns,
  rules: qualityRules,
  blank: () => Object.fromEntries(FIELDS.map((f) => [f, null])),
  toRequest: qualityRequest,
  readBack: qualityReadBack,
  api: {
    list: async (q) => {
      // inspections are not per line: the line filter does not apply
      const page = await qualityApi.list({ client_id: q.client_id, from: q.from, to: q.to, shift_id: q.shift_id, size: 500, sort: ['shift_date,desc', 'id,desc'] })
      return { items: page.items.map(qualityRecord), total: page.total }
    },
    get: async (id) => qualityRecord(await qualityApi.get(id)),
    createAll: async (entries, key) => (await qualityApi.createAll(entries, key)).map(qualityRecord),
    update: async (id, body) => qualityRecord(await qualityApi.update(id, body)),
    remove: (id, version) => qualityApi.remove(id, version),
  },
}

/**
 * The page's summary of the rows shown: entries, units inspected, FPY (KPI.md: Σ passed first time ÷ Σ inspected, with
 * the server's default passed = inspected − defective where it is left empty) and defects found (the total, else the
 * details' sum, else the defective units). Rows without units inspected count as entries only.
 */
export function inspectionSummary(rows: readonly Values[]): { entries: number; inspected: number; fpy: number | null; defects: number } {
  let inspectedSum = 0
  /** FPY's denominator: the rows whose passed-first-time units are known. */
  let fpyBase = 0
  let passedSum = 0
  let defects = 0
  for (const v of rows) {
    const i = inspected(v)
    const d = defective(v)
    const total = totalDefects(v) ?? (linesOf(v.defects).length ? linesSum(v.defects, defectLines) : d)
    defects += total ?? 0
    if (i === null || i <= 0) continue
    inspectedSum += i
    const p = passed(v) ?? (d !== null && d <= i ? i - d : null)
    if (p === null) continue
    fpyBase += i
    passedSum += p
  }
  return { entries: rows.length, inspected: inspectedSum, fpy: fpyBase > 0 ? passedSum / fpyBase : null, defects }
}
