import type { LocationQuery } from 'vue-router'
import type { EntryFilter } from './types'

/** The entry page's filter in the URL (?date=2026-11-29&days=7&shift=3&line=2), so a reload or a link keeps it. */

export const DAY_CHOICES = [1, 7, 31] as const

function one(v: LocationQuery[string] | undefined): string | null {
  const s = Array.isArray(v) ? v[0] : v
  return typeof s === 'string' && s ? s : null
}
function id(v: LocationQuery[string] | undefined): number | null {
  const s = one(v)
  return s && /^\d+$/.test(s) ? Number(s) : null
}

export function parseEntryFilter(query: LocationQuery, today: string): EntryFilter {
  const date = one(query.date)
  const days = Number(one(query.days))
  return {
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) && date <= today ? date : today,
    days: (DAY_CHOICES as readonly number[]).includes(days) ? days : 1,
    shift: id(query.shift),
    line: id(query.line),
  }
}

export function entryFilterQuery(f: EntryFilter, today: string): Record<string, string> {
  const q: Record<string, string> = {}
  if (f.date !== today) q.date = f.date
  if (f.days !== 1) q.days = String(f.days)
  if (f.shift !== null) q.shift = String(f.shift)
  if (f.line !== null) q.line = String(f.line)
  return q
}
