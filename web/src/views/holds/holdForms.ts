/**
 * What the hold dialogs check before sending (the server checks the same and more) and the bodies they send.
 */
import type { CancelHoldRequest, HoldRequest, ResumeHoldRequest } from '@/api/types'
import { plantLocalToInstant } from '@/utils/holdAge'

export const TEXT_MAX = 1000
export const CANCEL_REASON_MAX = 500

export type FormProblem = { key: string; params?: Record<string, unknown> }

export interface PlaceForm {
  workOrderId: number | null
  jobId: number | null
  reasonId: number | null
  description: string
  expected: string
}
export type PlaceField = 'work_order_id' | 'hold_reason_id' | 'description' | 'expected_resolution_date'

export const blankPlace = (workOrderId: number | null = null): PlaceForm => ({
  workOrderId,
  jobId: null,
  reasonId: null,
  description: '',
  expected: '',
})

export function validatePlace(f: PlaceForm, today: string): Partial<Record<PlaceField, FormProblem>> {
  const out: Partial<Record<PlaceField, FormProblem>> = {}
  if (f.workOrderId === null) out.work_order_id = { key: 'validation.required' }
  if (f.reasonId === null) out.hold_reason_id = { key: 'validation.required' }
  const d = f.description.trim()
  if (!d) out.description = { key: 'validation.required' }
  else if (d.length > TEXT_MAX) out.description = { key: 'validation.maxLength', params: { max: TEXT_MAX } }
  const e = f.expected.trim()
  if (e && !/^\d{4}-\d{2}-\d{2}$/.test(e)) out.expected_resolution_date = { key: 'workOrders.transition.dateInvalid' }
  else if (e && e < today) out.expected_resolution_date = { key: 'holds.placeDialog.notPast', params: { today } }
  return out
}

export function placeRequest(f: PlaceForm, clientId: number): HoldRequest {
  const e = f.expected.trim()
  return {
    client_id: clientId,
    work_order_id: f.workOrderId ?? 0,
    ...(f.jobId !== null ? { job_id: f.jobId } : {}),
    hold_reason_id: f.reasonId ?? 0,
    description: f.description.trim(),
    ...(e ? { expected_resolution_date: e } : {}),
  }
}

export interface ResumeForm {
  note: string
  /** Plant-local "YYYY-MM-DDTHH:MM"; empty = now. */
  at: string
}
export type ResumeField = 'note' | 'resumed_at'

/** The resume instant must lie after the hold's start and not in the future. */
export function validateResume(
  f: ResumeForm,
  heldAt: string,
  timeZone: string,
  now: Date = new Date(),
): Partial<Record<ResumeField, FormProblem>> {
  const out: Partial<Record<ResumeField, FormProblem>> = {}
  if (f.note.length > TEXT_MAX) out.note = { key: 'validation.maxLength', params: { max: TEXT_MAX } }
  if (f.at.trim()) {
    const instant = plantLocalToInstant(f.at, timeZone)
    if (instant === null) out.resumed_at = { key: 'workOrders.transition.dateInvalid' }
    else if (Date.parse(instant) > now.getTime()) out.resumed_at = { key: 'holds.resumeDialog.future' }
    else if (Date.parse(instant) <= Date.parse(heldAt)) out.resumed_at = { key: 'holds.resumeDialog.beforeHold' }
  }
  return out
}

export function resumeRequest(f: ResumeForm, version: number, timeZone: string): ResumeHoldRequest {
  const note = f.note.trim()
  const at = f.at.trim() ? plantLocalToInstant(f.at, timeZone) : null
  return { version, ...(note ? { note } : {}), ...(at ? { resumed_at: at } : {}) }
}

export function validateCancel(reason: string): FormProblem | null {
  const r = reason.trim()
  if (!r) return { key: 'validation.required' }
  if (r.length > CANCEL_REASON_MAX) return { key: 'validation.maxLength', params: { max: CANCEL_REASON_MAX } }
  return null
}

export function cancelRequest(reason: string, version: number): CancelHoldRequest {
  return { version, reason: reason.trim() }
}
