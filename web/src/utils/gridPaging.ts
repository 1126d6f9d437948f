import type { CatalogQuery, Page } from '@/api/types'

export type SortDir = 'asc' | 'desc'
export interface GridSort {
  /** The API's sort field (= the grid column's colId). */
  key: string
  order: SortDir
}
export type ActiveFilter = 'all' | 'active' | 'inactive'

/** What a catalog grid asks the server for; page is 1-based like the pager. */
export interface GridRequest {
  clientId: number
  page: number
  size: number
  sort: GridSort
  /** Sorts applied before the column's (e.g. category first, so reasons stay grouped). */
  leadingSort?: readonly GridSort[]
  search: string
  active: ActiveFilter
}

export const PAGE_SIZES = [10, 25, 50, 100] as const

const sortParam = (s: GridSort): string => `${s.key},${s.order}`

/** Grid state → list query of the catalog endpoints (`page` 0-based, `sort=field,dir`, `q`, `active`). */
export function toCatalogQuery(r: GridRequest): CatalogQuery {
  const sorts = [...(r.leadingSort ?? []).filter((s) => s.key !== r.sort.key), r.sort].map(sortParam)
  const q = r.search.trim()
  return {
    client_id: r.clientId,
    page: Math.max(0, r.page - 1),
    size: r.size,
    sort: sorts.length === 1 ? sorts[0] : sorts,
    ...(q ? { q } : {}),
    ...(r.active === 'all' ? {} : { active: r.active === 'active' }),
  }
}

/** AG Grid column state → the one server sort (first sorted column by sort index), or null. */
export function fromColumnState(
  state: readonly { colId: string; sort?: SortDir | null; sortIndex?: number | null }[],
): GridSort | null {
  const sorted = state
    .filter((c): c is typeof c & { sort: SortDir } => c.sort === 'asc' || c.sort === 'desc')
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
  const first = sorted[0]
  return first ? { key: first.colId, order: first.sort } : null
}

/** Number of pages for the pager (at least 1). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, size)))
}

/** First and last row number shown on a page (1-based; 0–0 when empty). */
export function pageRange(page: number, size: number, total: number): { from: number; to: number } {
  if (total <= 0) return { from: 0, to: 0 }
  const from = Math.min(total, (page - 1) * size + 1)
  return { from, to: Math.min(total, page * size) }
}

/**
 * A page fetcher with a filter the API does not have: reads every matching row (server-sorted, in pages of
 * `chunk`), keeps those passing `keep`, and answers the requested page of them. For small catalogs only.
 */
export function filteredPages<T>(
  fetchPage: (q: CatalogQuery) => Promise<Page<T>>,
  keep: (row: T) => boolean,
  chunk = 500,
): (q: CatalogQuery) => Promise<Page<T>> {
  return async (q) => {
    const rows: T[] = []
    for (let page = 0; ; page++) {
      const res = await fetchPage({ ...q, page, size: chunk })
      rows.push(...res.items.filter(keep))
      if (res.items.length < chunk || (page + 1) * chunk >= res.total) break
    }
    const size = q.size ?? 50
    const page = q.page ?? 0
    return { items: rows.slice(page * size, (page + 1) * size), page, size, total: rows.length }
  }
}
