import { cellOf, isNew, sameCell, type Cell, type CellChange, type EntryRow, type Op } from './rows'
import type { HeaderMatch } from './tsv'

/**
 * Fill-down and paste as plain operations on the rows (pure, so they are unit-tested and undone like any edit).
 */

/**
 * Ctrl+D. With two or more rows selected, the value in `field` of the first selected row (in grid order) goes to every
 * other selected row. With one row or none selected, the focused cell takes the value of the cell above it (as in a
 * spreadsheet).
 */
export function fillDown(rows: readonly EntryRow[], field: string, selected: readonly string[], focusedKey: string | null): CellChange[] {
  const chosen = rows.filter((r) => selected.includes(r.key))
  let source: EntryRow | undefined
  let targets: EntryRow[]
  if (chosen.length >= 2) {
    source = chosen[0]
    targets = chosen.slice(1)
  } else {
    const index = rows.findIndex((r) => r.key === focusedKey)
    source = index > 0 ? rows[index - 1] : undefined
    targets = index >= 0 ? [rows[index]!] : []
  }
  if (!source) return []
  const value = cellOf(source, field)
  return targets
    .map((r) => ({ key: r.key, field, before: cellOf(r, field), after: value }))
    .filter((c) => !sameCell(c.before, c.after))
}

export interface PasteTarget {
  /** Row index the block starts on; null = after the last new row. */
  index: number | null
  /** Field of the focused column (used when the block has no header row). */
  field: string | null
}

export interface PastePlan {
  op: Op
  /** Rows written (existing and new). */
  rows: number
  /** Rows added. */
  added: number
  /** Source cells beyond the last column (no header) that had nowhere to go. */
  overflow: number
}

/**
 * Writes a block (rows of cell texts) into the rows starting at the target: existing rows of the same kind as the
 * first (new rows, or stored rows) are overwritten downwards, and the rest of the block becomes new rows inserted
 * after the last new row. Without a header row, the block's columns fill the grid's columns from the focused one
 * rightwards; with one, each goes to the column its header names. `read` turns a text into a cell (value or flagged
 * text), `blank` makes a new row with the page's defaults.
 */
export function planPaste(
  rows: readonly EntryRow[],
  block: readonly (readonly string[])[],
  target: PasteTarget,
  fields: readonly string[],
  header: HeaderMatch,
  read: (field: string, text: string) => Cell,
  blank: () => EntryRow,
): PastePlan {
  const data = header.header ? block.slice(1) : block
  const startCol = Math.max(0, target.field ? fields.indexOf(target.field) : 0)
  let overflow = 0
  const placed: { field: string; column: number }[] = []
  const width = Math.max(0, ...data.map((r) => r.length))
  for (let j = 0; j < width; j++) {
    const field = header.header ? header.fields[j] ?? null : fields[startCol + j] ?? null
    if (field) placed.push({ field, column: j })
    else if (!header.header) overflow += data.filter((r) => (r[j] ?? '').trim() !== '').length
  }

  const lastNew = rows.reduce((last, r, i) => (isNew(r) ? i : last), -1)
  const start = target.index ?? lastNew + 1
  const kindNew = rows[start] ? isNew(rows[start]!) : true
  const existing: EntryRow[] = []
  for (let i = start; i < rows.length && existing.length < data.length && isNew(rows[i]!) === kindNew; i++) existing.push(rows[i]!)

  const changes: CellChange[] = []
  existing.forEach((row, r) => {
    for (const { field, column } of placed) {
      const after = read(field, data[r]![column] ?? '')
      const before = cellOf(row, field)
      if (!sameCell(before, after)) changes.push({ key: row.key, field, before, after })
    }
  })

  const insertAt = kindNew ? start + existing.length : lastNew + 1
  const added = data.slice(existing.length).map((cells, k) => {
    let row = blank()
    for (const { field, column } of placed) {
      const cell = read(field, cells[column] ?? '')
      const invalid = { ...row.invalid }
      if (cell.invalid) invalid[field] = cell.invalid
      else delete invalid[field]
      row = { ...row, values: { ...row.values, [field]: cell.value }, invalid }
    }
    return { index: insertAt + k, row }
  })

  const ops: Op[] = []
  if (changes.length) ops.push({ kind: 'set', changes })
  if (added.length) ops.push({ kind: 'insert', items: added })
  return { op: { kind: 'many', ops }, rows: existing.length + added.length, added: added.length, overflow }
}
