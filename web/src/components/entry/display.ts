import { linesOf, linesSum, linesText } from './lines'
import type { EntryRow } from './rows'
import type { CatalogIndex, EntryColumn } from './types'
import type { Message } from './validation'

/** How cells read on screen, shared by the grid, the form and the read-back. */

export function messageText(m: Message, t: (key: string, params?: Record<string, unknown>) => string): string {
  return 'text' in m ? m.text : t(m.key, m.params)
}

/** An empty required cell: marked softly until a save is attempted. */
export const isMissing = (m: Message): boolean => 'key' in m && m.missing === true

export function displayText(
  column: EntryColumn,
  row: EntryRow,
  ctx: { n: (v: number) => string; catalogs: () => CatalogIndex; t?: (key: string, params?: Record<string, unknown>, plural?: number) => string },
): string {
  const bad = row.invalid[column.field]
  if (bad) return bad.text
  const v = row.values[column.field]
  if (v === null || v === undefined || v === '') return ''
  if (column.type === 'lines' && column.lines) {
    // "3 types · 12" where words are at hand, the pasteable "SCR:3; DENT:2" otherwise
    const lines = linesOf(v)
    if (!lines.length) return ''
    return ctx.t
      ? ctx.t(column.lines.summaryKey, { types: ctx.n(lines.length), n: ctx.n(linesSum(v, column.lines)) }, lines.length)
      : linesText(v, column.lines, column, ctx.catalogs())
  }
  if (column.type === 'select' && column.catalog) return ctx.catalogs().get(column.catalog, v)?.code ?? `#${String(v)}`
  if (typeof v === 'number') return ctx.n(v)
  return String(v)
}

