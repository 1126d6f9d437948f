import { ref, watch, type Ref } from 'vue'
import { holdsApi } from '@/api/holds'
import type { Hold } from '@/api/types'
import { useErrorText } from './useErrorText'

/** The open holds of one work order, oldest first. */
export function useOrderHolds(orderId: Ref<number>) {
  const errorText = useErrorText()
  const holds = ref<Hold[]>([])
  const loading = ref(false)
  const error = ref<string | null>(null)

  let seq = 0
  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    error.value = null
    try {
      const page = await holdsApi.list({ work_order_id: orderId.value, open: true, size: 100, sort: 'held_at,asc' })
      if (mine === seq) holds.value = page.items
    } catch (e) {
      if (mine === seq) error.value = errorText(e)
    } finally {
      if (mine === seq) loading.value = false
    }
  }
  watch(orderId, () => void load(), { immediate: true })

  return { holds, loading, error, load }
}
