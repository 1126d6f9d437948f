import { ref, watch, type Ref } from 'vue'
import { workOrdersApi } from '@/api/workOrders'
import type { Transition, WorkOrder, WorkOrderProgress } from '@/api/types'
import { isApiError } from '@/utils/problem'
import { useErrorText } from './useErrorText'

/** One work order with its progress and history, loaded together and refreshed after every change. */
export function useWorkOrderDetail(id: Ref<number>) {
  const errorText = useErrorText()
  const order = ref<WorkOrder | null>(null)
  const progress = ref<WorkOrderProgress | null>(null)
  const history = ref<Transition[]>([])
  const loading = ref(false)
  const error = ref<string | null>(null)
  const notFound = ref(false)

  let seq = 0
  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    error.value = null
    notFound.value = false
    try {
      const [o, p, h] = await Promise.all([
        workOrdersApi.get(id.value),
        workOrdersApi.progress(id.value),
        workOrdersApi.history(id.value),
      ])
      if (mine !== seq) return
      order.value = o
      progress.value = p
      history.value = h
    } catch (e) {
      if (mine !== seq) return
      notFound.value = isApiError(e) && e.status === 404
      error.value = errorText(e)
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  /** After a save or a transition: show the answer at once, then fetch what it changed. */
  async function changed(updated?: WorkOrder): Promise<void> {
    if (updated) order.value = updated
    await load()
  }

  watch(id, () => void load(), { immediate: true })

  return { order, progress, history, loading, error, notFound, load, changed }
}
