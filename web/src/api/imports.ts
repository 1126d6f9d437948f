/** Calls of the "Imports" tag: upload → preview → row fixes → commit or discard, and the import log. */
import { clean, http, run } from './client'
import { downloadFile, uploadForm, type ProgressHandler } from './transfer'
import type {
  CommitRequest,
  CommitResult,
  ImportPage,
  ImportPreview,
  ImportQuery,
  ImportRowsQuery,
  ImportTypeInfo,
  RowUpdate,
} from './types'

const path = (id: number) => ({ params: { path: { id } } })

export const importsApi = {
  types: async () => (await run(() => http.GET('/api/imports/types'))) as ImportTypeInfo[],

  list: async (query: ImportQuery) =>
    (await run(() => http.GET('/api/imports', { params: { query: clean(query) } }))) as ImportPage,

  /** Uploads the file: every row is checked and the preview stored; nothing is written yet. */
  upload: async (file: File, type: string, clientId: number, onProgress: ProgressHandler) => {
    const form = new FormData()
    form.append('type', type)
    form.append('client_id', String(clientId))
    form.append('file', file, file.name)
    return (await uploadForm('/api/imports', form, onProgress)) as ImportPreview
  },

  get: async (id: number, query: ImportRowsQuery) =>
    (await run(() => http.GET('/api/imports/{id}', { params: { path: { id }, query } }))) as ImportPreview,

  /** New values for some columns of a row (empty clears); the row comes back checked again. */
  updateRow: async (id: number, row: number, values: Record<string, string>) =>
    (await run(() =>
      http.PATCH('/api/imports/{id}/rows/{row}', { params: { path: { id, row } }, body: { values } }),
    )) as RowUpdate,

  commit: async (id: number, body: CommitRequest) =>
    (await run(() => http.POST('/api/imports/{id}/commit', { ...path(id), body }))) as CommitResult,

  discard: async (id: number) => {
    await run(() => http.DELETE('/api/imports/{id}', path(id)))
  },

  downloadTemplate: (type: string, fileName: string) =>
    downloadFile(`/api/imports/templates/${encodeURIComponent(type)}.csv`, fileName),

  downloadRejected: (id: number, fileName: string) => downloadFile(`/api/imports/${id}/rejected.csv`, fileName),
}
