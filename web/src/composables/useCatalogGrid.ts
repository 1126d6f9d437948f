import { computed, ref, shallowRef, watch } from 'vue'
import type { CatalogQuery, Page } from '@/api/types'
import { useSessionStore } from '@/stores/session'
import { toCatalogQuery, type ActiveFilter, type GridSort } from '@/utils/gridPaging'
import { useDebounced } from './useDebounced'
import { useErrorText } from './useErrorText'

/**
 * State of a server-paged catalog grid scoped to the selected client: page, page size, sort, search,
 * active filter; reloads on every change (back to page 1 when a filter or the client changes).
 */
export function useCatalogGrid<T>(
  fetchPage: () => (query: CatalogQuery) => Promise<Page<T>>,
  defaultSort: GridSort,
  leadingSort: () => readonly GridSort[] = () => [],
) {
  const session = useSessionStore()
  const errorText = useErrorText()

  const client = computed(() => session.selectedClient)
  const items = shallowRef<T[]>([])
  const total = ref(0)
  const loading = ref(false)
  const loaded = ref(false)
  const loadError = ref<string | null>(null)
  const page = ref(1)
  const size = ref(25)
  const sort = ref<GridSort>({ ...defaultSort })
  const search = ref('')
  const debouncedSearch = useDebounced(search, 300)
  const active = ref<ActiveFilter>('all')
  const filtered = computed(() => debouncedSearch.value.trim() !== '' || active.value !== 'all')

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
      const query = toCatalogQuery({
        clientId,
        page: page.value,
        size: size.value,
        sort: sort.value,
        leadingSort: leadingSort(),
        search: debouncedSearch.value,
        active: active.value,
      })
      const res = await fetchPage()(query)
      if (mine !== seq) return
      items.value = res.items
      total.value = res.total
      loaded.value = true
    } catch (e) {
      if (mine !== seq) return
      loadError.value = errorText(e)
      items.value = []
      total.value = 0
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  function firstPageAndLoad(): void {
    page.value = 1
    void load()
  }

  function setSort(next: GridSort): void {
    if (next.key === sort.value.key && next.order === sort.value.order) return
    sort.value = next
    firstPageAndLoad()
  }
  function setPage(next: number): void {
    page.value = next
    void load()
  }
  function setSize(next: number): void {
    size.value = next
    firstPageAndLoad()
  }
  function clearFilters(): void {
    search.value = ''
    active.value = 'all'
  }

  watch([debouncedSearch, active], firstPageAndLoad)
  watch(() => client.value?.id, firstPageAndLoad)
  void load()

  return {
    client,
    items,
    total,
    loading,
    loaded,
    loadError,
    page,
    size,
    sort,
    search,
    active,
    filtered,
    load,
    setSort,
    setPage,
    setSize,
    clearFilters,
  }
}
