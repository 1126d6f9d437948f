import { describe, expect, it } from 'vitest'
import type { ClientSettingsValues, Product } from '@/api/types'
import { productUpdate } from '@/utils/catalogBodies'
import { defaultLevels, levelsText, parseDecimal } from '@/utils/kpiTargets'
import { parseOpportunities } from '@/utils/opportunities'
import { toBody, toForm } from '@/views/settings/clientSettingsForm'

describe('defect opportunities per unit', () => {
  it('accepts whole numbers 1–1 000 000 (with thousands separators) and empty for the client default', () => {
    expect(parseOpportunities('12')).toEqual({ ok: true, value: 12 })
    expect(parseOpportunities(' 1 000 000 ')).toEqual({ ok: true, value: 1_000_000 })
    expect(parseOpportunities('1,000')).toEqual({ ok: true, value: 1000 })
    expect(parseOpportunities('')).toEqual({ ok: true, value: null })
    expect(parseOpportunities(null)).toEqual({ ok: true, value: null })
  })

  it('refuses fractions, words, zero, negatives and more than a million', () => {
    expect(parseOpportunities('2.5')).toEqual({ ok: false, error: 'integer' })
    expect(parseOpportunities('abc')).toEqual({ ok: false, error: 'integer' })
    expect(parseOpportunities('0')).toEqual({ ok: false, error: 'range' })
    expect(parseOpportunities('-3')).toEqual({ ok: false, error: 'range' })
    expect(parseOpportunities('1000001')).toEqual({ ok: false, error: 'range' })
  })
})

describe('update bodies rebuilt from a record', () => {
  const product: Product = {
    id: 4,
    client_id: 1,
    code: 'P-1',
    name: 'Widget',
    description: null,
    ideal_cycle_time_hours: 0.0025,
    unit_of_measure: 'units',
    defect_opportunities: 12,
    active: true,
    version: 3,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  }

  it('resend every field (an omitted one would be cleared), nulls left out', () => {
    expect(productUpdate(product)).toEqual({
      name: 'Widget',
      description: undefined,
      ideal_cycle_time_hours: 0.0025,
      unit_of_measure: 'units',
      defect_opportunities: 12,
      active: true,
      version: 3,
    })
  })
})

describe('client settings form', () => {
  // inspection_stages is not edited by this form (a change that leaves it out keeps the current list)
  const settings = {
    setup_as_planned: false,
    counted_absence_types: ['UNSCHEDULED_ABSENCE', 'MEDICAL_LEAVE'],
    wip_bucket_edges: [7, 14, 30],
    bradford_window_weeks: 52,
    bradford_bands: [50, 200, 400],
    default_crew_size: null,
    default_cycle_time_hours: null,
    default_shift_hours: 8,
    default_lead_time_days: 5,
    default_dpmo_opportunities: 1,
    operator_backdating_days: 7,
    date_order: 'DMY',
    version: 2,
  } as ClientSettingsValues

  it('round-trips the settings through the form, optional empties omitted', () => {
    const out = toBody(toForm(settings), 2)
    expect(out).toEqual({
      body: {
        ...settings,
        counted_absence_types: ['UNSCHEDULED_ABSENCE', 'MEDICAL_LEAVE'],
        default_crew_size: undefined,
        default_cycle_time_hours: undefined,
      },
    })
  })

  it('reads lists and decimals as people type them', () => {
    const form = { ...toForm(settings), wipBucketEdges: '5; 10 20', defaultShiftHours: '7,5' }
    const out = toBody(form, 2)
    expect('body' in out && out.body.wip_bucket_edges).toEqual([5, 10, 20])
    expect('body' in out && out.body.default_shift_hours).toBe(7.5)
  })

  it('names the fields that are not numbers (ranges are left to the server)', () => {
    const form = { ...toForm(settings), wipBucketEdges: '7, x', defaultShiftHours: '', defaultCrewSize: '2.5', bradfordWindowWeeks: '999' }
    expect(toBody(form, 2)).toEqual({ problems: { wip_bucket_edges: 'list', default_shift_hours: 'required', default_crew_size: 'integer' } })
  })
})

describe('KPI target levels', () => {
  it('shows the defaults the API reports beside a client\'s own levels', () => {
    const ppm = { target: 300, warning: 600, critical: 900, default_target: 500, default_warning: 1000, default_critical: 2000 }
    expect(defaultLevels(ppm)).toEqual({ target: 500, warning: 1000, critical: 2000 })
    expect(levelsText(defaultLevels(ppm), String)).toBe('500 / 1000 / 2000')
  })

  it('parses decimals with a point or a comma', () => {
    expect(parseDecimal('97,5')).toBe(97.5)
    expect(parseDecimal(' 90 ')).toBe(90)
    expect(parseDecimal('9o')).toBeNaN()
  })
})
