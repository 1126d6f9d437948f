import { ref, type Ref } from 'vue'
import type { Page } from '@/api/types'
import { toSortParam, type TableOptions } from '@/utils/table'
import { useErrorText } from './useErrorText'

/** What a list endpoint is asked for: 0-based page, size and one `field,dir` sort. */
export interface Paging {
  page: number
  size: number
  sort: string | undefined
}

/**
 * A v-data-table-server on a list endpoint: its options (page, size, sort), the page of items and the total,
 * loading and the error text. Only the answer of the latest request is kept.
 */
export function useServerTable<T>(
  fetchPage: (paging: Paging) => Promise<Page<T>>,
  defaultSort: { key: string; order: 'asc' | 'desc' },
) {
  const errorText = useErrorText()
  const items = ref<T[]>([]) as Ref<T[]>
  const total = ref(0)
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  const options = ref<TableOptions>({ page: 1, itemsPerPage: 25, sortBy: [defaultSort] })

  let seq = 0
  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    loadError.value = null
    try {
      const page = await fetchPage({
        page: options.value.page - 1,
        size: options.value.itemsPerPage,
        sort: toSortParam(options.value.sortBy, `${defaultSort.key},${defaultSort.order}`),
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

  /** The table's options changed (its update:options). */
  function onOptions(o: TableOptions): void {
    options.value = { page: o.page, itemsPerPage: o.itemsPerPage, sortBy: [...o.sortBy] }
    void load()
  }

  /** The filters changed: back to the first page. */
  function restart(): void {
    if (options.value.page !== 1) options.value = { ...options.value, page: 1 }
    void load()
  }

  return { items, total, loading, loadError, options, load, onOptions, restart }
}
