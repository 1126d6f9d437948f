import { isNew, isPending, sameValue, storedRow, type EntryRow } from './rows'
import type { CatalogIndex, EntryColumn, EntryType, Words } from './types'
import { displayText } from './display'

/** A line of the read-back dialog (see ReadBackDialog.vue). */
export interface ReadBackLine {
  key: string
  n: number
  text: string
  correctionOf: number | null
  changes: string | null
}

/** "Units produced 470 → 480, Notes — → “late start”" for an edited stored row. */
export function changeList(row: EntryRow, columns: readonly EntryColumn[], catalogs: CatalogIndex, w: Words): string | null {
  if (!row.original) return null
  const before: EntryRow = { ...storedRow({ id: row.id ?? 0, version: row.version ?? 0, values: row.original }) }
  const ctx = { n: w.n, t: w.t, catalogs: () => catalogs }
  const parts = columns
    .filter((c) => !sameValue(row.original![c.field], row.values[c.field]) || row.invalid[c.field])
    .map((c) => `${w.t(c.labelKey)} ${displayText(c, before, ctx) || '—'} → ${displayText(c, row, ctx) || '—'}`)
  return parts.length ? w.t('entry.readBack.changes', { list: parts.join(', ') }) : null
}

/** Every pending row (new or edited) in grid order, numbered as in the grid, in plain words. */
export function readBackLines(rows: readonly EntryRow[], type: EntryType, catalogs: CatalogIndex, w: Words): ReadBackLine[] {
  return rows.flatMap((row, i) =>
    isPending(row)
      ? [
          {
            key: row.key,
            n: i + 1,
            text: type.readBack(row.values, catalogs, w),
            correctionOf: isNew(row) ? null : row.id,
            changes: isNew(row) ? null : changeList(row, type.columns, catalogs, w),
          },
        ]
      : [],
  )
}
