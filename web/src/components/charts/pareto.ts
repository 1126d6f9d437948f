import type { ParetoBar } from '@/api/types'
import type { ChartTable } from './chartTable'

/** A Pareto chart: bars largest first on the left axis, the cumulative share as a line on a 0–100 % right axis. */
export function paretoOption(bars: readonly ParetoBar[], unit: string, cumulative: string) {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: bars.map((b) => b.label), axisLabel: { interval: 0, rotate: bars.length > 5 ? 30 : 0, width: 90, overflow: 'truncate' } },
    yAxis: [
      { type: 'value', name: unit, nameTextStyle: { align: 'left' } },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' }, splitLine: { show: false } },
    ],
    series: [
      { name: unit, type: 'bar', data: bars.map((b) => b.total), barMaxWidth: 36, itemStyle: { borderRadius: [3, 3, 0, 0] } },
      { name: cumulative, type: 'line', yAxisIndex: 1, data: bars.map((b) => b.cumulative_percent), symbolSize: 6, lineStyle: { width: 2 } },
    ],
  }
}

export function paretoTable(bars: readonly ParetoBar[], caption: string, headers: string[], locale: string): ChartTable {
  const n = (v: number) => v.toLocaleString(locale, { maximumFractionDigits: 1 })
  return { caption, headers, rows: bars.map((b) => [b.label, n(b.total), `${n(b.cumulative_percent)} %`]) }
}
