import type { KpiSettings, KpiValue } from '@/api/types'

/**
 * Pure helpers of the KPI explanation: how a value, its parts and its confidence are written, which colour a status
 * has, which inputs were inferred and which client settings change the number (KPI.md §1.5, §5, §6). The server
 * decides the status (it knows the direction and the levels in force); nothing here recomputes a KPI.
 */

/** The engine's KPIs, in the order of KPI.md §3. */
export const KPI_IDS = [
  'availability',
  'performance',
  'quality_rate',
  'oee',
  'efficiency',
  'throughput',
  'ppm',
  'dpmo',
  'fpy',
  'rty',
  'otd',
  'true_otd',
  'wip_aging',
  'absenteeism',
] as const
export type KpiId = (typeof KPI_IDS)[number]

/** The production KPIs each entry has (the entry grid's columns, the My Shift strip). */
export const ENTRY_KPIS = ['availability', 'performance', 'quality_rate', 'oee', 'efficiency'] as const satisfies readonly KpiId[]

const LOWER_IS_BETTER = new Set<string>(['ppm', 'dpmo', 'wip_aging', 'absenteeism'])

export function lowerIsBetter(kpi: string): boolean {
  return LOWER_IS_BETTER.has(kpi)
}

export type Status = 'green' | 'amber' | 'red' | 'no_data'

export function statusOf(v: Pick<KpiValue, 'status' | 'value'> | null | undefined): Status {
  if (!v || v.value === null) return 'no_data'
  return v.status === 'green' || v.status === 'amber' || v.status === 'red' ? v.status : 'no_data'
}

/** Vuetify colour of a status (the same names for lower-is-better KPIs: green is always good). */
export function statusColor(status: Status): string {
  return { green: 'success', amber: 'warning', red: 'error', no_data: 'grey' }[status]
}

/** i18n key of a status's words, which read differently when lower is better ("above target"). */
export function statusKey(kpi: string, status: Status): string {
  return `kpi.${lowerIsBetter(kpi) ? 'statusLower' : 'status'}.${status}`
}

export type NumberFormat = (value: number, digits: { min?: number; max: number }) => string

/** Locale number formatting with fixed decimals (Intl), shared by every piece below. */
export function numberFormat(locale: string): NumberFormat {
  const cache = new Map<string, Intl.NumberFormat>()
  return (value, { min = 0, max }) => {
    const key = `${min}/${max}`
    let f = cache.get(key)
    if (!f) {
      f = new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max })
      cache.set(key, f)
    }
    return f.format(value)
  }
}

/** "76.92 %", "1 234 ppm", "3.5 days"; null when there is no value. Values come rounded from the server. */
export function valueText(v: Pick<KpiValue, 'value' | 'unit'> | null | undefined, fmt: NumberFormat): string | null {
  if (!v || v.value === null || v.value === undefined) return null
  const number = fmt(v.value, { max: 2 })
  return v.unit === '%' ? `${number} %` : v.unit ? `${number} ${v.unit}` : number
}

/** A numerator or denominator (unrounded pooled sums): up to 4 decimals, enough to redo the division by hand. */
export function partText(value: number | null | undefined, fmt: NumberFormat): string {
  return value === null || value === undefined ? '—' : fmt(value, { max: 4 })
}

/** A confidence 0–1 as a percentage ("80 %"). */
export function confidenceText(value: number | null | undefined, fmt: NumberFormat): string {
  return value === null || value === undefined ? '—' : `${fmt(value * 100, { max: 1 })} %`
}

/** A level of the KPI's unit ("90 %", "500 ppm"). */
export function levelText(value: number, unit: string, fmt: NumberFormat): string {
  return valueText({ value, unit }, fmt)!
}

/** Whether any input of the value was inferred (the grid's marker). */
export function hasInferred(v: Pick<KpiValue, 'inferred'> | null | undefined): boolean {
  return !!v && v.inferred.length > 0
}

/** OEE's factors in the same scope, when all three are known: "a user can multiply the three cards and get the fourth". */
export const OEE_FACTORS = ['availability', 'performance', 'quality_rate'] as const

export function oeeFactors(kpi: string, related: Readonly<Record<string, KpiValue>> | undefined): KpiValue[] | null {
  if (kpi !== 'oee' || !related) return null
  const factors = OEE_FACTORS.map((k) => related[k])
  return factors.every((f): f is KpiValue => !!f && f.value !== null) ? factors : null
}

/** The client settings that can change a KPI's number (KPI.md §6), in a stable order. */
const SETTINGS_OF: Record<string, readonly (keyof KpiSettings)[]> = {
  availability: ['setup_as_planned', 'default_shift_hours'],
  performance: ['setup_as_planned', 'default_shift_hours', 'default_cycle_time_hours'],
  quality_rate: [],
  oee: ['setup_as_planned', 'default_shift_hours', 'default_cycle_time_hours'],
  efficiency: ['default_shift_hours', 'default_cycle_time_hours', 'default_crew_size'],
  throughput: ['setup_as_planned', 'default_shift_hours'],
  ppm: [],
  dpmo: ['default_dpmo_opportunities'],
  fpy: ['inspection_stages'],
  rty: ['inspection_stages'],
  otd: ['default_lead_time_days', 'default_shift_hours'],
  true_otd: ['default_lead_time_days', 'default_shift_hours'],
  wip_aging: ['wip_bucket_edges'],
  absenteeism: ['counted_absence_types'],
}

export interface SettingLine {
  key: keyof KpiSettings
  /** The value as written (lists joined, booleans as yes/no by the caller's words); null when not set. */
  value: string | boolean | null
}

export function settingsFor(kpi: string, settings: KpiSettings | null | undefined, fmt: NumberFormat): SettingLine[] {
  if (!settings) return []
  return (SETTINGS_OF[kpi] ?? []).map((key) => {
    const raw = settings[key] as unknown
    if (raw === null || raw === undefined) return { key, value: null }
    if (typeof raw === 'boolean') return { key, value: raw }
    if (Array.isArray(raw)) return { key, value: raw.length ? raw.map((x) => (typeof x === 'number' ? fmt(x, { max: 4 }) : String(x))).join(', ') : null }
    return { key, value: typeof raw === 'number' ? fmt(raw, { max: 4 }) : String(raw) }
  })
}

/** i18n keys of an inferred input and its rule; unknown identifiers are shown as they are. */
export function inferredKeys(i: { input: string; rule: string }): { input: string; rule: string } {
  return { input: `kpi.input.${i.input}`, rule: `kpi.rule.${i.rule}` }
}
