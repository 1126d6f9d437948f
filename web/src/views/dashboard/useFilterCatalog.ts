import { computed, ref, watch, type Ref } from 'vue'
import { api } from '@/api/client'
import type { Shift } from '@/api/types'
import { useClientCatalog } from '@/composables/useClientCatalog'

/**
 * The shifts, lines and products a filter may pick: those of the one selected client (ids are per client, so with
 * several clients these filters are off). Loaded only once needed — a filter names one, or a picker is opened — so
 * the dashboard's own requests go first.
 */
export function useFilterCatalog(clientIds: Ref<number[]>, needed: Ref<boolean>) {
  const wanted = ref(needed.value)
  watch(needed, (n) => (wanted.value ||= n))
  const single = computed(() => (clientIds.value.length === 1 ? clientIds.value[0]! : null))
  const catalog = useClientCatalog(computed(() => (wanted.value ? single.value : null)))
  const shifts = ref<Shift[]>([])
  watch(
    () => (wanted.value ? single.value : null),
    async (id) => {
      shifts.value = id === null ? [] : (await api.listShifts({ client_id: id, size: 500 })).items
    },
    { immediate: true },
  )
  /** Called when a picker opens. */
  function want(): void {
    wanted.value = true
  }
  const item = (r: { id: number; code?: string; name: string }) => ({ title: r.code ? `${r.code} — ${r.name}` : r.name, value: r.id })
  const shiftItems = computed(() => shifts.value.map((s) => ({ title: s.name, value: s.id })))
  const lineItems = computed(() => catalog.lines.value.map(item))
  const productItems = computed(() => catalog.products.value.map(item))
  const nameOf = (kind: 'shift' | 'line' | 'product', id: number): string =>
    ({ shift: shiftItems, line: lineItems, product: productItems })[kind].value.find((i) => i.value === id)?.title ?? `#${id}`
  return { single, shiftItems, lineItems, productItems, nameOf, want }
}
