/**
 * Which shift is running at the plant now, and which production day it belongs to. Shift clock times are plant-local
 * wall-clock times; a shift whose end is at or before its start runs past midnight and belongs to the day it started
 * (at 02:00 the night shift 22:00–06:00 is the one that started yesterday: its production day is yesterday).
 */
import { DAY_MINUTES, minuteOfDay, shiftDuration } from './shiftTimes'

export interface ShiftClock {
  id: number
  name: string
  start: string
  end: string
  active: boolean
}

/** The plant's wall clock: its day "YYYY-MM-DD" and the minute of that day. */
export interface PlantNow {
  day: string
  minute: number
}

/** One run of a shift: the production day it started on, and how far into it `now` is. */
export interface ShiftRun<S extends ShiftClock = ShiftClock> {
  shift: S
  /** Production day (plant-local) the run started on. */
  day: string
  /** Minutes from the run's start to now. */
  elapsed: number
  /** Length of the shift in minutes. */
  duration: number
  /** Whether now lies inside the run. */
  running: boolean
}

/** The plant's day and minute at `now` in `timeZone` (the browser's zone when none or an unknown one is given). */
export function plantNow(timeZone: string | null | undefined, now: Date = new Date()): PlantNow {
  const format = (tz?: string) =>
    new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: tz,
    }).formatToParts(now)
  let parts: Intl.DateTimeFormatPart[]
  try {
    parts = format(timeZone ?? undefined)
  } catch {
    parts = format()
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  return { day: `${get('year')}-${get('month')}-${get('day')}`, minute: Number(get('hour')) * 60 + Number(get('minute')) }
}

/** `day` ± `days` ("YYYY-MM-DD", calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** The latest run of `shift` that has started by `now` (today's if its start time has passed, else yesterday's). */
export function latestRun<S extends ShiftClock>(shift: S, now: PlantNow): ShiftRun<S> | null {
  const start = minuteOfDay(shift.start)
  const end = minuteOfDay(shift.end)
  if (start === null || end === null) return null
  const duration = shiftDuration(start, end)
  const elapsed = (((now.minute - start) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES
  const day = now.minute >= start ? now.day : addDays(now.day, -1)
  return { shift, day, elapsed, duration, running: elapsed < duration }
}

/**
 * The run of an active shift whose clock times contain now; when shifts overlap, the one that started last.
 * Null when no shift is running (a gap between shifts, or no shifts).
 */
export function currentRun<S extends ShiftClock>(shifts: readonly S[], now: PlantNow): ShiftRun<S> | null {
  const running = shifts
    .filter((s) => s.active)
    .map((s) => latestRun(s, now))
    .filter((r): r is ShiftRun<S> => r !== null && r.running)
  return running.reduce<ShiftRun<S> | null>((best, r) => (best === null || r.elapsed < best.elapsed ? r : best), null)
}

/**
 * The run to record for when the user has not picked one: the running shift, else the one that ended last (entries
 * are often made just after a shift), else null when the client has no usable shift.
 */
export function defaultRun<S extends ShiftClock>(shifts: readonly S[], now: PlantNow): ShiftRun<S> | null {
  const current = currentRun(shifts, now)
  if (current) return current
  const runs = shifts
    .filter((s) => s.active)
    .map((s) => latestRun(s, now))
    .filter((r): r is ShiftRun<S> => r !== null)
  // minutes since the end of each latest run; a run that has not ended cannot be here (it would be running)
  return runs.reduce<ShiftRun<S> | null>(
    (best, r) => (best === null || r.elapsed - r.duration < best.elapsed - best.duration ? r : best),
    null,
  )
}
