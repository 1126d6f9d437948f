import type { EmployeeBradford, OrderOtd } from '@/api/types'

/** Bradford bands (KPI.md: inclusive upper edges 50, 200, 400) as colours. */
export function bandColor(band: EmployeeBradford['band']): string {
  return { low: 'success', monitor: 'info', action: 'warning', critical: 'error' }[band] ?? 'grey'
}

function dayNumber(day: string): number {
  return Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 86_400_000
}

export type LateOrder = OrderOtd & { daysLate: number }

/**
 * The late orders of an OTD list, most late first: delivered after the promised day (days between), or not delivered
 * and promised before the as-of day (days until the as-of day).
 */
export function lateOrders(orders: readonly OrderOtd[], asOf: string | null): LateOrder[] {
  return orders
    .filter((o) => !o.on_time && o.promised_date)
    .map((o) => {
      const end = o.delivered_date ?? asOf ?? o.promised_date!
      return { ...o, daysLate: Math.max(0, Math.round(dayNumber(end) - dayNumber(o.promised_date!))) }
    })
    .sort((a, b) => b.daysLate - a.daysLate || a.work_order.localeCompare(b.work_order))
}
