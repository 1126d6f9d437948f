import { inject, onBeforeUnmount, provide, ref, shallowRef, watch, type InjectionKey, type Ref, type ShallowRef } from 'vue'
import { useErrorText } from '@/composables/useErrorText'

/**
 * The refresh functions of a page's widgets. The page provides it; each widget's loader registers its `refresh()`,
 * so a caller (the refresh shortcut, later live updates) can reload one widget or all without reloading the page.
 */
export interface RefreshRegistry {
  register(key: string, refresh: () => Promise<void>): () => void
  refreshAll(): Promise<void>
  refresh(key: string): Promise<void>
}

const REGISTRY: InjectionKey<RefreshRegistry> = Symbol('refresh-registry')

export function provideRefreshRegistry(): RefreshRegistry {
  const entries = new Map<string, () => Promise<void>>()
  const registry: RefreshRegistry = {
    register(key, refresh) {
      entries.set(key, refresh)
      return () => entries.delete(key)
    },
    refreshAll: async () => {
      await Promise.all([...entries.values()].map((r) => r()))
    },
    refresh: async (key) => {
      await entries.get(key)?.()
    },
  }
  provide(REGISTRY, registry)
  return registry
}

export interface Loaded<T> {
  data: ShallowRef<T | null>
  loading: Ref<boolean>
  error: Ref<string | null>
  refresh: () => Promise<void>
}

/**
 * Loads `load(input)` whenever the input changes (compared as JSON) and on `refresh()`; a late answer of an older
 * input is dropped. With a key, the loader registers its refresh with the page's registry.
 */
export function useLoader<I, T>(input: () => I | null, load: (input: I) => Promise<T>, key?: string): Loaded<T> {
  const errorText = useErrorText()
  const data = shallowRef<T | null>(null)
  const loading = ref(false)
  const error = ref<string | null>(null)
  let seq = 0

  async function refresh(): Promise<void> {
    const mine = ++seq
    const current = input()
    if (current === null) {
      data.value = null
      return
    }
    loading.value = true
    error.value = null
    try {
      const result = await load(current)
      if (mine === seq) data.value = result
    } catch (e) {
      if (mine === seq) error.value = errorText(e)
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  watch(() => JSON.stringify(input()), () => void refresh(), { immediate: true })
  const registry = key ? inject(REGISTRY, null) : null
  if (registry && key) onBeforeUnmount(registry.register(key, refresh))
  return { data, loading, error, refresh }
}
