import { computed, ref, watch, type Ref } from 'vue'
import { api } from '@/api/client'
import type { Line, Product } from '@/api/types'

const ALL = 500

/** Products and lines of one client, for pickers (inactive ones are kept for old records, marked as such). */
export function useClientCatalog(clientId: Ref<number | null | undefined>) {
  const products = ref<Product[]>([])
  const lines = ref<Line[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)

  let seq = 0
  async function load(): Promise<void> {
    const mine = ++seq
    const id = clientId.value
    if (id === null || id === undefined) {
      products.value = []
      lines.value = []
      return
    }
    loading.value = true
    error.value = null
    try {
      const [p, l] = await Promise.all([
        api.listProducts({ client_id: id, size: ALL, sort: 'code,asc' }),
        api.listLines({ client_id: id, size: ALL, sort: 'code,asc' }),
      ])
      if (mine !== seq) return
      products.value = p.items
      lines.value = l.items
    } catch (e) {
      if (mine === seq) error.value = e
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  watch(clientId, () => void load(), { immediate: true })

  const item = (r: { id: number; code: string; name: string }) => ({ title: `${r.code} — ${r.name}`, value: r.id })
  /** Filters: every product, old ones included. */
  const productItems = computed(() => products.value.map(item))
  /** For new or edited records: active ones, plus the record's current one. */
  const pickableProducts = (current?: number | null) => products.value.filter((p) => p.active || p.id === current).map(item)
  const pickableLines = (current?: number | null) => lines.value.filter((l) => l.active || l.id === current).map(item)
  const lineById = computed(() => new Map(lines.value.map((l) => [l.id, l])))

  return { products, lines, loading, error, load, productItems, pickableProducts, pickableLines, lineById }
}
