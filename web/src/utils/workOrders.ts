import { mdiArrowUpBold, mdiChevronDoubleUp, mdiChevronDown, mdiMinus } from '@mdi/js'
import type { Priority, WorkOrder, WorkOrderStatus } from '@/api/types'

/** Theme colour of each status (flat chips: the theme's on-colour keeps the text readable). */
export const STATUS_COLOR: Record<WorkOrderStatus, string> = {
  ACTIVE: 'info',
  ON_HOLD: 'warning',
  COMPLETED: 'success',
  REJECTED: 'error',
  CANCELLED: 'secondary',
}

export const PRIORITY_STYLE: Record<Priority, { color?: string; variant: 'flat' | 'tonal' | 'outlined'; icon: string }> = {
  URGENT: { color: 'error', variant: 'flat', icon: mdiChevronDoubleUp },
  HIGH: { color: 'warning', variant: 'flat', icon: mdiArrowUpBold },
  NORMAL: { variant: 'tonal', icon: mdiMinus },
  LOW: { variant: 'outlined', icon: mdiChevronDown },
}

export function isOpen(status: WorkOrderStatus): boolean {
  return status === 'ACTIVE' || status === 'ON_HOLD'
}

/** The date promised to the customer: the planned ship date, else the required date (as the list's date filter). */
export function promisedDate(o: Pick<WorkOrder, 'planned_ship_date' | 'required_date'>): string | null {
  return o.planned_ship_date ?? o.required_date
}

/** An open order whose promised date lies before the plant's today. */
export function isOverdue(
  o: Pick<WorkOrder, 'status' | 'planned_ship_date' | 'required_date'>,
  today: string,
): boolean {
  const promised = promisedDate(o)
  return isOpen(o.status) && promised !== null && promised < today
}
