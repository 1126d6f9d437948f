import { catalogIndex } from '@/components/entry/catalogs'
import type { CatalogItem, RuleContext } from '@/components/entry/types'

/** A small plant: shifts, lines, products and work orders as the entry grid sees them. */
export const shifts: CatalogItem[] = [
  { id: 1, code: 'Day', name: '06:00–14:00', active: true, extra: { durationMinutes: 480 } },
  { id: 2, code: 'Evening', name: '14:00–22:00', active: true, extra: { durationMinutes: 480 } },
  { id: 3, code: 'Night', name: '22:00–06:00', active: true, extra: { durationMinutes: 450 } },
]
export const lines: CatalogItem[] = [
  { id: 10, code: 'L1', name: 'Line 1', active: true },
  { id: 11, code: 'L2', name: 'Línea 2', active: true },
  { id: 12, code: 'L9', name: 'Old line', active: false },
]
export const products: CatalogItem[] = [
  { id: 20, code: 'BRK-100', name: 'Brake bracket', active: true },
  { id: 21, code: 'HNG-010', name: 'Door hinge', active: true },
]
export const workOrders: CatalogItem[] = [
  { id: 30, code: 'WO-1001', name: 'BRK-100 Brake bracket', active: true, extra: { productId: 20, lineId: 11, status: 'ACTIVE' } },
  { id: 31, code: 'WO-1002', name: 'HNG-010 Door hinge', active: false, extra: { productId: 21, lineId: null, status: 'CANCELLED' } },
]
export const catalogs = catalogIndex({ shifts, lines, products, workOrders })

export const ctx: RuleContext = { catalogs, today: '2026-11-29', earliest: '2026-11-22' }
