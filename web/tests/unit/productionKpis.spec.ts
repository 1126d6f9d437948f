import { describe, expect, it, vi } from 'vitest'

const productionEntries = vi.fn()
vi.mock('@/api/kpi', () => ({ kpiApi: { productionEntries: (q: unknown) => productionEntries(q) } }))

const { productionEntry } = await import('@/views/entry/productionEntry')

describe('the production grid’s KPIs', () => {
  it('are one call for the grid’s scope, keyed by entry id, with the settings in force', async () => {
    const oee = { kpi: 'oee', value: 76.92 }
    productionEntries.mockResolvedValueOnce({
      client_id: 1,
      settings: { setup_as_planned: false },
      entries: [
        { entry_id: 7, kpis: { oee } },
        { entry_id: 9, kpis: {} },
      ],
    })
    const query = { client_id: 1, from: '2026-01-05', to: '2026-01-06', shift_id: 3 }
    const set = await productionEntry.kpis!.load(query)
    expect(productionEntries).toHaveBeenCalledWith(query)
    expect(set.byId.get(7)?.oee).toBe(oee)
    expect([...set.byId.keys()]).toEqual([7, 9])
    expect(set.settings).toEqual({ setup_as_planned: false })
    expect(productionEntry.kpis!.ids).toEqual(['availability', 'performance', 'quality_rate', 'oee', 'efficiency'])
  })
})
