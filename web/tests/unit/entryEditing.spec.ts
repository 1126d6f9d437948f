import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { fillDown, planPaste } from '@/components/entry/editing'
import { apply, invert, newRow, storedRow, type Cell, type EntryRow } from '@/components/entry/rows'
import { useEntryGrid } from '@/components/entry/useEntryGrid'
import { productionEntry } from '@/views/entry/productionEntry'
import { catalogs } from './entryFixtures'

const rowOf = (units: number | null): EntryRow => newRow({ units_produced: units })
const plain = (field: string, text: string): Cell => ({ value: text === '' ? null : Number(text) || text, invalid: null })
const noHeader = { header: false, fields: [], unknown: [] }

describe('fill-down (Ctrl+D)', () => {
  const rows = [rowOf(480), rowOf(null), rowOf(500), rowOf(7)]

  it('copies the first selected row to the other selected rows', () => {
    const selected = [rows[3]!.key, rows[0]!.key, rows[1]!.key] // in any order: grid order decides the source
    const changes = fillDown(rows, 'units_produced', selected, null)
    expect(changes.map((c) => [c.key, c.after.value])).toEqual([
      [rows[1]!.key, 480],
      [rows[3]!.key, 480],
    ])
  })

  it('without a selection, copies the cell above into the focused cell', () => {
    expect(fillDown(rows, 'units_produced', [], rows[2]!.key).map((c) => [c.key, c.before.value, c.after.value])).toEqual([[rows[2]!.key, 500, null]])
    expect(fillDown(rows, 'units_produced', [rows[1]!.key], rows[1]!.key).map((c) => c.after.value)).toEqual([480])
    expect(fillDown(rows, 'units_produced', [], rows[0]!.key)).toEqual([])
  })

  it('skips rows that already hold the value', () => {
    const same = [rowOf(5), rowOf(5)]
    expect(fillDown(same, 'units_produced', same.map((r) => r.key), null)).toEqual([])
  })
})

describe('paste plan', () => {
  const fields = ['shift_id', 'units_produced', 'defect_count']
  let n = 0
  const blank = () => ({ ...newRow({ shift_date: '2026-11-29' }), key: `b${++n}` })

  it('overwrites new rows from the focused one and adds the rest after the last new row', () => {
    const a = rowOf(1)
    const b = rowOf(2)
    const s = storedRow({ id: 9, version: 1, values: { units_produced: 9 } })
    const plan = planPaste([a, b, s], [['10', '1'], ['20', '2'], ['30', '3']], { index: 0, field: 'units_produced' }, fields, noHeader, plain, blank)
    expect(plan).toMatchObject({ rows: 3, added: 1, overflow: 0 })
    const out = apply([a, b, s], plan.op)
    expect(out.map((r) => [r.values.units_produced, r.values.defect_count])).toEqual([
      [10, 1],
      [20, 2],
      [30, 3],
      [9, undefined],
    ])
    expect(out[2]!.values.shift_date).toBe('2026-11-29')
    expect(apply(out, invert(plan.op)).map((r) => r.key)).toEqual([a.key, b.key, s.key])
  })

  it('counts values beyond the last column, and maps a header row by name', () => {
    const plan = planPaste([], [['1', '2', '3']], { index: null, field: 'units_produced' }, fields, noHeader, plain, blank)
    expect(plan.overflow).toBe(1)
    const header = { header: true, fields: ['defect_count', null, 'units_produced'], unknown: ['Operator'] }
    const mapped = apply([], planPaste([], [['Defects', 'Operator', 'Units'], ['4', 'Ann', '400']], { index: null, field: null }, fields, header, plain, blank).op)
    expect(mapped.map((r) => [r.values.units_produced, r.values.defect_count])).toEqual([[400, 4]])
  })
})

describe('the grid model: paste, undo and redo together', () => {
  function model() {
    return useEntryGrid({
      type: productionEntry,
      catalogs: ref(catalogs),
      filter: ref({ date: '2026-11-29', days: 1, shift: 1, line: 10 }),
      today: ref('2026-11-29'),
      earliest: ref(null),
      dateOrder: ref('DMY'),
      locale: ref('en'),
      headerNames: (f) => (f === 'units_produced' ? ['Units produced', 'Unidades producidas'] : []),
    })
  }
  const fields = productionEntry.columns.map((c) => c.field)

  it('adds rows with the filter defaults and reads pasted text, flagging what it cannot read', () => {
    const m = model()
    const key = m.addRow()
    expect(m.rows.value[0]!.values).toMatchObject({ shift_date: '2026-11-29', shift_id: 1, line_id: 10 })
    const result = m.paste('Fecha\tTurno\tUnidades producidas\n28/11/2026\tEvening\t1.200\n27/11/2026\tNoche?\tmany\n', { key, field: 'shift_date' }, fields)
    expect(result).toMatchObject({ rows: 2, added: 1, header: true })
    const [first, second] = m.rows.value
    expect(first!.values).toMatchObject({ shift_date: '2026-11-28', shift_id: 2, units_produced: 1200, line_id: 10 })
    expect(second!.invalid.shift_id?.text).toBe('Noche?')
    expect(second!.invalid.units_produced?.text).toBe('many')
    expect(m.errorsOf(second!).units_produced?.[0]).toMatchObject({ key: 'entry.parse.number' })
  })

  it('undoes and redoes edits, pastes, fill-downs, added and removed rows, step by step', () => {
    const m = model()
    const a = m.addRow()
    m.edit(a, 'units_produced', '480')
    m.paste('500\n600', { key: a, field: 'units_produced' }, fields)
    const b = m.rows.value[1]!.key
    m.fill('units_produced', [a, b], null)
    m.removeNew([b])
    const snapshots: unknown[] = []
    const units = () => m.rows.value.map((r) => r.values.units_produced)
    expect(units()).toEqual([500])
    while (m.canUndo.value) {
      m.undo()
      snapshots.push(units())
    }
    expect(snapshots).toEqual([[500, 500], [500, 600], [480], [null], []])
    m.redo()
    m.redo()
    expect(units()).toEqual([480])
    m.edit(a, 'units_produced', '1')
    expect(m.canRedo.value).toBe(false)
  })

  it('keeps edited stored rows when the stored rows of another filter arrive', () => {
    const m = model()
    m.setStored([{ id: 1, version: 1, values: { units_produced: 10 } }, { id: 2, version: 1, values: { units_produced: 20 } }])
    m.edit('s2', 'units_produced', '25')
    m.setStored([{ id: 3, version: 1, values: { units_produced: 30 } }])
    expect(m.rows.value.map((r) => [r.id, r.values.units_produced])).toEqual([
      [2, 25],
      [3, 30],
    ])
    expect(m.pendingCount.value).toBe(1)
  })
})
