import type {
  DefectType,
  DowntimeReason,
  Employee,
  Product,
  Shift,
  UpdateDefectTypeRequest,
  UpdateDowntimeReasonRequest,
  UpdateEmployeeRequest,
  UpdateProductRequest,
  UpdateShiftRequest,
} from '@/api/types'
import { toClock } from './shiftTimes'

/**
 * Full update bodies rebuilt from a record as the server sent it: an update replaces every field (an omitted
 * optional field becomes empty), so a one-field change (active, defect opportunities) must resend the rest.
 */
const opt = <V>(v: V | null | undefined): V | undefined => (v === null ? undefined : v)

export const productUpdate = (p: Product): UpdateProductRequest => ({
  name: p.name,
  description: opt(p.description),
  ideal_cycle_time_hours: opt(p.ideal_cycle_time_hours),
  unit_of_measure: p.unit_of_measure,
  defect_opportunities: opt(p.defect_opportunities),
  active: p.active,
  version: p.version,
})


export const shiftUpdate = (s: Shift): UpdateShiftRequest => ({
  name: s.name,
  start: toClock(s.start),
  end: toClock(s.end),
  breaks: s.breaks.map((b) => ({ ...b, start: toClock(b.start) })),
  active: s.active,
  version: s.version,
})

export const employeeUpdate = (e: Employee): UpdateEmployeeRequest => ({
  name: e.name,
  line_id: opt(e.line_id),
  shift_id: opt(e.shift_id),
  floating_pool: e.floating_pool,
  active: e.active,
  version: e.version,
})

export const defectTypeUpdate = (d: DefectType): UpdateDefectTypeRequest => ({
  name: d.name,
  description: opt(d.description),
  category: d.category,
  severity: d.severity,
  standard_code: opt(d.standard_code),
  sort_order: d.sort_order,
  active: d.active,
  version: d.version,
})

export const downtimeReasonUpdate = (r: DowntimeReason): UpdateDowntimeReasonRequest => ({
  name: r.name,
  category: r.category,
  planned: r.planned,
  setup: r.setup,
  active: r.active,
  version: r.version,
})

