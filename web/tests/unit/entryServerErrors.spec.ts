import { describe, expect, it } from 'vitest'
import { mapBatchErrors, mapRowErrors } from '@/components/entry/serverErrors'

describe("the API's 422 errors back on rows and cells", () => {
  it('maps entries[i].field to the i-th row sent and its column', () => {
    const { byKey, other } = mapBatchErrors(
      [
        { field: 'entries[3].units_produced', message: 'must be at most 1000000' },
        { field: 'entries[3].units_produced', message: 'must be at most 1000000' },
        { field: 'entries[0].scrap_count', message: 'rework_count + scrap_count (3) must not exceed defect_count (2)' },
        { field: 'entries[1]', message: 'row problem' },
        { field: 'entries[1].defects[0].code', message: 'unknown code' },
        { field: 'entries[7].line_id', message: 'not sent' },
        { field: 'client_id', message: 'no client' },
      ],
      ['k0', 'k1', 'k2', 'k3'],
    )
    expect(byKey.get('k3')).toEqual({ units_produced: ['must be at most 1000000'] })
    expect(byKey.get('k0')).toEqual({ scrap_count: ['rework_count + scrap_count (3) must not exceed defect_count (2)'] })
    expect(byKey.get('k1')).toEqual({ '': ['row problem'], defects: ['unknown code'] })
    expect(byKey.has('k2')).toBe(false)
    expect(other).toEqual(['entries[7].line_id: not sent', 'client_id: no client'])
  })

  it("maps a single entry's errors by field", () => {
    expect(mapRowErrors([{ field: 'shift_date', message: 'too old' }, { field: '', message: 'whole row' }])).toEqual({
      shift_date: ['too old'],
      '': ['whole row'],
    })
  })
})
