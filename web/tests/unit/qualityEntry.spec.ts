import { describe, expect, it } from 'vitest'
import type { QualityEntry } from '@/api/types'
import { catalogIndex } from '@/components/entry/catalogs'
import { newRow, isChanged, storedRow } from '@/components/entry/rows'
import type { CatalogItem, RuleContext } from '@/components/entry/types'
import { validateRow, type RowErrors } from '@/components/entry/validation'
import { inspectionSummary, qualityEntry, qualityRecord, qualityRequest } from '@/views/entry/qualityEntry'
import { products, shifts, workOrders } from './entryFixtures'

const defectTypes: CatalogItem[] = [
  { id: 40, code: 'SCR', name: 'Scratch', active: true },
  { id: 41, code: 'DENT', name: 'Dent', active: true },
]
const jobs: CatalogItem[] = [
  { id: 50, code: 'WO-1001/1', name: 'Press', active: true, extra: { workOrderId: 30 } },
  { id: 51, code: 'WO-1002/1', name: 'Weld', active: true, extra: { workOrderId: 31 } },
]
const inspectionStages: CatalogItem<string>[] = ['INCOMING', 'IN_PROCESS', 'FINAL'].map((s) => ({ id: s, code: s, name: '', active: true }))
const ctx: RuleContext = {
  catalogs: catalogIndex({ shifts, products, workOrders, defectTypes, jobs, inspectionStages }),
  today: '2026-11-29',
  earliest: '2026-11-22',
}

const good = {
  shift_date: '2026-11-29',
  shift_id: 1,
  work_order_id: 30,
  job_id: null,
  product_id: null,
  inspection_stage: 'FINAL',
  units_inspected: 200,
  units_passed_first_time: 190,
  units_defective: 8,
  total_defects: 12,
  defects: [
    { defect_type_id: 40, count: 7 },
    { defect_type_id: 41, count: 5 },
  ],
  units_reworked: 3,
  units_repaired: 2,
  units_scrapped: 1,
  inspector: null,
  notes: null,
}
const keys = (e: RowErrors) => Object.fromEntries(Object.entries(e).map(([f, ms]) => [f, ms.map((m) => ('key' in m ? m.key : m.text))]))
const check = (values: Record<string, unknown>) => keys(validateRow(newRow({ ...good, ...values }), qualityEntry, ctx))

describe('quality rows: the API count rules, on the cell the server names', () => {
  it('accepts a consistent inspection', () => {
    expect(check({})).toEqual({})
    expect(check({ defects: null, total_defects: null, units_passed_first_time: null })).toEqual({})
  })

  it('defective ≤ inspected, passed + defective ≤ inspected', () => {
    expect(check({ units_defective: 201, total_defects: null, defects: null, units_passed_first_time: null })).toEqual({
      units_defective: ['entry.quality.defectiveAboveInspected'],
    })
    expect(check({ units_passed_first_time: 193 })).toEqual({ units_passed_first_time: ['entry.quality.passedAboveGood'] })
    expect(check({ units_passed_first_time: 192 })).toEqual({})
  })

  it('reworked + repaired + scrapped ≤ defective, shown on scrapped', () => {
    expect(check({ units_scrapped: 4 })).toEqual({ units_scrapped: ['entry.quality.recoveredAboveDefective'] })
  })

  it('the defect details add up to the total; the total covers the defective units; defects make a unit defective', () => {
    expect(check({ total_defects: 13 })).toEqual({ total_defects: ['entry.quality.totalNotSum'] })
    // without a total the server takes the details' sum
    expect(check({ total_defects: null })).toEqual({})
    expect(check({ defects: null, total_defects: 7 })).toEqual({ total_defects: ['entry.quality.totalBelowDefective'] })
    expect(
      check({ defects: null, total_defects: 2, units_defective: 0, units_reworked: 0, units_repaired: 0, units_scrapped: 0, units_passed_first_time: null }),
    ).toEqual({ units_defective: ['entry.quality.defectsNeedDefective'] })
    expect(check({ defects: [{ defect_type_id: 40, count: 0 }], total_defects: null, units_defective: 0, units_reworked: 0, units_repaired: 0, units_scrapped: 0 })).toEqual({
      defects: ['entry.quality.badLine'],
    })
  })

  it('a work order or a product; a job of the order; the order’s product', () => {
    expect(check({ work_order_id: null })).toEqual({ product_id: ['entry.rule.required'] })
    expect(check({ work_order_id: null, product_id: 21 })).toEqual({})
    expect(check({ job_id: 50 })).toEqual({})
    expect(check({ job_id: 51 })).toEqual({ job_id: ['entry.quality.otherOrdersJob'] })
    expect(check({ work_order_id: null, product_id: 20, job_id: 50 })).toEqual({ job_id: ['entry.quality.jobNeedsOrder'] })
    expect(check({ product_id: 21 })).toEqual({ product_id: ['entry.quality.otherProduct'] })
  })

  it('a stage of the client’s list; inspected from 1', () => {
    expect(check({ inspection_stage: 'PACKING' })).toEqual({ inspection_stage: ['entry.rule.unknownOption'] })
    expect(check({ inspection_stage: null })).toEqual({ inspection_stage: ['entry.rule.required'] })
    expect(check({ units_inspected: 0 })).toEqual({ units_inspected: ['entry.rule.min'] })
  })
})

describe('quality rows ↔ the API', () => {
  const stored = {
    id: 7,
    version: 2,
    ...good,
    inspection_stage: 'FINAL',
    work_order_number: 'WO-1001',
    defects: [
      { defect_type_id: 40, defect_type_code: 'SCR', count: 7, location: 'left rim', severity: 'MAJOR' },
      { defect_type_id: 41, defect_type_code: 'DENT', count: 5, location: null, severity: 'MINOR' },
    ],
  } as unknown as QualityEntry

  it('a stored entry keeps its details (with location and severity) and names its options', () => {
    const r = qualityRecord(stored)
    expect(r.values.defects).toEqual([
      { defect_type_id: 40, count: 7, location: 'left rim', severity: 'MAJOR' },
      { defect_type_id: 41, count: 5, severity: 'MINOR' },
    ])
    expect(r.options?.defectTypes?.map((d) => d.code)).toEqual(['SCR', 'DENT'])
    expect(r.options?.inspectionStages?.[0]?.id).toBe('FINAL')
  })

  it('sends the details with a new entry, and replaces them (or clears them) on an update', () => {
    const body = qualityRequest(newRow(good).values, 1, null) as unknown as Record<string, unknown>
    expect(body.defects).toEqual(good.defects)
    expect(body).not.toHaveProperty('job_id')
    expect(qualityRequest({ ...good, defects: null }, 1, null)).not.toHaveProperty('defects')
    expect(qualityRequest({ ...good, defects: null }, 1, 3)).toMatchObject({ defects: [], version: 3 })
  })

  it('a stored row is unchanged after its details went through a draft (JSON) and changed when a count changes', () => {
    const row = storedRow(qualityRecord(stored))
    const restored = JSON.parse(JSON.stringify(row)) as typeof row
    expect(isChanged(restored)).toBe(false)
    const edited = { ...restored, values: { ...restored.values, defects: [{ defect_type_id: 40, count: 8 }] } }
    expect(isChanged(edited)).toBe(true)
  })
})

describe('the summary of the rows shown', () => {
  it('FPY = Σ passed first time ÷ Σ inspected (passed defaults to inspected − defective)', () => {
    const s = inspectionSummary([
      { units_inspected: 100, units_passed_first_time: 90, units_defective: 5, total_defects: 6 },
      { units_inspected: 100, units_passed_first_time: null, units_defective: 20, total_defects: null, defects: null },
      { units_inspected: null, units_defective: null },
    ])
    expect(s).toEqual({ entries: 3, inspected: 200, fpy: 170 / 200, defects: 26 })
    expect(inspectionSummary([]).fpy).toBeNull()
  })
})
