import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import { api } from '@/api/client'
import { workOrdersApi } from '@/api/workOrders'
import type { Page } from '@/api/types'
import { catalogIndex, codeNameItem, downtimeReasonItem, employeeItem, jobItems, shiftItem, stageItem, withOptions, workOrderItem } from './catalogs'
import type { AnyCatalogItem, Catalogs, CatalogSource } from './types'

const ALL = 500

/** Everything of a list endpoint, page by page (plant models are small; the cap keeps a runaway list bounded). */
async function everything<T>(page: (p: number) => Promise<Page<T>>, max = 10): Promise<T[]> {
  const out: T[] = []
  for (let p = 0; p < max; p++) {
    const res = await page(p)
    out.push(...res.items)
    if (res.items.length < ALL || out.length >= res.total) break
  }
  return out
}

const loaders: Record<CatalogSource, (clientId: number) => Promise<AnyCatalogItem[]>> = {
  shifts: async (c) => (await everything((page) => api.listShifts({ client_id: c, page, size: ALL, sort: 'start,asc' }))).map(shiftItem),
  lines: async (c) => (await everything((page) => api.listLines({ client_id: c, page, size: ALL, sort: 'code,asc' }))).map(codeNameItem),
  products: async (c) =>
    (await everything((page) => api.listProducts({ client_id: c, page, size: ALL, sort: 'code,asc' }))).map(codeNameItem),
  // open orders (the ones production is recorded against); others join when a stored row or a scan names them
  workOrders: async (c) =>
    (
      await everything((page) =>
        workOrdersApi.list({ client_id: c, status: ['ACTIVE', 'ON_HOLD'], page, size: ALL, sort: 'number,asc' }),
      )
    ).map(workOrderItem),
  employees: async (c) =>
    (await everything((page) => api.listEmployees({ client_id: c, page, size: ALL, sort: 'code,asc' }))).map(employeeItem),
  downtimeReasons: async (c) =>
    (await everything((page) => api.listDowntimeReasons({ client_id: c, page, size: ALL, sort: 'code,asc' }))).map(
      downtimeReasonItem,
    ),
  holdReasons: async (c) =>
    (await everything((page) => api.listHoldReasons({ client_id: c, page, size: ALL, sort: 'code,asc' }))).map(codeNameItem),
  defectTypes: async (c) =>
    (await everything((page) => api.listDefectTypes({ client_id: c, page, size: ALL, sort: 'code,asc' }))).map(codeNameItem),
  // the jobs of the open orders (a job is entered with its order)
  jobs: async (c) =>
    (
      await everything((page) =>
        workOrdersApi.list({ client_id: c, status: ['ACTIVE', 'ON_HOLD'], page, size: ALL, sort: 'number,asc' }),
      )
    ).flatMap(jobItems),
  // the client's ordered list of stages (settings): the cell holds the stage's code itself
  inspectionStages: async (c) => (await api.getClientSettings(c)).settings.inspection_stages.map(stageItem),
}

/** The catalogs an entry type's columns pick from, for one client; `add` merges options met later (scans, stored rows). */
export function useEntryCatalogs(clientId: Ref<number | null>, sources: readonly CatalogSource[]) {
  const loaded = shallowRef<Catalogs>({})
  const extra = shallowRef<Partial<Record<CatalogSource, AnyCatalogItem[]>>>({})
  const loading = ref(false)
  const error = ref<unknown>(null)

  let seq = 0
  async function load(): Promise<void> {
    const mine = ++seq
    const id = clientId.value
    loaded.value = {}
    extra.value = {}
    if (id === null) return
    loading.value = true
    error.value = null
    try {
      const lists = await Promise.all(sources.map((s) => loaders[s](id)))
      if (mine !== seq) return
      loaded.value = Object.fromEntries(sources.map((s, i) => [s, lists[i]]))
    } catch (e) {
      if (mine === seq) error.value = e
    } finally {
      if (mine === seq) loading.value = false
    }
  }
  watch(clientId, () => void load(), { immediate: true })

  function add(source: CatalogSource, items: AnyCatalogItem[]): void {
    const have = extra.value[source] ?? []
    const fresh = items.filter((i) => !have.some((h) => h.id === i.id))
    if (fresh.length) extra.value = { ...extra.value, [source]: [...have, ...fresh] }
  }

  const catalogs = computed(() => withOptions(loaded.value, extra.value))
  const index = computed(() => catalogIndex(catalogs.value))
  return { catalogs, index, loading, error, load, add }
}
