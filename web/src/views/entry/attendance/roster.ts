import type { AbsenceType, AttendanceEntry, AttendanceRequest, FieldErrorDto, Roster, RosterFloater } from '@/api/types'
import { mapBatchErrors, type FieldMessages } from '@/components/entry/serverErrors'

/**
 * The attendance roster of one shift on one day, as the page edits it: one line per employee of the roster, holding
 * the stored record (id, version, values) when there is one. Pure functions over immutable lines: an edit returns a
 * new line, so the grid redraws only the rows that changed and counts are one pass over the array.
 */

/** What the Attendance cell picks: present, or absent with its type; null = not marked yet (new rows only). */
export type Mark = 'PRESENT' | AbsenceType
export const MARKS: readonly Mark[] = ['PRESENT', 'UNSCHEDULED_ABSENCE', 'VACATION', 'MEDICAL_LEAVE', 'PERSONAL_LEAVE']
export const LEAVE_TYPES: readonly AbsenceType[] = ['VACATION', 'MEDICAL_LEAVE', 'PERSONAL_LEAVE']

export interface RosterValues {
  mark: Mark | null
  scheduled_hours: number
  actual_hours: number | null
  absence_hours: number | null
  late_minutes: number | null
  covered_by_employee_id: number | null
  notes: string | null
}
export type RosterField = Exclude<keyof RosterValues, 'scheduled_hours'>
export const EDITABLE_FIELDS: readonly RosterField[] = ['mark', 'absence_hours', 'actual_hours', 'late_minutes', 'covered_by_employee_id', 'notes']

export interface RosterLine {
  /** The employee's id as text: one line per employee. */
  key: string
  employeeId: number
  code: string
  name: string
  /** false: listed only because they have a record in this shift. */
  usualShift: boolean
  id: number | null
  version: number | null
  /** The stored values (null for an employee not recorded yet). */
  original: RosterValues | null
  values: RosterValues
  /** Problems the server named for this row on the last save, by field ('' = the row). */
  serverErrors: FieldMessages
}

const num = (v: number | null | undefined): number | null => (typeof v === 'number' ? v : null)

export function storedValues(e: AttendanceEntry): RosterValues {
  return {
    mark: e.is_absent ? (e.absence_type ?? 'UNSCHEDULED_ABSENCE') : 'PRESENT',
    scheduled_hours: e.scheduled_hours,
    actual_hours: num(e.actual_hours),
    absence_hours: num(e.absence_hours),
    late_minutes: num(e.late_minutes),
    covered_by_employee_id: e.covered_by_employee_id ?? null,
    notes: e.notes ?? null,
  }
}

function emptyValues(scheduled: number): RosterValues {
  return { mark: null, scheduled_hours: scheduled, actual_hours: null, absence_hours: null, late_minutes: null, covered_by_employee_id: null, notes: null }
}

/** One line per roster row: recorded rows carry their values and version, the others start unmarked. */
export function mergeRoster(roster: Roster): RosterLine[] {
  return roster.rows.map((r) => {
    const original = r.entry ? storedValues(r.entry) : null
    return {
      key: String(r.employee_id),
      employeeId: r.employee_id,
      code: r.employee_code,
      name: r.employee_name,
      usualShift: r.usual_shift,
      id: r.entry?.id ?? null,
      version: r.entry?.version ?? null,
      original,
      values: original ? { ...original } : emptyValues(roster.scheduled_hours),
      serverErrors: {},
    }
  })
}

export const isAbsent = (v: RosterValues): boolean => v.mark !== null && v.mark !== 'PRESENT'
export const isLeave = (v: RosterValues): boolean => v.mark !== null && (LEAVE_TYPES as readonly string[]).includes(v.mark)

const same = (a: RosterValues, b: RosterValues): boolean =>
  (Object.keys(a) as (keyof RosterValues)[]).every((k) => (a[k] ?? null) === (b[k] ?? null))

/**
 * Whether a field takes a value in the line's state (the grid greys the cell, the card disables the field): late
 * minutes only for a presence, absence hours and cover only for an absence, nothing but the mark and notes unmarked.
 */
export function fieldApplies(v: RosterValues, field: RosterField): boolean {
  if (field === 'mark' || field === 'notes') return true
  if (v.mark === null) return false
  if (field === 'late_minutes') return !isAbsent(v)
  if (field === 'absence_hours' || field === 'covered_by_employee_id') return isAbsent(v)
  return true
}

/**
 * A number as typed in a cell or field: empty is null, a decimal comma is read as a point; undefined means not a
 * number (or not whole where a whole number is wanted) and the edit is ignored.
 */
export function parseRosterNumber(text: unknown, integer: boolean): number | null | undefined {
  if (typeof text === 'number') return text
  if (text === null || text === undefined) return null
  const s = String(text).trim().replace(',', '.')
  if (s === '') return null
  const v = Number(s)
  if (!Number.isFinite(v) || (integer && !Number.isInteger(v))) return undefined
  return v
}

/** A line to save: a new one that has been marked, or a stored one whose values differ. */
export function isPending(line: RosterLine): boolean {
  return line.original === null ? line.values.mark !== null : !same(line.original, line.values)
}

/** Every line not recorded and not marked yet becomes present with the shift's scheduled hours worked. */
export function markAllPresent(lines: readonly RosterLine[]): RosterLine[] {
  return lines.map((l) =>
    l.original === null && l.values.mark === null
      ? { ...l, values: { ...l.values, mark: 'PRESENT', actual_hours: l.values.scheduled_hours } }
      : l,
  )
}

/**
 * One cell changed. Changing the mark keeps the row coherent with the API's rules: present works the scheduled
 * hours and has no absence or cover; absent works nothing (unless given) and is not late.
 */
export function applyEdit(line: RosterLine, field: RosterField, value: unknown): RosterLine {
  const v = { ...line.values }
  if (field === 'mark') {
    const mark = (MARKS as readonly unknown[]).includes(value) ? (value as Mark) : null
    if (mark === null && line.original !== null) return line // a stored record cannot be unmarked (only admins delete)
    const wasAbsent = isAbsent(v)
    v.mark = mark
    if (mark === null) return { ...line, values: emptyValues(v.scheduled_hours), serverErrors: {} }
    if (mark === 'PRESENT') {
      if (wasAbsent || v.actual_hours === null) v.actual_hours = v.scheduled_hours
      v.absence_hours = null
      v.covered_by_employee_id = null
    } else {
      if (!wasAbsent) v.actual_hours = 0
      v.late_minutes = null
    }
  } else if (field === 'notes') {
    v.notes = typeof value === 'string' && value.trim() !== '' ? value : null
  } else if (field === 'covered_by_employee_id') {
    v.covered_by_employee_id = typeof value === 'number' ? value : null
  } else {
    v[field] = typeof value === 'number' && Number.isFinite(value) ? value : null
  }
  const serverErrors = { ...line.serverErrors }
  delete serverErrors[field]
  return { ...line, values: v, serverErrors }
}

/** Where a line stands for the page: has errors, new or changed (to save), saved, or not marked yet. */
export type LineState = 'error' | 'new' | 'changed' | 'saved' | 'unmarked'
export function lineState(line: RosterLine, problems: readonly RosterProblem[]): LineState {
  if (problems.length > 0 || Object.keys(line.serverErrors).length > 0) return 'error'
  if (isPending(line)) return line.id === null ? 'new' : 'changed'
  return line.id !== null ? 'saved' : 'unmarked'
}

/** The attendance a line shows at a glance: not marked, present, late, or the absence type (as the chips count it). */
export type MarkState = 'unmarked' | 'present' | 'late' | 'absent' | 'leave'
export function markState(v: RosterValues): MarkState {
  if (v.mark === null) return 'unmarked'
  if (v.mark === 'PRESENT') return (v.late_minutes ?? 0) > 0 ? 'late' : 'present'
  return isLeave(v) ? 'leave' : 'absent'
}

export interface ChipCounts {
  present: number
  absent: number
  late: number
  leave: number
  unmarked: number
}

/** Present (late ones included), late, unscheduled absences, leaves (vacation, medical, personal), not marked yet. */
export function chipCounts(lines: readonly RosterLine[]): ChipCounts {
  const c: ChipCounts = { present: 0, absent: 0, late: 0, leave: 0, unmarked: 0 }
  for (const l of lines) {
    const v = l.values
    if (v.mark === null) c.unmarked++
    else if (v.mark === 'PRESENT') {
      c.present++
      if ((v.late_minutes ?? 0) > 0) c.late++
    } else if (isLeave(v)) c.leave++
    else c.absent++
  }
  return c
}

/**
 * The floaters a line may pick as cover: active ones (or the one it already names) who do not cover another line's
 * absence and are not themselves recorded absent in this shift. One floater covers one absence per shift.
 */
export function floaterOptions(lines: readonly RosterLine[], floaters: readonly RosterFloater[], key: string): RosterFloater[] {
  const line = lines.find((l) => l.key === key)
  const mine = line?.values.covered_by_employee_id ?? null
  const taken = new Set<number>()
  for (const l of lines) {
    if (l.key !== key && l.values.covered_by_employee_id !== null) taken.add(l.values.covered_by_employee_id)
    if (isAbsent(l.values)) taken.add(l.employeeId)
  }
  const active = new Set(floaters.filter((f) => f.available || f.covering_employee_id !== null).map((f) => f.employee_id))
  return floaters.filter((f) => f.employee_id === mine || (active.has(f.employee_id) && !taken.has(f.employee_id)))
}

/** A problem found on the page before saving: the field, an i18n key and its parameters. */
export interface RosterProblem {
  field: RosterField
  key: string
  params?: Record<string, string | number>
}

/** The API's row rules that can be checked here, plus the one-floater-one-absence rule across lines. */
export function lineProblems(line: RosterLine, lines: readonly RosterLine[]): RosterProblem[] {
  const v = line.values
  if (v.mark === null) return []
  const out: RosterProblem[] = []
  const scheduled = v.scheduled_hours
  if (v.actual_hours !== null && (v.actual_hours < 0 || v.actual_hours > 24)) out.push({ field: 'actual_hours', key: 'entry.attendance.rule.hoursRange' })
  if (isAbsent(v) && (v.actual_hours ?? 0) >= scheduled) out.push({ field: 'actual_hours', key: 'entry.attendance.rule.absentWorked', params: { hours: scheduled } })
  if (v.absence_hours !== null) {
    if (v.absence_hours < 0 || v.absence_hours > scheduled) out.push({ field: 'absence_hours', key: 'entry.attendance.rule.absenceAboveScheduled', params: { hours: scheduled } })
    else if ((v.actual_hours ?? 0) + v.absence_hours > scheduled)
      out.push({ field: 'absence_hours', key: 'entry.attendance.rule.sumAboveScheduled', params: { hours: scheduled } })
  }
  if (v.late_minutes !== null && v.late_minutes < 0) out.push({ field: 'late_minutes', key: 'entry.attendance.rule.lateNegative' })
  if (v.covered_by_employee_id !== null) {
    const other = lines.find((l) => l.key !== line.key && l.values.covered_by_employee_id === v.covered_by_employee_id)
    if (other) out.push({ field: 'covered_by_employee_id', key: 'entry.attendance.rule.floaterTaken', params: { name: other.name } })
  }
  return out
}

/** Every pending line's problems by key (only lines with problems). */
export function rosterProblems(lines: readonly RosterLine[]): Map<string, RosterProblem[]> {
  const out = new Map<string, RosterProblem[]>()
  for (const l of lines) {
    if (!isPending(l)) continue
    const p = lineProblems(l, lines)
    if (p.length) out.set(l.key, p)
  }
  return out
}

/** The batch of a save: pending lines in roster order, with `keys[i]` the line sent as entry i. */
export function buildBatch(
  lines: readonly RosterLine[],
  ctx: { clientId: number; shiftDate: string; shiftId: number },
): { entries: AttendanceRequest[]; keys: string[] } {
  const entries: AttendanceRequest[] = []
  const keys: string[] = []
  for (const l of lines) {
    if (!isPending(l)) continue
    const v = l.values
    const absent = isAbsent(v)
    const body: AttendanceRequest = {
      client_id: ctx.clientId,
      employee_id: l.employeeId,
      shift_date: ctx.shiftDate,
      shift_id: ctx.shiftId,
      scheduled_hours: v.scheduled_hours,
      is_absent: absent,
      ...(absent ? { absence_type: v.mark as AbsenceType } : {}),
      ...(v.actual_hours !== null ? { actual_hours: v.actual_hours } : {}),
      ...(v.absence_hours !== null ? { absence_hours: v.absence_hours } : {}),
      ...(v.late_minutes !== null && !absent ? { late_minutes: v.late_minutes } : {}),
      ...(v.covered_by_employee_id !== null && absent ? { covered_by_employee_id: v.covered_by_employee_id } : {}),
      ...(v.notes !== null ? { notes: v.notes } : {}),
      ...(l.id !== null ? { id: l.id, version: l.version ?? 0 } : {}),
    }
    entries.push(body)
    keys.push(l.key)
  }
  return { entries, keys }
}

/** The server's `entries[i].field` errors put on their lines (is_absent and absence_type are the Attendance cell). */
export function withServerErrors(
  lines: readonly RosterLine[],
  errors: readonly FieldErrorDto[],
  keys: readonly string[],
): { lines: RosterLine[]; other: string[] } {
  const { byKey, other } = mapBatchErrors(errors, keys)
  const next = lines.map((l) => {
    const found = byKey.get(l.key)
    if (!found) return Object.keys(l.serverErrors).length ? { ...l, serverErrors: {} } : l
    const mapped: FieldMessages = {}
    for (const [field, messages] of Object.entries(found)) {
      const target = field === 'is_absent' || field === 'absence_type' ? 'mark' : (EDITABLE_FIELDS as readonly string[]).includes(field) ? field : ''
      mapped[target] = [...(mapped[target] ?? []), ...messages.map((m) => (target === '' && field ? `${field}: ${m}` : m))]
    }
    return { ...l, serverErrors: mapped }
  })
  return { lines: next, other }
}
