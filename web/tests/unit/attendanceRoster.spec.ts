import { describe, expect, it } from 'vitest'
import type { AttendanceEntry, Roster, RosterFloater } from '@/api/types'
import {
  applyEdit,
  buildBatch,
  chipCounts,
  fieldApplies,
  floaterOptions,
  isPending,
  lineState,
  markAllPresent,
  markState,
  mergeRoster,
  parseRosterNumber,
  rosterProblems,
  withServerErrors,
  type RosterLine,
} from '@/views/entry/attendance/roster'
import { rosterReadBack } from '@/views/entry/attendance/readBack'

function entry(employee: number, patch: Partial<AttendanceEntry> = {}): AttendanceEntry {
  return {
    id: 900 + employee,
    client_id: 1,
    employee_id: employee,
    employee_code: `EMP-${employee}`,
    employee_name: `Name ${employee}`,
    shift_date: '2026-08-01',
    shift_id: 7,
    shift_name: 'Day',
    scheduled_hours: 7.25,
    actual_hours: 7.25,
    is_absent: false,
    absence_type: null,
    absence_hours: null,
    late_minutes: null,
    covered_by_employee_id: null,
    covered_by_employee_code: null,
    covered_by_employee_name: null,
    notes: null,
    entry_method: 'BATCH',
    entered_by_name: 'leader1',
    version: 3,
    created_at: '2026-08-01T10:00:00Z',
    updated_at: '2026-08-01T10:00:00Z',
    ...patch,
  }
}

const floater = (id: number, patch: Partial<RosterFloater> = {}): RosterFloater => ({
  employee_id: id,
  employee_code: `FLT-${id}`,
  employee_name: `Floater ${id}`,
  usual_shift_id: 7,
  available: true,
  covering_employee_id: null,
  covering_entry_id: null,
  ...patch,
})

/** Employees 1–4 of the shift; 2 is recorded present, 3 recorded on vacation covered by floater 50. */
function roster(): Roster {
  const row = (id: number, e: AttendanceEntry | null) => ({
    employee_id: id,
    employee_code: `EMP-${id}`,
    employee_name: `Name ${id}`,
    line_id: null,
    usual_shift: true,
    floating_pool: false,
    active: true,
    entry: e,
  })
  return {
    client_id: 1,
    shift_date: '2026-08-01',
    shift_id: 7,
    shift_name: 'Day',
    scheduled_hours: 7.25,
    editable: true,
    recorded: 2,
    absent: 1,
    covered: 1,
    rows: [
      row(1, null),
      row(2, entry(2)),
      row(3, entry(3, { is_absent: true, absence_type: 'VACATION', actual_hours: 0, covered_by_employee_id: 50 })),
      row(4, null),
    ],
    floaters: [floater(50, { available: false, covering_employee_id: 3, covering_entry_id: 903 }), floater(51), floater(52)],
  }
}

const ctx = { clientId: 1, shiftDate: '2026-08-01', shiftId: 7 }
const byKey = (lines: RosterLine[], key: string) => lines.find((l) => l.key === key)!
function edit(lines: RosterLine[], key: string, field: Parameters<typeof applyEdit>[1], value: unknown): RosterLine[] {
  return lines.map((l) => (l.key === key ? applyEdit(l, field, value) : l))
}

describe('attendance roster', () => {
  it('merges the roster: recorded rows carry their values and version, the others start unmarked', () => {
    const lines = mergeRoster(roster())
    expect(lines.map((l) => l.key)).toEqual(['1', '2', '3', '4'])
    expect(byKey(lines, '1')).toMatchObject({ id: null, version: null, original: null, values: { mark: null, scheduled_hours: 7.25 } })
    expect(byKey(lines, '3')).toMatchObject({ id: 903, version: 3, values: { mark: 'VACATION', actual_hours: 0, covered_by_employee_id: 50 } })
    expect(lines.some(isPending)).toBe(false)
  })

  it('marks every not-yet-recorded, unmarked row present with the scheduled hours; recorded and marked rows stay', () => {
    const before = edit(mergeRoster(roster()), '4', 'mark', 'UNSCHEDULED_ABSENCE')
    const lines = markAllPresent(before)
    expect(byKey(lines, '1').values).toMatchObject({ mark: 'PRESENT', actual_hours: 7.25 })
    expect(byKey(lines, '4').values.mark).toBe('UNSCHEDULED_ABSENCE')
    // untouched lines stay the same objects (the grid redraws nothing for them)
    expect(byKey(lines, '2')).toBe(byKey(before, '2'))
    expect(isPending(byKey(lines, '2'))).toBe(false)
    expect(lines.filter(isPending).map((l) => l.key)).toEqual(['1', '4'])
  })

  it('keeps a row coherent when its mark changes: absent works 0 h and is not late, present works the shift and has no cover', () => {
    let lines = markAllPresent(mergeRoster(roster()))
    lines = edit(lines, '1', 'late_minutes', 15)
    lines = edit(lines, '1', 'mark', 'MEDICAL_LEAVE')
    expect(byKey(lines, '1').values).toMatchObject({ mark: 'MEDICAL_LEAVE', actual_hours: 0, late_minutes: null })
    lines = edit(lines, '1', 'covered_by_employee_id', 51)
    lines = edit(lines, '1', 'mark', 'PRESENT')
    expect(byKey(lines, '1').values).toMatchObject({ mark: 'PRESENT', actual_hours: 7.25, covered_by_employee_id: null })
    // a stored record cannot be unmarked; a new one can
    expect(applyEdit(byKey(lines, '2'), 'mark', null)).toBe(byKey(lines, '2'))
    expect(applyEdit(byKey(lines, '1'), 'mark', null).values.mark).toBeNull()
  })

  it('counts present (late included), absent, late and leave as rows change', () => {
    let lines = markAllPresent(mergeRoster(roster()))
    expect(chipCounts(lines)).toEqual({ present: 3, absent: 0, late: 0, leave: 1, unmarked: 0 })
    lines = edit(lines, '1', 'mark', 'UNSCHEDULED_ABSENCE')
    lines = edit(lines, '4', 'late_minutes', 15)
    lines = edit(lines, '2', 'mark', 'PERSONAL_LEAVE')
    expect(chipCounts(lines)).toEqual({ present: 1, absent: 1, late: 1, leave: 2, unmarked: 0 })
  })

  it('offers only free floaters: one floater covers one absence per shift', () => {
    let lines = markAllPresent(mergeRoster(roster()))
    const f = roster().floaters
    lines = edit(lines, '1', 'mark', 'UNSCHEDULED_ABSENCE')
    // 50 covers employee 3 (stored): not offered to 1, but still to 3 itself
    expect(floaterOptions(lines, f, '1').map((x) => x.employee_id)).toEqual([51, 52])
    expect(floaterOptions(lines, f, '3').map((x) => x.employee_id)).toEqual([50, 51, 52])
    lines = edit(lines, '1', 'covered_by_employee_id', 51)
    lines = edit(lines, '4', 'mark', 'VACATION')
    expect(floaterOptions(lines, f, '4').map((x) => x.employee_id)).toEqual([52])
    // handing 50 over: once 3 lets go, 50 is free for the others
    lines = edit(lines, '3', 'covered_by_employee_id', null)
    expect(floaterOptions(lines, f, '4').map((x) => x.employee_id)).toEqual([50, 52])
  })

  it('flags a floater picked for two absences (e.g. by paste or a stale list) on the row that repeats it', () => {
    let lines = markAllPresent(mergeRoster(roster()))
    lines = edit(lines, '1', 'mark', 'UNSCHEDULED_ABSENCE')
    lines = edit(lines, '1', 'covered_by_employee_id', 50)
    const problems = rosterProblems(lines)
    expect(problems.get('1')).toEqual([{ field: 'covered_by_employee_id', key: 'entry.attendance.rule.floaterTaken', params: { name: 'Name 3' } }])
    expect(rosterProblems(edit(lines, '1', 'covered_by_employee_id', 51)).size).toBe(0)
  })

  it('flags hours above the shift', () => {
    let lines = markAllPresent(mergeRoster(roster()))
    lines = edit(lines, '1', 'mark', 'UNSCHEDULED_ABSENCE')
    lines = edit(lines, '1', 'actual_hours', 4)
    lines = edit(lines, '1', 'absence_hours', 4)
    expect(rosterProblems(lines).get('1')?.map((p) => p.field)).toEqual(['absence_hours'])
    lines = edit(lines, '1', 'actual_hours', 8)
    expect(rosterProblems(lines).get('1')?.map((p) => p.field)).toContain('actual_hours')
  })

  it('builds the batch: new marked rows create, changed stored rows update with their version, the rest is not sent', () => {
    let lines = markAllPresent(mergeRoster(roster()))
    lines = edit(lines, '4', 'mark', 'UNSCHEDULED_ABSENCE')
    lines = edit(lines, '4', 'covered_by_employee_id', 51)
    lines = edit(lines, '2', 'late_minutes', 15)
    lines = edit(lines, '2', 'notes', 'bus late')
    const { entries, keys } = buildBatch(lines, ctx)
    expect(keys).toEqual(['1', '2', '4'])
    expect(entries[0]).toEqual({ client_id: 1, employee_id: 1, shift_date: '2026-08-01', shift_id: 7, scheduled_hours: 7.25, is_absent: false, actual_hours: 7.25 })
    expect(entries[1]).toMatchObject({ id: 902, version: 3, late_minutes: 15, notes: 'bus late', is_absent: false })
    expect(entries[1]).not.toHaveProperty('absence_type')
    expect(entries[2]).toEqual({
      client_id: 1,
      employee_id: 4,
      shift_date: '2026-08-01',
      shift_id: 7,
      scheduled_hours: 7.25,
      is_absent: true,
      absence_type: 'UNSCHEDULED_ABSENCE',
      actual_hours: 0,
      covered_by_employee_id: 51,
    })
  })

  it('puts the server errors of entries[i].field on the row sent as entry i', () => {
    let lines = markAllPresent(mergeRoster(roster()))
    lines = edit(lines, '4', 'mark', 'UNSCHEDULED_ABSENCE')
    const { keys } = buildBatch(lines, ctx)
    const out = withServerErrors(
      lines,
      [
        { field: 'entries[1].covered_by_employee_id', message: 'already covers EMP-3' },
        { field: 'entries[0].absence_type', message: 'refused when present' },
        { field: 'entries[1].version', message: 'stale' },
        { field: 'entries', message: 'too many' },
      ],
      keys,
    )
    expect(byKey(out.lines, '4').serverErrors).toEqual({ covered_by_employee_id: ['already covers EMP-3'], '': ['version: stale'] })
    expect(byKey(out.lines, '1').serverErrors).toEqual({ mark: ['refused when present'] })
    expect(out.other).toEqual(['entries: too many'])
    // editing the cell clears its server error
    expect(applyEdit(byKey(out.lines, '1'), 'mark', 'VACATION').serverErrors).toEqual({})
  })
})

describe('attendance read-back', () => {
  const w = { t: (key: string, params?: Record<string, unknown>) => `${key.split('.').pop()}${params ? JSON.stringify(params) : ''}`, n: (v: number) => String(v) }

  it('lists every pending line in grid order, a correction with what it was', () => {
    let lines = markAllPresent(mergeRoster(roster()))
    lines = edit(lines, '1', 'mark', 'UNSCHEDULED_ABSENCE')
    lines = edit(lines, '1', 'covered_by_employee_id', 51)
    lines = edit(lines, '2', 'late_minutes', 15)
    const out = rosterReadBack(lines, roster().floaters, w)
    expect(out.map((l) => [l.key, l.n, l.correctionOf])).toEqual([
      ['1', 1, null],
      ['2', 2, 902],
      ['4', 4, null],
    ])
    expect(out[0]!.text).toBe('EMP-1 Name 1: UNSCHEDULED_ABSENCE, worked{"n":"0"}, covered{"name":"FLT-51 Floater 51"}')
    expect(out[1]!.text).toBe('EMP-2 Name 2: PRESENT, worked{"n":"7.25"}, late{"n":"15"}')
    expect(out[1]!.changes).toBe('was{"text":"PRESENT, worked{\\"n\\":\\"7.25\\"}"}')
  })
})

describe('attendance fields by state (grid cells and phone cards)', () => {
  it('takes only the mark and notes before marking; late minutes for a presence; absence hours and cover for an absence', () => {
    const lines = mergeRoster(roster())
    const fields = ['mark', 'actual_hours', 'absence_hours', 'late_minutes', 'covered_by_employee_id', 'notes'] as const
    const takes = (l: RosterLine) => fields.filter((f) => fieldApplies(l.values, f))
    expect(takes(byKey(lines, '1'))).toEqual(['mark', 'notes'])
    expect(takes(byKey(lines, '2'))).toEqual(['mark', 'actual_hours', 'late_minutes', 'notes'])
    expect(takes(byKey(lines, '3'))).toEqual(['mark', 'actual_hours', 'absence_hours', 'covered_by_employee_id', 'notes'])
    expect(takes(applyEdit(byKey(lines, '1'), 'mark', 'MEDICAL_LEAVE'))).toEqual(['mark', 'actual_hours', 'absence_hours', 'covered_by_employee_id', 'notes'])
  })

  it('reads typed numbers like the grid: empty is null, decimal comma, not a number or not whole is refused', () => {
    expect(parseRosterNumber('', false)).toBeNull()
    expect(parseRosterNumber(' 7,5 ', false)).toBe(7.5)
    expect(parseRosterNumber('7.5', true)).toBeUndefined()
    expect(parseRosterNumber('abc', false)).toBeUndefined()
    expect(parseRosterNumber('15', true)).toBe(15)
    expect(parseRosterNumber(3, true)).toBe(3)
  })

  it('tells where a line stands: not marked, new, saved, changed, or with errors from the page or the server', () => {
    const lines = mergeRoster(roster())
    expect(lineState(byKey(lines, '1'), [])).toBe('unmarked')
    expect(lineState(applyEdit(byKey(lines, '1'), 'mark', 'PRESENT'), [])).toBe('new')
    expect(lineState(byKey(lines, '2'), [])).toBe('saved')
    expect(lineState(applyEdit(byKey(lines, '2'), 'late_minutes', 5), [])).toBe('changed')
    expect(lineState(byKey(lines, '2'), [{ field: 'actual_hours', key: 'entry.attendance.rule.hoursRange' }])).toBe('error')
    expect(lineState({ ...byKey(lines, '2'), serverErrors: { '': ['refused'] } }, [])).toBe('error')
  })

  it('shows the attendance at a glance as the chips count it: late is a presence with late minutes', () => {
    const lines = mergeRoster(roster())
    expect(markState(byKey(lines, '1').values)).toBe('unmarked')
    expect(markState(byKey(lines, '2').values)).toBe('present')
    expect(markState(applyEdit(byKey(lines, '2'), 'late_minutes', 10).values)).toBe('late')
    expect(markState(byKey(lines, '3').values)).toBe('leave')
    expect(markState(applyEdit(byKey(lines, '1'), 'mark', 'UNSCHEDULED_ABSENCE').values)).toBe('absent')
  })
})
