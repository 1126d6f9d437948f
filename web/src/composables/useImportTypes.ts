import { computed, ref } from 'vue'
import { importsApi } from '@/api/imports'
import type { ImportTypeInfo } from '@/api/types'
import { useSessionStore } from '@/stores/session'
import { typesFor } from '@/utils/imports'
import { useErrorText } from './useErrorText'

/** The import types (columns, roles) and those the signed-in user may import. */
export function useImportTypes() {
  const session = useSessionStore()
  const errorText = useErrorText()
  const all = ref<ImportTypeInfo[]>([])
  const loaded = ref(false)
  const error = ref<string | null>(null)

  async function load(): Promise<void> {
    error.value = null
    try {
      all.value = await importsApi.types()
      loaded.value = true
    } catch (e) {
      error.value = errorText(e)
    }
  }

  const allowed = computed(() => typesFor(all.value, session.role))
  const byName = (name: string | null | undefined) => all.value.find((t) => t.name === name) ?? null
  void load()
  return { all, allowed, loaded, error, load, byName }
}
