import { describe, expect, it } from 'vitest'
import { normalizeCode } from '@/utils/catalogRules'
import { cycleSeconds, formatNumber, parseCycleHours } from '@/utils/cycleTime'

describe('ideal cycle time (hours per unit)', () => {
  it('converts hours to seconds without floating-point noise', () => {
    expect(cycleSeconds(0.0025)).toBe(9)
    expect(cycleSeconds(0.015)).toBe(54)
    expect(cycleSeconds(1)).toBe(3600)
    expect(cycleSeconds(0.000001)).toBe(0.004)
    expect(cycleSeconds(0.0035)).toBe(12.6)
  })

  it('formats seconds in the locale', () => {
    expect(formatNumber(9, 'en')).toBe('9')
    expect(formatNumber(12.6, 'en')).toBe('12.6')
    expect(formatNumber(12.6, 'es')).toBe('12,6')
    expect(formatNumber(0.0025, 'en', 6)).toBe('0.0025')
  })

  it('accepts empty (no cycle time) and decimals > 0, ≤ 24, with at most 6 decimals', () => {
    expect(parseCycleHours('')).toEqual({ value: null, error: null })
    expect(parseCycleHours(null)).toEqual({ value: null, error: null })
    expect(parseCycleHours('0.0025')).toEqual({ value: 0.0025, error: null })
    expect(parseCycleHours(' 0,0025 ')).toEqual({ value: 0.0025, error: null })
    expect(parseCycleHours('.5')).toEqual({ value: 0.5, error: null })
    expect(parseCycleHours('24')).toEqual({ value: 24, error: null })
    expect(parseCycleHours('0.000001')).toEqual({ value: 0.000001, error: null })
    expect(parseCycleHours('0.1000000')).toEqual({ value: 0.1, error: null })
  })

  it('rejects what the server rejects', () => {
    expect(parseCycleHours('abc').error).toBe('number')
    expect(parseCycleHours('-1').error).toBe('number')
    expect(parseCycleHours('1e-3').error).toBe('number')
    expect(parseCycleHours('0').error).toBe('positive')
    expect(parseCycleHours('0.0000001').error).toBe('decimals')
    expect(parseCycleHours('24.000001').error).toBe('max')
  })
})

describe('codes', () => {
  it('are upper-cased without spaces while typing', () => {
    expect(normalizeCode('brk 100')).toBe('BRK100')
    expect(normalizeCode('l1')).toBe('L1')
    expect(normalizeCode(null)).toBe('')
  })
})
