import type { CatalogIndex, EntryColumn, Line, LinesSpec } from './types'
import { findOption, parseNumber, type Parsed } from './values'

/**
 * The lines of a 'lines' cell (e.g. defects by type) as pure functions: their sum, the text they copy and paste as
 * ("SCR:3; DENT:2"), and what is wrong with a set of lines before it may be applied to a row.
 */

/** The lines of a cell value (anything else is no lines). */
export function linesOf(value: unknown): Line[] {
  return Array.isArray(value) ? value.filter((l): l is Line => !!l && typeof l === 'object') : []
}

export function linesSum(value: unknown, spec: LinesSpec): number {
  return linesOf(value).reduce((sum, l) => sum + (typeof l[spec.countField] === 'number' ? (l[spec.countField] as number) : 0), 0)
}

/** "SCR:3; DENT:2": option codes and counts, as a pasted cell may hold them. */
export function linesText(value: unknown, spec: LinesSpec, column: EntryColumn, catalogs: CatalogIndex): string {
  return linesOf(value)
    .map((l) => {
      const id = l[spec.itemField]
      const code = catalogs.get(column.catalog!, id)?.code ?? `#${String(id)}`
      return `${code}:${String(l[spec.countField] ?? '')}`
    })
    .join('; ')
}

/** Reads "SCR:3; DENT 2" (a code, then its count) into lines; an empty text is no lines. */
export function parseLines(text: string, spec: LinesSpec, column: EntryColumn, catalogs: CatalogIndex, locale: string): Parsed {
  const parts = text.split(/[;\n|]/).map((p) => p.trim()).filter(Boolean)
  if (!parts.length) return { ok: true, value: null }
  const items = catalogs.list(column.catalog!)
  const lines: Line[] = []
  for (const part of parts) {
    const m = /^(.+?)\s*(?:[:=*]\s*|\s+)([\d.,\s]+)$/.exec(part)
    const option = m ? findOption(items, m[1]!) : undefined
    const count = m ? parseNumber(m[2]!, locale, true) : null
    if (!m || !option || count === null || !Number.isInteger(count)) {
      return { ok: false, problem: { key: 'entry.lines.unreadable', params: { text: part } } }
    }
    lines.push({ [spec.itemField]: option.id, [spec.countField]: count })
  }
  return { ok: true, value: lines }
}

/** A line as the dialog edits it: the option (or null) and the count as typed. */
export interface DraftLine {
  item: number | string | null
  count: string
  /** The stored line it came from (its other properties are kept). */
  source: Line | null
}

export interface LinesCheck {
  /** Problems by line index: 'item' / 'count' → i18n key and parameters. */
  lines: Record<number, { item?: Problem; count?: Problem }>
  /** The sum of the readable counts. */
  sum: number
  /** A problem of the whole set (too many lines, sum ≠ total), or null. */
  total: Problem | null
  ok: boolean
}

export interface Problem {
  key: string
  params?: Record<string, string | number>
}

/**
 * Checks lines before they are applied: each names an option once and has a whole count from 1 to the maximum;
 * when the row has a total, the counts add up to it exactly (the server refuses anything else).
 */
export function checkLines(lines: readonly DraftLine[], spec: LinesSpec, total: number | null, locale: string): LinesCheck {
  const out: LinesCheck = { lines: {}, sum: 0, total: null, ok: true }
  const seen = new Set<number | string>()
  lines.forEach((l, i) => {
    const problems: { item?: Problem; count?: Problem } = {}
    if (l.item === null) problems.item = { key: 'entry.rule.required' }
    else if (seen.has(l.item)) problems.item = { key: 'entry.lines.duplicate' }
    else seen.add(l.item)
    const count = l.count.trim() === '' ? null : parseNumber(l.count, locale, true)
    if (l.count.trim() === '') problems.count = { key: 'entry.rule.required' }
    else if (count === null || !Number.isInteger(count)) problems.count = { key: 'entry.parse.integer', params: { text: l.count.trim() } }
    else if (count < 1) problems.count = { key: 'entry.rule.min', params: { min: 1 } }
    else if (count > spec.maxCount) problems.count = { key: 'entry.rule.max', params: { max: spec.maxCount } }
    else out.sum += count
    if (problems.item || problems.count) {
      out.lines[i] = problems
      out.ok = false
    }
  })
  if (lines.length > spec.maxLines) out.total = { key: 'entry.lines.tooMany', params: { max: spec.maxLines } }
  else if (out.ok && total !== null && lines.length > 0 && out.sum !== total) {
    out.total = { key: 'entry.lines.mismatch', params: { sum: out.sum, total } }
  }
  if (out.total) out.ok = false
  return out
}

/** The dialog's lines from a cell value. */
export function draftLines(value: unknown, spec: LinesSpec): DraftLine[] {
  return linesOf(value).map((l) => {
    const item = l[spec.itemField]
    const count = l[spec.countField]
    return {
      item: typeof item === 'number' || typeof item === 'string' ? item : null,
      count: typeof count === 'number' ? String(count) : '',
      source: l,
    }
  })
}

/**
 * The cell value of checked lines (null for none). A line keeps the other properties of the stored line it came from
 * (location, severity) while it names the same option.
 */
export function appliedLines(lines: readonly DraftLine[], spec: LinesSpec, locale: string): Line[] | null {
  if (!lines.length) return null
  return lines.map((l) => {
    const kept = l.source && l.source[spec.itemField] === l.item ? l.source : {}
    return { ...kept, [spec.itemField]: l.item, [spec.countField]: parseNumber(l.count, locale, true) }
  })
}
