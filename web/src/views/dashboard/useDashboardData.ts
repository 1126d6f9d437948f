import { inject, provide, shallowRef, type InjectionKey, type Ref, type ShallowRef } from 'vue'
import { kpiViews } from '@/api/kpiViews'
import type { KpiScope, KpiSummary, KpiTrend } from '@/api/types'
import { CARD_KPIS } from './cards'
import { sparkGranularity, sparkRange } from './filters'
import { useLoader, type Loaded } from './useLoader'

/** WIP aging is a state at the as-of date: the API has no trend of it by time. */
export const SPARK_KPIS = CARD_KPIS.filter((k) => k !== 'wip_aging')

export interface DashboardData {
  summary: Loaded<KpiSummary>
  /** The trend of each KPI (sparklines, arrows, the trend widgets), loaded after the summary, in parallel. */
  trends: ShallowRef<Record<string, KpiTrend>>
  trendsLoading: Ref<boolean>
}

const KEY: InjectionKey<DashboardData> = Symbol('dashboard-data')

/**
 * One summary call feeds every card and the client overview; one trend call per KPI goes out right behind it, in
 * parallel (the cards paint as soon as the summary answers, sparklines follow). `summary.refresh()` reloads both.
 */
export function provideDashboardData(scope: () => KpiScope | null): DashboardData {
  const trends = shallowRef<Record<string, KpiTrend>>({})
  const trendsLoading = shallowRef(false)
  let seq = 0

  async function loadTrends(s: KpiScope): Promise<void> {
    const mine = ++seq
    trendsLoading.value = true
    const window = sparkRange({ from: s.from, to: s.to })
    const wide = { ...s, ...window }
    const granularity = sparkGranularity(window)
    const settled = await Promise.allSettled(SPARK_KPIS.map((k) => kpiViews.trend(k, wide, granularity)))
    if (mine !== seq) return
    const next: Record<string, KpiTrend> = {}
    settled.forEach((r, i) => {
      if (r.status === 'fulfilled') next[r.value.kpi ?? SPARK_KPIS[i]!] = r.value
    })
    trends.value = next
    trendsLoading.value = false
  }

  const summary = useLoader(
    scope,
    (s) => {
      const result = kpiViews.summary(s)
      void loadTrends(s)
      return result
    },
    'summary',
  )
  const data = { summary, trends, trendsLoading }
  provide(KEY, data)
  return data
}

export function useDashboardData(): DashboardData {
  const data = inject(KEY)
  if (!data) throw new Error('useDashboardData outside the dashboard')
  return data
}
