import { describe, expect, it } from 'vitest'
import type { Employee } from '@/api/types'
import { employeeUpdate } from '@/utils/catalogBodies'

describe('an employee update rebuilt from the record', () => {
  const employee: Employee = {
    id: 9,
    client_id: 1,
    code: 'EMP-009',
    name: 'Ana López',
    line_id: 3,
    shift_id: 5,
    floating_pool: false,
    active: true,
    version: 2,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-02T00:00:00Z',
  }

  it('keeps the line and the usual shift (the grid toggles active with it)', () => {
    expect({ ...employeeUpdate(employee), active: false }).toEqual({
      name: 'Ana López',
      line_id: 3,
      shift_id: 5,
      floating_pool: false,
      active: false,
      version: 2,
    })
  })

  it('leaves out a line or shift the employee does not have', () => {
    const body = employeeUpdate({ ...employee, line_id: null, shift_id: null })
    expect(body.line_id).toBeUndefined()
    expect(body.shift_id).toBeUndefined()
  })
})
