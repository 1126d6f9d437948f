/** Calls of report subscriptions: reports e-mailed on a schedule, their delivery history and "send now". */
import { http, run } from './client'
import type { ReportDelivery, ReportDeliveryPage, ReportSubscription, ReportSubscriptionBody, ReportSubscriptionPage } from './types'

const path = (id: number) => ({ params: { path: { id } } })

export const reportSubscriptionsApi = {
  list: async () =>
    (await run(() =>
      http.GET('/api/reports/subscriptions', { params: { query: { size: 200, sort: ['id,desc'] } } }),
    )) as ReportSubscriptionPage,

  create: async (body: ReportSubscriptionBody) =>
    (await run(() => http.POST('/api/reports/subscriptions', { body }))) as ReportSubscription,

  update: async (id: number, body: ReportSubscriptionBody) =>
    (await run(() => http.PUT('/api/reports/subscriptions/{id}', { ...path(id), body }))) as ReportSubscription,

  pause: async (id: number) =>
    (await run(() => http.POST('/api/reports/subscriptions/{id}/pause', path(id)))) as ReportSubscription,

  resume: async (id: number) =>
    (await run(() => http.POST('/api/reports/subscriptions/{id}/resume', path(id)))) as ReportSubscription,

  remove: async (id: number) => {
    await run(() => http.DELETE('/api/reports/subscriptions/{id}', path(id)))
  },

  deliveries: async (id: number) =>
    (await run(() =>
      http.GET('/api/reports/subscriptions/{id}/deliveries', { params: { path: { id }, query: { size: 100 } } }),
    )) as ReportDeliveryPage,

  send: async (id: number) =>
    (await run(() => http.POST('/api/reports/subscriptions/{id}/send', path(id)))) as ReportDelivery,
}
