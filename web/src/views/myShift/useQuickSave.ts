import { ref } from 'vue'
import { idempotencyKey } from '@/api/client'
import { useFormErrors } from '@/composables/useFormErrors'
import { isApiError } from '@/utils/problem'

/**
 * Review → read-back → save for a quick-entry card. The Idempotency-Key is made when the read-back opens: a confirm
 * repeated after a lost answer (network) is recognised by the server and not recorded twice. A refused entry closes
 * the read-back and puts the server's messages on the fields (`serverFields`: the API's field names).
 */
export function useQuickSave(serverFields: readonly string[], save: (key: string) => Promise<void>) {
  const errors = useFormErrors(serverFields)
  const readBackOpen = ref(false)
  const saving = ref(false)
  /** An error shown in the read-back itself (the entry may be sent again as it is). */
  const retryError = ref<string | null>(null)
  let key = idempotencyKey()

  function review(): void {
    errors.reset()
    retryError.value = null
    key = idempotencyKey()
    readBackOpen.value = true
  }

  async function confirm(): Promise<boolean> {
    saving.value = true
    retryError.value = null
    try {
      await save(key)
      readBackOpen.value = false
      return true
    } catch (e) {
      errors.apply(e, true)
      if (isApiError(e) && (e.isNetwork || e.status >= 500 || e.status === 409)) {
        // the same entry may be confirmed again with the same key
        retryError.value = errors.formError.value
      } else {
        readBackOpen.value = false
      }
      return false
    } finally {
      saving.value = false
    }
  }

  return { ...errors, readBackOpen, saving, retryError, review, confirm }
}
