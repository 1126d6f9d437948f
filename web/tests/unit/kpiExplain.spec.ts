import { describe, expect, it } from 'vitest'
import type { KpiSettings, KpiValue } from '@/api/types'
import { kpiCellText, kpiColId, kpiOfColId, shownKpi } from '@/components/entry/kpiColumns'
import type { EntryRow } from '@/components/entry/rows'
import {
  confidenceText,
  ENTRY_KPIS,
  hasInferred,
  KPI_IDS,
  levelText,
  numberFormat,
  oeeFactors,
  partText,
  settingsFor,
  statusColor,
  statusKey,
  statusOf,
  valueText,
} from '@/components/kpi/kpiExplain'
import kpiEn from '@/i18n/kpi.en'
import kpiEs from '@/i18n/kpi.es'

const en = numberFormat('en')
const es = numberFormat('es')

function value(patch: Partial<KpiValue> = {}): KpiValue {
  return {
    kpi: 'oee',
    value: 76.92,
    unit: '%',
    numerator: 5,
    denominator: 6.5,
    record_count: 1,
    target: { target: 85, warning: 75, critical: 60 },
    status: 'amber',
    confidence: 0.8,
    min_confidence: 0.8,
    inferred: [{ input: 'run_time', rule: 'pbt_minus_udt', records: 1, confidence: 0.8 }],
    inferred_share: 1,
    warnings: [],
    details: null,
    ...patch,
  }
}

const settings: KpiSettings = {
  setup_as_planned: false,
  counted_absence_types: ['UNSCHEDULED_ABSENCE', 'MEDICAL_LEAVE'],
  wip_bucket_edges: [7, 14, 30],
  bradford_window_weeks: 52,
  bradford_bands: [50, 200, 400],
  default_crew_size: null,
  default_cycle_time_hours: 0.025,
  default_shift_hours: 8,
  default_lead_time_days: null,
  default_dpmo_opportunities: 1,
  inspection_stages: ['INCOMING', 'FINAL'],
}

describe('KPI values in words and numbers', () => {
  it('writes a value with its unit in the user’s number format, and nothing when there is no data', () => {
    expect(valueText(value(), en)).toBe('76.92 %')
    expect(valueText(value(), es)).toBe('76,92 %')
    expect(valueText(value({ value: 1234.5, unit: 'ppm' }), en)).toBe('1,234.5 ppm')
    expect(valueText(value({ value: null, status: 'no_data' }), en)).toBeNull()
  })

  it('keeps numerator and denominator precise enough to redo the division', () => {
    expect(partText(6.5, en)).toBe('6.5')
    expect(partText(11.666666, en)).toBe('11.6667')
    expect(partText(null, en)).toBe('—')
  })

  it('writes confidences and levels as the user reads them', () => {
    expect(confidenceText(0.9071, en)).toBe('90.7 %')
    expect(confidenceText(1, en)).toBe('100 %')
    expect(confidenceText(null, en)).toBe('—')
    expect(levelText(500, 'ppm', en)).toBe('500 ppm')
  })

  it('takes the status from the server, with words that follow the KPI’s direction', () => {
    expect(statusOf(value())).toBe('amber')
    expect(statusOf(value({ value: null, status: 'no_data' }))).toBe('no_data')
    expect(statusOf(null)).toBe('no_data')
    // a lower-is-better KPI is green when low: the colour is the server's, only the words change
    expect(statusColor(statusOf(value({ kpi: 'ppm', unit: 'ppm', value: 200, status: 'green' })))).toBe('success')
    expect(statusColor('red')).toBe('error')
    expect(statusKey('oee', 'amber')).toBe('kpi.status.amber')
    expect(statusKey('absenteeism', 'amber')).toBe('kpi.statusLower.amber')
    expect(kpiEn.statusLower.amber).toMatch(/above/i)
  })

  it('tells when inputs were inferred', () => {
    expect(hasInferred(value())).toBe(true)
    expect(hasInferred(value({ inferred: [] }))).toBe(false)
  })

  it('names the settings that change each KPI, with their values', () => {
    expect(settingsFor('efficiency', settings, en)).toEqual([
      { key: 'default_shift_hours', value: '8' },
      { key: 'default_cycle_time_hours', value: '0.025' },
      { key: 'default_crew_size', value: null },
    ])
    expect(settingsFor('availability', settings, en)[0]).toEqual({ key: 'setup_as_planned', value: false })
    expect(settingsFor('absenteeism', settings, en)).toEqual([{ key: 'counted_absence_types', value: 'UNSCHEDULED_ABSENCE, MEDICAL_LEAVE' }])
    expect(settingsFor('quality_rate', settings, en)).toEqual([])
    expect(settingsFor('oee', null, en)).toEqual([])
  })
})

describe('OEE as the product of its factors', () => {
  it('lists availability, performance and quality of the same scope when all three have values', () => {
    const related = {
      availability: value({ kpi: 'availability', value: 92.31 }),
      performance: value({ kpi: 'performance', value: 83.33 }),
      quality_rate: value({ kpi: 'quality_rate', value: 100 }),
    }
    expect(oeeFactors('oee', related)?.map((f) => f.kpi)).toEqual(['availability', 'performance', 'quality_rate'])
    expect(oeeFactors('availability', related)).toBeNull()
    expect(oeeFactors('oee', { ...related, performance: value({ kpi: 'performance', value: null }) })).toBeNull()
    expect(oeeFactors('oee', undefined)).toBeNull()
  })
})

describe('KPI explanation messages', () => {
  it('explain every KPI of the engine in English and Spanish', () => {
    for (const messages of [kpiEn, kpiEs]) {
      for (const id of KPI_IDS) {
        expect(messages.name[id], id).toBeTruthy()
        expect(messages.formula[id], id).toBeTruthy()
        expect(messages.numerator[id], id).toBeTruthy()
        expect(messages.denominator[id], id).toBeTruthy()
      }
      for (const id of ENTRY_KPIS) expect(messages.short[id], id).toBeTruthy()
    }
  })

  it('name every inference rule of KPI.md §7 and every setting they show', () => {
    const rules = ['pbt_minus_udt', 'pbt', 'best_demonstrated_rate', 'client_default', 'employees_present', 'line_shift_30d_average', 'client_default_crew_size', 'required_date', 'planned_start_plus_work_content', 'planned_start_plus_lead_time', 'first_production_day', 'planned_start', 'created_date']
    for (const messages of [kpiEn, kpiEs]) {
      for (const r of rules) expect((messages.rule as Record<string, string>)[r], r).toBeTruthy()
      for (const id of KPI_IDS) {
        for (const s of settingsFor(id, settings, en)) expect((messages.setting as Record<string, string>)[s.key], s.key).toBeTruthy()
      }
    }
  })
})

describe('KPI cells of the entry grid', () => {
  const stored = { key: 's7', id: 7, version: 1, values: {}, invalid: {}, original: {}, serverErrors: {}, conflict: false } as EntryRow
  const fresh = { ...stored, key: 'n1', id: null, original: null } as EntryRow
  const words = { t: (k: string) => ({ 'kpi.status.amber': 'Below target', 'kpi.inferredMark': 'includes inferred inputs' })[k] ?? k, fmt: () => en }

  it('show a saved row’s value and leave unsaved rows empty', () => {
    const valueOf = () => value()
    expect(shownKpi(stored, 'oee', valueOf)?.value).toBe(76.92)
    expect(shownKpi(fresh, 'oee', valueOf)).toBeNull()
    expect(shownKpi(undefined, 'oee', valueOf)).toBeNull()
  })

  it('say the value, the status and the inferred inputs to a screen reader', () => {
    expect(kpiCellText('oee', value(), words)).toEqual({ text: '76.92 %', label: '76.92 %, Below target, includes inferred inputs' })
    expect(kpiCellText('oee', null, words)).toEqual({ text: '', label: '' })
    expect(kpiCellText('oee', value({ value: null, status: 'no_data', inferred: [] }), words).text).toBe('—')
  })

  it('tell KPI columns from entry columns', () => {
    expect(kpiOfColId(kpiColId('quality_rate'))).toBe('quality_rate')
    expect(kpiOfColId('units_produced')).toBeNull()
  })
})
