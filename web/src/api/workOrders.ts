/**
 * Calls of the "Work orders" tag (work orders, their lifecycle and their jobs), on the same
 * client, CSRF and refresh handling as every other call (api/client.ts).
 */
import { clean, http, idempotencyKey, run } from './client'
import type {
  CreateWorkOrderRequest,
  Job,
  JobBody,
  StatusCount,
  StatusCountQuery,
  Transition,
  TransitionRequest,
  UpdateJobRequest,
  UpdateWorkOrderRequest,
  WorkOrder,
  WorkOrderPage,
  WorkOrderProgress,
  WorkOrderQuery,
} from './types'

const path = (id: number) => ({ params: { path: { id } } })

export const workOrdersApi = {
  list: async (query: WorkOrderQuery) =>
    (await run(() => http.GET('/api/work-orders', { params: { query: clean(query) } }))) as WorkOrderPage,

  statusCounts: async (query: StatusCountQuery) =>
    (await run(() => http.GET('/api/work-orders/status-counts', { params: { query } }))) as StatusCount[],

  get: async (id: number) => (await run(() => http.GET('/api/work-orders/{id}', path(id)))) as WorkOrder,

  create: async (body: CreateWorkOrderRequest) =>
    (await run(() =>
      http.POST('/api/work-orders', { body, headers: { 'Idempotency-Key': idempotencyKey() } }),
    )) as WorkOrder,

  update: async (id: number, body: UpdateWorkOrderRequest) =>
    (await run(() => http.PUT('/api/work-orders/{id}', { ...path(id), body }))) as WorkOrder,

  transition: async (id: number, body: TransitionRequest) =>
    (await run(() => http.POST('/api/work-orders/{id}/transitions', { ...path(id), body }))) as WorkOrder,

  history: async (id: number) =>
    (await run(() => http.GET('/api/work-orders/{id}/history', path(id)))) as Transition[],

  progress: async (id: number) =>
    (await run(() => http.GET('/api/work-orders/{id}/progress', path(id)))) as WorkOrderProgress,

  addJob: async (workOrderId: number, body: JobBody) =>
    (await run(() =>
      http.POST('/api/work-orders/{id}/jobs', {
        ...path(workOrderId),
        body,
        headers: { 'Idempotency-Key': idempotencyKey() },
      }),
    )) as Job,

  updateJob: async (id: number, body: UpdateJobRequest) =>
    (await run(() => http.PUT('/api/jobs/{id}', { ...path(id), body }))) as Job,

  /** Same-origin image URL: the browser sends the auth cookie with it. */
  qrUrl: (id: number, size = 240) => `/api/work-orders/${id}/qr.png?size=${size}`,
}
