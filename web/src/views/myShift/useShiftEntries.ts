import { computed, ref, watch, type Ref } from 'vue'
import { downtimeApi } from '@/api/downtime'
import { holdsApi } from '@/api/holds'
import { productionApi } from '@/api/production'
import { qualityApi } from '@/api/quality'
import type { DowntimeEntry, Hold, ProductionEntry, QualityEntry, WorkOrder } from '@/api/types'
import { useErrorText } from '@/composables/useErrorText'
import { matches, onEntryChanged } from '@/composables/useLiveUpdates'
import { downtimeTotals, lineOrderIds, productionTotals, qualityTotals } from './shiftTotals'

export interface ShiftScope {
  clientId: number
  day: string
  shiftId: number
  lineId: number
}

const ALL = 500

/**
 * What has been recorded for one line in one shift run (production, downtime, quality of the line's orders) and the open holds
 * of the line's orders; loaded again when the scope changes, after each save, and when an entry of the scope's client and
 * day changes elsewhere (live updates: another tablet, an import, a correction by the leader).
 */
export function useShiftEntries(
  scope: Ref<ShiftScope | null>,
  orders: { byId: Ref<Map<number, WorkOrder>>; ensure: (ids: Iterable<number>) => Promise<void>; onLine: (o: number, l: number, j?: number | null) => boolean },
  runningOrder: Ref<number | null>,
) {
  const errorText = useErrorText()
  const production = ref<ProductionEntry[]>([])
  const downtime = ref<DowntimeEntry[]>([])
  const qualityAll = ref<QualityEntry[]>([])
  const holdsAll = ref<Hold[]>([])
  const loading = ref(false)
  const loadError = ref<string | null>(null)

  let seq = 0
  async function load(): Promise<void> {
    const mine = ++seq
    const s = scope.value
    if (!s) return
    loading.value = true
    loadError.value = null
    try {
      const day = { client_id: s.clientId, from: s.day, to: s.day, shift_id: s.shiftId, size: ALL }
      const [p, d, q, h] = await Promise.all([
        productionApi.list({ ...day, line_id: s.lineId, sort: 'created_at,asc' }),
        downtimeApi.list({ ...day, line_id: s.lineId, sort: 'created_at,asc' }),
        qualityApi.list({ ...day, sort: 'created_at,asc' }),
        holdsApi.list({ client_id: s.clientId, open: true, size: ALL, sort: 'held_at,asc' }),
      ])
      await orders.ensure(h.items.map((x) => x.work_order_id))
      if (mine !== seq) return
      production.value = p.items
      downtime.value = d.items
      qualityAll.value = q.items
      holdsAll.value = h.items
    } catch (e) {
      if (mine === seq) loadError.value = errorText(e)
    } finally {
      if (mine === seq) loading.value = false
    }
  }
  watch(() => JSON.stringify(scope.value), () => void load(), { immediate: true })
  onEntryChanged({ kinds: ['production', 'downtime', 'quality', 'holds', 'work_orders'] }, (changes, reason) => {
    const s = scope.value
    if (!s) return
    const mine = { clientIds: [s.clientId], days: { from: s.day, to: s.day } }
    if (reason === 'reconnect' || changes.some((c) => matches(mine, c))) void load()
  })

  const lineOrders = computed(() =>
    scope.value ? lineOrderIds(scope.value.lineId, orders.byId.value.values(), [...production.value, ...downtime.value], runningOrder.value) : new Set<number>(),
  )
  const quality = computed(() => qualityAll.value.filter((e) => e.work_order_id !== null && lineOrders.value.has(e.work_order_id)))
  const holds = computed(() => {
    const s = scope.value
    if (!s) return []
    return holdsAll.value.filter((h) => orders.onLine(h.work_order_id, s.lineId, h.job_id) || h.work_order_id === runningOrder.value)
  })

  const totals = computed(() => ({
    production: productionTotals(production.value),
    downtime: downtimeTotals(downtime.value),
    quality: qualityTotals(quality.value),
  }))

  return { production, downtime, quality, holds, totals, loading, loadError, load }
}
