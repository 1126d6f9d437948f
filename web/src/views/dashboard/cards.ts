import { mdiArrowBottomRight, mdiArrowRight, mdiArrowTopRight, mdiMinus } from '@mdi/js'
import type { KpiTrend, KpiValue } from '@/api/types'
import { lowerIsBetter, statusColor, statusOf, type Status } from '@/components/kpi/kpiExplain'

/** The KPIs a dashboard card shows, in the order of KPI.md §3. */
export const CARD_KPIS = [
  'oee',
  'availability',
  'performance',
  'quality_rate',
  'efficiency',
  'throughput',
  'fpy',
  'rty',
  'ppm',
  'dpmo',
  'otd',
  'true_otd',
  'wip_aging',
  'absenteeism',
] as const

/** Above this share of inferred input, a value carries a confidence badge (KPI.md §1.5). */
export const INFERRED_BADGE_SHARE = 0.1

export function showConfidenceBadge(v: Pick<KpiValue, 'inferred_share' | 'value'> | null | undefined): boolean {
  return !!v && v.value !== null && (v.inferred_share ?? 0) > INFERRED_BADGE_SHARE
}

export function showWarningBadge(v: Pick<KpiValue, 'warnings'> | null | undefined): boolean {
  return !!v && (v.warnings?.length ?? 0) > 0
}

/** The card's colour: the server's status (it knows the direction and the levels), never recomputed here. */
export function cardStatus(v: KpiValue | null | undefined): { status: Status; color: string } {
  const status = statusOf(v)
  return { status, color: statusColor(status) }
}

export interface TrendArrow {
  /** Which way the numbers move: up, down or flat (the slope's sign); null without a trend. */
  icon: string | null
  /** Good (improving) green, bad (declining) red, stable grey — read with the KPI's direction by the engine. */
  color: string
  /** i18n key of the words a screen reader hears. */
  key: string
}

/**
 * The arrow of the engine's trend: the direction (improving / declining / stable) decides the colour, the slope's
 * sign the way it points — so an improving scrap rate points down in green.
 */
export function trendArrow(kpi: string, trend: KpiTrend['trend'] | null | undefined): TrendArrow {
  if (!trend || trend.direction === 'insufficient_data') {
    return { icon: null, color: 'grey', key: 'dashboard.trend.insufficient_data' }
  }
  if (trend.direction === 'stable') return { icon: mdiArrowRight, color: 'grey', key: 'dashboard.trend.stable' }
  const slope = trend.slope ?? 0
  const up = slope > 0 || (slope === 0 && (trend.direction === 'improving') !== lowerIsBetter(kpi))
  return {
    icon: up ? mdiArrowTopRight : mdiArrowBottomRight,
    color: trend.direction === 'improving' ? 'success' : 'error',
    key: `dashboard.trend.${trend.direction}_${up ? 'up' : 'down'}`,
  }
}

/** The flat line that stands for "no trend" in the legend of the help overlay. */
export const NO_TREND_ICON = mdiMinus

/** Points of an SVG polyline for a sparkline: nulls break the line into segments (gaps, not zeros). */
export function sparkSegments(values: (number | null)[], width: number, height: number, pad = 2): string[] {
  const known = values.filter((v): v is number => v !== null)
  if (known.length === 0) return []
  const min = Math.min(...known)
  const max = Math.max(...known)
  const span = max - min || 1
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0
  const segments: string[] = []
  let current: string[] = []
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length) segments.push(current.join(' '))
      current = []
      return
    }
    const x = values.length > 1 ? pad + i * step : width / 2
    const y = height - pad - ((v - min) / span) * (height - 2 * pad)
    current.push(`${x.toFixed(1)},${y.toFixed(1)}`)
  })
  if (current.length) segments.push(current.join(' '))
  return segments
}
