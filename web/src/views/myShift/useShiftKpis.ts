import { ref, shallowRef, watch, type Ref } from 'vue'
import { kpiApi } from '@/api/kpi'
import type { KpiClientResult } from '@/api/types'
import { useErrorText } from '@/composables/useErrorText'
import type { ShiftScope } from './useShiftEntries'

/** The KPIs the My Shift strip shows, in that order. */
export const SHIFT_KPIS = ['oee', 'availability', 'performance', 'quality_rate'] as const

/**
 * The KPI summary of one line in one shift run (/api/kpi/summary with day, shift and line), loaded again when the scope
 * changes and whenever what was entered is reloaded (`changed`: the entered lists, new after every save).
 */
export function useShiftKpis(scope: Ref<ShiftScope | null>, changed: Ref<unknown>[]) {
  const errorText = useErrorText()
  const result = shallowRef<KpiClientResult | null>(null)
  const loading = ref(false)
  const error = ref<string | null>(null)

  let seq = 0
  async function load(): Promise<void> {
    const mine = ++seq
    const s = scope.value
    if (!s) {
      result.value = null
      return
    }
    loading.value = true
    error.value = null
    try {
      const summary = await kpiApi.summary({ client_id: s.clientId, from: s.day, to: s.day, shift_id: s.shiftId, line_id: s.lineId })
      if (mine === seq) result.value = summary.clients[0] ?? null
    } catch (e) {
      if (mine === seq) error.value = errorText(e)
    } finally {
      if (mine === seq) loading.value = false
    }
  }
  watch([() => JSON.stringify(scope.value), ...changed], () => void load(), { immediate: true })

  return { result, loading, error, load }
}
