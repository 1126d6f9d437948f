import { linesText, parseLines } from './lines'
import type { AnyCatalogItem, CatalogIndex, EntryColumn } from './types'

/**
 * Reading typed or pasted text into a cell's value. The same functions serve keyboard edits, pasted blocks and the
 * narrow-screen form, so "1,234", "29/11/2026" or "Line 1" mean the same wherever they are entered. Text that cannot
 * be read is kept (and flagged) — never dropped.
 */

/** Why text could not be read: an i18n key and its parameters. */
export interface ParseProblem {
  key: string
  params?: Record<string, string | number>
}

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: ParseProblem }

export type DateOrder = 'MDY' | 'DMY'

export interface ParseContext {
  catalogs: CatalogIndex
  /** How the client writes 03/04/2026. */
  dateOrder: DateOrder
  /** The UI language: decides whether "1.234" is a thousand or one point two three four. */
  locale: string
}

const ok = (value: unknown): Parsed => ({ ok: true, value })
const bad = (key: string, params?: Record<string, string | number>): Parsed => ({ ok: false, problem: { key, params } })

/**
 * A number in any common spelling: "1,234.5", "1.234,5", "1 234", "−3". With one kind of separator only, a group of
 * exactly three digits after it is a thousands group where that separator is the locale's grouping one (or appears
 * more than once) or where a whole number is expected; otherwise it is the decimal point.
 */
export function parseNumber(text: string, locale = 'en', whole = false): number | null {
  let s = text.trim().replace(/[\s\u00a0\u202f']/g, '').replace(/^\u2212/, '-')
  if (s === '' || !/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null
  const dots = (s.match(/\./g) ?? []).length
  const commas = (s.match(/,/g) ?? []).length
  const groupSep = usesCommaDecimal(locale) ? '.' : ','
  if (dots && commas) {
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ','
    const group = decimal === '.' ? ',' : '.'
    if ((s.match(new RegExp(`\\${decimal}`, 'g')) ?? []).length > 1) return null
    s = s.split(group).join('').replace(decimal, '.')
  } else if (dots || commas) {
    const sep = dots ? '.' : ','
    const count = dots || commas
    const grouped = new RegExp(`^[+-]?\\d{1,3}(\\${sep}\\d{3})+$`).test(s)
    if (count > 1) {
      if (!grouped) return null
      s = s.split(sep).join('')
    } else if (grouped && (sep === groupSep || whole)) {
      // in a whole-number column "1.200" can only be a thousand and two hundred
      s = s.replace(sep, '')
    } else {
      s = s.replace(sep, '.')
    }
  }
  const value = Number(s)
  return Number.isFinite(value) ? value : null
}

export function usesCommaDecimal(locale: string): boolean {
  return new Intl.NumberFormat(locale).format(1.5).includes(',')
}

/** "2026-11-29", "2026/11/29", "29/11/2026" or "11/29/26" (by the client's order; an impossible reading falls back to the other). */
export function parseDate(text: string, order: DateOrder = 'MDY'): string | null {
  const s = text.trim()
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(s)
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(s)
  if (!m) return null
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3])
  const a = Number(m[1])
  const b = Number(m[2])
  const [first, second] = order === 'DMY' ? [isoDay(year, b, a), isoDay(year, a, b)] : [isoDay(year, a, b), isoDay(year, b, a)]
  return first ?? second
}

function isoDay(y: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  const d = new Date(Date.UTC(y, month - 1, day))
  if (d.getUTCMonth() !== month - 1) return null
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** "7:30", "07:30", "0730", "7.30", "7:30 PM" → "HH:MM" (24 h). */
export function parseTime(text: string): string | null {
  const s = text.trim().toLowerCase()
  const m = /^(\d{1,2})(?:[:.h]?(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(s)
  if (!m) return null
  let h = Number(m[1])
  const min = m[2] === undefined ? 0 : Number(m[2])
  const meridiem = m[3]?.[0]
  if (meridiem) {
    if (h < 1 || h > 12) return null
    if (meridiem === 'p' && h !== 12) h += 12
    if (meridiem === 'a' && h === 12) h = 0
  }
  if (h > 23 || min > 59) return null
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`
}

/** Lower-case, without accents or anything but letters and digits ("Línea 1" → "linea1"). */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

/** A catalog option named by its code, its name, "code — name", or a pasted label; active options win ties. */
export function findOption<T extends AnyCatalogItem>(items: readonly T[], text: string): T | undefined {
  const key = normalize(text)
  if (!key) return undefined
  const byActive = (list: T[]) => list.find((i) => i.active) ?? list[0]
  const exact = items.filter((i) => normalize(i.code) === key)
  if (exact.length) return byActive(exact)
  const named = items.filter((i) => normalize(i.name) === key || normalize(`${i.code}${i.name}`) === key)
  if (named.length) return byActive(named)
  // "WO-1001 — Widget" copied from a read-back or another grid: the code before a dash
  const head = /^(.+?)\s+[—–-]\s+/.exec(text.trim())
  return head ? findOption(items, head[1]!) : undefined
}

/** Reads one cell's text as the column's type. Empty text is an empty cell (required-ness is a rule, not a parse error). */
export function parseCell(column: EntryColumn, text: string, ctx: ParseContext): Parsed {
  const s = text.trim()
  if (s === '') return ok(null)
  switch (column.type) {
    case 'integer':
    case 'decimal': {
      const value = parseNumber(s, ctx.locale, column.type === 'integer')
      if (value === null) return bad('entry.parse.number', { text: s })
      if (column.type === 'integer' && !Number.isInteger(value)) return bad('entry.parse.integer', { text: s })
      const decimals = column.decimals ?? 2
      if (column.type === 'decimal' && Math.abs(value * 10 ** decimals - Math.round(value * 10 ** decimals)) > 1e-6) {
        return bad('entry.parse.decimals', { text: s, decimals })
      }
      return ok(value)
    }
    case 'date': {
      const day = parseDate(s, ctx.dateOrder)
      return day ? ok(day) : bad('entry.parse.date', { text: s })
    }
    case 'time': {
      const time = parseTime(s)
      return time ? ok(time) : bad('entry.parse.time', { text: s })
    }
    case 'select': {
      const items = column.catalog ? ctx.catalogs.list(column.catalog) : []
      const found = findOption(items, s)
      return found ? ok(found.id) : bad('entry.parse.option', { text: s })
    }
    case 'lines':
      return column.lines ? parseLines(s, column.lines, column, ctx.catalogs, ctx.locale) : ok(null)
    default:
      return ok(s)
  }
}

/** The text a cell's value reads as (for editing and copying): codes for select columns, plain digits for numbers. */
export function cellText(column: EntryColumn, value: unknown, catalogs: CatalogIndex): string {
  if (value === null || value === undefined) return ''
  if (column.type === 'select' && column.catalog) return catalogs.get(column.catalog, value)?.code ?? `#${String(value)}`
  if (column.type === 'lines' && column.lines) return linesText(value, column.lines, column, catalogs)
  return String(value)
}
