/** HH:MM (24 h) of an instant in the browser's time zone, or in `timeZone` when given. */
export function formatClock(iso: string | Date, locale = 'en', timeZone?: string): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso
  if (Number.isNaN(d.getTime())) return ''
  try {
    return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(d)
  } catch {
    return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d)
  }
}

export function formatDateTime(iso: string | null | undefined, locale = 'en'): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return String(iso)
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d)
}

/** IANA zones known to the browser (fallback list when Intl.supportedValuesOf is missing). */
export function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] }
  const list = intl.supportedValuesOf?.('timeZone') ?? []
  const base = list.length
    ? [...list]
    : ['America/Mexico_City', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'Europe/Madrid', 'Europe/London', 'Asia/Shanghai']
  if (!base.includes('UTC')) base.push('UTC')
  return base.sort()
}

/** A plant day "YYYY-MM-DD" as "12 May 2025" (never shifted by the browser's time zone). */
export function formatDay(day: string | null | undefined, locale = 'en'): string {
  if (!day) return ''
  const d = new Date(`${day}T00:00:00Z`)
  if (Number.isNaN(d.getTime())) return day
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d)
}

/** An instant for the shop floor: "Tue 12 May 2025, 14:32" (24 h) in `timeZone` (default: the browser's). */
export function formatInstant(iso: string | null | undefined, locale = 'en', timeZone?: string): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(d)
  } catch {
    return new Intl.DateTimeFormat(locale, options).format(d)
  }
}

/** Today's date "YYYY-MM-DD" in an IANA zone (the plant's day), or in the browser's zone. */
export function dayIn(timeZone?: string | null, now: Date = new Date()): string {
  const parts = (tz?: string) =>
    new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: tz }).format(now)
  try {
    return parts(timeZone ?? undefined)
  } catch {
    return parts()
  }
}
