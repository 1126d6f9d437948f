import { ref } from 'vue'
import { problemLines } from '@/utils/imports'
import { isApiError } from '@/utils/problem'
import { useErrorText } from './useErrorText'

/** Why the server refused a request: its explanation and its field errors as lines. */
export interface Refusal {
  detail: string
  errors: string[]
}

/** The last refusal of a form's request (shown by ProblemAlert); `detail` may replace the server's explanation. */
export function useRefusal() {
  const errorText = useErrorText()
  const refusal = ref<Refusal | null>(null)
  function refuse(e: unknown, detail?: string): void {
    refusal.value = { detail: detail ?? errorText(e), errors: isApiError(e) ? problemLines(e.problem.errors) : [] }
  }
  function clear(): void {
    refusal.value = null
  }
  return { refusal, refuse, clear }
}
