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

/** Weekday, date and time "now" in an IANA zone, e.g. for client cards. */
export function formatZonedNow(timeZone: string, locale = 'en', now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    }).format(now)
  } catch {
    return ''
  }
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
