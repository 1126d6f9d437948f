/**
 * The create/edit form of a work order and its jobs: blank and loaded states, the checks made before sending
 * (the server checks the same and the cross-field rules) and the request bodies.
 */
import type { CreateWorkOrderRequest, JobBody, Priority, UpdateWorkOrderRequest, WorkOrder } from '@/api/types'

export interface JobRow {
  /** Stable v-for key. */
  key: number
  sequence: string
  operationCode: string
  operationName: string
  lineId: number | null
  plannedQuantity: string
}

export interface OrderForm {
  clientId: number | null
  number: string
  productId: number | null
  priority: Priority
  plannedQuantity: string
  deliveredQuantity: string
  plannedStartDate: string
  plannedShipDate: string
  requiredDate: string
  actualStartDate: string
  actualDeliveryDate: string
  cycleHours: string
  customerPo: string
  notes: string
  version: number
  jobs: JobRow[]
}

/** A message for a field: an i18n key and its parameters. */
export interface FieldMessage {
  key: string
  params?: Record<string, string | number>
}

export const LIMITS = {
  number: 50,
  customerPo: 100,
  notes: 1000,
  plannedQuantity: 10_000_000,
  deliveredQuantity: 100_000_000,
  jobs: 50,
  sequence: 999,
  operationCode: 50,
  operationName: 255,
  jobQuantity: 10_000_000,
} as const

/** Form fields → API field names (for error mapping). */
export const ORDER_FIELDS = [
  'client_id',
  'number',
  'product_id',
  'priority',
  'planned_quantity',
  'delivered_quantity',
  'planned_start_date',
  'planned_ship_date',
  'required_date',
  'actual_start_date',
  'actual_delivery_date',
  'ideal_cycle_time_hours',
  'customer_po_number',
  'notes',
  'jobs',
] as const
export const JOB_FIELDS = ['sequence', 'operation_code', 'operation_name', 'line_id', 'planned_quantity'] as const

const NUMBER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/

let nextKey = 1

export function blankJob(sequence: number): JobRow {
  return { key: nextKey++, sequence: String(sequence), operationCode: '', operationName: '', lineId: null, plannedQuantity: '' }
}

/** Next routing step: 10, 20, 30 … after the highest sequence so far. */
export function nextSequence(rows: readonly JobRow[]): number {
  const max = Math.max(0, ...rows.map((r) => Number(r.sequence)).filter((v) => Number.isFinite(v)))
  return Math.min(LIMITS.sequence, (Math.floor(max / 10) + 1) * 10)
}

export function blankOrderForm(clientId: number | null): OrderForm {
  return {
    clientId,
    number: '',
    productId: null,
    priority: 'NORMAL',
    plannedQuantity: '',
    deliveredQuantity: '',
    plannedStartDate: '',
    plannedShipDate: '',
    requiredDate: '',
    actualStartDate: '',
    actualDeliveryDate: '',
    cycleHours: '',
    customerPo: '',
    notes: '',
    version: 0,
    jobs: [],
  }
}

export function orderToForm(o: WorkOrder): OrderForm {
  return {
    clientId: o.client_id,
    number: o.number,
    productId: o.product_id,
    priority: o.priority,
    plannedQuantity: String(o.planned_quantity),
    deliveredQuantity: o.delivered_quantity ? String(o.delivered_quantity) : '',
    plannedStartDate: o.planned_start_date ?? '',
    plannedShipDate: o.planned_ship_date ?? '',
    requiredDate: o.required_date ?? '',
    actualStartDate: o.actual_start_date ?? '',
    actualDeliveryDate: o.actual_delivery_date ?? '',
    cycleHours: o.ideal_cycle_time_hours === null ? '' : String(o.ideal_cycle_time_hours),
    customerPo: o.customer_po_number ?? '',
    notes: o.notes ?? '',
    version: o.version,
    jobs: [],
  }
}

/** Order numbers are stored trimmed and upper-cased: show them so while typing. */
export function normalizeNumber(raw: string | null | undefined): string {
  return (raw ?? '').toUpperCase().replace(/\s+/g, '')
}

/** "" → null; a whole number in [min, max] → number; anything else → a message. */
export function wholeNumber(raw: string, min: number, max: number, required = false): number | null | FieldMessage {
  const v = raw.trim()
  if (!v) return required ? { key: 'validation.required' } : null
  if (!/^\d+$/.test(v)) return { key: 'workOrders.validation.wholeNumber' }
  const n = Number(v)
  if (n < min || n > max) return { key: 'workOrders.validation.range', params: { min, max } }
  return n
}

function decimalHours(raw: string): number | null | FieldMessage {
  const v = raw.trim().replace(',', '.')
  if (!v) return null
  const n = Number(v)
  if (!/^\d*\.?\d+$/.test(v) || !(n > 0) || n > 24) return { key: 'workOrders.validation.cycle' }
  return n
}

const isMessage = (v: unknown): v is FieldMessage => typeof v === 'object' && v !== null

/** Checks of one routing step (sequence, operation, quantities). */
export function checkJobRow(j: JobRow, extraQuantities: Record<string, string> = {}): Record<string, FieldMessage> {
  const row: Record<string, FieldMessage> = {}
  const put = (key: string, v: unknown) => {
    if (isMessage(v)) row[key] = v
  }
  put('sequence', wholeNumber(j.sequence, 1, LIMITS.sequence, true))
  if (!j.operationName.trim()) row.operation_name = { key: 'validation.required' }
  else if (j.operationName.trim().length > LIMITS.operationName) {
    row.operation_name = { key: 'validation.maxLength', params: { max: LIMITS.operationName } }
  }
  if (j.operationCode.trim().length > LIMITS.operationCode) {
    row.operation_code = { key: 'validation.maxLength', params: { max: LIMITS.operationCode } }
  }
  put('planned_quantity', wholeNumber(j.plannedQuantity, 0, LIMITS.jobQuantity))
  for (const [key, raw] of Object.entries(extraQuantities)) put(key, wholeNumber(raw, 0, LIMITS.jobQuantity))
  return row
}

export interface FormCheck {
  fields: Record<string, FieldMessage>
  rows: Record<number, Record<string, FieldMessage>>
}

/** Field checks made before sending; dates and sequences across fields are left to the server's rules. */
export function checkOrderForm(f: OrderForm, creating: boolean): FormCheck {
  const fields: Record<string, FieldMessage> = {}
  const rows: Record<number, Record<string, FieldMessage>> = {}
  const put = (target: Record<string, FieldMessage>, key: string, v: unknown) => {
    if (isMessage(v)) target[key] = v
  }
  if (creating) {
    if (f.clientId === null) fields.client_id = { key: 'validation.required' }
    if (!f.number) fields.number = { key: 'validation.required' }
    else if (f.number.length > LIMITS.number) fields.number = { key: 'validation.maxLength', params: { max: LIMITS.number } }
    else if (!NUMBER_PATTERN.test(f.number)) fields.number = { key: 'workOrders.validation.numberPattern' }
  }
  if (f.productId === null) fields.product_id = { key: 'validation.required' }
  put(fields, 'planned_quantity', wholeNumber(f.plannedQuantity, 1, LIMITS.plannedQuantity, true))
  put(fields, 'delivered_quantity', wholeNumber(f.deliveredQuantity, 0, LIMITS.deliveredQuantity))
  put(fields, 'ideal_cycle_time_hours', decimalHours(f.cycleHours))
  if (f.customerPo.trim().length > LIMITS.customerPo) {
    fields.customer_po_number = { key: 'validation.maxLength', params: { max: LIMITS.customerPo } }
  }
  if (f.notes.trim().length > LIMITS.notes) fields.notes = { key: 'validation.maxLength', params: { max: LIMITS.notes } }
  if (creating) {
    f.jobs.forEach((j, i) => {
      const row = checkJobRow(j)
      if (Object.keys(row).length) rows[i] = row
    })
  }
  return { fields, rows }
}

const opt = (v: string) => (v.trim() ? v.trim() : undefined)
const int = (v: string) => (v.trim() ? Number(v.trim()) : undefined)

function commonBody(f: OrderForm) {
  const cycle = f.cycleHours.trim().replace(',', '.')
  return {
    product_id: f.productId ?? 0,
    priority: f.priority,
    planned_quantity: Number(f.plannedQuantity.trim()),
    delivered_quantity: int(f.deliveredQuantity),
    planned_start_date: opt(f.plannedStartDate),
    planned_ship_date: opt(f.plannedShipDate),
    required_date: opt(f.requiredDate),
    actual_start_date: opt(f.actualStartDate),
    actual_delivery_date: opt(f.actualDeliveryDate),
    ideal_cycle_time_hours: cycle ? Number(cycle) : undefined,
    customer_po_number: opt(f.customerPo),
    notes: opt(f.notes),
  }
}

export function jobRowToBody(j: JobRow): JobBody {
  return {
    sequence: Number(j.sequence.trim()),
    operation_code: opt(j.operationCode),
    operation_name: j.operationName.trim(),
    line_id: j.lineId ?? undefined,
    planned_quantity: int(j.plannedQuantity),
  }
}

export function createRequest(f: OrderForm): CreateWorkOrderRequest {
  return { client_id: f.clientId ?? 0, number: f.number, ...commonBody(f), jobs: f.jobs.map(jobRowToBody) }
}

/** An update sends every field: an emptied one is cleared on the server. */
export function updateRequest(f: OrderForm): UpdateWorkOrderRequest {
  return { ...commonBody(f), version: f.version }
}
