/**
 * Every list endpoint answers CSV for `?format=csv` (all matching rows, not one page): the path and query of an
 * export are the list's own, less paging.
 */
export function csvPath(path: string, query: Record<string, unknown>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (key === 'page' || key === 'size' || value === undefined || value === null || value === '') continue
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v))
  }
  params.set('format', 'csv')
  return `${path}?${params.toString()}`
}

/** `work-orders-2026-11-30.csv`: the list's name and the local date of the download. */
export function csvFileName(name: string, today: Date = new Date()): string {
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`
  return `${name}-${day}.csv`
}
