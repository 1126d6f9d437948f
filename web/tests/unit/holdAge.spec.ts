import { describe, expect, it } from 'vitest'
import { ageBucket, ageHours, durationParts, formatDuration, instantToPlantLocal, plantLocalToInstant } from '@/utils/holdAge'

describe('hold age colours', () => {
  it('green up to 3 days, amber over 3 days, red over 7 days', () => {
    expect(ageBucket(0)).toBe('green')
    expect(ageBucket(72)).toBe('green')
    expect(ageBucket(72.01)).toBe('amber')
    expect(ageBucket(168)).toBe('amber')
    expect(ageBucket(168.01)).toBe('red')
    expect(ageBucket(1000)).toBe('red')
  })

  it('measures the age from the hold’s start to now, never negative', () => {
    const now = new Date('2026-05-12T12:00:00Z')
    expect(ageHours('2026-05-08T12:00:00Z', now)).toBe(96)
    expect(ageBucket(ageHours('2026-05-08T12:00:00Z', now))).toBe('amber')
    expect(ageHours('2026-05-13T00:00:00Z', now)).toBe(0)
    expect(ageHours('not a date', now)).toBe(0)
  })
})

describe('durations', () => {
  it('splits hours into days, hours and minutes', () => {
    expect(durationParts(53.25)).toEqual({ days: 2, hours: 5, minutes: 15 })
    expect(durationParts(0.5)).toEqual({ days: 0, hours: 0, minutes: 30 })
  })

  it('shows the two largest units', () => {
    expect(formatDuration(53.25)).toBe('2 d 5 h')
    expect(formatDuration(48)).toBe('2 d')
    expect(formatDuration(5.2)).toBe('5 h 12 min')
    expect(formatDuration(3)).toBe('3 h')
    expect(formatDuration(0.2)).toBe('12 min')
    expect(formatDuration(0)).toBe('0 min')
    expect(formatDuration(26, { d: 'días', h: 'h', min: 'min' })).toBe('1 días 2 h')
  })
})

describe('plant time input', () => {
  it('turns a plant-local clock time into the UTC instant', () => {
    expect(plantLocalToInstant('2026-05-12T06:30', 'America/Mexico_City')).toBe('2026-05-12T12:30:00.000Z')
    expect(plantLocalToInstant('2026-01-15T23:00', 'Europe/Madrid')).toBe('2026-01-15T22:00:00.000Z')
    expect(plantLocalToInstant('2026-07-15T23:00', 'Europe/Madrid')).toBe('2026-07-15T21:00:00.000Z')
    expect(plantLocalToInstant('12:30', 'UTC')).toBeNull()
  })

  it('uses the offset of the day itself around a DST change', () => {
    // New York moves to summer time on 2026-03-08 at 02:00
    expect(plantLocalToInstant('2026-03-08T01:30', 'America/New_York')).toBe('2026-03-08T06:30:00.000Z')
    expect(plantLocalToInstant('2026-03-08T03:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z')
  })

  it('shows an instant as plant-local input text, and back', () => {
    expect(instantToPlantLocal('2026-05-12T12:30:00Z', 'America/Mexico_City')).toBe('2026-05-12T06:30')
    expect(plantLocalToInstant(instantToPlantLocal('2026-11-01T05:45:00Z', 'America/Chicago'), 'America/Chicago')).toBe(
      '2026-11-01T05:45:00.000Z',
    )
  })
})
