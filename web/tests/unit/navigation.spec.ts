import { describe, expect, it } from 'vitest'
import type { RouteMeta, RouteRecordRaw } from 'vue-router'
import { landingFor, navigationFor } from '@/navigation'
import { decide, safeRedirect } from '@/router/guard'

/** Every named route with its full path and the meta it inherits (vue-router merges the parents' meta). */
function flatRoutes(records: readonly RouteRecordRaw[], parent = '', meta: RouteMeta = {}): { name: string; path: string; meta: RouteMeta }[] {
  return records.flatMap((r) => {
    const path = r.path.startsWith('/') ? r.path : `${parent.replace(/\/$/, '')}/${r.path}`
    const merged = { ...meta, ...r.meta }
    const self = r.name ? [{ name: String(r.name), path: path.replace(/(.)\/$/, '$1'), meta: merged }] : []
    return [...self, ...flatRoutes(r.children ?? [], path, merged)]
  })
}

const names = (role: Parameters<typeof navigationFor>[0]) => navigationFor(role).flatMap((g) => g.items.map((i) => i.name))

describe('role → navigation table', () => {
  it('operators see Home, Work orders and My shift, Production, Downtime, Attendance, Quality, Holds under Shift data; leaders also Imports and Report subscriptions', () => {
    expect(names('operator')).toEqual(['home', 'work-orders', 'my-shift', 'production', 'downtime', 'attendance', 'quality', 'holds'])
    expect(names('leader')).toEqual(['home', 'work-orders', 'imports', 'report-subscriptions', 'my-shift', 'production', 'downtime', 'attendance', 'quality', 'holds'])
    expect(navigationFor('operator').map((g) => g.id)).toEqual(['main', 'shiftData'])
    expect(navigationFor('leader').map((g) => g.id)).toEqual(['main', 'shiftData'])
    expect(navigationFor('operator')[1]?.titleKey).toBe('nav.shiftData')
    expect(navigationFor('operator')[1]?.items.map((i) => i.to)).toEqual(['/my-shift', '/entry/production', '/entry/downtime', '/entry/attendance', '/entry/quality', '/holds'])
  })

  it('poweruser also gets the Settings group: plant model, reasons, defect types, part opportunities, TV displays, client settings', () => {
    const groups = navigationFor('poweruser')
    expect(groups.map((g) => g.id)).toEqual(['main', 'shiftData', 'settings'])
    expect(groups[2]?.titleKey).toBe('nav.settings')
    expect(names('poweruser')).toEqual(['home', 'work-orders', 'imports', 'report-subscriptions', 'my-shift', 'production', 'downtime', 'attendance', 'quality', 'holds', 'products', 'lines', 'shifts', 'employees', 'defect-types', 'downtime-reasons', 'hold-reasons', 'part-opportunities', 'displays', 'client-settings'])
    expect(groups[2]?.items.map((i) => i.to)).toEqual([
      '/settings/products',
      '/settings/lines',
      '/settings/shifts',
      '/settings/employees',
      '/settings/defect-types',
      '/settings/downtime-reasons',
      '/settings/hold-reasons',
      '/settings/part-opportunities',
      '/settings/displays',
      '/settings/client',
    ])
  })

  it('admin gets Settings and the Administration group with Clients, Users, Audit log', () => {
    const groups = navigationFor('admin')
    expect(groups.map((g) => g.id)).toEqual(['main', 'shiftData', 'settings', 'admin'])
    expect(groups[3]?.titleKey).toBe('nav.administration')
    expect(names('admin')).toEqual(['home', 'work-orders', 'imports', 'report-subscriptions', 'my-shift', 'production', 'downtime', 'attendance', 'quality', 'holds', 'products', 'lines', 'shifts', 'employees', 'defect-types', 'downtime-reasons', 'hold-reasons', 'part-opportunities', 'displays', 'client-settings', 'clients', 'users', 'audit'])
    expect(groups[3]?.items.map((i) => i.to)).toEqual(['/admin/clients', '/admin/users', '/admin/audit'])
  })

  it('operators land on My Shift; leaders, power users and admins on Home', () => {
    expect(landingFor('operator')).toBe('/my-shift')
    for (const r of ['leader', 'poweruser', 'admin'] as const) expect(landingFor(r)).toBe('/')
  })
})

describe('route guard', () => {
  const route = (fullPath: string, meta: Record<string, unknown> = {}, query: Record<string, unknown> = {}) => ({
    fullPath,
    meta,
    query,
  })

  it('sends anonymous users to /login keeping the intended route', () => {
    expect(decide(route('/admin/users?q=x'), null, '/')).toEqual({ path: '/login', query: { redirect: '/admin/users?q=x' } })
    expect(decide(route('/'), null, '/')).toEqual({ path: '/login' })
  })

  it('keeps admin routes for admins only', () => {
    const admin = route('/admin/users', { roles: ['admin'] })
    expect(decide(admin, 'admin', '/')).toBe(true)
    expect(decide(admin, 'operator', '/')).toEqual({ path: '/' })
    expect(decide(admin, 'leader', '/')).toEqual({ path: '/' })
  })

  it('keeps settings routes for powerusers and admins', () => {
    const settings = route('/settings/shifts', { roles: ['poweruser', 'admin'] })
    expect(decide(settings, 'poweruser', '/')).toBe(true)
    expect(decide(settings, 'admin', '/')).toBe(true)
    expect(decide(settings, 'leader', '/')).toEqual({ path: '/' })
    expect(decide(settings, 'operator', '/')).toEqual({ path: '/' })
  })

  it('keeps every import route (log, new, an import) from operators', async () => {
    const { routes } = await import('@/router/index')
    const imports = flatRoutes(routes).filter((r) => r.path.startsWith('/imports'))
    expect(imports.map((r) => r.name)).toEqual(['imports', 'import-new', 'import'])
    for (const r of imports) {
      const target = route(r.path, r.meta)
      expect(decide(target, 'operator', '/'), r.name).toEqual({ path: '/' })
      for (const role of ['leader', 'poweruser', 'admin'] as const) expect(decide(target, role, '/')).toBe(true)
    }
  })

  it('gives every navigation item a route with the same roles', async () => {
    const { routes } = await import('@/router/index')
    const all = flatRoutes(routes)
    for (const group of navigationFor('admin')) {
      for (const item of group.items) {
        const match = all.find((c) => c.name === item.name)
        expect(match, item.name).toBeDefined()
        expect(match?.path).toBe(item.to)
        expect(match?.meta.roles ?? ['operator', 'leader', 'poweruser', 'admin']).toEqual(item.roles)
      }
    }
  })

  it('redirects a signed-in user away from /login to redirect or landing', () => {
    const login = route('/login', { public: true, guestOnly: true })
    expect(decide(login, null, '/')).toBe(true)
    expect(decide(login, 'leader', '/')).toEqual({ path: '/' })
    expect(decide({ ...login, query: { redirect: '/admin/audit' } }, 'admin', '/')).toEqual({ path: '/admin/audit' })
  })

  it('lets public pages through', () => {
    expect(decide(route('/nope', { public: true }), null, '/')).toBe(true)
  })

  it('only accepts same-app redirect paths', () => {
    expect(safeRedirect('/admin/users')).toBe('/admin/users')
    expect(safeRedirect('https://evil.example')).toBeNull()
    expect(safeRedirect('//evil.example')).toBeNull()
    expect(safeRedirect('/\\evil.example')).toBeNull()
    expect(safeRedirect('/login?redirect=/x')).toBeNull()
    expect(safeRedirect(['/a', '/b'])).toBe('/a')
    expect(safeRedirect(undefined)).toBeNull()
  })
})
