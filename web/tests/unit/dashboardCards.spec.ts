import { describe, expect, it } from 'vitest'
import { mdiArrowBottomRight, mdiArrowRight, mdiArrowTopRight } from '@mdi/js'
import type { KpiTrend, KpiValue } from '@/api/types'
import { cardStatus, showConfidenceBadge, showWarningBadge, sparkSegments, trendArrow } from '@/views/dashboard/cards'
import { lateOrders } from '@/views/dashboard/lists'

const trend = (direction: KpiTrend['trend']['direction'], slope: number | null): KpiTrend['trend'] => ({ direction, slope, p_value: 0.01, fitted_change: slope, points: 10 })
const value = (v: Partial<KpiValue>): KpiValue => ({ kpi: 'oee', value: 50, unit: '%', numerator: 1, denominator: 2, record_count: 3, target: null, status: 'green', confidence: 1, min_confidence: 1, inferred: [], inferred_share: 0, warnings: [], details: null, ...v }) as KpiValue

describe('trend arrow', () => {
  it('points the way the numbers move and colours by the engine’s direction', () => {
    expect(trendArrow('oee', trend('improving', 0.5))).toEqual({ icon: mdiArrowTopRight, color: 'success', key: 'dashboard.trend.improving_up' })
    expect(trendArrow('oee', trend('declining', -0.5))).toEqual({ icon: mdiArrowBottomRight, color: 'error', key: 'dashboard.trend.declining_down' })
  })

  it('shows a falling scrap rate as a green arrow down (lower is better)', () => {
    expect(trendArrow('ppm', trend('improving', -120))).toEqual({ icon: mdiArrowBottomRight, color: 'success', key: 'dashboard.trend.improving_down' })
    expect(trendArrow('absenteeism', trend('declining', 0.3))).toEqual({ icon: mdiArrowTopRight, color: 'error', key: 'dashboard.trend.declining_up' })
  })

  it('is flat and grey when stable, and absent without enough periods', () => {
    expect(trendArrow('oee', trend('stable', 0.01))).toEqual({ icon: mdiArrowRight, color: 'grey', key: 'dashboard.trend.stable' })
    expect(trendArrow('oee', trend('insufficient_data', null)).icon).toBeNull()
    expect(trendArrow('oee', null).icon).toBeNull()
  })
})

describe('card status and badges', () => {
  it('take the server’s status: green is good for lower-is-better KPIs too', () => {
    expect(cardStatus(value({ kpi: 'ppm', status: 'green' }))).toEqual({ status: 'green', color: 'success' })
    expect(cardStatus(value({ status: 'amber' }))).toEqual({ status: 'amber', color: 'warning' })
    expect(cardStatus(value({ status: 'red' }))).toEqual({ status: 'red', color: 'error' })
    expect(cardStatus(value({ value: null, status: 'no_data' }))).toEqual({ status: 'no_data', color: 'grey' })
    expect(cardStatus(null).color).toBe('grey')
  })

  it('show the confidence badge only above 10 % inferred', () => {
    expect(showConfidenceBadge(value({ inferred_share: 0.1 }))).toBe(false)
    expect(showConfidenceBadge(value({ inferred_share: 0.1001 }))).toBe(true)
    expect(showConfidenceBadge(value({ inferred_share: 0.5, value: null }))).toBe(false)
    expect(showWarningBadge(value({ warnings: ['availability above 100 %'] }))).toBe(true)
    expect(showWarningBadge(value({}))).toBe(false)
  })
})

describe('sparkline', () => {
  it('breaks the line at empty periods instead of drawing zeros', () => {
    // 5 points over 100 px with 2 px padding: x = 2, 26, 50, 74, 98; values 0..10 map to y 18..2 on a 20 px height
    expect(sparkSegments([0, 10, null, 5, 10], 100, 20)).toEqual(['2.0,18.0 26.0,2.0', '74.0,10.0 98.0,2.0'])
    expect(sparkSegments([null, null], 100, 20)).toEqual([])
    expect(sparkSegments([7], 100, 20)).toEqual(['50.0,18.0'])
  })
})

describe('late orders', () => {
  it('count days late to the delivery, or to the as-of day when still open, most late first', () => {
    const base = { client_id: 1, product: null, promised_rule: 'ship_date', on_time_in_full: false }
    const late = lateOrders(
      [
        { ...base, work_order: 'WO-1', promised_date: '2026-03-01', delivered_date: '2026-03-04', on_time: false },
        { ...base, work_order: 'WO-2', promised_date: '2026-03-05', delivered_date: null, on_time: false },
        { ...base, work_order: 'WO-3', promised_date: '2026-03-05', delivered_date: '2026-03-05', on_time: true },
      ],
      '2026-03-11',
    )
    expect(late.map((o) => [o.work_order, o.daysLate])).toEqual([['WO-2', 6], ['WO-1', 3]])
  })
})
