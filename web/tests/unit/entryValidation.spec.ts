import { describe, expect, it } from 'vitest'
import { newRow, storedRow } from '@/components/entry/rows'
import { validateRow, type RowErrors } from '@/components/entry/validation'
import { productionEntry } from '@/views/entry/productionEntry'
import { ctx } from './entryFixtures'

const good = {
  shift_date: '2026-11-29',
  shift_id: 1,
  line_id: 10,
  work_order_id: null,
  product_id: 20,
  units_produced: 480,
  run_time_hours: 7.5,
  employees_assigned: 5,
  employees_present: 5,
  defect_count: 6,
  rework_count: 2,
  scrap_count: 1,
  notes: null,
}
const keys = (e: RowErrors) => Object.fromEntries(Object.entries(e).map(([f, ms]) => [f, ms.map((m) => ('key' in m ? m.key : m.text))]))
const check = (values: Record<string, unknown>) => keys(validateRow(newRow({ ...good, ...values }), productionEntry, ctx))

describe('production rows: the API rules, on the cell the server names', () => {
  it('a complete row has no problem', () => {
    expect(check({})).toEqual({})
  })

  it('marks missing required values as missing (soft until a save is attempted)', () => {
    const errors = validateRow(newRow({ ...good, units_produced: null, shift_id: null }), productionEntry, ctx)
    expect(errors.units_produced).toEqual([{ key: 'entry.rule.required', missing: true }])
    expect(errors.shift_id).toEqual([{ key: 'entry.rule.required', missing: true }])
  })

  it('checks ranges from the column descriptors; rules reading a wrong value wait until it is fixed', () => {
    expect(check({ units_produced: -1 })).toEqual({ units_produced: ['entry.rule.min'] })
    expect(check({ run_time_hours: 25 })).toEqual({ run_time_hours: ['entry.rule.max'] })
    expect(check({ units_produced: 100, defect_count: -1, scrap_count: 0, rework_count: 0 })).toEqual({ defect_count: ['entry.rule.min'] })
    expect(check({ employees_assigned: 0, employees_present: 0 })).toEqual({ employees_assigned: ['entry.rule.min'] })
  })

  it('rework + scrap ≤ defects ≤ units', () => {
    expect(check({ defect_count: 500 })).toEqual({ defect_count: ['entry.production.defectsAboveUnits'] })
    expect(check({ rework_count: 4, scrap_count: 3 })).toEqual({ scrap_count: ['entry.production.reworkScrapAboveDefects'] })
    // empty defects count as 0, as on the server
    expect(check({ defect_count: null, scrap_count: 1, rework_count: null })).toEqual({ scrap_count: ['entry.production.reworkScrapAboveDefects'] })
  })

  it('present ≤ assigned', () => {
    expect(check({ employees_present: 6 })).toEqual({ employees_present: ['entry.production.presentAboveAssigned'] })
    expect(validateRow(newRow({ ...good, employees_present: 6 }), productionEntry, ctx).employees_present?.[0]).toEqual({
      key: 'entry.production.presentAboveAssigned',
      params: { value: 6, limit: 5 },
    })
  })

  it('a line or a work order; the product comes from the order', () => {
    expect(check({ line_id: null })).toEqual({ line_id: ['entry.production.lineOrOrder'] })
    expect(check({ line_id: null, product_id: null, work_order_id: 30 })).toEqual({})
    expect(check({ product_id: 21, work_order_id: 30 })).toEqual({ product_id: ['entry.production.otherProduct'] })
    expect(check({ product_id: null })).toEqual({ product_id: ['entry.rule.required'] })
  })

  it('refuses a cancelled work order and an inactive line unless the stored row already had them', () => {
    expect(check({ work_order_id: 31, product_id: null })).toEqual({ work_order_id: ['entry.rule.closed'] })
    expect(check({ line_id: 12 })).toEqual({ line_id: ['entry.rule.inactive'] })
    const stored = storedRow({ id: 5, version: 1, values: { ...good, line_id: 12 } })
    expect(keys(validateRow(stored, productionEntry, ctx))).toEqual({})
  })

  it('run time within the shift, the day inside the entry window', () => {
    expect(check({ shift_id: 3, run_time_hours: 7.75 })).toEqual({ run_time_hours: ['entry.production.runTimeAboveShift'] })
    expect(check({ shift_date: '2026-11-30' })).toEqual({ shift_date: ['entry.rule.future'] })
    expect(check({ shift_date: '2026-11-21' })).toEqual({ shift_date: ['entry.rule.tooOld'] })
    expect(keys(validateRow(newRow({ ...good, shift_date: '2020-01-01' }), productionEntry, { ...ctx, earliest: null }))).toEqual({})
  })

  it('unreadable text says so instead of the rules that need its value', () => {
    const row = { ...newRow({ ...good, defect_count: null }), invalid: { defect_count: { text: 'six', key: 'entry.parse.number' } } }
    expect(keys(validateRow(row, productionEntry, ctx))).toEqual({ defect_count: ['entry.parse.number'] })
  })

  it("adds the server's answer: on its field, or on the row for a field the grid does not show", () => {
    const row = { ...newRow(good), serverErrors: { units_produced: ['too many'], job_id: ['no such job'] } }
    expect(keys(validateRow(row, productionEntry, ctx))).toEqual({ units_produced: ['too many'], '': ['job_id: no such job'] })
  })
})
