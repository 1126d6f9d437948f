import { describe, expect, it } from 'vitest'
import type { LayoutWidget } from '@/api/types'
import { mergeLayout, moveWidget, readingOrder, reflow, roleDefault, sizeOf, withSize, WIDGET_KEYS } from '@/views/dashboard/widgets'
import { isHelp, keysOf, matchShortcut } from '@/composables/useShortcuts'
import dashboardEn from '@/i18n/dashboard/en'
import dashboardEs from '@/i18n/dashboard/es'

const w = (key: string, x: number, y: number, width = 6, hidden = false): LayoutWidget => ({ key, x, y, w: width, h: 4, hidden })

describe('role defaults', () => {
  it('give leaders the plant dashboard and power users the overview across clients first', () => {
    expect(roleDefault('leader')[0]!.key).toBe('kpi_cards')
    expect(roleDefault('leader').find((x) => x.key === 'client_overview')!.hidden).toBe(true)
    expect(roleDefault('poweruser')[0]!.key).toBe('client_overview')
    expect(roleDefault('admin')[0]!.hidden).toBe(false)
  })

  it('place every widget once inside the 12 columns', () => {
    for (const role of ['operator', 'leader', 'poweruser', 'admin'] as const) {
      const layout = roleDefault(role)
      expect(layout.map((x) => x.key).sort()).toEqual([...WIDGET_KEYS].sort())
      for (const x of layout) expect(x.x + x.w).toBeLessThanOrEqual(12)
    }
  })
})

describe('layout merge', () => {
  const defaults = [w('kpi_cards', 0, 0, 12), w('trend_oee', 0, 4), w('bradford', 6, 4)]

  it('takes the default when nothing is stored', () => {
    expect(mergeLayout(null, defaults)).toEqual(defaults)
    expect(mergeLayout([], defaults)).toEqual(defaults)
  })

  it('keeps the stored arrangement and appends widgets it does not know yet, hidden, below', () => {
    const stored = [w('trend_oee', 0, 0, 12), w('kpi_cards', 0, 4, 12, true)]
    expect(mergeLayout(stored, defaults)).toEqual([w('trend_oee', 0, 0, 12), w('kpi_cards', 0, 4, 12, true), w('bradford', 6, 8, 6, true)])
  })

  it('drops unknown and repeated widgets and pulls oversized ones back into the grid', () => {
    const stored = [w('weather', 0, 0), w('trend_oee', 10, 0, 6), w('trend_oee', 0, 9), { ...w('kpi_cards', -2, -1, 20), h: 0 }]
    expect(mergeLayout(stored, defaults)).toEqual([w('trend_oee', 6, 0, 6), { ...w('kpi_cards', 0, 0, 12), h: 1 }, w('bradford', 6, 4, 6, true)])
  })

  it('orders visible widgets by row, then column', () => {
    expect(readingOrder([w('b', 6, 4), w('a', 0, 4), w('c', 0, 0, 12), w('d', 0, 1, 6, true)]).map((x) => x.key)).toEqual(['c', 'a', 'b'])
  })

  it('reflows widgets row by row in the given order, starting a row when one does not fit', () => {
    const order = [w('a', 9, 9, 6), w('b', 0, 0, 4), w('h', 3, 40, 6, true), w('c', 0, 0, 4), w('d', 0, 0, 12)]
    // a (6) + b (4) = 10 columns, c (4) does not fit: next row at y = 4 (rows are h = 4 high), d takes a row alone
    expect(reflow(order)).toEqual([w('a', 0, 0, 6), w('b', 6, 0, 4), w('h', 3, 40, 6, true), w('c', 0, 4, 4), w('d', 0, 8, 12)])
  })

  it('maps widths to S/M/L and keeps a resized widget inside the grid', () => {
    expect([3, 4, 5, 6, 8, 12].map((width) => sizeOf({ w: width }))).toEqual(['S', 'S', 'M', 'M', 'L', 'L'])
    expect(withSize(w('a', 8, 0, 4), 'L')).toEqual(w('a', 0, 0, 12))
    expect(withSize(w('a', 8, 0, 4), 'M')).toEqual(w('a', 6, 0, 6))
  })
})

describe('moving a widget onto another (drag and drop, earlier/later buttons)', () => {
  const keysOf = (list: LayoutWidget[]) => list.map((x) => x.key)
  const abcd = [w('a', 0, 0), w('b', 6, 0), w('c', 0, 4), w('d', 6, 4)]

  it('moves the first to the last place, the others shifting up', () => {
    expect(keysOf(moveWidget(abcd, 'a', 'd'))).toEqual(['b', 'c', 'd', 'a'])
  })

  it('moves the last to the first place, the others shifting down', () => {
    expect(keysOf(moveWidget(abcd, 'd', 'a'))).toEqual(['d', 'a', 'b', 'c'])
  })

  it('takes the place of the target in between: later lands after it, earlier before it', () => {
    expect(keysOf(moveWidget(abcd, 'a', 'c'))).toEqual(['b', 'c', 'a', 'd'])
    expect(keysOf(moveWidget(abcd, 'd', 'b'))).toEqual(['a', 'd', 'b', 'c'])
    // onto the neighbour is a swap: what the earlier/later buttons do
    expect(keysOf(moveWidget(abcd, 'b', 'c'))).toEqual(['a', 'c', 'b', 'd'])
  })

  it('changes nothing when dropped onto itself, onto an unknown or a hidden widget', () => {
    const withHidden = [...abcd, w('h', 0, 8, 6, true)]
    expect(moveWidget(withHidden, 'b', 'b')).toEqual(withHidden)
    expect(moveWidget(withHidden, 'b', 'weather')).toEqual(withHidden)
    expect(moveWidget(withHidden, 'b', 'h')).toEqual(withHidden)
    expect(moveWidget(withHidden, 'h', 'a')).toEqual(withHidden)
  })

  it('leaves hidden widgets in their slots of the list', () => {
    const order = [w('a', 0, 0), w('h1', 0, 20, 6, true), w('b', 6, 0), w('c', 0, 4), w('h2', 6, 20, 6, true)]
    expect(keysOf(moveWidget(order, 'a', 'c'))).toEqual(['b', 'h1', 'c', 'a', 'h2'])
    expect(keysOf(moveWidget(order, 'c', 'a'))).toEqual(['c', 'h1', 'a', 'b', 'h2'])
  })

  it('does not change the list it is given', () => {
    const copy = abcd.map((x) => ({ ...x }))
    moveWidget(abcd, 'a', 'd')
    expect(abcd).toEqual(copy)
  })
})

describe('keyboard shortcuts', () => {
  const list = [{ code: 'KeyR', labelKey: 'x', run: () => undefined }]
  const key = (code: string, mods: Partial<KeyboardEvent>) => ({ code, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...mods })

  it('need Alt+Shift and nothing else, so typing and browser shortcuts never trigger them', () => {
    expect(matchShortcut(key('KeyR', { altKey: true, shiftKey: true }), list)).toBe(list[0])
    expect(matchShortcut(key('KeyR', { ctrlKey: true }), list)).toBeNull()
    expect(matchShortcut(key('KeyR', { altKey: true }), list)).toBeNull()
    expect(matchShortcut(key('KeyR', { altKey: true, shiftKey: true, ctrlKey: true }), list)).toBeNull()
    expect(matchShortcut(key('KeyQ', { altKey: true, shiftKey: true }), list)).toBeNull()
    expect(keysOf(list[0]!)).toEqual(['Alt', 'Shift', 'R'])
  })

  it('open the help with Ctrl+/ or ⌘+/', () => {
    expect(isHelp({ key: '/', code: 'Slash', ctrlKey: true, metaKey: false })).toBe(true)
    expect(isHelp({ key: '/', code: 'Slash', ctrlKey: false, metaKey: true })).toBe(true)
    expect(isHelp({ key: '/', code: 'Slash', ctrlKey: false, metaKey: false })).toBe(false)
  })
})

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

describe('dashboard messages', () => {
  it('have the same keys and placeholders in English and Spanish', () => {
    expect(keys(dashboardEs).sort()).toEqual(keys(dashboardEn).sort())
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    const at = (tree: object, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], tree) as string
    for (const k of keys(dashboardEn)) expect(placeholders(at(dashboardEs, k)), k).toEqual(placeholders(at(dashboardEn, k)))
  })

  it('name every widget and describe it for the customise mode', () => {
    for (const k of WIDGET_KEYS) {
      expect(dashboardEn.dashboard.widgets[k], k).toBeTruthy()
      expect(dashboardEn.dashboard.widgetText[k], k).toBeTruthy()
    }
  })
})
