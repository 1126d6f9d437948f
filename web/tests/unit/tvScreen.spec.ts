import { describe, expect, it } from 'vitest'
import { fragmentToken, isRefusal } from '@/views/tv/useTvScreen'
import { percent, planDelta, plantClock, shiftProgress } from '@/views/tv/tvFormat'
import { ApiError } from '@/utils/problem'

describe('TV screen rules', () => {
  it('reads the secret from the fragment only', () => {
    expect(fragmentToken('#token=kpd_abc')).toBe('kpd_abc')
    expect(fragmentToken('token=kpd_abc&x=1')).toBe('kpd_abc')
    expect(fragmentToken('')).toBeNull()
    expect(fragmentToken('#token=')).toBeNull()
  })

  it('tells a refusal from a failure worth retrying', () => {
    expect(isRefusal(new ApiError(401, {}))).toBe(true)
    expect(isRefusal(new ApiError(403, {}))).toBe(true)
    expect(isRefusal(new ApiError(404, {}))).toBe(true)
    expect(isRefusal(new ApiError(0, {}))).toBe(false)
    expect(isRefusal(new ApiError(503, {}))).toBe(false)
    expect(isRefusal(new Error('x'))).toBe(false)
  })

  it('shows the plant clock in the plant zone', () => {
    const at = new Date('2026-03-10T15:07:09Z')
    expect(plantClock(at, 'America/Chicago', 'en-GB')).toBe('10:07')
    expect(plantClock(at, 'Europe/Madrid', 'en-GB', true)).toBe('16:07:09')
    expect(plantClock(at, 'Not/AZone', 'en-GB')).toMatch(/^\d\d:07$/)
  })

  it('formats percentages and the plan', () => {
    expect(percent(16.88, 'en')).toBe('16.9 %')
    expect(percent(null, 'en')).toBe('—')
    expect(planDelta(30, 40)).toEqual({ kind: 'behind', count: 10 })
    expect(planDelta(45, 40)).toEqual({ kind: 'ahead', count: 5 })
    expect(planDelta(40, 40)).toEqual({ kind: 'onPlan', count: 0 })
    expect(planDelta(40, null)).toBeNull()
    expect(shiftProgress(40, 160)).toBe(25)
    expect(shiftProgress(200, 160)).toBe(100)
    expect(shiftProgress(1, null)).toBeNull()
  })
})
