import { describe, expect, it } from 'vitest'
import { toProblem } from '@/utils/problem'
import { mapNestedFieldErrors, parseFieldPath } from '@/utils/nestedErrors'
import {
  blankJob,
  blankOrderForm,
  checkOrderForm,
  createRequest,
  JOB_FIELDS,
  nextSequence,
  normalizeNumber,
  ORDER_FIELDS,
  updateRequest,
} from '@/utils/workOrderForm'
import { dayIn, formatDay } from '@/utils/format'
import { isOverdue } from '@/utils/workOrders'

describe('problem detail → nested form fields', () => {
  it('parses field paths of rows, in snake_case or camelCase', () => {
    expect(parseFieldPath('jobs[1].sequence')).toEqual({ list: 'jobs', index: 1, key: 'sequence' })
    expect(parseFieldPath('jobs[0].lineId')).toEqual({ list: 'jobs', index: 0, key: 'line_id' })
    expect(parseFieldPath('planned_ship_date')).toEqual({ key: 'planned_ship_date' })
  })

  it('puts row errors on their row, form errors on the form, the rest in the alert', () => {
    const problem = toProblem(
      {
        status: 422,
        errors: [
          { field: 'planned_ship_date', message: 'cannot be before the planned start date (2026-04-10)' },
          { field: 'jobs[1].sequence', message: 'sequence 10 is used twice' },
          { field: 'jobs[1].sequence', message: 'sequence 10 is used twice' },
          { field: 'jobs[0].line_id', message: 'line 99 is inactive' },
          { field: 'jobs[0].planned_hours', message: 'too many' },
          { field: 'version', message: 'stale' },
          { field: '', message: 'something general' },
        ],
      },
      422,
    )
    const out = mapNestedFieldErrors(problem, ORDER_FIELDS, { jobs: JOB_FIELDS })
    expect(out.fields).toEqual({ planned_ship_date: ['cannot be before the planned start date (2026-04-10)'] })
    expect(out.rows).toEqual({
      jobs: { 1: { sequence: ['sequence 10 is used twice'] }, 0: { line_id: ['line 99 is inactive'] } },
    })
    expect(out.other).toEqual(['jobs[0].planned_hours: too many', 'version: stale', 'something general'])
  })
})

describe('work-order form', () => {
  const valid = () => ({
    ...blankOrderForm(3),
    number: 'WO-9',
    productId: 11,
    plannedQuantity: '500',
    plannedStartDate: '2026-04-01',
    jobs: [{ ...blankJob(10), operationName: 'Cut', lineId: 2, plannedQuantity: '500' }],
  })

  it('upper-cases order numbers and drops spaces while typing', () => {
    expect(normalizeNumber(' wo 12-a ')).toBe('WO12-A')
  })

  it('numbers new routing steps 10, 20, 30 …', () => {
    expect(nextSequence([])).toBe(10)
    expect(nextSequence([blankJob(10), blankJob(25)])).toBe(30)
  })

  it('accepts a valid form and reports each bad field with an i18n key', () => {
    expect(checkOrderForm(valid(), true)).toEqual({ fields: {}, rows: {} })
    const bad = { ...valid(), number: '-X', productId: null, plannedQuantity: '0', cycleHours: '25' }
    bad.jobs = [{ ...bad.jobs[0]!, sequence: '', operationName: ' ' }]
    const check = checkOrderForm(bad, true)
    expect(check.fields).toEqual({
      number: { key: 'workOrders.validation.numberPattern' },
      product_id: { key: 'validation.required' },
      planned_quantity: { key: 'workOrders.validation.range', params: { min: 1, max: 10_000_000 } },
      ideal_cycle_time_hours: { key: 'workOrders.validation.cycle' },
    })
    expect(check.rows).toEqual({ 0: { sequence: { key: 'validation.required' }, operation_name: { key: 'validation.required' } } })
  })

  it('leaves date order to the server (its message lands on the field)', () => {
    expect(checkOrderForm({ ...valid(), plannedShipDate: '2026-03-01' }, true).fields).toEqual({})
  })

  it('builds create and update bodies; empty optional fields are left out', () => {
    const body = createRequest(valid())
    expect(body).toMatchObject({ client_id: 3, number: 'WO-9', product_id: 11, priority: 'NORMAL', planned_quantity: 500 })
    expect(body.planned_start_date).toBe('2026-04-01')
    expect(body.planned_ship_date).toBeUndefined()
    expect(body.jobs).toEqual([{ sequence: 10, operation_code: undefined, operation_name: 'Cut', line_id: 2, planned_quantity: 500 }])
    expect(updateRequest({ ...valid(), version: 4, cycleHours: '0,25' })).toMatchObject({ version: 4, ideal_cycle_time_hours: 0.25 })
  })
})

describe('dates of the plant', () => {
  it('formats plant days without shifting them', () => {
    expect(formatDay('2026-03-01', 'en')).toBe('Mar 1, 2026')
    expect(formatDay(null)).toBe('')
  })

  it('knows the plant day in its own time zone', () => {
    const instant = new Date('2026-03-01T03:00:00Z')
    expect(dayIn('America/Mexico_City', instant)).toBe('2026-02-28')
    expect(dayIn('Europe/Madrid', instant)).toBe('2026-03-01')
  })

  it('marks open orders past their promised date as overdue', () => {
    const o = { status: 'ACTIVE' as const, planned_ship_date: '2026-03-01', required_date: '2026-03-05' }
    expect(isOverdue(o, '2026-03-02')).toBe(true)
    expect(isOverdue(o, '2026-03-01')).toBe(false)
    expect(isOverdue({ ...o, status: 'COMPLETED' }, '2026-04-01')).toBe(false)
    expect(isOverdue({ ...o, planned_ship_date: null }, '2026-03-04')).toBe(false)
    expect(isOverdue({ ...o, planned_ship_date: null }, '2026-03-06')).toBe(true)
  })
})
