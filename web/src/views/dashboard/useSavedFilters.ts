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

function defaultKey(userId: number): string {
  return `kpi-dashboard-default-filter:${userId}`
}

/** The user's default filter as last seen, so a bare dashboard link can apply it before the server answers. */
export function cachedDefault(userId: number): SavedFilterDefinition | null {
  try {
    const raw = localStorage.getItem(defaultKey(userId))
    return raw ? (JSON.parse(raw) as SavedFilterDefinition) : null
  } catch {
    return null
  }
}

function cacheDefault(userId: number, d: SavedFilterDefinition | null): void {
  try {
    if (d) localStorage.setItem(defaultKey(userId), JSON.stringify(d))
    else localStorage.removeItem(defaultKey(userId))
  } catch {
    /* storage unavailable: the server copy still holds */
  }
}

/** The user's saved filters on the server: list, save, rename, make default, delete (the default is cached locally). */
export function useSavedFilters(userId: () => number | null = () => null) {
  const items = ref<SavedFilter[]>([])
  const loaded = ref(false)
  const defaultFilter = computed(() => items.value.find((f) => f.is_default) ?? null)

  async function load(): Promise<void> {
    items.value = await dashboardsApi.filters()
    loaded.value = true
    const me = userId()
    if (me !== null) cacheDefault(me, items.value.find((f) => f.is_default)?.filter ?? null)
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
