/**
 * The quick-entry cards of My Shift as pure functions: what each form needs before it is sent, the request it
 * becomes, and the read-back (the entry in plain words, confirmed before it is saved).
 */
import { minuteOfDay, shiftDuration } from '@/utils/shiftTimes'

/** Translation and number formatting, as vue-i18n gives them (kept abstract so that the rules stay testable). */
export interface Words {
  t: (key: string, params?: Record<string, unknown>, plural?: number) => string
  n: (value: number) => string
}

/** Where an entry goes: the client, the shift run (production day + shift), the line and the running order. */
export interface EntryContext {
  clientId: number
  day: string
  dayText: string
  shiftId: number
  shiftName: string
  lineId: number
  lineName: string
  workOrderId: number | null
  workOrderNumber: string | null
  productId: number | null
  productName: string | null
  /** Length of the shift in hours (run time cannot exceed it). */
  shiftHours: number
}

export type Problem = { key: string; params?: Record<string, unknown> }
export type Problems<F extends string> = Partial<Record<F, Problem>>

/** A line of the read-back: what is confirmed, and its value in words. */
export interface ReadBackItem {
  label: string
  value: string
}

const INT = /^\d+$/
const DECIMAL = /^\d+(?:[.,]\d{1,2})?$/

function wholeNumber(text: string, min: number, max: number, required: boolean): Problem | null {
  const v = text.trim()
  if (!v) return required ? { key: 'validation.required' } : null
  if (!INT.test(v)) return { key: 'myShift.rule.wholeNumber' }
  const n = Number(v)
  if (n < min || n > max) return { key: 'myShift.rule.range', params: { min, max } }
  return null
}

const toNumber = (text: string) => Number(text.trim().replace(',', '.'))
const optionalInt = (text: string) => (text.trim() ? Number(text.trim()) : undefined)

function where(ctx: EntryContext, w: Words): ReadBackItem[] {
  const order = ctx.workOrderNumber ?? (ctx.productName ? w.t('myShift.readBack.noOrder', { product: ctx.productName }) : null)
  return [
    { label: w.t('myShift.fields.line'), value: ctx.lineName },
    { label: w.t('myShift.fields.shift'), value: w.t('myShift.readBack.shiftOn', { shift: ctx.shiftName, day: ctx.dayText }) },
    ...(order ? [{ label: w.t('myShift.fields.workOrder'), value: order }] : []),
  ]
}

/* ---- production ---- */

export interface ProductionForm {
  units: string
  defects: string
  runTime: string
  crew: string
}
export type ProductionField = keyof ProductionForm | 'product'

export const blankProduction = (): ProductionForm => ({ units: '', defects: '', runTime: '', crew: '' })

export function validateProduction(f: ProductionForm, ctx: EntryContext): Problems<ProductionField> {
  const out: Problems<ProductionField> = {}
  if (ctx.workOrderId === null && ctx.productId === null) out.product = { key: 'myShift.rule.orderOrProduct' }
  const units = wholeNumber(f.units, 0, 1_000_000, true)
  if (units) out.units = units
  const defects = wholeNumber(f.defects, 0, 1_000_000, false)
  if (defects) out.defects = defects
  else if (!units && f.defects.trim() && Number(f.defects) > Number(f.units)) {
    out.defects = { key: 'myShift.rule.defectsOverUnits', params: { units: Number(f.units) } }
  }
  const run = f.runTime.trim()
  if (run) {
    if (!DECIMAL.test(run)) out.runTime = { key: 'myShift.rule.hours' }
    else if (toNumber(run) > ctx.shiftHours) out.runTime = { key: 'myShift.rule.runTimeMax', params: { hours: ctx.shiftHours } }
  }
  const crew = wholeNumber(f.crew, 1, 1000, false)
  if (crew) out.crew = crew
  return out
}

export function productionRequest(f: ProductionForm, ctx: EntryContext) {
  return {
    client_id: ctx.clientId,
    shift_date: ctx.day,
    shift_id: ctx.shiftId,
    line_id: ctx.lineId,
    ...(ctx.workOrderId !== null ? { work_order_id: ctx.workOrderId } : { product_id: ctx.productId ?? undefined }),
    units_produced: Number(f.units.trim()),
    defect_count: optionalInt(f.defects) ?? 0,
    ...(f.runTime.trim() ? { run_time_hours: toNumber(f.runTime) } : {}),
    ...(f.crew.trim() ? { employees_assigned: Number(f.crew.trim()) } : {}),
    confirmed: true,
  }
}

export function productionReadBack(f: ProductionForm, ctx: EntryContext, w: Words): ReadBackItem[] {
  const units = Number(f.units.trim())
  const defects = optionalInt(f.defects) ?? 0
  return [
    ...where(ctx, w),
    { label: w.t('myShift.fields.units'), value: w.t('myShift.readBack.units', { n: w.n(units) }, units) },
    { label: w.t('myShift.fields.defects'), value: w.t('myShift.readBack.defects', { n: w.n(defects) }, defects) },
    {
      label: w.t('myShift.fields.runTime'),
      value: f.runTime.trim() ? w.t('myShift.readBack.hours', { n: w.n(toNumber(f.runTime)) }) : w.t('myShift.readBack.inferred'),
    },
    {
      label: w.t('myShift.fields.crew'),
      value: f.crew.trim() ? w.t('myShift.readBack.people', { n: w.n(Number(f.crew)) }, Number(f.crew)) : w.t('myShift.readBack.notGiven'),
    },
  ]
}

/* ---- downtime ---- */

export interface DowntimeForm {
  reasonId: number | null
  byClock: boolean
  minutes: string
  start: string
  end: string
  note: string
}
export type DowntimeField = 'reasonId' | 'minutes' | 'start' | 'end' | 'note'

export const blankDowntime = (): DowntimeForm => ({ reasonId: null, byClock: false, minutes: '', start: '', end: '', note: '' })

/** Minutes between two clock times (an end before the start is on the next day); null while either is missing. */
export function clockMinutes(start: string, end: string): number | null {
  const s = minuteOfDay(start)
  const e = minuteOfDay(end)
  if (s === null || e === null || s === e) return null
  return shiftDuration(s, e)
}

export function validateDowntime(f: DowntimeForm): Problems<DowntimeField> {
  const out: Problems<DowntimeField> = {}
  if (f.reasonId === null) out.reasonId = { key: 'validation.required' }
  if (f.byClock) {
    if (minuteOfDay(f.start) === null) out.start = { key: f.start.trim() ? 'myShift.rule.clock' : 'validation.required' }
    if (minuteOfDay(f.end) === null) out.end = { key: f.end.trim() ? 'myShift.rule.clock' : 'validation.required' }
    else if (!out.start && minuteOfDay(f.start) === minuteOfDay(f.end)) out.end = { key: 'myShift.rule.endAfterStart' }
  } else {
    const minutes = wholeNumber(f.minutes, 1, 1440, true)
    if (minutes) out.minutes = minutes
  }
  if (f.note.length > 1000) out.note = { key: 'validation.maxLength', params: { max: 1000 } }
  return out
}

export function downtimeRequest(f: DowntimeForm, ctx: EntryContext) {
  const note = f.note.trim()
  return {
    client_id: ctx.clientId,
    shift_date: ctx.day,
    shift_id: ctx.shiftId,
    line_id: ctx.lineId,
    ...(ctx.workOrderId !== null ? { work_order_id: ctx.workOrderId } : {}),
    reason_id: f.reasonId ?? 0,
    ...(f.byClock ? { start_time: f.start.trim().slice(0, 5), end_time: f.end.trim().slice(0, 5) } : { duration_minutes: Number(f.minutes.trim()) }),
    ...(note ? { notes: note } : {}),
  }
}

export function downtimeReadBack(f: DowntimeForm, reasonName: string, ctx: EntryContext, w: Words): ReadBackItem[] {
  const minutes = f.byClock ? (clockMinutes(f.start, f.end) ?? 0) : Number(f.minutes.trim())
  const duration = w.t('myShift.readBack.minutes', { n: w.n(minutes) }, minutes)
  return [
    ...where(ctx, w),
    { label: w.t('myShift.fields.reason'), value: reasonName },
    {
      label: w.t('myShift.fields.duration'),
      value: f.byClock ? w.t('myShift.readBack.fromTo', { start: f.start.slice(0, 5), end: f.end.slice(0, 5), duration }) : duration,
    },
    ...(f.note.trim() ? [{ label: w.t('myShift.fields.note'), value: f.note.trim() }] : []),
  ]
}

/* ---- quality ---- */

export interface QualityForm {
  stage: string | null
  inspected: string
  defective: string
  defects: string
}
export type QualityField = keyof QualityForm | 'product'

export const blankQuality = (stage: string | null = null): QualityForm => ({ stage, inspected: '', defective: '', defects: '' })

export function validateQuality(f: QualityForm, ctx: EntryContext): Problems<QualityField> {
  const out: Problems<QualityField> = {}
  if (ctx.workOrderId === null && ctx.productId === null) out.product = { key: 'myShift.rule.orderOrProduct' }
  if (!f.stage) out.stage = { key: 'validation.required' }
  const inspected = wholeNumber(f.inspected, 1, 1_000_000, true)
  if (inspected) out.inspected = inspected
  const defective = wholeNumber(f.defective, 0, 1_000_000, true)
  if (defective) out.defective = defective
  else if (!inspected && Number(f.defective) > Number(f.inspected)) {
    out.defective = { key: 'myShift.rule.defectiveOverInspected', params: { inspected: Number(f.inspected) } }
  }
  const defects = wholeNumber(f.defects, 0, 10_000_000, false)
  if (defects) out.defects = defects
  else if (!defective && f.defects.trim() && Number(f.defects) < Number(f.defective)) {
    out.defects = { key: 'myShift.rule.defectsUnderDefective', params: { defective: Number(f.defective) } }
  }
  return out
}

export function qualityRequest(f: QualityForm, ctx: EntryContext) {
  return {
    client_id: ctx.clientId,
    shift_date: ctx.day,
    shift_id: ctx.shiftId,
    ...(ctx.workOrderId !== null ? { work_order_id: ctx.workOrderId } : { product_id: ctx.productId ?? undefined }),
    inspection_stage: f.stage ?? '',
    units_inspected: Number(f.inspected.trim()),
    units_defective: Number(f.defective.trim()),
    ...(f.defects.trim() ? { total_defects: Number(f.defects.trim()) } : {}),
  }
}

export function qualityReadBack(f: QualityForm, stageName: string, ctx: EntryContext, w: Words): ReadBackItem[] {
  const inspected = Number(f.inspected.trim())
  const defective = Number(f.defective.trim())
  const defects = f.defects.trim() ? Number(f.defects.trim()) : defective
  return [
    ...where(ctx, w),
    { label: w.t('myShift.fields.stage'), value: stageName },
    { label: w.t('myShift.fields.inspected'), value: w.t('myShift.readBack.units', { n: w.n(inspected) }, inspected) },
    { label: w.t('myShift.fields.defective'), value: w.t('myShift.readBack.units', { n: w.n(defective) }, defective) },
    { label: w.t('myShift.fields.totalDefects'), value: w.t('myShift.readBack.defects', { n: w.n(defects) }, defects) },
  ]
}

/** The read-back as one sentence, for screen readers and the saved notice ("Line 1 · Night, 12 May · 120 units …"). */
export function readBackSentence(items: readonly ReadBackItem[]): string {
  return items.map((i) => i.value).join(' · ')
}

/** The read-back without where the entry goes (line, shift, order): what the saved notice repeats. */
export function readBackFacts(items: readonly ReadBackItem[], ctx: EntryContext, w: Words): ReadBackItem[] {
  return items.slice(where(ctx, w).length)
}
