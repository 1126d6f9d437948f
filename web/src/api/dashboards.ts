/** Calls of the "Dashboards" tag: the caller's saved filters and widget layouts. */
import { http, run } from './client'
import type { DashboardLayout, LayoutWidget, SavedFilter, SavedFilterRequest } from './types'

type Call = (path: string, init?: Record<string, unknown>) => ReturnType<typeof http.GET>
const GET = http.GET as unknown as Call
const POST = http.POST as unknown as Call
const PUT = http.PUT as unknown as Call
const DELETE = http.DELETE as unknown as Call

const byId = (id: number) => ({ path: { id } })
const board = (dashboard: string) => ({ path: { dashboard } })

export const dashboardsApi = {
  filters: async () => (await run(() => GET('/api/dashboards/filters'))) as SavedFilter[],
  createFilter: async (body: SavedFilterRequest) => (await run(() => POST('/api/dashboards/filters', { body }))) as SavedFilter,
  updateFilter: async (id: number, body: SavedFilterRequest) =>
    (await run(() => PUT('/api/dashboards/filters/{id}', { params: byId(id), body }))) as SavedFilter,
  deleteFilter: async (id: number) => {
    await run(() => DELETE('/api/dashboards/filters/{id}', { params: byId(id) }))
  },

  layout: async (dashboard: string) =>
    (await run(() => GET('/api/dashboards/layouts/{dashboard}', { params: board(dashboard) }))) as DashboardLayout,
  storeLayout: async (dashboard: string, widgets: LayoutWidget[]) =>
    (await run(() => PUT('/api/dashboards/layouts/{dashboard}', { params: board(dashboard), body: { widgets } }))) as DashboardLayout,
  resetLayout: async (dashboard: string) =>
    (await run(() => DELETE('/api/dashboards/layouts/{dashboard}', { params: board(dashboard) }))) as DashboardLayout,
}
