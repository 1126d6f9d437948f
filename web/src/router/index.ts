import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import type { Role } from '@/api/types'
import { landingFor } from '@/navigation'
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
        path: 'settings/products',
        name: 'products',
        component: () => import('@/views/settings/ProductsView.vue'),
        meta: { roles: SETTINGS, titleKey: 'nav.products' },
      },
      {
        path: 'settings/lines',
        name: 'lines',
        component: () => import('@/views/settings/LinesView.vue'),
        meta: { roles: SETTINGS, titleKey: 'nav.lines' },
      },
      {
        path: 'settings/shifts',
        name: 'shifts',
        component: () => import('@/views/settings/ShiftsView.vue'),
        meta: { roles: SETTINGS, titleKey: 'nav.shifts' },
      },
      {
        path: 'settings/employees',
        name: 'employees',
        component: () => import('@/views/settings/EmployeesView.vue'),
        meta: { roles: SETTINGS, titleKey: 'nav.employees' },
      },
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
