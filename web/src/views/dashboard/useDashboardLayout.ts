import { ref } from 'vue'
import { dashboardsApi } from '@/api/dashboards'
import type { LayoutWidget } from '@/api/types'
import { useSessionStore } from '@/stores/session'
import { cacheKey, DASHBOARD, mergeLayout, roleDefault } from './widgets'

function readCache(key: string): LayoutWidget[] | null {
  try {
    const raw = localStorage.getItem(key)
    const parsed = raw ? (JSON.parse(raw) as unknown) : null
    return Array.isArray(parsed) ? (parsed as LayoutWidget[]) : null
  } catch {
    return null
  }
}

function writeCache(key: string, widgets: LayoutWidget[] | null): void {
  try {
    if (widgets) localStorage.setItem(key, JSON.stringify(widgets))
    else localStorage.removeItem(key)
  } catch {
    /* storage unavailable: the server copy still holds */
  }
}

/**
 * The user's widget layout: painted at once from the local cache (or the role default), then replaced by the server's
 * copy; saving and resetting go to the server and refresh the cache.
 */
export function useDashboardLayout() {
  const session = useSessionStore()
  const defaults = () => roleDefault(session.role)
  const key = () => cacheKey(session.user?.id ?? 0, DASHBOARD)
  const widgets = ref<LayoutWidget[]>(mergeLayout(readCache(key()), defaults()))
  const customized = ref(readCache(key()) !== null)

  async function load(): Promise<void> {
    const layout = await dashboardsApi.layout(DASHBOARD)
    widgets.value = mergeLayout(layout.widgets, defaults())
    customized.value = layout.customized
    writeCache(key(), layout.customized ? layout.widgets : null)
  }

  async function save(next: LayoutWidget[]): Promise<void> {
    const stored = await dashboardsApi.storeLayout(DASHBOARD, next)
    widgets.value = mergeLayout(stored.widgets, defaults())
    customized.value = true
    writeCache(key(), stored.widgets)
  }

  async function reset(): Promise<void> {
    const layout = await dashboardsApi.resetLayout(DASHBOARD)
    widgets.value = mergeLayout(layout.widgets, defaults())
    customized.value = false
    writeCache(key(), null)
  }

  return { widgets, customized, load, save, reset }
}
