import { describe, expect, it } from 'vitest'
import {
  breakProblems,
  clockOf,
  crossesMidnight,
  minuteOfDay,
  shiftDuration,
  splitMinutes,
  summarizeShift,
  toClock,
} from '@/utils/shiftTimes'

const b = (start: string, duration_minutes: number, name = 'Break') => ({ name, start, duration_minutes })

describe('clock times', () => {
  it('reads HH:MM (and HH:MM:SS) as minutes of the day', () => {
    expect(minuteOfDay('00:00')).toBe(0)
    expect(minuteOfDay('06:30')).toBe(390)
    expect(minuteOfDay('23:59')).toBe(1439)
    expect(minuteOfDay('07:05:00')).toBe(425)
    expect(minuteOfDay('24:00')).toBeNull()
    expect(minuteOfDay('7:00')).toBeNull()
    expect(minuteOfDay('')).toBeNull()
    expect(minuteOfDay(null)).toBeNull()
  })

  it('writes minutes of the day back as HH:MM', () => {
    expect(clockOf(0)).toBe('00:00')
    expect(clockOf(425)).toBe('07:05')
    expect(clockOf(1440 + 60)).toBe('01:00')
    expect(toClock('23:00:00')).toBe('23:00')
    expect(toClock('nonsense')).toBe('nonsense')
  })
})

describe('shift duration (as the server computes it)', () => {
  it('06:00–14:00 is 480 minutes on the same day', () => {
    expect(shiftDuration(360, 840)).toBe(480)
    expect(crossesMidnight(360, 840)).toBe(false)
  })

  it('22:00–06:00 crosses midnight: 1440 − 1320 + 360 = 480', () => {
    expect(shiftDuration(1320, 360)).toBe(480)
    expect(crossesMidnight(1320, 360)).toBe(true)
  })

  it('23:00–07:00 is 8 h crossing midnight; an end at 00:00 is midnight', () => {
    expect(shiftDuration(1380, 420)).toBe(480)
    expect(shiftDuration(960, 0)).toBe(480) // 16:00–00:00
    expect(crossesMidnight(960, 0)).toBe(true)
  })

  it('start = end is a 24-hour shift', () => {
    expect(shiftDuration(360, 360)).toBe(1440)
    expect(shiftDuration(0, 0)).toBe(1440)
    expect(crossesMidnight(360, 360)).toBe(true)
  })

  it('one minute either way', () => {
    expect(shiftDuration(600, 601)).toBe(1)
    expect(shiftDuration(601, 600)).toBe(1439)
  })
})

describe('shift summary', () => {
  it('Day 06:00–14:00 with 15 + 30 min breaks: 480 − 45 = 435 scheduled', () => {
    expect(summarizeShift('06:00', '14:00', [b('08:00', 15), b('10:00', 30)])).toEqual({
      durationMinutes: 480,
      breakMinutes: 45,
      scheduledMinutes: 435,
      crossesMidnight: false,
    })
  })

  it('Late 23:00–07:00 with a 30 min break at 03:00: 480 − 30 = 450, crossing midnight', () => {
    expect(summarizeShift('23:00', '07:00', [b('03:00', 30)])).toEqual({
      durationMinutes: 480,
      breakMinutes: 30,
      scheduledMinutes: 450,
      crossesMidnight: true,
    })
  })

  it('24 h shift without breaks', () => {
    expect(summarizeShift('07:00', '07:00', [])).toEqual({
      durationMinutes: 1440,
      breakMinutes: 0,
      scheduledMinutes: 1440,
      crossesMidnight: true,
    })
  })

  it('is null while a time is missing; unparseable break lengths count as 0', () => {
    expect(summarizeShift('', '07:00', [])).toBeNull()
    expect(summarizeShift('23:00', '25:00', [])).toBeNull()
    expect(summarizeShift('06:00', '14:00', [b('08:00', Number.NaN)])?.scheduledMinutes).toBe(480)
  })

  it('splits minutes into hours and padded minutes', () => {
    expect(splitMinutes(480)).toEqual({ hours: 8, minutes: '00' })
    expect(splitMinutes(435)).toEqual({ hours: 7, minutes: '15' })
    expect(splitMinutes(5)).toEqual({ hours: 0, minutes: '05' })
    expect(splitMinutes(1440)).toEqual({ hours: 24, minutes: '00' })
  })
})

describe('break rules (as the server checks them)', () => {
  it('accepts breaks inside the shift, also after midnight', () => {
    expect(breakProblems('06:00', '14:00', [b('08:00', 15), b('10:00', 30)])).toEqual([])
    expect(breakProblems('23:00', '07:00', [b('03:00', 30)])).toEqual([])
    expect(breakProblems('23:00', '07:00', [b('06:30', 30)])).toEqual([]) // ends exactly at the shift's end
  })

  it('rejects a break outside the shift or running past its end', () => {
    expect(breakProblems('06:00', '14:00', [b('15:00', 15)])).toEqual([{ index: 0, problem: 'outside' }])
    expect(breakProblems('23:00', '07:00', [b('06:45', 30)])).toEqual([{ index: 0, problem: 'outside' }])
    // 05:00 is before a 06:00 start: offset 23 h, outside an 8 h shift
    expect(breakProblems('06:00', '14:00', [b('05:00', 10)])).toEqual([{ index: 0, problem: 'outside' }])
  })

  it('rejects overlapping breaks in shift order, whatever their list order', () => {
    expect(breakProblems('22:00', '06:00', [b('01:10', 30, 'B'), b('01:00', 15, 'A')])).toEqual([
      { index: 0, problem: 'overlap' },
    ])
    expect(breakProblems('06:00', '14:00', [b('08:00', 15), b('08:15', 15)])).toEqual([])
  })

  it('rejects breaks that leave no working time', () => {
    expect(breakProblems('06:00', '07:00', [b('06:00', 60)])).toEqual([{ index: -1, problem: 'noWorkingTime' }])
  })

  it('skips breaks whose own fields are invalid and shifts without valid times', () => {
    expect(breakProblems('06:00', '14:00', [b('', 15), b('08:00', 0)])).toEqual([])
    expect(breakProblems('', '14:00', [b('15:00', 15)])).toEqual([])
  })
})
