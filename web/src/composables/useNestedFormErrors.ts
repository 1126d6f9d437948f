import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { isApiError, type FieldErrors } from '@/utils/problem'
import { mapNestedFieldErrors } from '@/utils/nestedErrors'
import { useFormErrors } from './useFormErrors'

/**
 * useFormErrors for forms with repeated rows: validation errors such as "jobs[1].sequence" land on
 * `rowErrors.jobs[1].sequence`; 409 stale version, 404 and the rest behave as in useFormErrors.
 */
export function useNestedFormErrors(known: readonly string[], lists: Record<string, readonly string[]>) {
  const { t } = useI18n()
  const base = useFormErrors(known)
  const rowErrors = ref<Record<string, Record<number, FieldErrors>>>({})

  function reset(): void {
    base.reset()
    rowErrors.value = {}
  }

  function apply(e: unknown, creating = false): void {
    base.apply(e, creating)
    rowErrors.value = {}
    if (base.conflict.value || !isApiError(e) || !e.problem.errors?.length || ![400, 409, 422].includes(e.status)) return
    const mapped = mapNestedFieldErrors(e.problem, known, lists)
    base.fieldErrors.value = mapped.fields
    rowErrors.value = mapped.rows
    const mappedAny = Object.keys(mapped.fields).length > 0 || Object.keys(mapped.rows).length > 0
    base.formError.value = mapped.other.join(' ') || (mappedAny ? t('validation.fixFields') : base.formError.value)
  }

  function clearRowField(list: string, index: number, key: string): void {
    const row = rowErrors.value[list]?.[index]
    if (row?.[key]) {
      const next = { ...row }
      delete next[key]
      rowErrors.value = { ...rowErrors.value, [list]: { ...rowErrors.value[list], [index]: next } }
    }
  }

  return { ...base, rowErrors, reset, apply, clearRowField }
}
