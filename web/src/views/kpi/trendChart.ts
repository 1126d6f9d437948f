import type { KpiLevels, KpiTrend } from '@/api/types'

export type ForecastBand = 0 | 80 | 95

export interface TrendLabels {
  actual: string
  target: string
  warning: string
  forecast: string
  band: string
}

/**
 * The detail trend as an ECharts option: the actual series (null periods stay gaps, never zeros), dashed target and
 * warning lines, and — when asked and the engine could forecast — the forecast line from the last actual point with
 * its 80 % or 95 % band drawn as a stacked area between lower and upper.
 */
export function trendOption(trend: KpiTrend, levels: KpiLevels | null, band: ForecastBand, labels: TrendLabels) {
  const actual = trend.series
  const forecast = band && trend.forecast && !trend.forecast.insufficient_data ? trend.forecast.points : []
  const periods = [...actual.map((p) => p.period), ...forecast.map((p) => p.period)]
  const pad = (n: number) => Array<null>(n).fill(null)
  const lastKnown = [...actual].reverse().find((p) => p.value !== null)
  const lastIndex = lastKnown ? actual.lastIndexOf(lastKnown) : -1

  const marks = [
    ...(levels ? [{ yAxis: levels.target, name: labels.target, lineStyle: { color: '#24a148', type: 'dashed' } }] : []),
    ...(levels ? [{ yAxis: levels.warning, name: labels.warning, lineStyle: { color: '#f1c21b', type: 'dashed' } }] : []),
  ]
  const series: Record<string, unknown>[] = [
    {
      name: labels.actual,
      type: 'line',
      data: [...actual.map((p) => p.value), ...pad(forecast.length)],
      connectNulls: false,
      showSymbol: actual.length <= 60,
      lineStyle: { width: 2.5 },
      markLine: marks.length ? { symbol: 'none', silent: true, label: { formatter: '{b}', position: 'insideEndTop' }, data: marks } : undefined,
    },
  ]
  if (forecast.length && lastIndex >= 0) {
    const lower = forecast.map((p) => (band === 95 ? p.lower95 : p.lower80))
    const upper = forecast.map((p) => (band === 95 ? p.upper95 : p.upper80))
    const head = pad(actual.length)
    series.push(
      {
        name: labels.forecast,
        type: 'line',
        data: [...pad(lastIndex), lastKnown!.value, ...pad(actual.length - lastIndex - 1), ...forecast.map((p) => p.value)],
        connectNulls: true,
        lineStyle: { type: 'dashed', width: 2, color: '#a56eff' },
        itemStyle: { color: '#a56eff' },
        symbol: 'diamond',
      },
      { name: `${labels.band}-base`, type: 'line', data: [...head, ...lower], stack: 'band', lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } },
      {
        name: labels.band,
        type: 'line',
        data: [...head, ...upper.map((u, i) => u - (lower[i] ?? u))],
        stack: 'band',
        lineStyle: { opacity: 0 },
        symbol: 'none',
        areaStyle: { color: '#a56eff', opacity: 0.18 },
        tooltip: { show: false },
      },
    )
  }
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: series.map((s) => s.name as string).filter((n) => !n.endsWith('-base')) },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: periods, boundaryGap: false },
    // the target and warning lines stay in view even when every value is on one side of them
    yAxis: {
      type: 'value',
      scale: true,
      min: levels ? (v: { min: number }) => Math.floor(Math.min(v.min, levels.warning, levels.target)) : undefined,
      max: levels ? (v: { max: number }) => Math.ceil(Math.max(v.max, levels.warning, levels.target)) : undefined,
    },
    series,
  }
}
