import { computed, ref } from 'vue'
import { dashboardsApi } from '@/api/dashboards'
import type { SavedFilter, SavedFilterDefinition } from '@/api/types'
import { DEFAULT_PRESET, PRESETS, type DashboardFilter, type Preset } from './filters'

export function toDefinition(f: DashboardFilter): SavedFilterDefinition {
  return {
    preset: f.preset,
    from: f.preset === 'custom' ? f.from : null,
    to: f.preset === 'custom' ? f.to : null,
    client_ids: f.clientIds,
    pooled: f.pooled,
    shift_id: f.shiftId,
    line_id: f.lineId,
    product_id: f.productId,
  }
}

/** A stored definition as a filter; clients the user no longer sees are dropped (fallback when none is left). */
export function fromDefinition(d: SavedFilterDefinition, allowed: readonly number[], fallbackClient: number | null): DashboardFilter {
  const clients = d.client_ids.filter((c) => allowed.includes(c))
  const preset = (PRESETS as readonly string[]).includes(d.preset) ? (d.preset as Preset) : DEFAULT_PRESET
  return {
    preset,
    from: preset === 'custom' ? d.from : null,
    to: preset === 'custom' ? d.to : null,
    clientIds: clients.length ? clients : fallbackClient === null ? [] : [fallbackClient],
    pooled: d.pooled,
    shiftId: d.shift_id,
    lineId: d.line_id,
    productId: d.product_id,
  }
}

/** The user's saved filters on the server: list, save, rename, make default, delete. */
export function useSavedFilters() {
  const items = ref<SavedFilter[]>([])
  const loaded = ref(false)
  const defaultFilter = computed(() => items.value.find((f) => f.is_default) ?? null)

  async function load(): Promise<void> {
    items.value = await dashboardsApi.filters()
    loaded.value = true
  }

  async function save(name: string, filter: DashboardFilter, isDefault: boolean): Promise<SavedFilter> {
    const saved = await dashboardsApi.createFilter({ name, is_default: isDefault, filter: toDefinition(filter) })
    await load()
    return saved
  }

  async function update(item: SavedFilter, change: { name?: string; isDefault?: boolean }): Promise<void> {
    await dashboardsApi.updateFilter(item.id, {
      name: change.name ?? item.name,
      is_default: change.isDefault ?? item.is_default,
      filter: item.filter,
    })
    await load()
  }

  async function remove(item: SavedFilter): Promise<void> {
    await dashboardsApi.deleteFilter(item.id)
    await load()
  }

  return { items, loaded, defaultFilter, load, save, update, remove }
}
