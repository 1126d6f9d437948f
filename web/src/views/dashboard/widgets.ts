import type { LayoutWidget, Role } from '@/api/types'

/**
 * The widgets a dashboard may show and the role defaults — the same table as the server's DashboardLayouts, so a
 * default paints before the server answers. Positions are on a 12-column grid; one row is ROW_HEIGHT px.
 */
export const WIDGET_KEYS = [
  'client_overview',
  'kpi_cards',
  'trend_oee',
  'trend_quality',
  'downtime_pareto',
  'defect_pareto',
  'oee_losses',
  'wip_aging',
  'holds_aging',
  'bradford',
  'otd_late',
  'attendance_today',
] as const
export type WidgetKey = (typeof WIDGET_KEYS)[number]

export const ROW_HEIGHT = 60
export const COLUMNS = 12
export const DASHBOARD = 'home'

/** Size presets of the customise mode: width in columns. */
export const SIZES = { S: 4, M: 6, L: 12 } as const
export type SizeName = keyof typeof SIZES

const PLANT_BODY: LayoutWidget[] = [
  { key: 'trend_oee', x: 0, y: 4, w: 6, h: 5, hidden: false },
  { key: 'trend_quality', x: 6, y: 4, w: 6, h: 5, hidden: false },
  { key: 'downtime_pareto', x: 0, y: 9, w: 6, h: 5, hidden: false },
  { key: 'oee_losses', x: 6, y: 9, w: 6, h: 5, hidden: false },
  { key: 'defect_pareto', x: 0, y: 14, w: 6, h: 5, hidden: false },
  { key: 'wip_aging', x: 6, y: 14, w: 6, h: 5, hidden: false },
  { key: 'otd_late', x: 0, y: 19, w: 6, h: 5, hidden: false },
  { key: 'holds_aging', x: 6, y: 19, w: 6, h: 5, hidden: false },
  { key: 'bradford', x: 0, y: 24, w: 6, h: 5, hidden: false },
  { key: 'attendance_today', x: 6, y: 24, w: 6, h: 5, hidden: false },
]

/** Leaders (and operators) get the plant dashboard; power users and admins the KPI overview across clients first. */
export function roleDefault(role: Role | null): LayoutWidget[] {
  if (role === 'poweruser' || role === 'admin') {
    return [
      { key: 'client_overview', x: 0, y: 0, w: 12, h: 3, hidden: false },
      { key: 'kpi_cards', x: 0, y: 3, w: 12, h: 4, hidden: false },
      ...PLANT_BODY.map((w) => ({ ...w, y: w.y + 3 })),
    ]
  }
  return [
    { key: 'kpi_cards', x: 0, y: 0, w: 12, h: 4, hidden: false },
    ...PLANT_BODY,
    { key: 'client_overview', x: 0, y: 29, w: 12, h: 3, hidden: true },
  ]
}

function isKnown(key: string): key is WidgetKey {
  return (WIDGET_KEYS as readonly string[]).includes(key)
}

/**
 * A stored layout merged with the role default: unknown keys (a widget since removed) and duplicates are dropped,
 * sizes are clamped to the grid, and widgets added to the product after the layout was saved are appended below,
 * hidden, so a user's arrangement is never shuffled by a release.
 */
export function mergeLayout(stored: readonly LayoutWidget[] | null | undefined, defaults: readonly LayoutWidget[]): LayoutWidget[] {
  if (!stored || stored.length === 0) return defaults.map((w) => ({ ...w }))
  const seen = new Set<string>()
  const out: LayoutWidget[] = []
  for (const w of stored) {
    if (!isKnown(w.key) || seen.has(w.key)) continue
    seen.add(w.key)
    const width = Math.min(COLUMNS, Math.max(1, Math.round(w.w)))
    out.push({ key: w.key, w: width, x: Math.min(COLUMNS - width, Math.max(0, Math.round(w.x))), y: Math.max(0, Math.round(w.y)), h: Math.max(1, Math.round(w.h)), hidden: !!w.hidden })
  }
  let bottom = out.reduce((m, w) => Math.max(m, w.y + w.h), 0)
  for (const d of defaults) {
    if (seen.has(d.key)) continue
    out.push({ ...d, y: bottom, hidden: true })
    bottom += d.h
  }
  return out
}

/** Visible widgets in reading order (row, then column): the order of the page and of keyboard focus. */
export function readingOrder(layout: readonly LayoutWidget[]): LayoutWidget[] {
  return layout.filter((w) => !w.hidden).sort((a, b) => a.y - b.y || a.x - b.x)
}

/** The size preset nearest to a width. */
export function sizeOf(w: Pick<LayoutWidget, 'w'>): SizeName {
  return w.w <= 4 ? 'S' : w.w <= 6 ? 'M' : 'L'
}

/** A widget given a size preset, kept inside the grid. */
export function withSize(w: LayoutWidget, size: SizeName): LayoutWidget {
  const width = SIZES[size]
  return { ...w, w: width, x: Math.min(w.x, COLUMNS - width) }
}

/** The local cache key of a user's layout: paints at once on the next visit while the server is asked. */
export function cacheKey(userId: number, dashboard = DASHBOARD): string {
  return `kpi-dashboard-layout:${userId}:${dashboard}`
}

/**
 * Places the visible widgets anew in the given order, left to right and top to bottom on the 12 columns (a widget
 * that does not fit in the row starts the next); hidden widgets keep their place. Used by the customise mode, whose
 * buttons reorder, resize and show widgets.
 */
export function reflow(order: readonly LayoutWidget[]): LayoutWidget[] {
  let x = 0
  let y = 0
  let rowHeight = 0
  return order.map((w) => {
    if (w.hidden) return { ...w }
    if (x + w.w > COLUMNS) {
      x = 0
      y += rowHeight
      rowHeight = 0
    }
    const placed = { ...w, x, y }
    x += w.w
    rowHeight = Math.max(rowHeight, w.h)
    return placed
  })
}

/**
 * The order with the widget `from` moved to the place of the widget `to` (drag and drop, and the earlier/later
 * buttons, which move onto the neighbour): the widgets in between shift by one towards the gap. Only visible widgets
 * move; hidden ones keep their slots in the list. An unknown, hidden or identical key leaves the order as it is.
 */
export function moveWidget<T extends Pick<LayoutWidget, 'key' | 'hidden'>>(order: readonly T[], from: string, to: string): T[] {
  const slots = order.flatMap((w, i) => (w.hidden ? [] : [i]))
  const visible = slots.map((i) => order[i]!)
  const at = visible.findIndex((w) => w.key === from)
  const target = visible.findIndex((w) => w.key === to)
  if (at < 0 || target < 0 || at === target) return [...order]
  const [moved] = visible.splice(at, 1)
  visible.splice(target, 0, moved!)
  const out = [...order]
  slots.forEach((slot, i) => (out[slot] = visible[i]!))
  return out
}
