import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import en from '@/i18n/en'
import es from '@/i18n/es'
import {
  blankDowntime,
  blankProduction,
  blankQuality,
  clockMinutes,
  downtimeReadBack,
  downtimeRequest,
  productionReadBack,
  productionRequest,
  qualityReadBack,
  qualityRequest,
  readBackSentence,
  validateDowntime,
  validateProduction,
  validateQuality,
  type EntryContext,
  type Words,
} from '@/views/myShift/quickEntry'

function words(locale: 'en' | 'es'): Words {
  const i18n = createI18n({ legacy: false, locale, messages: { en, es } })
  const g = i18n.global
  return {
    t: (key, params, plural) => (plural === undefined ? g.t(key, params ?? {}) : g.t(key, params ?? {}, plural)),
    n: (v) => g.n(v),
  }
}

const CTX: EntryContext = {
  clientId: 7,
  day: '2026-05-11',
  dayText: '11 May 2026',
  shiftId: 3,
  shiftName: 'Night',
  lineId: 12,
  lineName: 'L1 — Line 1',
  workOrderId: 40,
  workOrderNumber: 'WO-1040',
  productId: null,
  productName: null,
  shiftHours: 8,
}

describe('production quick entry', () => {
  it('needs units; defects, run time and crew are optional but checked', () => {
    expect(validateProduction(blankProduction(), CTX)).toEqual({ units: { key: 'validation.required' } })
    const form = { units: '120', defects: '130', runTime: '8.5', crew: '0' }
    expect(validateProduction(form, CTX)).toEqual({
      defects: { key: 'myShift.rule.defectsOverUnits', params: { units: 120 } },
      runTime: { key: 'myShift.rule.runTimeMax', params: { hours: 8 } },
      crew: { key: 'myShift.rule.range', params: { min: 1, max: 1000 } },
    })
    expect(validateProduction({ units: '12.5', defects: '', runTime: '7,25', crew: '' }, CTX)).toEqual({
      units: { key: 'myShift.rule.wholeNumber' },
    })
  })

  it('needs the work order or the product', () => {
    const noOrder = { ...CTX, workOrderId: null, workOrderNumber: null }
    expect(validateProduction({ ...blankProduction(), units: '5' }, noOrder)).toEqual({ product: { key: 'myShift.rule.orderOrProduct' } })
  })

  it('becomes a confirmed request for the line, shift run and order', () => {
    expect(productionRequest({ units: '120', defects: '', runTime: '7,5', crew: '4' }, CTX)).toEqual({
      client_id: 7,
      shift_date: '2026-05-11',
      shift_id: 3,
      line_id: 12,
      work_order_id: 40,
      units_produced: 120,
      defect_count: 0,
      run_time_hours: 7.5,
      employees_assigned: 4,
      confirmed: true,
    })
    const byProduct = productionRequest({ ...blankProduction(), units: '3' }, { ...CTX, workOrderId: null, productId: 5 })
    expect(byProduct).toMatchObject({ product_id: 5, units_produced: 3 })
    expect(byProduct).not.toHaveProperty('work_order_id')
    expect(byProduct).not.toHaveProperty('run_time_hours')
  })

  it('reads back every value in words', () => {
    const items = productionReadBack({ units: '1200', defects: '1', runTime: '7.5', crew: '4' }, CTX, words('en'))
    expect(items).toEqual([
      { label: 'Line', value: 'L1 — Line 1' },
      { label: 'Shift', value: 'Night, production day 11 May 2026' },
      { label: 'Work order', value: 'WO-1040' },
      { label: 'Units produced', value: '1,200 units' },
      { label: 'Defects', value: '1 defect' },
      { label: 'Run time (h)', value: '7.5 h' },
      { label: 'Crew', value: '4 people' },
    ])
    expect(readBackSentence(items)).toBe('L1 — Line 1 · Night, production day 11 May 2026 · WO-1040 · 1,200 units · 1 defect · 7.5 h · 4 people')
  })

  it('says what is left to the server, in Spanish too', () => {
    const noOrder = { ...CTX, workOrderId: null, workOrderNumber: null, productId: 5, productName: 'P-100' }
    const items = productionReadBack({ units: '0', defects: '', runTime: '', crew: '' }, noOrder, words('es'))
    expect(items.map((i) => i.value)).toEqual([
      'L1 — Line 1',
      'Night, día de producción 11 May 2026',
      'Sin orden de trabajo (P-100)',
      '0 unidades',
      'sin defectos',
      'el tiempo programado del turno',
      'sin indicar',
    ])
  })
})

describe('downtime quick entry', () => {
  it('needs a reason and minutes, or a start and an end', () => {
    expect(validateDowntime(blankDowntime())).toEqual({ reasonId: { key: 'validation.required' }, minutes: { key: 'validation.required' } })
    expect(validateDowntime({ ...blankDowntime(), reasonId: 2, minutes: '1441' })).toEqual({
      minutes: { key: 'myShift.rule.range', params: { min: 1, max: 1440 } },
    })
    expect(validateDowntime({ ...blankDowntime(), reasonId: 2, byClock: true, start: '25:00', end: '' })).toEqual({
      start: { key: 'myShift.rule.clock' },
      end: { key: 'validation.required' },
    })
    expect(validateDowntime({ ...blankDowntime(), reasonId: 2, byClock: true, start: '10:00', end: '10:00' })).toEqual({
      end: { key: 'myShift.rule.endAfterStart' },
    })
  })

  it('counts minutes across midnight', () => {
    expect(clockMinutes('23:40', '00:15')).toBe(35)
    expect(clockMinutes('06:00', '06:45')).toBe(45)
    expect(clockMinutes('06:00', '')).toBeNull()
  })

  it('sends minutes or clock times, and reads them back', () => {
    const f = { ...blankDowntime(), reasonId: 2, byClock: true, start: '23:40', end: '00:15', note: ' belt ' }
    expect(downtimeRequest(f, CTX)).toEqual({
      client_id: 7,
      shift_date: '2026-05-11',
      shift_id: 3,
      line_id: 12,
      work_order_id: 40,
      reason_id: 2,
      start_time: '23:40',
      end_time: '00:15',
      notes: 'belt',
    })
    expect(downtimeReadBack(f, 'Equipment failure', CTX, words('en')).slice(3)).toEqual([
      { label: 'Reason', value: 'Equipment failure' },
      { label: 'Duration', value: '23:40 to 00:15 (35 minutes)' },
      { label: 'Note', value: 'belt' },
    ])
    const byMinutes = { ...blankDowntime(), reasonId: 2, minutes: '1' }
    expect(downtimeRequest(byMinutes, CTX)).toMatchObject({ duration_minutes: 1 })
    expect(downtimeReadBack(byMinutes, 'Setup', CTX, words('en'))[4]).toEqual({ label: 'Duration', value: '1 minute' })
  })
})

describe('quality quick entry', () => {
  it('checks inspected ≥ defective and defects ≥ defective', () => {
    expect(validateQuality(blankQuality('FINAL'), CTX)).toEqual({
      inspected: { key: 'validation.required' },
      defective: { key: 'validation.required' },
    })
    expect(validateQuality({ stage: null, inspected: '10', defective: '11', defects: '' }, CTX)).toEqual({
      stage: { key: 'validation.required' },
      defective: { key: 'myShift.rule.defectiveOverInspected', params: { inspected: 10 } },
    })
    expect(validateQuality({ stage: 'FINAL', inspected: '10', defective: '3', defects: '2' }, CTX)).toEqual({
      defects: { key: 'myShift.rule.defectsUnderDefective', params: { defective: 3 } },
    })
    expect(validateQuality({ stage: 'FINAL', inspected: '0', defective: '0', defects: '' }, CTX)).toEqual({
      inspected: { key: 'myShift.rule.range', params: { min: 1, max: 1_000_000 } },
    })
  })

  it('sends the stage and counts, and reads the defects back as the defective units when not given', () => {
    const f = { stage: 'FINAL', inspected: '50', defective: '2', defects: '' }
    expect(qualityRequest(f, CTX)).toEqual({
      client_id: 7,
      shift_date: '2026-05-11',
      shift_id: 3,
      work_order_id: 40,
      inspection_stage: 'FINAL',
      units_inspected: 50,
      units_defective: 2,
    })
    expect(qualityReadBack(f, 'Final', CTX, words('en')).slice(3).map((i) => i.value)).toEqual(['Final', '50 units', '2 units', '2 defects'])
  })
})
