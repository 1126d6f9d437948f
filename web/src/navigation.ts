import {
  mdiAccountCheckOutline,
  mdiAccountHardHat,
  mdiTimerAlertOutline,
  mdiMagnifyScan,
  mdiClipboardListOutline,
  mdiAccountMultiple,
  mdiAlertOctagonOutline,
  mdiClockOutline,
  mdiCounter,
  mdiDatabaseImportOutline,
  mdiDomain,
  mdiEmailFastOutline,
  mdiFactory,
  mdiHandBackRightOutline,
  mdiAccountClockOutline,
  mdiHandBackLeftOutline,
  mdiHistory,
  mdiHome,
  mdiPackageVariantClosed,
  mdiPipeDisconnected,
  mdiTimerPauseOutline,
  mdiTelevisionGuide,
  mdiTuneVariant,
} from '@mdi/js'
import type { Role } from '@/api/types'

export interface NavItem {
  /** Used for data-testid="nav-<name>" and as the route name. */
  name: string
  to: string
  titleKey: string
  icon: string
  roles: readonly Role[]
}

export interface NavGroup {
  id: 'main' | 'shiftData' | 'settings' | 'admin'
  /** i18n key of the group's sub-header; main has none. */
  titleKey: string | null
  items: NavItem[]
}

const ALL: readonly Role[] = ['operator', 'leader', 'poweruser', 'admin']
/** Leaders, power users and admins import files (each type says who may import it). */
export const IMPORTERS: readonly Role[] = ['leader', 'poweruser', 'admin']
/** Who may subscribe to reports by e-mail (operators may not). */
export const SUBSCRIBERS: readonly Role[] = ['leader', 'poweruser', 'admin']
const SETTINGS: readonly Role[] = ['poweruser', 'admin']
const ADMIN: readonly Role[] = ['admin']

/** The role → navigation table. Routes carry the same role lists (router/index.ts). */
export const NAV_TABLE: readonly { id: NavGroup['id']; titleKey: string | null; items: NavItem[] }[] = [
  {
    id: 'main',
    titleKey: null,
    items: [
      { name: 'home', to: '/', titleKey: 'nav.home', icon: mdiHome, roles: ALL },
      { name: 'work-orders', to: '/work-orders', titleKey: 'nav.workOrders', icon: mdiClipboardListOutline, roles: ALL },
      { name: 'imports', to: '/imports', titleKey: 'nav.imports', icon: mdiDatabaseImportOutline, roles: IMPORTERS },
      // temporary own page; to become a tab of the Reports page
      {
        name: 'report-subscriptions',
        to: '/reports/subscriptions',
        titleKey: 'nav.reportSubscriptions',
        icon: mdiEmailFastOutline,
        roles: SUBSCRIBERS,
      },
    ],
  },
  {
    id: 'shiftData',
    titleKey: 'nav.shiftData',
    items: [
      { name: 'my-shift', to: '/my-shift', titleKey: 'nav.myShift', icon: mdiAccountClockOutline, roles: ALL },
      { name: 'production', to: '/entry/production', titleKey: 'nav.production', icon: mdiFactory, roles: ALL },
      { name: 'downtime', to: '/entry/downtime', titleKey: 'nav.downtime', icon: mdiTimerAlertOutline, roles: ALL },
      { name: 'attendance', to: '/entry/attendance', titleKey: 'nav.attendance', icon: mdiAccountCheckOutline, roles: ALL },
      { name: 'quality', to: '/entry/quality', titleKey: 'nav.quality', icon: mdiMagnifyScan, roles: ALL },
      { name: 'holds', to: '/holds', titleKey: 'nav.holds', icon: mdiHandBackRightOutline, roles: ALL },
    ],
  },
  {
    id: 'settings',
    titleKey: 'nav.settings',
    items: [
      { name: 'products', to: '/settings/products', titleKey: 'nav.products', icon: mdiPackageVariantClosed, roles: SETTINGS },
      { name: 'lines', to: '/settings/lines', titleKey: 'nav.lines', icon: mdiPipeDisconnected, roles: SETTINGS },
      { name: 'shifts', to: '/settings/shifts', titleKey: 'nav.shifts', icon: mdiClockOutline, roles: SETTINGS },
      { name: 'employees', to: '/settings/employees', titleKey: 'nav.employees', icon: mdiAccountHardHat, roles: SETTINGS },
      { name: 'defect-types', to: '/settings/defect-types', titleKey: 'nav.defectTypes', icon: mdiAlertOctagonOutline, roles: SETTINGS },
      {
        name: 'downtime-reasons',
        to: '/settings/downtime-reasons',
        titleKey: 'nav.downtimeReasons',
        icon: mdiTimerPauseOutline,
        roles: SETTINGS,
      },
      { name: 'hold-reasons', to: '/settings/hold-reasons', titleKey: 'nav.holdReasons', icon: mdiHandBackLeftOutline, roles: SETTINGS },
      {
        name: 'part-opportunities',
        to: '/settings/part-opportunities',
        titleKey: 'nav.partOpportunities',
        icon: mdiCounter,
        roles: SETTINGS,
      },
      { name: 'displays', to: '/settings/displays', titleKey: 'nav.displays', icon: mdiTelevisionGuide, roles: SETTINGS },
      { name: 'client-settings', to: '/settings/client', titleKey: 'nav.clientSettings', icon: mdiTuneVariant, roles: SETTINGS },
    ],
  },
  {
    id: 'admin',
    titleKey: 'nav.administration',
    items: [
      { name: 'clients', to: '/admin/clients', titleKey: 'nav.clients', icon: mdiDomain, roles: ADMIN },
      { name: 'users', to: '/admin/users', titleKey: 'nav.users', icon: mdiAccountMultiple, roles: ADMIN },
      { name: 'audit', to: '/admin/audit', titleKey: 'nav.audit', icon: mdiHistory, roles: ADMIN },
    ],
  },
]

/** Navigation groups visible to a role (empty groups dropped). */
export function navigationFor(role: Role): NavGroup[] {
  return NAV_TABLE.map((g) => ({ ...g, items: g.items.filter((i) => i.roles.includes(role)) })).filter(
    (g) => g.items.length > 0,
  )
}

/** Where a role lands after login: operators on My Shift (their shop-floor page), everyone else on Home. */
export function landingFor(role: Role): string {
  return role === 'operator' ? '/my-shift' : '/'
}
