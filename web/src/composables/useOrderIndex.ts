import { shallowRef, triggerRef } from 'vue'
import { workOrdersApi } from '@/api/workOrders'
import type { WorkOrder, WorkOrderStatus } from '@/api/types'

const PAGE = 500
/** Orders fetched one by one at a time (those a status list did not bring). */
const PARALLEL = 4

/**
 * Work orders by id, for lists of records that name an order (holds): its number, current status and the lines of
 * its jobs. Filled from status lists (one request each) and completed order by order for the rest; kept for the page.
 */
export function useOrderIndex() {
  const byId = shallowRef(new Map<number, WorkOrder>())

  function put(orders: readonly WorkOrder[]): void {
    for (const o of orders) byId.value.set(o.id, o)
    triggerRef(byId)
  }

  /** Every order of the client in these statuses (up to 500 of each request). */
  async function loadStatuses(clientId: number, status: WorkOrderStatus[]): Promise<WorkOrder[]> {
    const page = await workOrdersApi.list({ client_id: clientId, status, size: PAGE, sort: 'number,asc' })
    put(page.items)
    return page.items
  }

  /** Fetches the orders not known yet (an order that is gone or not visible is skipped). */
  async function ensure(ids: Iterable<number>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !byId.value.has(id))
    const found: WorkOrder[] = []
    for (let i = 0; i < missing.length; i += PARALLEL) {
      const batch = await Promise.allSettled(missing.slice(i, i + PARALLEL).map((id) => workOrdersApi.get(id)))
      for (const r of batch) if (r.status === 'fulfilled') found.push(r.value)
    }
    if (found.length) put(found)
  }

  /** After a hold changed an order's status. */
  async function refresh(id: number): Promise<WorkOrder | null> {
    try {
      const o = await workOrdersApi.get(id)
      put([o])
      return o
    } catch {
      return null
    }
  }

  const get = (id: number): WorkOrder | undefined => byId.value.get(id)

  /** Whether a hold of the order (or of one of its jobs) concerns the line: the held job's line, else any job's. */
  function onLine(orderId: number, lineId: number, jobId: number | null = null): boolean {
    const o = byId.value.get(orderId)
    if (!o) return false
    const held = jobId === null ? undefined : o.jobs.find((j) => j.id === jobId)
    if (held && held.line_id !== null) return held.line_id === lineId
    return o.jobs.some((j) => j.line_id === lineId)
  }

  return { byId, put, loadStatuses, ensure, refresh, get, onLine }
}
