import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { isApiError, mapFieldErrors, problemText, type FieldErrors } from '@/utils/problem'
import { useErrorText } from './useErrorText'

/**
 * Form error state for API-backed dialogs: 400/422 `errors[]` land on the matching
 * fields, 409 becomes a conflict message, the rest goes to the dialog's alert.
 */
export function useFormErrors(known: readonly string[]) {
  const { t } = useI18n()
  const errorText = useErrorText()
  const fieldErrors = ref<FieldErrors>({})
  const formError = ref<string | null>(null)
  const conflict = ref(false)

  function reset(): void {
    fieldErrors.value = {}
    formError.value = null
    conflict.value = false
  }

  function clearField(name: string): void {
    if (fieldErrors.value[name]) {
      const next = { ...fieldErrors.value }
      delete next[name]
      fieldErrors.value = next
    }
  }

  /** @param creating a 409 on create is a duplicate, not a stale version */
  function apply(e: unknown, creating = false): void {
    reset()
    // a stale version names the "version" field, which no form shows: offer the reload instead
    if (isApiError(e) && e.status === 409 && e.code === 'stale_version' && !creating) {
      conflict.value = true
      formError.value = t('errors.conflict')
      return
    }
    if (isApiError(e) && e.problem.errors?.length && [400, 409, 422].includes(e.status)) {
      const mapped = mapFieldErrors(e.problem, known)
      fieldErrors.value = mapped.fields
      const other = mapped.other.join(' ')
      formError.value = other || (Object.keys(mapped.fields).length ? t('validation.fixFields') : errorText(e))
      return
    }
    if (isApiError(e) && e.status === 409) {
      if (creating) {
        formError.value = problemText(e.problem) ?? t('errors.conflict')
      } else {
        conflict.value = true
        formError.value = t('errors.conflict')
      }
      return
    }
    formError.value = errorText(e)
  }

  return { fieldErrors, formError, conflict, reset, apply, clearField }
}
