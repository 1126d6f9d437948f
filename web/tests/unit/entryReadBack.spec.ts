import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { readBackLines } from '@/components/entry/readBack'
import { apply, newRow, storedRow } from '@/components/entry/rows'
import type { Words } from '@/components/entry/types'
import entryEn from '@/i18n/entry/en'
import entryEs from '@/i18n/entry/es'
import { productionEntry } from '@/views/entry/productionEntry'
import { catalogs } from './entryFixtures'

function words(locale: 'en' | 'es'): Words {
  const i18n = createI18n({ legacy: false, locale, messages: { en: entryEn, es: entryEs } })
  const { t, n } = i18n.global
  return { t: (k, p, plural) => (plural === undefined ? t(k, p ?? {}) : t(k, p ?? {}, plural)), n: (v) => n(v) }
}
const full = {
  shift_date: '2026-11-29',
  shift_id: 1,
  line_id: 10,
  work_order_id: 30,
  product_id: null,
  units_produced: 480,
  run_time_hours: 7.5,
  employees_assigned: 5,
  employees_present: null,
  defect_count: 6,
  rework_count: 2,
  scrap_count: 1,
  notes: null,
}

describe('read-back sentences', () => {
  it('names everything a production row records, in plain words', () => {
    expect(productionEntry.readBack(full, catalogs, words('en'))).toBe(
      '2026-11-29 · Day · Line 1 · WO-1001 · 480 units, 6 defects (2 rework, 1 scrap), 7.5 h, 5 people',
    )
  })

  it('says where the line comes from, the product without an order, singulars, presence and notes', () => {
    expect(productionEntry.readBack({ ...full, line_id: null }, catalogs, words('en'))).toContain('Línea 2 (from the work order) · WO-1001 ·')
    const text = productionEntry.readBack(
      { ...full, work_order_id: null, product_id: 21, units_produced: 1, defect_count: 0, rework_count: 0, scrap_count: 0, employees_assigned: 1, employees_present: 1, notes: ' late start ' },
      catalogs,
      words('en'),
    )
    expect(text).toBe('2026-11-29 · Day · Line 1 · Door hinge · 1 unit, 0 defects, 7.5 h, 1 person (1 present) · “late start”')
  })

  it('speaks Spanish', () => {
    expect(productionEntry.readBack({ ...full, units_produced: 1200 }, catalogs, words('es'))).toBe(
      '2026-11-29 · Day · Line 1 · WO-1001 · 1200 unidades, 6 defectos (2 de retrabajo, 1 de desperdicio), 7,5 h, 5 personas',
    )
  })

  it('lists every pending row numbered as in the grid, corrections with what changed', () => {
    const stored = storedRow({ id: 42, version: 3, values: { ...full, units_produced: 470 } })
    const untouched = storedRow({ id: 43, version: 1, values: full })
    const edited = apply([stored], {
      kind: 'set',
      changes: [{ key: stored.key, field: 'units_produced', before: { value: 470, invalid: null }, after: { value: 480, invalid: null } }],
    })[0]!
    const fresh = newRow(full)
    const lines = readBackLines([fresh, untouched, edited], productionEntry, catalogs, words('en'))
    expect(lines.map((l) => [l.n, l.correctionOf, l.changes])).toEqual([
      [1, null, null],
      [3, 42, 'Changes: Units produced 470 → 480'],
    ])
    expect(lines[1]!.text).toContain('480 units')
  })
})
