import { describe, expect, it } from 'vitest'
import { downtimeTotals, lineOrderIds, productionTotals, qualityTotals } from '@/views/myShift/shiftTotals'

describe('entered this shift', () => {
  it('sums units, defects and the run time that was entered', () => {
    expect(
      productionTotals([
        { units_produced: 100, defect_count: 2, run_time_hours: 3.5 },
        { units_produced: 40, defect_count: 0, run_time_hours: null },
        { units_produced: 60, defect_count: 1, run_time_hours: 0.25 },
      ]),
    ).toEqual({ count: 3, units: 200, defects: 3, hours: 3.75 })
    expect(productionTotals([])).toEqual({ count: 0, units: 0, defects: 0, hours: 0 })
  })

  it('sums downtime minutes and inspections', () => {
    expect(downtimeTotals([{ duration_minutes: 15 }, { duration_minutes: 40 }])).toEqual({ count: 2, minutes: 55 })
    expect(qualityTotals([{ units_inspected: 50, units_defective: 2 }, { units_inspected: 10, units_defective: 0 }])).toEqual({
      count: 2,
      inspected: 60,
      defective: 2,
    })
  })

  it('counts as the line’s orders those routed to it, recorded on it, and the running one', () => {
    const orders = [
      { id: 1, jobs: [{ line_id: 7 }, { line_id: 8 }] },
      { id: 2, jobs: [{ line_id: 8 }] },
      { id: 3, jobs: [{ line_id: null }] },
    ]
    expect([...lineOrderIds(7, orders, [{ work_order_id: 2 }, { work_order_id: null }], 5)].sort()).toEqual([1, 2, 5])
    expect([...lineOrderIds(9, orders, [], null)]).toEqual([])
  })
})
