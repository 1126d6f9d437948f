import { computed, shallowRef, triggerRef, type Ref } from 'vue'
import { fillDown, planPaste } from './editing'
import {
  apply,
  cellOf,
  EditHistory,
  invert,
  isEmpty,
  isNew,
  isPending,
  newRow,
  storedRow,
  type Cell,
  type EntryRow,
  type Op,
} from './rows'
import { matchHeader, parseTsv } from './tsv'
import type { CatalogIndex, EntryFilter, EntryType, RuleContext, StoredRecord, Values } from './types'
import { validateRow, type RowErrors } from './validation'
import { parseCell, type DateOrder } from './values'

/** Undo keeps this many steps (cell edits, pastes, fill-downs, added and removed rows). */
export const UNDO_STEPS = 100

export interface EntryGridOptions {
  type: EntryType
  catalogs: Ref<CatalogIndex>
  filter: Ref<EntryFilter>
  today: Ref<string>
  earliest: Ref<string | null>
  dateOrder: Ref<DateOrder>
  locale: Ref<string>
  /** Header names of each field in every UI language (for pasted header rows). */
  headerNames: (field: string) => string[]
}

export interface PasteResult {
  rows: number
  added: number
  overflow: number
  header: boolean
  unknown: string[]
}

/**
 * The model behind the entry grid and the narrow-screen form: rows (new ones first, then the stored ones loaded for
 * the filter), every edit as an undoable operation, and each row's problems. Views only call these functions.
 */
export function useEntryGrid(o: EntryGridOptions) {
  const rows = shallowRef<EntryRow[]>([])
  const history = new EditHistory<Op>(UNDO_STEPS)
  /** Bumped whenever the history changes (it is not reactive itself). */
  const historyTick = shallowRef(0)
  /** Set by a save attempt: from then on empty required cells are listed as errors too. */
  const attempted = shallowRef(false)

  const ruleContext = computed<RuleContext>(() => ({ catalogs: o.catalogs.value, today: o.today.value, earliest: o.earliest.value }))
  const columnsByField = new Map(o.type.columns.map((c) => [c.field, c]))

  // rows are immutable: a row's problems are computed once per row object (and again when the catalogs change)
  let memo = new WeakMap<EntryRow, RowErrors>()
  let memoCtx: RuleContext | null = null
  function errorsOf(row: EntryRow): RowErrors {
    if (memoCtx !== ruleContext.value) {
      memo = new WeakMap()
      memoCtx = ruleContext.value
    }
    let found = memo.get(row)
    if (!found) {
      found = validateRow(row, o.type, ruleContext.value)
      memo.set(row, found)
    }
    return found
  }

  const pending = computed(() => rows.value.filter(isPending))
  const pendingCount = computed(() => pending.value.length)
  const canUndo = computed(() => (void historyTick.value, history.canUndo))
  const canRedo = computed(() => (void historyTick.value, history.canRedo))

  function commit(op: Op): void {
    if (isEmpty(op)) return
    rows.value = apply(rows.value, op)
    history.push(op)
    historyTick.value++
  }

  function undo(): boolean {
    const op = history.undo()
    if (!op) return false
    rows.value = apply(rows.value, invert(op))
    historyTick.value++
    return true
  }

  function redo(): boolean {
    const op = history.redo()
    if (!op) return false
    rows.value = apply(rows.value, op)
    historyTick.value++
    return true
  }

  /** A new row's values: the type's blanks, then the filter's date/shift/line. */
  function defaults(): Values {
    const v = o.type.blank()
    for (const c of o.type.columns) {
      if (c.fromFilter === 'date') v[c.field] = o.filter.value.date
      else if (c.fromFilter === 'shift') v[c.field] = o.filter.value.shift
      else if (c.fromFilter === 'line') v[c.field] = o.filter.value.line
    }
    return v
  }

  /** Reads text typed or pasted into a cell (numbers, dates, codes …); unreadable text is kept and flagged. */
  function read(field: string, text: string): Cell {
    const column = columnsByField.get(field)
    if (!column) return { value: text, invalid: null }
    const parsed = parseCell(column, text, { catalogs: o.catalogs.value, dateOrder: o.dateOrder.value, locale: o.locale.value })
    return parsed.ok ? { value: parsed.value, invalid: null } : { value: null, invalid: { text: text.trim(), ...parsed.problem } }
  }

  /** Sets a cell from typed text, or from a value an editor already typed (a picked id, a date). */
  function edit(key: string, field: string, input: unknown): void {
    const row = rows.value.find((r) => r.key === key)
    if (!row) return
    const after: Cell =
      typeof input === 'string' ? read(field, input) : { value: input ?? null, invalid: null }
    commit({ kind: 'set', changes: [{ key, field, before: cellOf(row, field), after }] })
  }

  /** Sets several cells of a row as one undoable step (a dialog's lines together with the total they set). */
  function editMany(key: string, inputs: Readonly<Record<string, unknown>>): void {
    const row = rows.value.find((r) => r.key === key)
    if (!row) return
    const changes = Object.entries(inputs).map(([field, input]) => ({
      key,
      field,
      before: cellOf(row, field),
      after: typeof input === 'string' ? read(field, input) : { value: input ?? null, invalid: null },
    }))
    commit({ kind: 'set', changes })
  }

  /** Adds a new row after the last new one; returns its key. */
  function addRow(values: Values = {}, extra: Partial<EntryRow> = {}): string {
    const row = { ...newRow({ ...defaults(), ...values }), ...extra }
    const at = lastNewIndex() + 1
    commit({ kind: 'insert', items: [{ index: at, row }] })
    return row.key
  }

  function lastNewIndex(): number {
    return rows.value.reduce((last, r, i) => (isNew(r) ? i : last), -1)
  }

  /** Copies rows (values and flagged text) as new rows after the last new row. */
  function duplicate(keys: readonly string[]): string[] {
    const sources = rows.value.filter((r) => keys.includes(r.key))
    const at = lastNewIndex() + 1
    const items = sources.map((r, i) => ({ index: at + i, row: { ...newRow(r.values), invalid: { ...r.invalid } } }))
    commit({ kind: 'insert', items })
    return items.map((i) => i.row.key)
  }

  /** Removes new rows (undoable); stored rows are deleted through the API by the page. */
  function removeNew(keys: readonly string[]): number {
    const items = rows.value.map((row, index) => ({ index, row })).filter((i) => keys.includes(i.row.key) && isNew(i.row))
    commit({ kind: 'remove', items })
    return items.length
  }

  function fill(field: string, selected: readonly string[], focusedKey: string | null): number {
    const changes = fillDown(rows.value, field, selected, focusedKey)
    commit({ kind: 'set', changes })
    return changes.length
  }

  /**
   * Pastes a tab-separated block at a row and column (or after the last new row): see planPaste. The fields are the
   * grid's editable columns in display order.
   */
  function paste(text: string, at: { key: string | null; field: string | null }, fields: readonly string[]): PasteResult {
    const block = parseTsv(text)
    const named = o.type.columns.map((c) => ({ field: c.field, names: [...o.headerNames(c.field), ...(c.aliases ?? [])] }))
    const header = block.length ? matchHeader(block[0]!, named) : { header: false, fields: [], unknown: [] }
    const index = at.key === null ? null : rows.value.findIndex((r) => r.key === at.key)
    const plan = planPaste(rows.value, block, { index: index === -1 ? null : index, field: at.field }, fields, header, read, () =>
      newRow(defaults()),
    )
    commit(plan.op)
    return { rows: plan.rows, added: plan.added, overflow: plan.overflow, header: header.header, unknown: header.unknown }
  }

  /**
   * Shows the stored rows of the filter below the new ones. Rows with unsaved edits, conflicts or errors are kept as
   * they are (they leave only when saved or reverted).
   */
  function setStored(records: readonly StoredRecord[]): void {
    const kept = rows.value.filter(isPending)
    const keptIds = new Set(kept.map((r) => r.id).filter((id): id is number => id !== null))
    rows.value = [...kept, ...records.filter((r) => !keptIds.has(r.id)).map(storedRow)]
    history.clear()
    historyTick.value++
  }

  /** Puts rows back from a draft (new rows and edited stored rows), before the stored rows are loaded. */
  function restore(draft: readonly EntryRow[]): void {
    rows.value = [...draft, ...rows.value.filter((r) => !draft.some((d) => d.key === r.key || (d.id !== null && d.id === r.id)))]
    history.clear()
    historyTick.value++
  }

  /** Replaces rows by key (saved rows, server errors, conflicts); not undoable, so the history is cleared when rows were saved. */
  function replace(changes: ReadonlyMap<string, EntryRow | readonly EntryRow[] | null>, saved: boolean): void {
    rows.value = rows.value.flatMap((r) => {
      if (!changes.has(r.key)) return [r]
      const next = changes.get(r.key)
      return next ? (Array.isArray(next) ? [...next] : [next as EntryRow]) : []
    })
    if (saved) {
      history.clear()
      historyTick.value++
    }
  }

  /** Forces views to re-read rows whose problems depend on something outside them (catalogs, today). */
  function touch(): void {
    triggerRef(rows)
  }

  return {
    rows,
    pending,
    pendingCount,
    attempted,
    canUndo,
    canRedo,
    errorsOf,
    read,
    edit,
    editMany,
    addRow,
    duplicate,
    removeNew,
    fill,
    paste,
    undo,
    redo,
    setStored,
    restore,
    replace,
    touch,
    defaults,
  }
}

export type EntryGridModel = ReturnType<typeof useEntryGrid>
