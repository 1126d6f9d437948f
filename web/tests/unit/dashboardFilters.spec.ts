import { describe, expect, it } from 'vitest'
import { chipsOf, daysIn, defaultFilter, fromQuery, rangeOf, sparkGranularity, sparkRange, toQuery, withoutChip, type DashboardFilter } from '@/views/dashboard/filters'
import { fromDefinition, toDefinition } from '@/views/dashboard/useSavedFilters'

// Wednesday 2026-03-11: this week starts Monday 9 March, last week is 2–8 March.
const WED = '2026-03-11'
const preset = (p: DashboardFilter['preset']) => rangeOf({ preset: p, from: null, to: null }, WED)

describe('date presets', () => {
  it('resolve against the plant today, weeks starting on Monday', () => {
    expect(preset('today')).toEqual({ from: '2026-03-11', to: '2026-03-11' })
    expect(preset('yesterday')).toEqual({ from: '2026-03-10', to: '2026-03-10' })
    expect(preset('this_week')).toEqual({ from: '2026-03-09', to: '2026-03-11' })
    expect(preset('last_week')).toEqual({ from: '2026-03-02', to: '2026-03-08' })
    expect(preset('last_7_days')).toEqual({ from: '2026-03-05', to: '2026-03-11' })
    expect(preset('last_30_days')).toEqual({ from: '2026-02-10', to: '2026-03-11' })
    expect(preset('last_90_days')).toEqual({ from: '2025-12-12', to: '2026-03-11' })
    expect(preset('month_to_date')).toEqual({ from: '2026-03-01', to: '2026-03-11' })
    expect(preset('year_to_date')).toEqual({ from: '2026-01-01', to: '2026-03-11' })
  })

  it('treat a Monday as the first day of its own week and a Sunday as the last', () => {
    expect(rangeOf({ preset: 'this_week', from: null, to: null }, '2026-03-09')).toEqual({ from: '2026-03-09', to: '2026-03-09' })
    expect(rangeOf({ preset: 'this_week', from: null, to: null }, '2026-03-15')).toEqual({ from: '2026-03-09', to: '2026-03-15' })
    expect(rangeOf({ preset: 'last_week', from: null, to: null }, '2026-03-15')).toEqual({ from: '2026-03-02', to: '2026-03-08' })
  })

  it('cross year and leap-day boundaries', () => {
    expect(rangeOf({ preset: 'last_week', from: null, to: null }, '2026-01-01')).toEqual({ from: '2025-12-22', to: '2025-12-28' })
    expect(rangeOf({ preset: 'last_7_days', from: null, to: null }, '2024-03-02')).toEqual({ from: '2024-02-25', to: '2024-03-02' })
    expect(rangeOf({ preset: 'yesterday', from: null, to: null }, '2024-03-01')).toEqual({ from: '2024-02-29', to: '2024-02-29' })
  })

  it('use the custom days as given', () => {
    expect(rangeOf({ preset: 'custom', from: '2026-01-05', to: '2026-01-20' }, WED)).toEqual({ from: '2026-01-05', to: '2026-01-20' })
  })

  it('widen a short window to 14 days for sparklines and pick the granularity by length', () => {
    expect(sparkRange({ from: WED, to: WED })).toEqual({ from: '2026-02-26', to: WED })
    expect(sparkRange({ from: '2026-01-01', to: WED })).toEqual({ from: '2026-01-01', to: WED })
    expect(daysIn({ from: '2026-02-26', to: WED })).toBe(14)
    expect(sparkGranularity({ from: '2025-12-12', to: WED })).toBe('day')
    expect(sparkGranularity({ from: '2025-01-01', to: WED })).toBe('week')
    expect(sparkGranularity({ from: '2023-01-01', to: WED })).toBe('month')
  })
})

describe('filter in the URL', () => {
  const allowed = [1, 2, 3]

  it('leaves defaults out, so the plain dashboard link stays bare apart from the client', () => {
    expect(toQuery(defaultFilter(1))).toEqual({ client: '1' })
    expect(fromQuery({}, allowed, 1)).toEqual(defaultFilter(1))
  })

  it('round-trips every part', () => {
    const f: DashboardFilter = { preset: 'custom', from: '2026-01-05', to: '2026-01-20', clientIds: [3, 1], pooled: false, shiftId: 4, lineId: 7, productId: 9 }
    const q = toQuery(f)
    expect(q).toEqual({ preset: 'custom', from: '2026-01-05', to: '2026-01-20', client: '1,3', mode: 'per_client', shift: '4', line: '7', product: '9' })
    expect(fromQuery(q, allowed, 1)).toEqual({ ...f, clientIds: [1, 3] })
  })

  it('drops clients the reader cannot see and falls back to their own', () => {
    expect(fromQuery({ client: '2,99' }, allowed, 1).clientIds).toEqual([2])
    expect(fromQuery({ client: '99' }, allowed, 1).clientIds).toEqual([1])
    expect(fromQuery({ client: 'x,,2,2' }, allowed, 1).clientIds).toEqual([2])
  })

  it('ignores malformed parts instead of failing', () => {
    const f = fromQuery({ preset: 'next_year', shift: '-3', line: 'abc', product: '2.5' }, allowed, 1)
    expect(f).toEqual(defaultFilter(1))
    // a custom range needs both days in order
    expect(fromQuery({ preset: 'custom', from: '2026-02-01' }, allowed, 1).preset).toBe('last_30_days')
    expect(fromQuery({ preset: 'custom', from: '2026-02-10', to: '2026-02-01' }, allowed, 1).preset).toBe('last_30_days')
    expect(fromQuery({ preset: ['yesterday', 'today'] }, allowed, 1).preset).toBe('yesterday')
  })

  it('writes per-client mode only when there are several clients', () => {
    expect(toQuery({ ...defaultFilter(1), pooled: false })).toEqual({ client: '1' })
  })
})

describe('filter chips', () => {
  const f: DashboardFilter = { ...defaultFilter(1), clientIds: [1, 2], pooled: false, lineId: 7 }

  it('show the period, each client, the mode and the set filters', () => {
    expect(chipsOf(f)).toEqual([{ key: 'preset' }, { key: 'client', id: 1 }, { key: 'client', id: 2 }, { key: 'mode' }, { key: 'line', id: 7 }])
    expect(chipsOf(defaultFilter(1))).toEqual([{ key: 'preset' }])
  })

  it('clear what they stand for when closed, never the last client', () => {
    expect(withoutChip(f, { key: 'line', id: 7 }).lineId).toBeNull()
    expect(withoutChip(f, { key: 'client', id: 1 }).clientIds).toEqual([2])
    expect(withoutChip({ ...f, clientIds: [2] }, { key: 'client', id: 2 }).clientIds).toEqual([2])
    expect(withoutChip(f, { key: 'mode' }).pooled).toBe(true)
    expect(withoutChip({ ...f, preset: 'custom', from: '2026-01-01', to: '2026-01-02' }, { key: 'preset' })).toMatchObject({ preset: 'last_30_days', from: null, to: null })
  })
})

describe('saved filter definitions', () => {
  it('store dates only for a custom range and come back as the same filter', () => {
    const f: DashboardFilter = { ...defaultFilter(2), preset: 'last_week', from: '2026-01-01', to: '2026-01-02', shiftId: 5 }
    const d = toDefinition(f)
    expect(d).toEqual({ preset: 'last_week', from: null, to: null, client_ids: [2], pooled: true, shift_id: 5, line_id: null, product_id: null })
    expect(fromDefinition(d, [1, 2], 1)).toEqual({ ...f, from: null, to: null })
  })

  it('fall back to the user’s client when none of the saved clients is visible any more', () => {
    const d = toDefinition({ ...defaultFilter(9), preset: 'today' })
    expect(fromDefinition(d, [1, 2], 1).clientIds).toEqual([1])
    expect(fromDefinition({ ...d, preset: 'someday' }, [1, 2], 1).preset).toBe('last_30_days')
  })
})
