import { describe, expect, it } from 'vitest'
import { checkPassword, hasRepeatRun, hasSequenceRun, isPasswordValid, passwordViolations } from '@/utils/passwordPolicy'

describe('password policy hints (mirror of the server policy)', () => {
  it('accepts the demo passwords', () => {
    for (const pw of ['Admin!Plant26', 'Power!Plant26', 'Leader!Plant26', 'Operator!Plant26']) {
      expect(passwordViolations(pw), pw).toEqual([])
    }
  })

  it('reports every rule for an empty password', () => {
    expect(passwordViolations('')).toEqual([
      'length', 'upper', 'lower', 'digit', 'special', 'notCommon', 'noRepeat', 'noSequence',
    ])
  })

  it('checks the length bounds 8..128', () => {
    expect(passwordViolations('Ab1!xyZ')).toContain('length') // 7
    expect(passwordViolations('Ab1!xyZq')).not.toContain('length') // 8
    const max = 'Ab1!' + 'xQ'.repeat(62) // 4 + 124 = 128
    expect(max.length).toBe(128)
    expect(passwordViolations(max)).not.toContain('length')
    expect(passwordViolations(max + 'z')).toContain('length') // 129
  })

  it('needs upper, lower, digit and a listed special character', () => {
    expect(passwordViolations('plant!26x')).toEqual(['upper'])
    expect(passwordViolations('PLANT!26X')).toEqual(['lower'])
    expect(passwordViolations('Plant!abX')).toEqual(['digit'])
    expect(passwordViolations('Plant26Xy')).toEqual(['special'])
    // backtick, tilde and backslash are not in the server's special set
    expect(passwordViolations('Plant26Xy`~\\')).toEqual(['special'])
    expect(passwordViolations('Plant26Xy?')).toEqual([])
  })

  it('rejects common passwords case-insensitively', () => {
    expect(passwordViolations('password')).toContain('notCommon')
    expect(passwordViolations('PassW0rd')).toContain('notCommon')
    expect(passwordViolations('Welcome123')).toContain('notCommon')
    expect(passwordViolations('Welcome1234!')).not.toContain('notCommon')
  })

  it('rejects a character 4 times in a row, allows 3', () => {
    expect(hasRepeatRun('Xaaab')).toBe(false)
    expect(hasRepeatRun('Xaaaab')).toBe(true)
    expect(hasRepeatRun('!!!!')).toBe(true)
    expect(hasRepeatRun('aAaA')).toBe(false)
    expect(passwordViolations('Plant!26zzzz')).toEqual(['noRepeat'])
    expect(passwordViolations('Plant!26zzz')).toEqual([])
  })

  it('rejects 4-char ascending/descending digit or letter runs (case-insensitive), allows 3', () => {
    expect(hasSequenceRun('1234')).toBe(true)
    expect(hasSequenceRun('x4321y')).toBe(true)
    expect(hasSequenceRun('abcd')).toBe(true)
    expect(hasSequenceRun('dcba')).toBe(true)
    expect(hasSequenceRun('aBcD')).toBe(true)
    expect(hasSequenceRun('WXYZ')).toBe(true)
    expect(hasSequenceRun('123')).toBe(false)
    expect(hasSequenceRun('abc1')).toBe(false)
    expect(hasSequenceRun('1357')).toBe(false)
    expect(hasSequenceRun('9abc')).toBe(false) // '9' → 'a' crosses classes
    expect(hasSequenceRun('1212')).toBe(false)
    expect(passwordViolations('Zq!x1234')).toEqual(['noSequence'])
    expect(passwordViolations('Zq!xdcba9')).toEqual(['noSequence'])
    expect(passwordViolations('Zq!x1243')).toEqual([])
  })

  it('returns the rules in a stable order with ok flags', () => {
    const r = checkPassword('Plant!26')
    expect(r.map((x) => x.rule)).toEqual([
      'length', 'upper', 'lower', 'digit', 'special', 'notCommon', 'noRepeat', 'noSequence',
    ])
    expect(r.every((x) => x.ok)).toBe(true)
    expect(isPasswordValid('Plant!26')).toBe(true)
    expect(isPasswordValid('Plant26')).toBe(false)
  })
})
