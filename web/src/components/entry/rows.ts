import type { ParseProblem } from './values'
import type { StoredRecord, Values } from './types'

/**
 * The grid's rows and the edits made to them. Every change is an operation that can be applied and inverted, so undo
 * and redo cover cell edits, pastes, fill-downs and added or removed rows alike. Rows are immutable: a change gives a
 * new row object (the grid re-renders rows whose object changed).
 */

/** Text typed or pasted into a cell that could not be read: kept and shown, flagged as invalid. */
export interface InvalidText extends ParseProblem {
  text: string
}

export interface EntryRow {
  /** Stable key: 'n…' for a new row, 's<id>' for a stored one. */
  key: string
  /** Server id of a stored row. */
  id: number | null
  version: number | null
  values: Values
  invalid: Readonly<Record<string, InvalidText>>
  /** A stored row's values as the server has them (to tell an edited row). */
  original: Values | null
  /** Errors the server answered (field → messages; '' for the row). */
  serverErrors: Readonly<Record<string, readonly string[]>>
  /** The server has a newer version (409). */
  conflict: boolean
}

/** A cell's content: a value, or text that could not be read. */
export interface Cell {
  value: unknown
  invalid: InvalidText | null
}

export interface CellChange {
  key: string
  field: string
  before: Cell
  after: Cell
}

export type Op =
  | { kind: 'set'; changes: CellChange[] }
  /** Rows at their final indexes (ascending). */
  | { kind: 'insert'; items: { index: number; row: EntryRow }[] }
  /** Rows at their indexes before removal (ascending). */
  | { kind: 'remove'; items: { index: number; row: EntryRow }[] }
  | { kind: 'many'; ops: Op[] }

let counter = 0
export function newKey(): string {
  counter += 1
  return `n${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`
}

export function newRow(values: Values): EntryRow {
  return { key: newKey(), id: null, version: null, values: { ...values }, invalid: {}, original: null, serverErrors: {}, conflict: false }
}

export function storedRow(record: StoredRecord): EntryRow {
  return {
    key: `s${record.id}`,
    id: record.id,
    version: record.version,
    values: { ...record.values },
    invalid: {},
    original: { ...record.values },
    serverErrors: {},
    conflict: false,
  }
}

export function isNew(row: EntryRow): boolean {
  return row.id === null
}

/** Equal cell values: primitives by value; structured ones (the lines of a 'lines' cell) by content. */
export function sameValue(a: unknown, b: unknown): boolean {
  const x = a ?? null
  const y = b ?? null
  if (x === y) return true
  return typeof x === 'object' && typeof y === 'object' && x !== null && y !== null && JSON.stringify(x) === JSON.stringify(y)
}
const same = sameValue

/** A stored row whose values differ from the server's, or that holds unreadable text. */
export function isChanged(row: EntryRow): boolean {
  if (row.original === null) return false
  if (Object.keys(row.invalid).length) return true
  const fields = new Set([...Object.keys(row.values), ...Object.keys(row.original)])
  return [...fields].some((f) => !same(row.values[f], row.original![f]))
}

/** New rows and edited stored rows: what Save sends. */
export function isPending(row: EntryRow): boolean {
  return isNew(row) || isChanged(row)
}

export function cellOf(row: EntryRow, field: string): Cell {
  return { value: row.values[field] ?? null, invalid: row.invalid[field] ?? null }
}

export function sameCell(a: Cell, b: Cell): boolean {
  return same(a.value, b.value) && (a.invalid?.text ?? null) === (b.invalid?.text ?? null)
}

function withCell(row: EntryRow, field: string, cell: Cell): EntryRow {
  const invalid = { ...row.invalid }
  if (cell.invalid) invalid[field] = cell.invalid
  else delete invalid[field]
  // an edit makes the server's earlier answer about this row stale
  return { ...row, values: { ...row.values, [field]: cell.value }, invalid, serverErrors: {} }
}

export function apply(rows: readonly EntryRow[], op: Op): EntryRow[] {
  switch (op.kind) {
    case 'set': {
      const byKey = new Map<string, { field: string; cell: Cell }[]>()
      for (const c of op.changes) {
        const list = byKey.get(c.key) ?? []
        list.push({ field: c.field, cell: c.after })
        byKey.set(c.key, list)
      }
      return rows.map((r) => (byKey.get(r.key) ?? []).reduce((acc, c) => withCell(acc, c.field, c.cell), r))
    }
    case 'insert': {
      const out = [...rows]
      for (const { index, row } of [...op.items].sort((a, b) => a.index - b.index)) out.splice(Math.min(index, out.length), 0, row)
      return out
    }
    case 'remove': {
      const keys = new Set(op.items.map((i) => i.row.key))
      return rows.filter((r) => !keys.has(r.key))
    }
    case 'many':
      return op.ops.reduce((acc, o) => apply(acc, o), [...rows])
  }
}

export function invert(op: Op): Op {
  switch (op.kind) {
    case 'set':
      return { kind: 'set', changes: op.changes.map((c) => ({ ...c, before: c.after, after: c.before })).reverse() }
    case 'insert':
      return { kind: 'remove', items: op.items }
    case 'remove':
      return { kind: 'insert', items: op.items }
    case 'many':
      return { kind: 'many', ops: op.ops.map(invert).reverse() }
  }
}

/** True when the operation changes nothing (e.g. a paste of the same values). */
export function isEmpty(op: Op): boolean {
  switch (op.kind) {
    case 'set':
      return op.changes.every((c) => sameCell(c.before, c.after))
    case 'insert':
    case 'remove':
      return op.items.length === 0
    case 'many':
      return op.ops.every(isEmpty)
  }
}

/**
 * Undo and redo stacks of operations. A new operation clears what could be redone; the oldest are forgotten past
 * `limit` steps.
 */
export class EditHistory<T = Op> {
  private past: T[] = []
  private future: T[] = []

  constructor(private readonly limit = 100) {}

  push(op: T): void {
    this.past.push(op)
    if (this.past.length > this.limit) this.past.shift()
    this.future = []
  }

  /** The operation to invert, or null. */
  undo(): T | null {
    const op = this.past.pop()
    if (op === undefined) return null
    this.future.push(op)
    return op
  }

  /** The operation to apply again, or null. */
  redo(): T | null {
    const op = this.future.pop()
    if (op === undefined) return null
    this.past.push(op)
    return op
  }

  clear(): void {
    this.past = []
    this.future = []
  }

  get canUndo(): boolean {
    return this.past.length > 0
  }

  get canRedo(): boolean {
    return this.future.length > 0
  }

  get depth(): number {
    return this.past.length
  }
}
