import { describe, expect, it } from 'vitest'
import { blankPlace, cancelRequest, placeRequest, resumeRequest, validateCancel, validatePlace, validateResume } from '@/views/holds/holdForms'
import { matchesSearch } from '@/views/holds/useHoldList'

describe('place a hold', () => {
  it('needs the order, a reason and a description; the expected day is not before today', () => {
    expect(validatePlace(blankPlace(), '2026-05-12')).toEqual({
      work_order_id: { key: 'validation.required' },
      hold_reason_id: { key: 'validation.required' },
      description: { key: 'validation.required' },
    })
    const form = { workOrderId: 4, jobId: null, reasonId: 2, description: '  Wrong material ', expected: '2026-05-11' }
    expect(validatePlace(form, '2026-05-12')).toEqual({
      expected_resolution_date: { key: 'holds.placeDialog.notPast', params: { today: '2026-05-12' } },
    })
    expect(validatePlace({ ...form, expected: '2026-05-12' }, '2026-05-12')).toEqual({})
  })

  it('sends only what was given', () => {
    expect(placeRequest({ workOrderId: 4, jobId: null, reasonId: 2, description: '  Wrong material ', expected: '' }, 9)).toEqual({
      client_id: 9,
      work_order_id: 4,
      hold_reason_id: 2,
      description: 'Wrong material',
    })
    expect(placeRequest({ workOrderId: 4, jobId: 7, reasonId: 2, description: 'x', expected: '2026-05-20' }, 9)).toMatchObject({
      job_id: 7,
      expected_resolution_date: '2026-05-20',
    })
  })
})

describe('resume and cancel', () => {
  const now = new Date('2026-05-12T18:00:00Z')
  it('takes a resume time in plant time, after the hold and not in the future', () => {
    const heldAt = '2026-05-12T12:00:00Z'
    expect(validateResume({ note: '', at: '' }, heldAt, 'America/Mexico_City', now)).toEqual({})
    expect(validateResume({ note: '', at: '2026-05-12T06:00' }, heldAt, 'America/Mexico_City', now)).toEqual({
      resumed_at: { key: 'holds.resumeDialog.beforeHold' },
    })
    expect(validateResume({ note: '', at: '2026-05-12T13:00' }, heldAt, 'America/Mexico_City', now)).toEqual({
      resumed_at: { key: 'holds.resumeDialog.future' },
    })
    expect(resumeRequest({ note: ' ok ', at: '2026-05-12T09:30' }, 3, 'America/Mexico_City')).toEqual({
      version: 3,
      note: 'ok',
      resumed_at: '2026-05-12T15:30:00.000Z',
    })
    expect(resumeRequest({ note: '', at: '' }, 3, 'UTC')).toEqual({ version: 3 })
  })

  it('needs a reason to cancel', () => {
    expect(validateCancel('  ')).toEqual({ key: 'validation.required' })
    expect(validateCancel('x'.repeat(501))).toEqual({ key: 'validation.maxLength', params: { max: 500 } })
    expect(cancelRequest(' placed by mistake ', 2)).toEqual({ version: 2, reason: 'placed by mistake' })
  })
})

describe('hold search', () => {
  it('matches part of the order number, ignoring case and spaces', () => {
    expect(matchesSearch({ work_order_number: 'WO-2026-0042' }, 'wo-2026 ')).toBe(true)
    expect(matchesSearch({ work_order_number: 'WO-2026-0042' }, '0043')).toBe(false)
    expect(matchesSearch({ work_order_number: 'WO-2026-0042' }, '')).toBe(true)
  })
})
