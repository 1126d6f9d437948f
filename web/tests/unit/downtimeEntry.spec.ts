import { describe, expect, it } from 'vitest'
import type { DowntimeEntry } from '@/api/types'
import { newRow } from '@/components/entry/rows'
import { validateRow, type RowErrors } from '@/components/entry/validation'
import { downtimeEntry, groupSplitParts, spanMinutes } from '@/views/entry/downtimeEntry'
import { ctx } from './entryFixtures'

const good = {
  shift_date: '2026-11-29',
  shift_id: 1,
  line_id: 10,
  work_order_id: null,
  reason_id: null,
  start_time: '21:30',
  end_time: '22:30',
  duration_minutes: null,
  machine: null,
  equipment_code: null,
  notes: null,
}
const keys = (e: RowErrors) => Object.fromEntries(Object.entries(e).map(([f, ms]) => [f, ms.map((m) => ('key' in m ? m.key : m.text))]))
// the fixtures have no reason catalogue: the reason is left out of the rules under test
const check = (values: Record<string, unknown>) => {
  const { reason_id: _, ...rest } = keys(validateRow(newRow({ ...good, ...values }), downtimeEntry, ctx))
  return rest
}

describe('downtime rows: the API time rules, on the cell the server names', () => {
  it('start and end, start and minutes, or minutes alone', () => {
    expect(check({})).toEqual({})
    expect(check({ end_time: null, duration_minutes: 45 })).toEqual({})
    expect(check({ start_time: null, end_time: null, duration_minutes: 45 })).toEqual({})
    expect(check({ start_time: null, end_time: null })).toEqual({ duration_minutes: ['entry.downtime.timesOrDuration'] })
    expect(check({ start_time: null })).toEqual({ start_time: ['entry.downtime.startWithEnd'] })
    expect(check({ end_time: null })).toEqual({ end_time: ['entry.downtime.endOrDuration'] })
  })

  it('minutes 1–1440 that agree with the times; an end before the start is the next day', () => {
    expect(check({ duration_minutes: 0 })).toEqual({ duration_minutes: ['entry.rule.min'] })
    expect(check({ start_time: null, end_time: null, duration_minutes: 1441 })).toEqual({ duration_minutes: ['entry.rule.max'] })
    expect(check({ duration_minutes: 45 })).toEqual({ duration_minutes: ['entry.downtime.durationMismatch'] })
    expect(check({ duration_minutes: 60 })).toEqual({})
    expect(check({ end_time: '21:30' })).toEqual({ end_time: ['entry.downtime.sameTimes'] })
    expect(spanMinutes('23:30', '00:30')).toBe(60)
    expect(spanMinutes('05:30', '06:45')).toBe(75)
  })

  it('a line or a work order', () => {
    expect(check({ line_id: null })).toEqual({ line_id: ['entry.downtime.lineOrOrder'] })
  })
})

describe('a batch answer with split events', () => {
  const record = (id: number, group: string | null, part: number | null): DowntimeEntry =>
    ({ id, version: 0, shift_date: '2026-11-29', shift_id: 1, split_group: group, split_part: part, work_order_id: null }) as unknown as DowntimeEntry

  it('attaches the later parts of an event to the row that was sent', () => {
    const rows = groupSplitParts([record(1, null, null), record(2, 'g', 1), record(3, 'g', 2), record(4, null, null)])
    expect(rows.map((r) => r.id)).toEqual([1, 2, 4])
    expect(rows[1]!.companions!.map((r) => [r.id, r.values.split_part])).toEqual([[3, 2]])
    expect(rows[0]!.companions).toBeUndefined()
  })

  it('the request carries the columns only, never the split markers', () => {
    const body = downtimeEntry.toRequest({ ...good, split_group: 'g', split_part: 1 }, 7, 3) as unknown as Record<string, unknown>
    expect(body).toEqual({ client_id: 7, shift_date: '2026-11-29', shift_id: 1, line_id: 10, start_time: '21:30', end_time: '22:30', version: 3 })
  })
})
