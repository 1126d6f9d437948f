import { createRouter, createWebHistory, type RouteComponent, type RouteRecordRaw } from 'vue-router'
import type { Role } from '@/api/types'
import { IMPORTERS, landingFor, SUBSCRIBERS } from '@/navigation'
import { loadEntryMessages, loadImportMessages, loadSettingsMessages, loadTvMessages } from '@/plugins/i18n'
import { useSessionStore } from '@/stores/session'
import { decide } from './guard'

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean
    guestOnly?: boolean
    roles?: readonly Role[]
    titleKey?: string
  }
}

const SETTINGS: readonly Role[] = ['poweruser', 'admin']
const ADMIN: readonly Role[] = ['admin']

/** A Settings page (poweruser, admin); each is its own chunk, and only these load AG Grid. */
function settings(
  path: string,
  name: string,
  titleKey: string,
  component: () => Promise<RouteComponent>,
  props?: Record<string, unknown>,
): RouteRecordRaw {
  return { path, name, component: withMessages(loadSettingsMessages, component), props, meta: { roles: SETTINGS, titleKey } }
}
/** A page together with the messages of its area. */
function withMessages(messages: () => Promise<void>, view: () => Promise<RouteComponent>): () => Promise<RouteComponent> {
  return () => Promise.all([messages(), view()]).then(([, v]) => v)
}
const codeNameView = () => import('@/views/settings/CodeNameView.vue')
const importWizard = withMessages(loadImportMessages, () => import('@/views/imports/ImportWizardView.vue'))
const IMPORT_META = { roles: IMPORTERS, titleKey: 'nav.imports' }

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/LoginView.vue'),
    meta: { public: true, guestOnly: true, titleKey: 'login.submit' },
  },
  {
    path: '/',
    component: () => import('@/layouts/AppShell.vue'),
    children: [
      { path: '', name: 'home', component: () => import('@/views/HomeView.vue'), meta: { titleKey: 'nav.home' } },
      {
        path: 'work-orders',
        name: 'work-orders',
        component: () => import('@/views/workOrders/WorkOrdersView.vue'),
        meta: { titleKey: 'nav.workOrders' },
      },
      {
        path: 'work-orders/:id(\\d+)',
        name: 'work-order',
        component: () => import('@/views/workOrders/WorkOrderDetailView.vue'),
        props: (route) => ({ id: Number(route.params.id) }),
        meta: { titleKey: 'nav.workOrders' },
      },
      {
        // one parent, so the navigation's "Imports" stays marked in the wizard too
        path: 'imports',
        meta: IMPORT_META,
        children: [
          { path: '', name: 'imports', component: withMessages(loadImportMessages, () => import('@/views/imports/ImportsView.vue')) },
          {
            path: 'new',
            name: 'import-new',
            component: importWizard,
            props: (route) => ({ id: null, type: typeof route.query.type === 'string' ? route.query.type : null }),
          },
          {
            path: ':id(\\d+)',
            name: 'import',
            component: importWizard,
            props: (route) => ({ id: Number(route.params.id), type: null }),
          },
        ],
      },
      {
        // temporary own page of the subscriptions panel, until the Reports page takes it in as a tab
        path: 'reports/subscriptions',
        name: 'report-subscriptions',
        component: () => import('@/views/reports/ReportSubscriptionsView.vue'),
        meta: { roles: SUBSCRIBERS, titleKey: 'nav.reportSubscriptions' },
      },
      {
        path: 'entry/production',
        name: 'production',
        component: withMessages(loadEntryMessages, () => import('@/views/entry/ProductionEntryView.vue')),
        meta: { titleKey: 'nav.production' },
      },
      {
        path: 'my-shift',
        name: 'my-shift',
        component: () => import('@/views/myShift/MyShiftView.vue'),
        meta: { titleKey: 'nav.myShift' },
      },
      {
        path: 'holds',
        name: 'holds',
        component: () => import('@/views/holds/HoldsView.vue'),
        meta: { titleKey: 'nav.holds' },
      },
      {
        path: 'entry/downtime',
        name: 'downtime',
        component: withMessages(loadEntryMessages, () => import('@/views/entry/DowntimeEntryView.vue')),
        meta: { titleKey: 'nav.downtime' },
      },
      {
        path: 'entry/attendance',
        name: 'attendance',
        component: withMessages(loadEntryMessages, () => import('@/views/entry/AttendanceEntryView.vue')),
        meta: { titleKey: 'nav.attendance' },
      },
      {
        path: 'entry/quality',
        name: 'quality',
        component: withMessages(loadEntryMessages, () => import('@/views/entry/QualityEntryView.vue')),
        meta: { titleKey: 'nav.quality' },
      },
      settings('settings/products', 'products', 'nav.products', () => import('@/views/settings/ProductsView.vue')),
      settings('settings/lines', 'lines', 'nav.lines', codeNameView, { kind: 'lines' }),
      settings('settings/shifts', 'shifts', 'nav.shifts', () => import('@/views/settings/ShiftsView.vue')),
      settings('settings/employees', 'employees', 'nav.employees', () => import('@/views/settings/EmployeesView.vue')),
      settings('settings/defect-types', 'defect-types', 'nav.defectTypes', () => import('@/views/settings/DefectTypesView.vue')),
      settings('settings/downtime-reasons', 'downtime-reasons', 'nav.downtimeReasons', () =>
        import('@/views/settings/DowntimeReasonsView.vue'),
      ),
      settings('settings/hold-reasons', 'hold-reasons', 'nav.holdReasons', codeNameView, { kind: 'holdReasons' }),
      settings('settings/part-opportunities', 'part-opportunities', 'nav.partOpportunities', () =>
        import('@/views/settings/PartOpportunitiesView.vue'),
      ),
      {
        path: 'settings/displays',
        name: 'displays',
        component: withMessages(
          () => Promise.all([loadSettingsMessages(), loadTvMessages()]).then(() => undefined),
          () => import('@/views/settings/DisplaysView.vue'),
        ),
        meta: { roles: SETTINGS, titleKey: 'nav.displays' },
      },
      settings('settings/client', 'client-settings', 'nav.clientSettings', () => import('@/views/settings/ClientSettingsView.vue')),
      {
        path: 'admin/clients',
        name: 'clients',
        component: () => import('@/views/admin/ClientsView.vue'),
        meta: { roles: ADMIN, titleKey: 'nav.clients' },
      },
      {
        path: 'admin/users',
        name: 'users',
        component: () => import('@/views/admin/UsersView.vue'),
        meta: { roles: ADMIN, titleKey: 'nav.users' },
      },
      {
        path: 'admin/audit',
        name: 'audit',
        component: () => import('@/views/admin/AuditView.vue'),
        meta: { roles: ADMIN, titleKey: 'nav.audit' },
      },
    ],
  },
  {
    // printable page: no app chrome
    path: '/work-orders/:id(\\d+)/traveler',
    name: 'work-order-traveler',
    component: () => import('@/views/workOrders/TravelerView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'nav.workOrders' },
  },
  {
    // shop-floor TV: public (a display token, not a user, authenticates it), full screen, no app chrome
    path: '/tv/:displayId(\\d+)',
    name: 'tv',
    component: withMessages(loadTvMessages, () => import('@/views/tv/TvScreenView.vue')),
    props: (route) => ({ displayId: Number(route.params.displayId) }),
    meta: { public: true, titleKey: 'nav.tv' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
    meta: { public: true, titleKey: 'notFound.title' },
  },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior: () => ({ top: 0 }),
})

let restoring: Promise<void> | null = null

router.beforeEach(async (to) => {
  const session = useSessionStore()
  if (!session.ready) {
    restoring ??= session.restore()
    await restoring
  }
  const role = session.role
  const result = decide(to, role, role ? landingFor(role) : '/')
  return result === true ? true : result
})
