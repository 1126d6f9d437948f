import { describe, expect, it } from 'vitest'
import { ApiError, mapFieldErrors, normalizeField, parseRetryAfter, problemText, toProblem } from '@/utils/problem'
import { clientRuleError, clientsForRole, isLocked } from '@/utils/userRules'
import { diffObjects } from '@/utils/jsonDiff'

describe('problem details → form field errors', () => {
  const problem = toProblem(
    {
      type: 'urn:kpiops:problem:validation_failed',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'The request breaks 4 rule(s); see errors.',
      errors: [
        { field: 'time_zone', message: 'unknown time zone' },
        { field: 'code', message: 'must be 2 to 20 letters' },
        { field: 'code', message: 'must be 2 to 20 letters' },
        { field: 'clientIds[0]', message: 'unknown client' },
        { field: '', message: 'operator needs exactly one client' },
      ],
    },
    422,
  )

  it('maps snake_case (and camelCase / indexed) fields onto form keys', () => {
    const { fields, other } = mapFieldErrors(problem, ['code', 'name', 'time_zone', 'client_ids'])
    expect(fields).toEqual({
      time_zone: ['unknown time zone'],
      code: ['must be 2 to 20 letters'],
      client_ids: ['unknown client'],
    })
    expect(other).toEqual(['operator needs exactly one client'])
  })

  it('sends unknown fields to the form-level list', () => {
    const { fields, other } = mapFieldErrors(problem, ['name'])
    expect(fields).toEqual({})
    expect(other).toContain('time_zone: unknown time zone')
  })

  it('normalises field names', () => {
    expect(normalizeField('fullName')).toBe('full_name')
    expect(normalizeField('client_ids[2]')).toBe('client_ids')
    expect(normalizeField('address.city')).toBe('address')
    expect(normalizeField('new_password')).toBe('new_password')
  })

  it('normalises odd bodies', () => {
    expect(toProblem(null, 500)).toEqual({ status: 500 })
    expect(toProblem('Bad gateway', 502)).toEqual({ status: 502, detail: 'Bad gateway' })
    expect(toProblem({ title: 'X', errors: 'nope' }, 400)).toEqual({ title: 'X', status: 400 })
  })

  it('picks detail, then title', () => {
    expect(problemText({ detail: 'D', title: 'T' })).toBe('D')
    expect(problemText({ detail: ' ', title: 'T' })).toBe('T')
    expect(problemText({})).toBeNull()
  })

  it('parses Retry-After as seconds or HTTP date', () => {
    expect(parseRetryAfter('42')).toBe(42)
    expect(parseRetryAfter(null)).toBeNull()
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30)
  })

  it('ApiError exposes code and network flag', () => {
    const e = new ApiError(401, { code: 'account_locked', detail: 'Locked' })
    expect(e.code).toBe('account_locked')
    expect(e.message).toBe('Locked')
    expect(new ApiError(0, {}).isNetwork).toBe(true)
  })
})

describe('user role ↔ client rules', () => {
  it('operator exactly one, leader/poweruser at least one, admin none', () => {
    expect(clientRuleError('operator', [])).toBe('operatorOneClient')
    expect(clientRuleError('operator', [1, 2])).toBe('operatorOneClient')
    expect(clientRuleError('operator', [1])).toBeNull()
    expect(clientRuleError('leader', [])).toBe('atLeastOneClient')
    expect(clientRuleError('poweruser', [1, 2])).toBeNull()
    expect(clientRuleError('admin', [])).toBeNull()
    expect(clientsForRole('operator', [3, 4])).toEqual([3])
    expect(clientsForRole('admin', [3, 4])).toEqual([])
    expect(clientsForRole('leader', [3, 4])).toEqual([3, 4])
  })

  it('treats only a future locked_until as locked', () => {
    const now = Date.parse('2026-05-01T12:00:00Z')
    expect(isLocked('2026-05-01T12:05:00Z', now)).toBe(true)
    expect(isLocked('2026-05-01T11:55:00Z', now)).toBe(false)
    expect(isLocked(null, now)).toBe(false)
  })
})

describe('audit JSON diff', () => {
  it('lists the union of keys and flags changed ones', () => {
    const rows = diffObjects({ name: 'A', active: true, tags: [1] }, { name: 'B', active: true, tags: [1], code: 'X' })
    expect(rows).toEqual([
      { key: 'name', oldValue: 'A', newValue: 'B', changed: true },
      { key: 'active', oldValue: true, newValue: true, changed: false },
      { key: 'tags', oldValue: [1], newValue: [1], changed: false },
      { key: 'code', oldValue: undefined, newValue: 'X', changed: true },
    ])
    expect(diffObjects(null, null)).toEqual([])
    expect(diffObjects(null, '{"a":1}')).toEqual([{ key: 'a', oldValue: undefined, newValue: 1, changed: true }])
  })
})
