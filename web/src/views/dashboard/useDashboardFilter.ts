import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { KpiScope } from '@/api/types'
import { useSessionStore } from '@/stores/session'
import { dayIn } from '@/utils/format'
import { fromQuery, rangeOf, sameFilter, toQuery, type DashboardFilter } from './filters'

/**
 * The filter of the dashboard and the KPI detail pages, read from and written to the URL: changing it pushes a
 * history entry, so back and forward step through filters and a copied link opens the same view.
 */
export function useDashboardFilter() {
  const route = useRoute()
  const router = useRouter()
  const session = useSessionStore()

  const allowed = computed(() => session.clients.map((c) => c.id))
  const filter = computed<DashboardFilter>(() => fromQuery(route.query, allowed.value, session.selectedClient?.id ?? null))
  /** Today at the plant of the first selected client (plants of one user share a day often enough; the API says as_of). */
  const today = computed(() => {
    const zone = session.clients.find((c) => c.id === filter.value.clientIds[0])?.time_zone
    return dayIn(zone)
  })
  const range = computed(() => rangeOf(filter.value, today.value))
  const scope = computed<KpiScope | null>(() =>
    filter.value.clientIds.length === 0
      ? null
      : {
          client_ids: filter.value.clientIds,
          from: range.value.from,
          to: range.value.to,
          shift_id: filter.value.shiftId,
          line_id: filter.value.lineId,
          product_id: filter.value.productId,
        },
  )
  /** Whether the URL carries any filter (a bare URL takes the user's default saved filter). */
  const isBare = computed(() => Object.keys(route.query).length === 0)

  async function apply(next: DashboardFilter, replace = false): Promise<void> {
    if (sameFilter(next, filter.value) && !replace) return
    const query = { ...toQuery(next) }
    await (replace ? router.replace({ query }) : router.push({ query }))
  }

  function patch(part: Partial<DashboardFilter>): void {
    void apply({ ...filter.value, ...part })
  }

  return { filter, range, scope, today, isBare, apply, patch }
}
