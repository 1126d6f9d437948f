export interface SortItem {
  key: string
  order?: boolean | 'asc' | 'desc'
}

/** Vuetify sortBy → API "field,dir" (first sort key only). */
export function toSortParam(sortBy: readonly SortItem[] | undefined, fallback?: string): string | undefined {
  const s = sortBy?.[0]
  if (!s) return fallback
  const dir = s.order === 'desc' ? 'desc' : 'asc'
  return `${s.key},${dir}`
}

export interface TableOptions {
  page: number
  itemsPerPage: number
  sortBy: SortItem[]
}
