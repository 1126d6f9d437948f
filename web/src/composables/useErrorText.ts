import { useI18n } from 'vue-i18n'
import { isApiError, problemText } from '@/utils/problem'

/** Human message for an API failure, in the current language where we author it. */
export function useErrorText() {
  const { t } = useI18n()
  return (e: unknown): string => {
    if (!isApiError(e)) return t('errors.generic')
    if (e.isNetwork) return t('errors.network')
    if (e.status === 409) return t('errors.conflict')
    if (e.status === 403) return t('errors.forbidden')
    if (e.status === 404) return t('errors.notFound')
    if (e.status === 422 && e.problem.errors?.length) return problemText(e.problem) ?? t('validation.fixFields')
    return problemText(e.problem) ?? t('errors.generic')
  }
}
