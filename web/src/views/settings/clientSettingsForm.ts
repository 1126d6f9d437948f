import type { AbsenceType, ClientSettingsValues, DateOrder, SettingsBody } from '@/api/types'
import { parseDecimal } from '@/utils/kpiTargets'

/** The settings form as typed (numbers as text) and its conversion to the API body. */
export interface SettingsForm {
  setupAsPlanned: boolean
  countedAbsenceTypes: AbsenceType[]
  wipBucketEdges: string
  bradfordWindowWeeks: string
  bradfordBands: [string, string, string]
  defaultCrewSize: string
  defaultCycleTimeHours: string
  defaultShiftHours: string
  defaultLeadTimeDays: string
  defaultDpmoOpportunities: string
  operatorBackdatingDays: string
  dateOrder: DateOrder
}

const text = (v: number | null): string => (v === null ? '' : String(v))

export function toForm(s: ClientSettingsValues): SettingsForm {
  return {
    setupAsPlanned: s.setup_as_planned,
    countedAbsenceTypes: [...s.counted_absence_types],
    wipBucketEdges: s.wip_bucket_edges.join(', '),
    bradfordWindowWeeks: String(s.bradford_window_weeks),
    bradfordBands: [text(s.bradford_bands[0] ?? null), text(s.bradford_bands[1] ?? null), text(s.bradford_bands[2] ?? null)],
    defaultCrewSize: text(s.default_crew_size),
    defaultCycleTimeHours: text(s.default_cycle_time_hours),
    defaultShiftHours: text(s.default_shift_hours),
    defaultLeadTimeDays: text(s.default_lead_time_days),
    defaultDpmoOpportunities: String(s.default_dpmo_opportunities),
    operatorBackdatingDays: String(s.operator_backdating_days),
    dateOrder: s.date_order,
  }
}

export type FormProblem = 'integer' | 'number' | 'required' | 'list'

const int = (raw: string): number => (/^\s*-?\d+\s*$/.test(raw) ? Number(raw) : Number.NaN)

/**
 * The API body, or the fields that are not numbers at all (ranges and order are the server's to judge,
 * and its messages are shown on the fields).
 */
export function toBody(f: SettingsForm, version: number): { body: SettingsBody } | { problems: Record<string, FormProblem> } {
  const problems: Record<string, FormProblem> = {}
  const need = (field: string, raw: string, parse: (r: string) => number, optional = false): number | undefined => {
    if (raw.trim() === '') {
      if (!optional) problems[field] = 'required'
      return undefined
    }
    const n = parse(raw)
    if (Number.isNaN(n)) problems[field] = parse === int ? 'integer' : 'number'
    return n
  }
  const edges = f.wipBucketEdges.split(/[,;\s]+/).filter((x) => x !== '').map(int)
  if (edges.length === 0 || edges.some(Number.isNaN)) problems.wip_bucket_edges = 'list'
  const bands = f.bradfordBands.map((b) => need('bradford_bands', b, int) ?? Number.NaN)
  const body: SettingsBody = {
    setup_as_planned: f.setupAsPlanned,
    counted_absence_types: [...f.countedAbsenceTypes],
    wip_bucket_edges: edges,
    bradford_window_weeks: need('bradford_window_weeks', f.bradfordWindowWeeks, int) ?? 0,
    bradford_bands: bands,
    default_crew_size: need('default_crew_size', f.defaultCrewSize, int, true),
    default_cycle_time_hours: need('default_cycle_time_hours', f.defaultCycleTimeHours, parseDecimal, true),
    default_shift_hours: need('default_shift_hours', f.defaultShiftHours, parseDecimal) ?? 0,
    default_lead_time_days: need('default_lead_time_days', f.defaultLeadTimeDays, int, true),
    default_dpmo_opportunities: need('default_dpmo_opportunities', f.defaultDpmoOpportunities, int) ?? 0,
    operator_backdating_days: need('operator_backdating_days', f.operatorBackdatingDays, int) ?? 0,
    date_order: f.dateOrder,
    version,
  }
  return Object.keys(problems).length ? { problems } : { body }
}
