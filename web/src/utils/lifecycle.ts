/**
 * The lifecycle buttons and the transition dialog's rules. The server's state machine decides which moves are legal
 * (`allowed_transitions`); this only orders them, names them and checks what each needs before it is sent.
 */
import { mdiCancel, mdiCheckCircleOutline, mdiCloseOctagonOutline, mdiPauseCircleOutline, mdiPlayCircleOutline } from '@mdi/js'
import type { TransitionRequest, WorkOrder, WorkOrderStatus } from '@/api/types'

export type TransitionKind = 'resume' | 'hold' | 'complete' | 'reject' | 'cancel'
export type TransitionNeed = 'reason' | 'delivery' | 'none'

export interface TransitionAction {
  to: WorkOrderStatus
  kind: TransitionKind
  need: TransitionNeed
  color: string
  icon: string
}

const ACTIONS: readonly TransitionAction[] = [
  { to: 'ACTIVE', kind: 'resume', need: 'none', color: 'primary', icon: mdiPlayCircleOutline },
  { to: 'COMPLETED', kind: 'complete', need: 'delivery', color: 'success', icon: mdiCheckCircleOutline },
  { to: 'ON_HOLD', kind: 'hold', need: 'reason', color: 'warning', icon: mdiPauseCircleOutline },
  { to: 'REJECTED', kind: 'reject', need: 'reason', color: 'error', icon: mdiCloseOctagonOutline },
  { to: 'CANCELLED', kind: 'cancel', need: 'reason', color: 'secondary', icon: mdiCancel },
]

/** The buttons to offer: only the legal moves, in a fixed order (the positive move first). */
export function transitionActions(o: Pick<WorkOrder, 'status' | 'allowed_transitions'>): TransitionAction[] {
  return ACTIONS.filter((a) => a.to !== o.status && o.allowed_transitions.includes(a.to))
}

export function actionFor(to: WorkOrderStatus): TransitionAction {
  return ACTIONS.find((a) => a.to === to) ?? ACTIONS[0]!
}

export interface TransitionForm {
  reason: string
  deliveryDate: string
  deliveredQuantity: string
}

/** A completion defaults to delivering the planned quantity today (the plant's today). */
export function initialTransitionForm(o: Pick<WorkOrder, 'planned_quantity'>, today: string): TransitionForm {
  return { reason: '', deliveryDate: today, deliveredQuantity: String(o.planned_quantity) }
}

export const REASON_MAX = 500
export const DELIVERED_MAX = 100_000_000

export type TransitionField = 'reason' | 'actual_delivery_date' | 'delivered_quantity'
export type TransitionProblem = 'required' | 'maxLength' | 'date' | 'future' | 'integer' | 'min' | 'max'

/** What the dialog must fix before sending (the server checks the same and more: start date, plant's today). */
export function validateTransition(
  action: TransitionAction,
  form: TransitionForm,
  today: string,
): Partial<Record<TransitionField, TransitionProblem>> {
  const out: Partial<Record<TransitionField, TransitionProblem>> = {}
  const reason = form.reason.trim()
  if (action.need === 'reason' && !reason) out.reason = 'required'
  else if (reason.length > REASON_MAX) out.reason = 'maxLength'
  if (action.need === 'delivery') {
    const date = form.deliveryDate.trim()
    if (!date) out.actual_delivery_date = 'required'
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) out.actual_delivery_date = 'date'
    else if (date > today) out.actual_delivery_date = 'future'
    const qty = form.deliveredQuantity.trim()
    if (!qty) out.delivered_quantity = 'required'
    else if (!/^\d+$/.test(qty)) out.delivered_quantity = 'integer'
    else if (Number(qty) < 1) out.delivered_quantity = 'min'
    else if (Number(qty) > DELIVERED_MAX) out.delivered_quantity = 'max'
  }
  return out
}

/** The request body; the version guards against a change made meanwhile (409). */
export function transitionRequest(action: TransitionAction, form: TransitionForm, version: number): TransitionRequest {
  const reason = form.reason.trim()
  return {
    to_status: action.to,
    version,
    ...(reason ? { reason } : {}),
    ...(action.need === 'delivery'
      ? { actual_delivery_date: form.deliveryDate.trim(), delivered_quantity: Number(form.deliveredQuantity.trim()) }
      : {}),
  }
}
