import { addDays } from '@/utils/currentShift'

/**
 * The dashboard filter and its URL form. The URL is the source of truth (shareable, bookmarkable, back/forward
 * works); saved filters store the same definition on the server. Presets are resolved against the plant's today each
 * time, so "last 7 days" saved on Monday means the last 7 days when applied on Friday.
 */
export const PRESETS = [
  'today',
  'yesterday',
  'this_week',
  'last_week',
  'last_7_days',
  'last_30_days',
  'last_90_days',
  'month_to_date',
  'year_to_date',
  'custom',
] as const
export type Preset = (typeof PRESETS)[number]
export const DEFAULT_PRESET: Preset = 'last_30_days'

export interface DashboardFilter {
  preset: Preset
  /** Only for custom: inclusive days "YYYY-MM-DD". */
  from: string | null
  to: string | null
  clientIds: number[]
  /** Several clients: one pooled set of numbers (true) or a column per client (false). */
  pooled: boolean
  shiftId: number | null
  lineId: number | null
  productId: number | null
}

export interface DayRange {
  from: string
  to: string
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Day of week of "YYYY-MM-DD", Monday = 0 … Sunday = 6 (weeks start on Monday, like the KPI API's weeks). */
function weekday(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7
}

/** The inclusive days a filter covers, given the plant's today. */
export function rangeOf(filter: Pick<DashboardFilter, 'preset' | 'from' | 'to'>, today: string): DayRange {
  const monday = addDays(today, -weekday(today))
  switch (filter.preset) {
    case 'today':
      return { from: today, to: today }
    case 'yesterday':
      return { from: addDays(today, -1), to: addDays(today, -1) }
    case 'this_week':
      return { from: monday, to: today }
    case 'last_week':
      return { from: addDays(monday, -7), to: addDays(monday, -1) }
    case 'last_7_days':
      return { from: addDays(today, -6), to: today }
    case 'last_30_days':
      return { from: addDays(today, -29), to: today }
    case 'last_90_days':
      return { from: addDays(today, -89), to: today }
    case 'month_to_date':
      return { from: `${today.slice(0, 8)}01`, to: today }
    case 'year_to_date':
      return { from: `${today.slice(0, 5)}01-01`, to: today }
    case 'custom':
      return filter.from && filter.to ? { from: filter.from, to: filter.to } : { from: addDays(today, -29), to: today }
  }
}

/** The filter a user starts with: the last 30 days of their selected client. */
export function defaultFilter(clientId: number | null): DashboardFilter {
  return {
    preset: DEFAULT_PRESET,
    from: null,
    to: null,
    clientIds: clientId === null ? [] : [clientId],
    pooled: true,
    shiftId: null,
    lineId: null,
    productId: null,
  }
}

type Query = Record<string, string | null | (string | null)[] | undefined>

function one(q: Query, key: string): string | null {
  const v = q[key]
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null)
}

function id(q: Query, key: string): number | null {
  const v = one(q, key)
  const n = v === null ? NaN : Number(v)
  return Number.isInteger(n) && n > 0 ? n : null
}

/**
 * Reads the filter from a route query; anything missing or malformed falls back to the default, and clients outside
 * `allowed` are dropped (a shared link never widens what the reader may see).
 */
export function fromQuery(q: Query, allowed: readonly number[], fallbackClient: number | null): DashboardFilter {
  const base = defaultFilter(fallbackClient)
  const preset = one(q, 'preset')
  const from = one(q, 'from')
  const to = one(q, 'to')
  const custom = preset === 'custom' && !!from && !!to && DAY.test(from) && DAY.test(to) && from <= to
  const clients = (one(q, 'client') ?? '')
    .split(',')
    .map(Number)
    .filter((n, i, all) => Number.isInteger(n) && n > 0 && allowed.includes(n) && all.indexOf(n) === i)
  return {
    preset: custom ? 'custom' : PRESETS.includes(preset as Preset) && preset !== 'custom' ? (preset as Preset) : base.preset,
    from: custom ? from : null,
    to: custom ? to : null,
    clientIds: clients.length ? clients : base.clientIds,
    pooled: one(q, 'mode') !== 'per_client',
    shiftId: id(q, 'shift'),
    lineId: id(q, 'line'),
    productId: id(q, 'product'),
  }
}

/** The query that carries a filter; defaults are left out so a plain link stays short. */
export function toQuery(f: DashboardFilter): Record<string, string> {
  const q: Record<string, string> = {}
  if (f.preset !== DEFAULT_PRESET) q.preset = f.preset
  if (f.preset === 'custom' && f.from && f.to) {
    q.from = f.from
    q.to = f.to
  }
  if (f.clientIds.length) q.client = [...f.clientIds].sort((a, b) => a - b).join(',')
  if (!f.pooled && f.clientIds.length > 1) q.mode = 'per_client'
  if (f.shiftId !== null) q.shift = String(f.shiftId)
  if (f.lineId !== null) q.line = String(f.lineId)
  if (f.productId !== null) q.product = String(f.productId)
  return q
}

export function sameFilter(a: DashboardFilter, b: DashboardFilter): boolean {
  return JSON.stringify(toQuery(a)) === JSON.stringify(toQuery(b))
}

/** A chip of the filter bar: what it says and which part of the filter closing it clears (null: not closable). */
export interface FilterChip {
  key: 'preset' | 'client' | 'shift' | 'line' | 'product' | 'mode'
  id?: number
}

/** The chips of a filter: the period always, each client when several, the pooled/per-client mode, shift, line, product. */
export function chipsOf(f: DashboardFilter): FilterChip[] {
  const chips: FilterChip[] = [{ key: 'preset' }]
  if (f.clientIds.length > 1) {
    f.clientIds.forEach((id) => chips.push({ key: 'client', id }))
    chips.push({ key: 'mode' })
  }
  if (f.shiftId !== null) chips.push({ key: 'shift', id: f.shiftId })
  if (f.lineId !== null) chips.push({ key: 'line', id: f.lineId })
  if (f.productId !== null) chips.push({ key: 'product', id: f.productId })
  return chips
}

/** The filter without what a closed chip stood for (the period goes back to the default preset). */
export function withoutChip(f: DashboardFilter, chip: FilterChip): DashboardFilter {
  switch (chip.key) {
    case 'preset':
      return { ...f, preset: DEFAULT_PRESET, from: null, to: null }
    case 'client':
      return f.clientIds.length > 1 ? { ...f, clientIds: f.clientIds.filter((c) => c !== chip.id) } : f
    case 'mode':
      return { ...f, pooled: true }
    case 'shift':
      return { ...f, shiftId: null }
    case 'line':
      return { ...f, lineId: null }
    case 'product':
      return { ...f, productId: null }
  }
}

/** The window a sparkline covers: the filter's days, but at least 14 so a one-day filter still shows a line. */
export function sparkRange(range: DayRange): DayRange {
  const minFrom = addDays(range.to, -13)
  return { from: range.from < minFrom ? range.from : minFrom, to: range.to }
}

/** Days in a range (inclusive). */
export function daysIn(range: DayRange): number {
  const a = Date.parse(`${range.from}T00:00:00Z`)
  const b = Date.parse(`${range.to}T00:00:00Z`)
  return Math.round((b - a) / 86_400_000) + 1
}

/** The sparkline's granularity: days up to 92 days, weeks up to two years, else months. */
export function sparkGranularity(range: DayRange): 'day' | 'week' | 'month' {
  const n = daysIn(range)
  return n <= 92 ? 'day' : n <= 731 ? 'week' : 'month'
}
