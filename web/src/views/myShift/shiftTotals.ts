/** Sums shown under "Entered this shift", and which orders count as the line's in this shift. */

export function productionTotals(entries: readonly { units_produced: number; defect_count: number; run_time_hours: number | null }[]) {
  return entries.reduce(
    (t, e) => ({
      count: t.count + 1,
      units: t.units + e.units_produced,
      defects: t.defects + e.defect_count,
      // entries without a run time have it inferred by the KPIs: only what was entered is summed here
      hours: Math.round((t.hours + (e.run_time_hours ?? 0)) * 100) / 100,
    }),
    { count: 0, units: 0, defects: 0, hours: 0 },
  )
}

export function downtimeTotals(entries: readonly { duration_minutes: number }[]) {
  return entries.reduce((t, e) => ({ count: t.count + 1, minutes: t.minutes + e.duration_minutes }), { count: 0, minutes: 0 })
}

export function qualityTotals(entries: readonly { units_inspected: number; units_defective: number }[]) {
  return entries.reduce(
    (t, e) => ({ count: t.count + 1, inspected: t.inspected + e.units_inspected, defective: t.defective + e.units_defective }),
    { count: 0, inspected: 0, defective: 0 },
  )
}

/**
 * The line's orders in a shift: those routed to the line (a job on it), those recorded on the line in the shift
 * (production, downtime) and the one picked as running. Quality entries name an order, not a line: they belong to the
 * line through these orders.
 */
export function lineOrderIds(
  lineId: number,
  orders: Iterable<{ id: number; jobs: readonly { line_id: number | null }[] }>,
  recorded: Iterable<{ work_order_id: number | null }>,
  running: number | null,
): Set<number> {
  const ids = new Set<number>()
  for (const o of orders) if (o.jobs.some((j) => j.line_id === lineId)) ids.add(o.id)
  for (const r of recorded) if (r.work_order_id !== null) ids.add(r.work_order_id)
  if (running !== null) ids.add(running)
  return ids
}
