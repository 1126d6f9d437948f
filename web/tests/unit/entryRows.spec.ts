import { describe, expect, it } from 'vitest'
import { apply, EditHistory, invert, isChanged, isPending, newRow, storedRow, type Op } from '@/components/entry/rows'

const cell = (value: unknown) => ({ value, invalid: null })

describe('row operations', () => {
  const a = newRow({ units_produced: 1 })
  const b = newRow({ units_produced: 2 })
  const c = newRow({ units_produced: 3 })

  it('applies and inverts cell changes, inserts and removals', () => {
    const rows = [a, b]
    const set: Op = { kind: 'set', changes: [{ key: a.key, field: 'units_produced', before: cell(1), after: cell(10) }] }
    const after = apply(rows, set)
    expect(after[0]!.values.units_produced).toBe(10)
    expect(rows[0]!.values.units_produced).toBe(1)
    expect(apply(after, invert(set))[0]!.values.units_produced).toBe(1)

    const insert: Op = { kind: 'insert', items: [{ index: 1, row: c }] }
    expect(apply(rows, insert).map((r) => r.key)).toEqual([a.key, c.key, b.key])
    expect(apply(apply(rows, insert), invert(insert)).map((r) => r.key)).toEqual([a.key, b.key])

    const remove: Op = { kind: 'remove', items: [{ index: 0, row: a }, { index: 2, row: c }] }
    const three = [a, b, c]
    expect(apply(three, remove).map((r) => r.key)).toEqual([b.key])
    expect(apply(apply(three, remove), invert(remove)).map((r) => r.key)).toEqual([a.key, b.key, c.key])
  })

  it('undoes a compound operation (a paste that edits and adds rows) in one step', () => {
    const op: Op = {
      kind: 'many',
      ops: [
        { kind: 'set', changes: [{ key: a.key, field: 'units_produced', before: cell(1), after: cell(5) }] },
        { kind: 'insert', items: [{ index: 1, row: c }] },
      ],
    }
    const done = apply([a, b], op)
    expect(done.map((r) => r.values.units_produced)).toEqual([5, 3, 2])
    expect(apply(done, invert(op)).map((r) => r.values.units_produced)).toEqual([1, 2])
  })

  it('keeps flagged text in a cell and an edit clears the server answer of the row', () => {
    const row = { ...a, serverErrors: { units_produced: ['nope'] } }
    const op: Op = { kind: 'set', changes: [{ key: a.key, field: 'units_produced', before: cell(1), after: { value: null, invalid: { text: 'x', key: 'k' } } }] }
    const [out] = apply([row], op)
    expect(out!.invalid.units_produced?.text).toBe('x')
    expect(out!.serverErrors).toEqual({})
  })

  it('tells new, edited and untouched stored rows apart', () => {
    const stored = storedRow({ id: 7, version: 2, values: { units_produced: 4 } })
    expect(isPending(a)).toBe(true)
    expect(isPending(stored)).toBe(false)
    const edited = apply([stored], { kind: 'set', changes: [{ key: stored.key, field: 'units_produced', before: cell(4), after: cell(5) }] })[0]!
    expect(isChanged(edited)).toBe(true)
    const back = apply([edited], { kind: 'set', changes: [{ key: stored.key, field: 'units_produced', before: cell(5), after: cell(4) }] })[0]!
    expect(isChanged(back)).toBe(false)
  })
})

describe('undo/redo history', () => {
  it('keeps at least 20 steps, in order, and a new step clears redo', () => {
    const h = new EditHistory<number>(100)
    for (let i = 1; i <= 25; i++) h.push(i)
    const undone: number[] = []
    for (let i = 0; i < 25; i++) undone.push(h.undo()!)
    expect(undone).toEqual(Array.from({ length: 25 }, (_, i) => 25 - i))
    expect(h.undo()).toBeNull()
    expect(h.redo()).toBe(1)
    expect(h.redo()).toBe(2)
    h.push(99)
    expect(h.canRedo).toBe(false)
    expect(h.undo()).toBe(99)
  })

  it('forgets the oldest steps past its limit', () => {
    const h = new EditHistory<number>(20)
    for (let i = 1; i <= 30; i++) h.push(i)
    expect(h.depth).toBe(20)
    let last = 0
    while (h.canUndo) last = h.undo()!
    expect(last).toBe(11)
  })
})
