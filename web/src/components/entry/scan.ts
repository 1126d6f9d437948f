import { workOrdersApi } from '@/api/workOrders'
import type { WorkOrder } from '@/api/types'

/**
 * What a scanner delivers for a work order: the URL its QR code encodes (…/work-orders/{id}, see QrCodes on the
 * server and the traveler), or the order's number typed by a keyboard-wedge scanner.
 */
export type ScanText = { kind: 'id'; id: number } | { kind: 'number'; number: string } | null

export function parseScan(raw: string): ScanText {
  const text = raw.trim()
  if (!text) return null
  const url = /\/work-orders\/(\d+)(?:[/?#]|$)/.exec(text)
  if (url && /^(https?:\/\/|\/)/i.test(text)) return { kind: 'id', id: Number(url[1]) }
  return { kind: 'number', number: text }
}

/** The client's work order a scan names, or null when there is none. */
export async function findScannedOrder(raw: string, clientId: number): Promise<WorkOrder | null> {
  const scan = parseScan(raw)
  if (!scan) return null
  if (scan.kind === 'id') {
    try {
      const order = await workOrdersApi.get(scan.id)
      return order.client_id === clientId ? order : null
    } catch (e) {
      if ((e as { status?: number }).status === 404) return null
      throw e
    }
  }
  const page = await workOrdersApi.list({ client_id: clientId, q: scan.number, size: 20 })
  const wanted = scan.number.toLowerCase()
  return page.items.find((o) => o.number.toLowerCase() === wanted) ?? null
}

/** Row values that mark a row as opened by a scan; a create sends them as its entry method. */
export const SCANNED_ROW = { entry_method: 'QR_SCAN' } as const

/** The entry method of a new row's create: QR_SCAN for a scanned row, else the server's default. */
export function scannedMethod(v: Record<string, unknown>): { entry_method?: 'QR_SCAN' } {
  return v.entry_method === 'QR_SCAN' ? { entry_method: 'QR_SCAN' } : {}
}
