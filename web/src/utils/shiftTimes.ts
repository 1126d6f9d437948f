/**
 * Shift clock arithmetic, the same as the server's ShiftTimes: an end at or before the start
 * is on the next day (24 h when equal); breaks are offsets into the shift; scheduled = duration − breaks.
 */

export const DAY_MINUTES = 24 * 60
export const MAX_BREAKS = 10
export const MAX_BREAK_MINUTES = 240

export interface BreakInput {
  name: string
  start: string
  duration_minutes: number
}

export interface ShiftSummary {
  durationMinutes: number
  breakMinutes: number
  scheduledMinutes: number
  crossesMidnight: boolean
}

/** Minute of the day of "HH:MM" (seconds, as some time inputs add, are ignored); null when not a clock time. */
export function minuteOfDay(clock: string | null | undefined): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?$/.exec((clock ?? '').trim())
  if (!m) return null
  return Number(m[1]) * 60 + Number(m[2])
}

/** "HH:MM" of a minute of the day. */
export function clockOf(minute: number): string {
  const m = ((minute % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}

/** "HH:MM:SS" or "HH:MM" → "HH:MM"; anything else unchanged. */
export function toClock(value: string | null | undefined): string {
  const m = minuteOfDay(value)
  return m === null ? (value ?? '') : clockOf(m)
}

export function crossesMidnight(start: number, end: number): boolean {
  return end <= start
}

/** Minutes from start to end (minutes of the day). */
export function shiftDuration(start: number, end: number): number {
  return end > start ? end - start : DAY_MINUTES - start + end
}

/** Duration, break and scheduled minutes of a shift; null while a time is missing or invalid. */
export function summarizeShift(
  start: string | null | undefined,
  end: string | null | undefined,
  breaks: readonly Pick<BreakInput, 'duration_minutes'>[],
): ShiftSummary | null {
  const s = minuteOfDay(start)
  const e = minuteOfDay(end)
  if (s === null || e === null) return null
  const durationMinutes = shiftDuration(s, e)
  const breakMinutes = breaks.reduce((sum, b) => sum + (Number.isFinite(b.duration_minutes) ? b.duration_minutes : 0), 0)
  return { durationMinutes, breakMinutes, scheduledMinutes: durationMinutes - breakMinutes, crossesMidnight: crossesMidnight(s, e) }
}

export type BreakProblem = 'outside' | 'overlap' | 'noWorkingTime'

/**
 * The server's break rules: each break lies inside the shift and does not overlap the one before it
 * (in shift order), and the breaks leave working time. Returns problems by break index
 * (-1 for the whole list). Breaks with an invalid time or length are skipped (checked per field).
 */
export function breakProblems(
  start: string | null | undefined,
  end: string | null | undefined,
  breaks: readonly BreakInput[],
): { index: number; problem: BreakProblem }[] {
  const s = minuteOfDay(start)
  const e = minuteOfDay(end)
  if (s === null || e === null) return []
  const duration = shiftDuration(s, e)
  const placed = breaks
    .map((b, index) => ({ index, offset: minuteOfDay(b.start), minutes: b.duration_minutes }))
    .filter((b): b is { index: number; offset: number; minutes: number } => b.offset !== null && Number.isInteger(b.minutes) && b.minutes >= 1)
    .map((b) => ({ ...b, offset: (((b.offset - s) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES }))
    .sort((a, b) => a.offset - b.offset)
  const out: { index: number; problem: BreakProblem }[] = []
  let previousEnd = 0
  for (const b of placed) {
    if (b.offset + b.minutes > duration) out.push({ index: b.index, problem: 'outside' })
    else if (b.offset < previousEnd) out.push({ index: b.index, problem: 'overlap' })
    previousEnd = Math.max(previousEnd, b.offset + b.minutes)
  }
  if (out.length === 0) {
    const summary = summarizeShift(start, end, breaks)
    if (summary && summary.scheduledMinutes <= 0) out.push({ index: -1, problem: 'noWorkingTime' })
  }
  return out
}

/** Whole hours and zero-padded minutes, e.g. 435 → { hours: 7, minutes: '15' }. */
export function splitMinutes(total: number): { hours: number; minutes: string } {
  const sign = total < 0 ? -1 : 1
  const abs = Math.abs(Math.trunc(total))
  return { hours: sign * Math.floor(abs / 60), minutes: String(abs % 60).padStart(2, '0') }
}
