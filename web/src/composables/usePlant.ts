import { computed, getCurrentInstance, onUnmounted, ref, type Ref } from 'vue'
import type { ClientSummary, Role } from '@/api/types'
import { useSessionStore } from '@/stores/session'
import { dayIn } from '@/utils/format'

const PLANNERS: readonly Role[] = ['leader', 'poweruser', 'admin']

/** Leaders, power users and admins create, edit and move work orders; operators only read. */
export function useCanPlan() {
  const session = useSessionStore()
  return computed(() => session.role !== null && PLANNERS.includes(session.role))
}

/** The user's client of an order (code, name, time zone) and the plant's today there. */
export function usePlant(clientId: Ref<number | null | undefined>) {
  const session = useSessionStore()
  const client = computed<ClientSummary | null>(() => session.clients.find((c) => c.id === clientId.value) ?? null)
  const timeZone = computed(() => client.value?.time_zone ?? undefined)
  // a tablet may stay on a page past midnight: the plant's day is re-read every minute
  const now = ref(Date.now())
  const timer = setInterval(() => (now.value = Date.now()), 60_000)
  if (getCurrentInstance()) onUnmounted(() => clearInterval(timer))
  const today = computed(() => dayIn(timeZone.value, new Date(now.value)))
  return { client, timeZone, today }
}
