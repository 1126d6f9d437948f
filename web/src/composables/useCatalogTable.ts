import { computed, ref, watch, type Ref } from 'vue'
import type { CatalogQuery, Page } from '@/api/types'
import { useSessionStore } from '@/stores/session'
import { toSortParam, type SortItem, type TableOptions } from '@/utils/table'
import { useDebounced } from './useDebounced'
import { useErrorText } from './useErrorText'

/**
 * State of a server-paged plant-model table (products, lines, shifts, employees) scoped to the
 * client selected in the app bar: paging/sorting, search, active filter, reload on client change.
 */
export function useCatalogTable<T>(
  fetchPage: (query: CatalogQuery) => Promise<Page<T>>,
  defaultSort: SortItem,
) {
  const errorText = useErrorText()
  const session = useSessionStore()

  const client = computed(() => session.selectedClient)
  const items = ref([]) as Ref<T[]>
  const total = ref(0)
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  const search = ref('')
  const debouncedSearch = useDebounced(search, 300)
  const activeFilter = ref<'all' | 'active' | 'inactive'>('all')
  const options = ref<TableOptions>({ page: 1, itemsPerPage: 25, sortBy: [{ ...defaultSort }] })

  let seq = 0
  async function load(): Promise<void> {
    const mine = ++seq
    const clientId = client.value?.id
    if (clientId === undefined) {
      items.value = []
      total.value = 0
      loading.value = false
      return
    }
    loading.value = true
    loadError.value = null
    try {
      const page = await fetchPage({
        client_id: clientId,
        page: options.value.page - 1,
        size: options.value.itemsPerPage,
        sort: toSortParam(options.value.sortBy, `${defaultSort.key},${defaultSort.order === 'desc' ? 'desc' : 'asc'}`),
        q: debouncedSearch.value.trim() || undefined,
        active: activeFilter.value === 'all' ? undefined : activeFilter.value === 'active',
      })
      if (mine !== seq) return
      items.value = page.items
      total.value = page.total
    } catch (e) {
      if (mine !== seq) return
      loadError.value = errorText(e)
      items.value = []
      total.value = 0
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  function onOptions(o: TableOptions): void {
    options.value = { page: o.page, itemsPerPage: o.itemsPerPage, sortBy: [...o.sortBy] }
    void load()
  }

  function firstPageAndLoad(): void {
    if (options.value.page !== 1) options.value = { ...options.value, page: 1 }
    void load()
  }

  watch([debouncedSearch, activeFilter], firstPageAndLoad)
  watch(() => client.value?.id, firstPageAndLoad)

  return { client, items, total, loading, loadError, search, activeFilter, options, load, onOptions }
}
