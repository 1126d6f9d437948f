import { describe, expect, it } from 'vitest'
import type { ReportSubscription } from '@/api/types'
import { bodyOf, emptyForm, formOf, recipientList, scheduleText, validate } from '@/views/reports/subscriptionForm'

const t = (key: string, params?: Record<string, unknown>) => `${key}${params ? JSON.stringify(params) : ''}`

describe('subscription form', () => {
  it('splits recipients on lines, commas and semicolons and drops blanks', () => {
    expect(recipientList(' a@x.io\n\nb@x.io, c@x.io;d@x.io ')).toEqual(['a@x.io', 'b@x.io', 'c@x.io', 'd@x.io'])
  })

  it('names the fields the server would refuse', () => {
    const form = { ...emptyForm(null, 'en', null), formats: [], recipients: 'boss@plant.example\nnot-an-address', time: '6:30' }
    expect(validate(form).map((p) => [p.field, p.key])).toEqual([
      ['client_ids', 'subscriptions.form.required'],
      ['formats', 'subscriptions.form.pickFormat'],
      ['recipients', 'subscriptions.form.badEmail'],
      ['schedule', 'subscriptions.form.badTime'],
    ])
    expect(validate(emptyForm(3, 'en', 'me@plant.example'))).toEqual([])
  })

  it('sends only the day its frequency needs', () => {
    const form = { ...emptyForm(3, 'es', 'me@plant.example'), frequency: 'WEEKLY' as const, dayOfWeek: 'FRIDAY' as const }
    const body = bodyOf(form, 4)
    expect(body.schedule).toEqual({ frequency: 'WEEKLY', time: '06:30', day_of_week: 'FRIDAY', day_of_month: undefined })
    expect(body.version).toBe(4)
    expect(body.language).toBe('es')
  })

  it('sends the shift only when one is picked: "All shifts" (null) leaves shift_id out', () => {
    const form = emptyForm(3, 'en', 'me@plant.example')
    expect(form.shiftId).toBeNull()
    expect(bodyOf(form).shift_id).toBeUndefined()
    expect(bodyOf({ ...form, shiftId: 12 }).shift_id).toBe(12)
  })

  it('keeps the home client first when editing', () => {
    const s = {
      client_id: 7,
      client_ids: [2, 7],
      report_type: 'QUALITY',
      period: 'PREVIOUS_WEEK',
      shift_id: 5,
      line_id: null,
      product_id: null,
      language: 'en',
      formats: ['XLSX'],
      recipients: ['a@x.io', 'b@x.io'],
      schedule: { frequency: 'MONTHLY', time: '18:00', day_of_week: null, day_of_month: 'last', time_zone: 'UTC' },
      active: false,
    } as unknown as ReportSubscription
    const form = formOf(s)
    expect(form.clientIds).toEqual([7, 2])
    expect(form.shiftId).toBe(5)
    expect(bodyOf(form).shift_id).toBe(5)
    expect(form.recipients).toBe('a@x.io\nb@x.io')
    expect(form.dayOfMonth).toBe('last')
    expect(scheduleText(s.schedule, t)).toBe('subscriptions.scheduleText.MONTHLY_LAST{"time":"18:00"}')
  })
})
