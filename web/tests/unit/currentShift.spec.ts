import { describe, expect, it } from 'vitest'
import { addDays, currentRun, defaultRun, latestRun, plantNow, type ShiftClock } from '@/utils/currentShift'

const DAY: ShiftClock = { id: 1, name: 'Day', start: '06:00:00', end: '14:00:00', active: true }
const EVENING: ShiftClock = { id: 2, name: 'Evening', start: '14:00', end: '22:00', active: true }
const NIGHT: ShiftClock = { id: 3, name: 'Night', start: '22:00', end: '06:00', active: true }
const SHIFTS = [DAY, EVENING, NIGHT]
const at = (day: string, clock: string) => ({ day, minute: Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5)) })

describe('current shift', () => {
  it('is the shift whose clock times contain now, on today’s production day', () => {
    expect(currentRun(SHIFTS, at('2026-05-12', '09:30'))).toMatchObject({ shift: DAY, day: '2026-05-12', elapsed: 210, running: true })
    expect(currentRun(SHIFTS, at('2026-05-12', '21:59'))?.shift).toBe(EVENING)
  })

  it('starts a shift at its start minute and ends it before its end minute', () => {
    expect(currentRun(SHIFTS, at('2026-05-12', '06:00'))?.shift).toBe(DAY)
    expect(currentRun(SHIFTS, at('2026-05-12', '14:00'))?.shift).toBe(EVENING)
    expect(currentRun(SHIFTS, at('2026-05-12', '05:59'))?.shift).toBe(NIGHT)
  })

  it('after midnight is the night shift that started yesterday: its production day is yesterday', () => {
    const run = currentRun(SHIFTS, at('2026-05-12', '02:00'))
    expect(run).toMatchObject({ shift: NIGHT, day: '2026-05-11', elapsed: 240, duration: 480, running: true })
  })

  it('before midnight is the night shift that started today', () => {
    expect(currentRun(SHIFTS, at('2026-05-12', '23:15'))).toMatchObject({ shift: NIGHT, day: '2026-05-12', elapsed: 75 })
  })

  it('crosses month and year ends', () => {
    expect(currentRun(SHIFTS, at('2026-01-01', '00:30'))?.day).toBe('2025-12-31')
    expect(currentRun(SHIFTS, at('2024-03-01', '03:00'))?.day).toBe('2024-02-29')
  })

  it('ignores inactive shifts and prefers the one that started last when shifts overlap', () => {
    const overtime: ShiftClock = { id: 4, name: 'Overtime', start: '12:00', end: '16:00', active: true }
    expect(currentRun([...SHIFTS, overtime], at('2026-05-12', '13:00'))?.shift).toBe(overtime)
    expect(currentRun([...SHIFTS, overtime], at('2026-05-12', '15:00'))?.shift).toBe(EVENING)
    expect(currentRun([{ ...DAY, active: false }], at('2026-05-12', '09:00'))).toBeNull()
  })

  it('is none in a gap between shifts; the default is then the shift that ended last', () => {
    const shifts = [DAY, { ...EVENING, end: '20:00' }]
    expect(currentRun(shifts, at('2026-05-12', '21:00'))).toBeNull()
    expect(defaultRun(shifts, at('2026-05-12', '21:00'))).toMatchObject({ shift: { id: 2 }, day: '2026-05-12', running: false })
    // before the day shift: yesterday's evening shift ended last
    expect(defaultRun(shifts, at('2026-05-12', '05:00'))).toMatchObject({ shift: { id: 2 }, day: '2026-05-11' })
    expect(defaultRun([], at('2026-05-12', '05:00'))).toBeNull()
  })

  it('a 24-hour shift (end equal to start) is always running', () => {
    const allDay: ShiftClock = { id: 9, name: 'Continuous', start: '07:00', end: '07:00', active: true }
    expect(currentRun([allDay], at('2026-05-12', '06:59'))).toMatchObject({ day: '2026-05-11', running: true })
    expect(currentRun([allDay], at('2026-05-12', '07:00'))).toMatchObject({ day: '2026-05-12', elapsed: 0 })
  })

  it('the latest run of a picked shift is the last one that has started', () => {
    expect(latestRun(DAY, at('2026-05-12', '02:00'))).toMatchObject({ day: '2026-05-11', running: false })
    expect(latestRun(NIGHT, at('2026-05-12', '15:00'))).toMatchObject({ day: '2026-05-11', running: false })
    expect(latestRun({ ...DAY, start: 'x' }, at('2026-05-12', '02:00'))).toBeNull()
  })
})

describe('plant clock', () => {
  it('reads the day and minute in the plant’s time zone', () => {
    const instant = new Date('2026-05-12T07:30:00Z')
    expect(plantNow('America/Mexico_City', instant)).toEqual({ day: '2026-05-12', minute: 90 })
    expect(plantNow('Asia/Tokyo', instant)).toEqual({ day: '2026-05-12', minute: 16 * 60 + 30 })
    expect(plantNow('America/Los_Angeles', new Date('2026-05-12T03:00:00Z'))).toEqual({ day: '2026-05-11', minute: 20 * 60 })
  })

  it('at 02:00 plant time the night shift of the plant’s yesterday is current, whatever the browser’s zone', () => {
    const now = plantNow('Europe/Madrid', new Date('2026-05-12T00:00:00Z'))
    expect(now).toEqual({ day: '2026-05-12', minute: 120 })
    expect(currentRun(SHIFTS, now)).toMatchObject({ shift: NIGHT, day: '2026-05-11' })
  })

  it('adds days across months and leap years', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
  })
})
