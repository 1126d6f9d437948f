/**
 * The work-order list's filters as they live in the URL (?status=ACTIVE&status=ON_HOLD&product=3&from=…)
 * and as the API takes them. Parsing is forgiving: anything unknown or malformed falls back to the default.
 */
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { WORK_ORDER_STATUSES, type StatusCountQuery, type WorkOrderQuery, type WorkOrderStatus } from '@/api/types'

export interface SortSpec {
  key: string
  order: 'asc' | 'desc'
}

export interface WorkOrderFilters {
  /** A client id, 'all' for every client of the user, or null to follow the client picked in the app bar. */
  client: number | 'all' | null
  statuses: WorkOrderStatus[]
  product: number | null
  q: string
  /** Promised date range, YYYY-MM-DD. */
  from: string | null
  to: string | null
  /** 1-based, as the table counts. */
  page: number
  size: number
  sort: SortSpec
}

export const PAGE_SIZES = [10, 25, 50, 100] as const
export const DEFAULT_SIZE = 25
/** Columns the API sorts by (WorkOrderController.SORTABLE). */
export const SORTABLE = [
  'number',
  'status',
  'priority',
  'planned_quantity',
  'planned_start_date',
  'planned_ship_date',
  'required_date',
  'created_at',
  'client_id',
] as const
export const DEFAULT_SORT: SortSpec = { key: 'created_at', order: 'desc' }

export function defaultFilters(): WorkOrderFilters {
  return { client: null, statuses: [], product: null, q: '', from: null, to: null, page: 1, size: DEFAULT_SIZE, sort: { ...DEFAULT_SORT } }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

function first(v: LocationQuery[string] | undefined): string | null {
  const x = Array.isArray(v) ? v[0] : v
  return typeof x === 'string' ? x : null
}

function all(v: LocationQuery[string] | undefined): string[] {
  const list = Array.isArray(v) ? v : [v]
  return list.flatMap((x) => (typeof x === 'string' ? x.split(',') : []))
}

function positiveInt(v: string | null): number | null {
  if (v === null || !/^\d+$/.test(v)) return null
  const n = Number(v)
  return n > 0 && Number.isSafeInteger(n) ? n : null
}

function day(v: string | null): string | null {
  return v !== null && DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? v : null
}

export function parseSort(v: string | null): SortSpec {
  const [key, dir] = (v ?? '').split(',')
  if (!key || !(SORTABLE as readonly string[]).includes(key)) return { ...DEFAULT_SORT }
  return { key, order: dir === 'desc' ? 'desc' : 'asc' }
}

/** URL query → filters. */
export function parseFilters(query: LocationQuery): WorkOrderFilters {
  const client = first(query.client)
  const statuses = WORK_ORDER_STATUSES.filter((s) => all(query.status).includes(s))
  const size = positiveInt(first(query.size))
  return {
    client: client === 'all' ? 'all' : positiveInt(client),
    statuses,
    product: positiveInt(first(query.product)),
    q: (first(query.q) ?? '').trim(),
    from: day(first(query.from)),
    to: day(first(query.to)),
    page: positiveInt(first(query.page)) ?? 1,
    size: size !== null && (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_SIZE,
    sort: parseSort(first(query.sort)),
  }
}

/** Filters → URL query; defaults are left out so that a plain /work-orders stays plain. */
export function filtersToQuery(f: WorkOrderFilters): LocationQueryRaw {
  const out: LocationQueryRaw = {}
  if (f.client !== null) out.client = String(f.client)
  if (f.statuses.length) out.status = WORK_ORDER_STATUSES.filter((s) => f.statuses.includes(s))
  if (f.product !== null) out.product = String(f.product)
  if (f.q.trim()) out.q = f.q.trim()
  if (f.from) out.from = f.from
  if (f.to) out.to = f.to
  if (f.page > 1) out.page = String(f.page)
  if (f.size !== DEFAULT_SIZE) out.size = String(f.size)
  if (f.sort.key !== DEFAULT_SORT.key || f.sort.order !== DEFAULT_SORT.order) out.sort = `${f.sort.key},${f.sort.order}`
  return out
}

/** The client the list shows: the filter's, else the app bar's; undefined = every client of the user. */
export function effectiveClient(f: WorkOrderFilters, appBarClient: number | null): number | undefined {
  if (f.client === 'all') return undefined
  return f.client ?? appBarClient ?? undefined
}

/** Filters shared by the list and the status counts. */
export function countsQuery(f: WorkOrderFilters, appBarClient: number | null): StatusCountQuery {
  const q: StatusCountQuery = {}
  const client = effectiveClient(f, appBarClient)
  if (client !== undefined) q.client_id = client
  if (f.product !== null) q.product_id = f.product
  if (f.q.trim()) q.q = f.q.trim()
  if (f.from) q.from = f.from
  if (f.to) q.to = f.to
  return q
}

/** Filters → GET /api/work-orders query (0-based page). */
export function listQuery(f: WorkOrderFilters, appBarClient: number | null): WorkOrderQuery {
  return {
    ...countsQuery(f, appBarClient),
    ...(f.statuses.length ? { status: [...f.statuses] } : {}),
    page: f.page - 1,
    size: f.size,
    sort: `${f.sort.key},${f.sort.order}`,
  }
}

/** Any change but turning the page starts again on page 1. */
export function withChange(f: WorkOrderFilters, patch: Partial<WorkOrderFilters>): WorkOrderFilters {
  const next = { ...f, ...patch }
  if (Object.keys(patch).some((k) => k !== 'page')) next.page = 1
  return next
}

/** Toggles one status of the multi-select chips. */
export function toggleStatus(selected: readonly WorkOrderStatus[], s: WorkOrderStatus): WorkOrderStatus[] {
  return selected.includes(s) ? selected.filter((x) => x !== s) : WORK_ORDER_STATUSES.filter((x) => x === s || selected.includes(x))
}
