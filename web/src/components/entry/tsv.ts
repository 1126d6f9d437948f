import { normalize } from './values'

/**
 * Blocks copied from Excel, Google Sheets or LibreOffice arrive as tab-separated text: rows end with \n or \r\n, a cell
 * holding a tab, a line break or a quote is quoted with "" for a quote inside. Empty rows are dropped.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  const s = text.replace(/\r\n?/g, '\n')
  while (i <= s.length) {
    let cell = ''
    if (s[i] === '"') {
      // quoted cell: up to the closing quote that is followed by a tab, a line end or the end
      let j = i + 1
      let closed = false
      while (j < s.length) {
        if (s[j] === '"' && s[j + 1] === '"') {
          cell += '"'
          j += 2
        } else if (s[j] === '"' && (j + 1 === s.length || s[j + 1] === '\t' || s[j + 1] === '\n')) {
          closed = true
          j += 1
          break
        } else {
          cell += s[j]
          j += 1
        }
      }
      if (!closed) {
        // not a quoted cell after all (a lone quote at the start): read it literally
        const end = nextBreak(s, i)
        cell = s.slice(i, end)
        j = end
      }
      i = j
    } else {
      const end = nextBreak(s, i)
      cell = s.slice(i, end)
      i = end
    }
    row.push(cell)
    if (i >= s.length || s[i] === '\n') {
      if (row.some((c) => c.trim() !== '')) rows.push(row)
      row = []
    }
    i += 1
  }
  return rows
}

function nextBreak(s: string, from: number): number {
  for (let k = from; k < s.length; k++) {
    if (s[k] === '\t' || s[k] === '\n') return k
  }
  return s.length
}

/** True when the text is a block (several cells), not a single value to paste into one cell. */
export function isBlock(text: string): boolean {
  return /[\t\n]/.test(text.replace(/\r?\n$/, ''))
}

/** A grid column and every name a header cell may give it. */
export interface NamedColumn {
  field: string
  names: readonly string[]
}

export interface HeaderMatch {
  /** The first row is a header row. */
  header: boolean
  /** Per source column: the grid field it fills, or null (ignored). */
  fields: (string | null)[]
  /** Header cells that named no column. */
  unknown: string[]
}

/**
 * Decides whether the first row of a block names its columns, and maps each to a grid column by name (field name,
 * the header in English or Spanish, or an alias; case, accents, spaces and punctuation ignored). A first row counts
 * as a header when at least half of its non-empty cells name a column.
 */
export function matchHeader(firstRow: readonly string[], columns: readonly NamedColumn[]): HeaderMatch {
  const lookup = new Map<string, string>()
  for (const c of columns) {
    for (const name of [c.field, ...c.names]) {
      const key = normalize(name)
      if (key && !lookup.has(key)) lookup.set(key, c.field)
    }
  }
  const used = new Set<string>()
  const fields = firstRow.map((cell) => {
    const field = lookup.get(normalize(cell))
    if (!field || used.has(field)) return null
    used.add(field)
    return field
  })
  const filled = firstRow.filter((c) => c.trim() !== '').length
  const named = fields.filter((f) => f !== null).length
  if (named === 0 || named * 2 < filled) return { header: false, fields: [], unknown: [] }
  const unknown = firstRow.filter((c, i) => c.trim() !== '' && fields[i] === null)
  return { header: true, fields, unknown }
}
