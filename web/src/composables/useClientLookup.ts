import { computed, ref } from 'vue'
import { api } from '@/api/client'
import type { Client } from '@/api/types'

/** Every client (admin screens): id → code/name lookup and picker options. */
export function useClientLookup() {
  const all = ref<Client[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      const out: Client[] = []
      const size = 100
      for (let page = 0; page < 50; page++) {
        const res = await api.listClients({ page, size, sort: 'code,asc' })
        out.push(...res.items)
        if (res.items.length < size || out.length >= res.total) break
      }
      all.value = out
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }

  const byId = computed(() => new Map(all.value.map((c) => [c.id, c])))
  const codeOf = (id: number): string => byId.value.get(id)?.code ?? `#${id}`

  return { all, byId, loading, error, load, codeOf }
}
