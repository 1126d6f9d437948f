/**
 * Hold ages and durations: the colour of an open hold's age (amber over 3 days, red over 7, as the server's aging
 * view), hours as "2 d 5 h" parts, and plant-local clock input turned into the UTC instant the API takes.
 */

export type AgeBucket = 'green' | 'amber' | 'red'

const HOUR = 3_600_000
export const AMBER_AFTER_DAYS = 3
export const RED_AFTER_DAYS = 7

/** Hours from `heldAt` to `now` (0 for an instant in the future or an unreadable one). */
export function ageHours(heldAt: string, now: Date = new Date()): number {
  const t = Date.parse(heldAt)
  if (Number.isNaN(t)) return 0
  return Math.max(0, (now.getTime() - t) / HOUR)
}

/** Green up to 3 days, amber over 3 days, red over 7 days (strictly over: exactly 3 days is still green). */
export function ageBucket(hours: number): AgeBucket {
  if (hours > RED_AFTER_DAYS * 24) return 'red'
  if (hours > AMBER_AFTER_DAYS * 24) return 'amber'
  return 'green'
}

export const BUCKET_COLOR: Record<AgeBucket, string> = { green: 'success', amber: 'warning', red: 'error' }

/** Whole days, hours and minutes of a number of hours (rounded to the minute). */
export function durationParts(hours: number): { days: number; hours: number; minutes: number } {
  const total = Math.max(0, Math.round(hours * 60))
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 }
}

/**
 * A duration for people: "2 d 5 h", "5 h 12 min", "12 min" (the two largest units; `units` gives their words).
 */
export function formatDuration(hours: number, units: { d: string; h: string; min: string } = { d: 'd', h: 'h', min: 'min' }): string {
  const p = durationParts(hours)
  if (p.days > 0) return p.hours > 0 ? `${p.days} ${units.d} ${p.hours} ${units.h}` : `${p.days} ${units.d}`
  if (p.hours > 0) return p.minutes > 0 ? `${p.hours} ${units.h} ${p.minutes} ${units.min}` : `${p.hours} ${units.h}`
  return `${p.minutes} ${units.min}`
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (e.g. −360 for America/Chicago in winter). */
function offsetMinutes(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return Math.round((asUtc - instant) / 60_000)
}

/**
 * The UTC instant (ISO) of a plant-local "YYYY-MM-DDTHH:MM" in `timeZone`; null when the text is not such a time.
 * (A clock time skipped by a DST change lands an hour off; no plant records holds in that hour.)
 */
export function plantLocalToInstant(local: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim())
  if (!m) return null
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]))
  if (Number.isNaN(wall)) return null
  try {
    // the offset at the wall time read as UTC can differ from the offset at the real instant near a DST change:
    // a second pass takes the offset at the first guess
    const guess = wall - offsetMinutes(timeZone, wall) * 60_000
    return new Date(wall - offsetMinutes(timeZone, guess) * 60_000).toISOString()
  } catch {
    return null
  }
}

/** "YYYY-MM-DDTHH:MM" of an instant in `timeZone` (for a datetime-local input showing plant time). */
export function instantToPlantLocal(iso: string | Date, timeZone: string): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(d)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`
}
