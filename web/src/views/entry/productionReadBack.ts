import type { CatalogIndex, Values, Words } from '@/components/entry/types'

/** "2026-11-29 · Day · Line 1 · WO-1001 · 480 units, 6 defects (2 rework, 1 scrap), 7.5 h, 5 people" */
export function productionReadBack(v: Values, catalogs: CatalogIndex, w: Words): string {
  const name = (source: 'shifts' | 'lines' | 'products', id: unknown) => catalogs.get(source, id)?.name ?? (id == null ? null : `#${String(id)}`)
  const orderItem = catalogs.get('workOrders', v.work_order_id)
  const order = orderItem?.code ?? (v.work_order_id == null ? null : `#${String(v.work_order_id)}`)
  // without a line the server takes the order's (its first job's) line: say which
  const orderLine = v.line_id == null ? name('lines', orderItem?.extra?.lineId ?? null) : null
  const head = [
    typeof v.shift_date === 'string' ? v.shift_date : w.t('entry.readBack.noDate'),
    catalogs.get('shifts', v.shift_id)?.code ?? name('shifts', v.shift_id),
    orderLine ? w.t('entry.production.readBack.lineFromOrder', { line: orderLine }) : name('lines', v.line_id),
    order,
    order === null ? name('products', v.product_id) : null,
  ].filter((p): p is string => !!p)
  const count = (key: string, value: unknown) => (typeof value === 'number' ? w.t(key, { n: w.n(value) }, value) : null)
  const units = count('entry.production.readBack.units', v.units_produced ?? 0)!
  const d = typeof v.defect_count === 'number' ? v.defect_count : 0
  const split = [count('entry.production.readBack.rework', v.rework_count || null), count('entry.production.readBack.scrap', v.scrap_count || null)]
    .filter((p): p is string => !!p)
    .join(', ')
  const defectText = w.t('entry.production.readBack.defects', { n: w.n(d) }, d) + (split ? ` (${split})` : '')
  const hours = typeof v.run_time_hours === 'number' ? w.t('entry.production.readBack.hours', { n: w.n(v.run_time_hours) }) : null
  const assigned = count('entry.production.readBack.people', v.employees_assigned)
  const people =
    assigned && typeof v.employees_present === 'number'
      ? `${assigned} (${w.t('entry.production.readBack.present', { n: w.n(v.employees_present) })})`
      : assigned
  const facts = [units, defectText, hours, people].filter((p): p is string => !!p).join(', ')
  const note = typeof v.notes === 'string' && v.notes.trim() ? ` · “${v.notes.trim()}”` : ''
  return `${[...head, facts].join(' · ')}${note}`
}
