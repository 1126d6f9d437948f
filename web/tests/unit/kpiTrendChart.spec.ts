import { describe, expect, it } from 'vitest'
import type { KpiTrend } from '@/api/types'
import { isKpi, metaOf } from '@/views/kpi/kpiMeta'
import { trendOption } from '@/views/kpi/trendChart'
import { KPI_IDS } from '@/components/kpi/kpiExplain'

const labels = { actual: 'OEE', target: 'Target', warning: 'Warning', forecast: 'Forecast', band: 'Band' }
const trend: KpiTrend = {
  kpi: 'oee',
  granularity: 'day',
  from: '2026-03-01',
  to: '2026-03-04',
  series: [
    { period: '2026-03-01', value: 70 },
    { period: '2026-03-02', value: null },
    { period: '2026-03-03', value: 74 },
    { period: '2026-03-04', value: null },
  ],
  trend: { direction: 'insufficient_data', slope: null, p_value: null, fitted_change: null, points: 2 },
  forecast: {
    insufficient_data: false,
    model: 'holt',
    mape: 2,
    points: [
      { period: '2026-03-05', step: 1, value: 75, lower80: 72, upper80: 78, lower95: 70, upper95: 80 },
      { period: '2026-03-06', step: 2, value: 76, lower80: 72, upper80: 80, lower95: 69, upper95: 83 },
    ],
  },
  total: { target: { target: 85, warning: 75, critical: 60 } } as KpiTrend['total'],
}

describe('detail trend chart', () => {
  it('keeps empty periods as gaps and draws target and warning lines', () => {
    const o = trendOption(trend, trend.total.target, 0, labels)
    expect(o.xAxis.data).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04'])
    expect(o.series).toHaveLength(1)
    expect(o.series[0]!.data).toEqual([70, null, 74, null])
    expect(o.series[0]!.connectNulls).toBe(false)
    const marks = (o.series[0]!.markLine as { data: { yAxis: number }[] }).data.map((d) => d.yAxis)
    expect(marks).toEqual([85, 75])
  })

  it('starts the forecast at the last actual point and stacks the chosen band between lower and upper', () => {
    const o = trendOption(trend, null, 95, labels)
    expect(o.xAxis.data).toHaveLength(6)
    expect(o.series[0]!.data).toEqual([70, null, 74, null, null, null])
    expect(o.series[1]!.data).toEqual([null, null, 74, null, 75, 76])
    expect(o.series[2]!.data).toEqual([null, null, null, null, 70, 69])
    expect(o.series[3]!.data).toEqual([null, null, null, null, 10, 14])
    const o80 = trendOption(trend, null, 80, labels)
    expect((o80.series[2]!.data as number[]).slice(4)).toEqual([72, 72])
    expect((o80.series[3]!.data as number[]).slice(4)).toEqual([6, 8])
    expect(o.legend.data).toEqual(['OEE', 'Forecast', 'Band'])
  })

  it('keeps the target and warning lines inside the value axis', () => {
    const o = trendOption(trend, trend.total.target, 0, labels)
    const min = o.yAxis.min as (v: { min: number }) => number
    const max = o.yAxis.max as (v: { max: number }) => number
    expect([min({ min: 70.4 }), max({ max: 74 })]).toEqual([70, 85])
    expect([min({ min: 80 }), max({ max: 90.2 })]).toEqual([75, 91])
    expect(trendOption(trend, null, 0, labels).yAxis.min).toBeUndefined()
  })

  it('draws no forecast when the engine had too few points', () => {
    const o = trendOption({ ...trend, forecast: { ...trend.forecast!, insufficient_data: true, points: [] } }, null, 80, labels)
    expect(o.series).toHaveLength(1)
  })
})

describe('KPI metadata', () => {
  it('covers every KPI and offers only breakdowns its entries carry', () => {
    for (const k of KPI_IDS) expect(isKpi(k)).toBe(true)
    expect(isKpi('weather')).toBe(false)
    expect(metaOf('fpy').breakdowns).not.toContain('line')
    expect(metaOf('otd').breakdowns).toEqual(['product', 'work_order'])
    expect(metaOf('absenteeism')).toMatchObject({ breakdowns: ['shift', 'line'], list: 'bradford' })
    expect(metaOf('availability').pareto).toBe('downtime')
    expect(metaOf('ppm').pareto).toBe('defects')
    expect(metaOf('wip_aging')).toMatchObject({ trend: false, list: 'aging_orders' })
    expect(metaOf('otd').list).toBe('late_orders')
  })
})
