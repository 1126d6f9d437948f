import { ref, shallowRef } from 'vue'

/** The page side of a catalog screen: which record the dialog edits, and reloading the grid after a save. */
export function useCatalogEditor<T>() {
  const grid = ref<{ reload: () => Promise<void>; refreshCells: () => void } | null>(null)
  const dialogOpen = ref(false)
  const editing = shallowRef<T | null>(null)

  function openCreate(): void {
    editing.value = null
    dialogOpen.value = true
  }
  function openEdit(row: T): void {
    editing.value = row
    dialogOpen.value = true
  }
  function reload(): void {
    void grid.value?.reload()
  }

  return { grid, dialogOpen, editing, openCreate, openEdit, reload }
}
