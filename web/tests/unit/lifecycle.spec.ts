import { describe, expect, it } from 'vitest'
import {
  actionFor,
  initialTransitionForm,
  transitionActions,
  transitionRequest,
  validateTransition,
} from '@/utils/lifecycle'

describe('lifecycle buttons', () => {
  it('offers only the legal moves, positive first, and calls ON_HOLD → ACTIVE "resume"', () => {
    const active = transitionActions({ status: 'ACTIVE', allowed_transitions: ['ON_HOLD', 'COMPLETED', 'REJECTED', 'CANCELLED'] })
    expect(active.map((a) => a.kind)).toEqual(['complete', 'hold', 'reject', 'cancel'])
    const held = transitionActions({ status: 'ON_HOLD', allowed_transitions: ['CANCELLED', 'ACTIVE', 'REJECTED'] })
    expect(held.map((a) => a.kind)).toEqual(['resume', 'reject', 'cancel'])
  })

  it('offers nothing for a final status, nor a move to the same status', () => {
    expect(transitionActions({ status: 'COMPLETED', allowed_transitions: [] })).toEqual([])
    expect(transitionActions({ status: 'ACTIVE', allowed_transitions: ['ACTIVE'] })).toEqual([])
  })

  it('knows what each move needs', () => {
    expect(actionFor('ON_HOLD').need).toBe('reason')
    expect(actionFor('REJECTED').need).toBe('reason')
    expect(actionFor('CANCELLED').need).toBe('reason')
    expect(actionFor('COMPLETED').need).toBe('delivery')
    expect(actionFor('ACTIVE').need).toBe('none')
  })
})

describe('transition dialog rules', () => {
  const today = '2026-04-10'
  const order = { planned_quantity: 500 }

  it('defaults a completion to today and the planned quantity', () => {
    expect(initialTransitionForm(order, today)).toEqual({ reason: '', deliveryDate: today, deliveredQuantity: '500' })
  })

  it('requires a reason to hold, reject or cancel, but not to resume', () => {
    const blank = initialTransitionForm(order, today)
    expect(validateTransition(actionFor('ON_HOLD'), blank, today)).toEqual({ reason: 'required' })
    expect(validateTransition(actionFor('CANCELLED'), { ...blank, reason: '   ' }, today)).toEqual({ reason: 'required' })
    expect(validateTransition(actionFor('ON_HOLD'), { ...blank, reason: 'Material shortage' }, today)).toEqual({})
    expect(validateTransition(actionFor('ACTIVE'), blank, today)).toEqual({})
    expect(validateTransition(actionFor('ACTIVE'), { ...blank, reason: 'x'.repeat(501) }, today)).toEqual({ reason: 'maxLength' })
  })

  it('requires a delivery date not after today and a whole delivered quantity ≥ 1 to complete', () => {
    const c = actionFor('COMPLETED')
    const ok = initialTransitionForm(order, today)
    expect(validateTransition(c, ok, today)).toEqual({})
    expect(validateTransition(c, { ...ok, deliveryDate: '', deliveredQuantity: '' }, today)).toEqual({
      actual_delivery_date: 'required',
      delivered_quantity: 'required',
    })
    expect(validateTransition(c, { ...ok, deliveryDate: '2026-04-11' }, today)).toEqual({ actual_delivery_date: 'future' })
    expect(validateTransition(c, { ...ok, deliveredQuantity: '12.5' }, today)).toEqual({ delivered_quantity: 'integer' })
    expect(validateTransition(c, { ...ok, deliveredQuantity: '0' }, today)).toEqual({ delivered_quantity: 'min' })
  })

  it('builds the request with the version, the reason only when given, the delivery only to complete', () => {
    const form = { reason: ' Waiting for resin ', deliveryDate: '2026-04-09', deliveredQuantity: '480' }
    expect(transitionRequest(actionFor('ON_HOLD'), form, 7)).toEqual({ to_status: 'ON_HOLD', version: 7, reason: 'Waiting for resin' })
    expect(transitionRequest(actionFor('COMPLETED'), { ...form, reason: '' }, 8)).toEqual({
      to_status: 'COMPLETED',
      version: 8,
      actual_delivery_date: '2026-04-09',
      delivered_quantity: 480,
    })
  })
})
