import { computed, getCurrentInstance, onUnmounted, ref, watch } from 'vue'
import { api } from '@/api/client'
import type { DowntimeReason, Product, Shift, WorkOrder } from '@/api/types'
import { useClientCatalog } from '@/composables/useClientCatalog'
import { useErrorText } from '@/composables/useErrorText'
import { useOrderIndex } from '@/composables/useOrderIndex'
import { usePlant } from '@/composables/usePlant'
import { useSessionStore } from '@/stores/session'
import { defaultRun, latestRun, plantNow } from '@/utils/currentShift'
import { loadChoice, saveChoice } from './choices'

/**
 * What My Shift works on: the user's client, the shift run at the plant now (or the one picked), the line (remembered
 * per user) and the work order running on it (remembered per line), with the client's shifts, lines, products and
 * open orders.
 */
export function useMyShift() {
  const session = useSessionStore()
  const errorText = useErrorText()
  const clientId = computed(() => session.selectedClient?.id ?? null)
  const userId = computed(() => session.user?.id ?? null)
  const plant = usePlant(clientId)
  const catalog = useClientCatalog(clientId)
  const orders = useOrderIndex()

  const shifts = ref<Shift[]>([])
  const stages = ref<string[]>([])
  const downtimeReasons = ref<DowntimeReason[]>([])
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  /** Orders are known: only then is the order of a line restored (and a choice saved). */
  const ordersReady = ref(false)

  // the shift run follows the plant's clock: re-read it every 30 s (a tablet stays on this page across shifts)
  const clock = ref(Date.now())
  const timer = setInterval(() => (clock.value = Date.now()), 30_000)
  if (getCurrentInstance()) onUnmounted(() => clearInterval(timer))
  const now = computed(() => plantNow(plant.timeZone.value, new Date(clock.value)))

  let seq = 0
  async function load(): Promise<void> {
    const mine = ++seq
    const id = clientId.value
    if (id === null) return
    loading.value = true
    loadError.value = null
    ordersReady.value = false
    try {
      const [s, settings, reasons] = await Promise.all([
        api.listShifts({ client_id: id, size: 500, sort: 'start,asc' }),
        api.getClientSettings(id),
        api.listDowntimeReasons({ client_id: id, active: true, size: 500, sort: 'code,asc' }),
        orders.loadStatuses(id, ['ACTIVE', 'ON_HOLD']),
      ])
      if (mine !== seq) return
      shifts.value = s.items
      stages.value = settings.settings.inspection_stages
      ordersReady.value = true
      downtimeReasons.value = reasons.items
    } catch (e) {
      if (mine === seq) loadError.value = errorText(e)
    } finally {
      if (mine === seq) loading.value = false
    }
  }
  watch(clientId, () => void load(), { immediate: true })

  /* ---- shift run ---- */
  const pickedShiftId = ref<number | null>(null)
  const activeShifts = computed(() => shifts.value.filter((s) => s.active))
  const run = computed(() => {
    const picked = activeShifts.value.find((s) => s.id === pickedShiftId.value)
    return picked ? latestRun(picked, now.value) : defaultRun(activeShifts.value, now.value)
  })

  /* ---- line and order (remembered) ---- */
  const activeLines = computed(() => catalog.lines.value.filter((l) => l.active))
  const lineId = ref<number | null>(null)
  const workOrderId = ref<number | null>(null)
  const productId = ref<number | null>(null)

  watch(
    [activeLines, userId, clientId],
    () => {
      const stored = loadChoice(userId.value, clientId.value)
      const ids = activeLines.value.map((l) => l.id)
      if (lineId.value === null || !ids.includes(lineId.value)) {
        lineId.value = stored.line !== null && ids.includes(stored.line) ? stored.line : (ids[0] ?? null)
      }
    },
    { immediate: true },
  )

  const activeOrders = computed(() => [...orders.byId.value.values()].filter((o) => o.status === 'ACTIVE' && o.client_id === clientId.value))
  const onLine = (o: WorkOrder) => lineId.value !== null && o.jobs.some((j) => j.line_id === lineId.value)
  /** Orders routed to the line first, then the others, each by number. */
  const orderChoices = computed(() =>
    [...activeOrders.value].sort((a, b) => Number(onLine(b)) - Number(onLine(a)) || a.number.localeCompare(b.number)),
  )

  // a line change brings back the order last used on it, else the first order routed to it
  watch(
    [lineId, ordersReady],
    () => {
      if (lineId.value === null || !ordersReady.value) return
      const stored = loadChoice(userId.value, clientId.value).orders[lineId.value]
      const ids = activeOrders.value.map((o) => o.id)
      if (stored !== undefined && (stored === null || ids.includes(stored))) workOrderId.value = stored
      else workOrderId.value = orderChoices.value.find(onLine)?.id ?? null
    },
    { immediate: true },
  )
  watch([lineId, workOrderId], ([line, order]) => {
    if (line !== null && ordersReady.value) saveChoice(userId.value, clientId.value, line, order)
  })

  const shift = computed(() => run.value?.shift ?? null)
  const line = computed(() => catalog.lines.value.find((l) => l.id === lineId.value) ?? null)
  const workOrder = computed(() => (workOrderId.value === null ? null : (orders.get(workOrderId.value) ?? null)))
  const product = computed<Product | null>(() => catalog.products.value.find((p) => p.id === productId.value) ?? null)

  return {
    session,
    clientId,
    plant,
    catalog,
    orders,
    shifts: activeShifts,
    stages,
    downtimeReasons,
    loading,
    loadError,
    load,
    now,
    run,
    pickedShiftId,
    shift,
    lineId,
    line,
    activeLines,
    workOrderId,
    workOrder,
    orderChoices,
    onLine,
    productId,
    product,
  }
}
