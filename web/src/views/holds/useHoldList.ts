import { computed, ref, watch, type Ref } from 'vue'
import { holdsApi } from '@/api/holds'
import type { Hold } from '@/api/types'
import { useErrorText } from '@/composables/useErrorText'
import { useOrderIndex } from '@/composables/useOrderIndex'

/** At most this many holds are loaded per list (open holds of a client, or closed ones in a span of days). */
export const HOLD_LIMIT = 500

export type HoldTab = 'open' | 'closed'

export interface HoldFilters {
  clientId: number | null
  tab: HoldTab
  lineId: number | null
  q: string
  from: string
  to: string
}

/** A hold matches the search when its order number contains the text (case and spaces ignored). */
export function matchesSearch(hold: Pick<Hold, 'work_order_number'>, q: string): boolean {
  const needle = q.replace(/\s+/g, '').toLowerCase()
  return !needle || hold.work_order_number.replace(/\s+/g, '').toLowerCase().includes(needle)
}

/** The server query of a tab (without paging): the list's and its CSV export's. */
export function tabQuery(f: HoldFilters) {
  return f.tab === 'open'
    ? { client_id: f.clientId ?? undefined, open: true, sort: 'held_at,asc' }
    : {
        client_id: f.clientId ?? undefined,
        status: ['RESUMED', 'CANCELLED'] as ('RESUMED' | 'CANCELLED')[],
        from: f.from || undefined,
        to: f.to || undefined,
        sort: 'held_at,desc',
      }
}

/**
 * The holds of one client, open (oldest first: the most urgent on top) or closed in a span of days (newest first),
 * with the orders they name (current status, lines of the jobs) for the line filter and the status shown beside them.
 */
export function useHoldList(filters: Ref<HoldFilters>) {
  const errorText = useErrorText()
  const orders = useOrderIndex()
  const holds = ref<Hold[]>([])
  const total = ref(0)
  const loading = ref(false)
  const loadError = ref<string | null>(null)

  let seq = 0
  async function load(): Promise<void> {
    const mine = ++seq
    const f = filters.value
    if (f.clientId === null) return
    loading.value = true
    loadError.value = null
    try {
      const page = await holdsApi.list({ ...tabQuery(f), size: HOLD_LIMIT })
      if (f.tab === 'open') await orders.loadStatuses(f.clientId, ['ON_HOLD'])
      await orders.ensure(page.items.map((h) => h.work_order_id))
      if (mine !== seq) return
      holds.value = page.items
      total.value = page.total
    } catch (e) {
      if (mine !== seq) return
      loadError.value = errorText(e)
      holds.value = []
      total.value = 0
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  watch(
    () => {
      const f = filters.value
      return JSON.stringify([f.clientId, f.tab, f.tab === 'closed' ? [f.from, f.to] : null])
    },
    () => void load(),
    { immediate: true },
  )

  const shown = computed(() => {
    const f = filters.value
    return holds.value.filter((h) => matchesSearch(h, f.q) && (f.lineId === null || orders.onLine(h.work_order_id, f.lineId, h.job_id)))
  })

  /** After a place, resume or cancel: the list and the order's status again. */
  async function changed(hold: Hold): Promise<void> {
    await orders.refresh(hold.work_order_id)
    await load()
  }

  return { holds, shown, total, loading, loadError, load, changed, orders }
}
