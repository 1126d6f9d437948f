import { ref, shallowRef } from 'vue'
import { importsApi } from '@/api/imports'
import type { CommitMode, ImportPreview, ImportRow, ImportStatus, RowFilter } from '@/api/types'
import { IMPORT_PAGE_SIZE, openingStep, withRowUpdate, type WizardStep } from '@/utils/imports'
import { useErrorText } from './useErrorText'

/** What an import wrote (null counts: not known, e.g. a committed import opened later and missing from the log page). */
export interface ImportOutcome {
  status: ImportStatus
  created: number | null
  updated: number | null
  rejected: number
}

/**
 * State of the import wizard: the current step, the preview with one page of its rows (filter, paging),
 * row fixes, commit and discard. Components call these; they never call the API for the wizard themselves.
 */
export function useImportWizard() {
  const errorText = useErrorText()
  const step = ref<WizardStep>('upload')
  const preview = shallowRef<ImportPreview | null>(null)
  const outcome = ref<ImportOutcome | null>(null)
  const only = ref<RowFilter>('all')
  const page = ref(1)
  const loading = ref(false)
  const loadError = ref<string | null>(null)

  let seq = 0
  async function fetchRows(id: number): Promise<void> {
    const mine = ++seq
    loading.value = true
    loadError.value = null
    try {
      const next = await importsApi.get(id, { page: page.value - 1, size: IMPORT_PAGE_SIZE, only: only.value })
      if (mine === seq) preview.value = next
    } catch (e) {
      if (mine === seq) loadError.value = errorText(e)
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  /** A committed or discarded import opened later: its counts from the import log. */
  async function finished(p: ImportPreview): Promise<ImportOutcome> {
    const known: ImportOutcome = { status: p.status, created: null, updated: null, rejected: p.rejected_rows }
    try {
      const log = await importsApi.list({ client_id: p.client_id, type: p.type, size: 100 })
      const entry = log.items.find((i) => i.import_id === p.import_id)
      return entry ? { ...known, created: entry.created, updated: entry.updated } : known
    } catch {
      return known
    }
  }

  function reset(): void {
    seq++
    step.value = 'upload'
    preview.value = null
    outcome.value = null
    only.value = 'all'
    page.value = 1
    loading.value = false
    loadError.value = null
  }

  /** Opens an import (e.g. /imports/12): a preview on Preview, a finished import on Result. */
  async function open(id: number): Promise<void> {
    if (preview.value?.import_id === id) return
    reset()
    loading.value = true
    await fetchRows(id)
    const p = preview.value
    if (!p) return
    if (p.status !== 'PREVIEW') outcome.value = await finished(p)
    step.value = openingStep(p.status)
  }

  /** The server's answer to an upload. */
  function uploaded(p: ImportPreview): void {
    reset()
    preview.value = p
    step.value = 'preview'
  }

  function reload(): void {
    if (preview.value) void fetchRows(preview.value.import_id)
  }
  function setFilter(next: RowFilter): void {
    only.value = next
    page.value = 1
    reload()
  }
  function setPage(next: number): void {
    page.value = next
    reload()
  }

  /** Sends new values of a row; the row comes back checked again and the counts are updated. */
  async function fixRow(rowNumber: number, values: Record<string, string>): Promise<ImportRow> {
    const p = preview.value
    if (!p) throw new Error('no preview')
    const update = await importsApi.updateRow(p.import_id, rowNumber, values)
    if (preview.value?.import_id === p.import_id) preview.value = withRowUpdate(preview.value, update)
    return update.row
  }

  async function commit(mode: CommitMode, allowDuplicate: boolean): Promise<void> {
    const p = preview.value
    if (!p) return
    const r = await importsApi.commit(p.import_id, { mode, allow_duplicate: allowDuplicate })
    outcome.value = { status: r.status, created: r.created, updated: r.updated, rejected: r.rejected }
    preview.value = { ...p, status: r.status }
    step.value = 'result'
  }

  async function discard(): Promise<void> {
    const p = preview.value
    if (p) await importsApi.discard(p.import_id)
  }

  function go(next: WizardStep): void {
    step.value = next
  }

  return { step, preview, outcome, only, page, loading, loadError, open, uploaded, reset, reload, setFilter, setPage, fixRow, commit, discard, go }
}

export type ImportWizard = ReturnType<typeof useImportWizard>
