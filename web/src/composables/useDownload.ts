import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useNotifyStore } from '@/stores/notify'
import { useErrorText } from './useErrorText'

/**
 * Downloads started from buttons: `busy` names the one running (for its spinner); a failure is told in the
 * snackbar with the message `failureKey` ({error}).
 */
export function useDownload(failureKey: string) {
  const { t } = useI18n()
  const notify = useNotifyStore()
  const errorText = useErrorText()
  const busy = ref<string | number | null>(null)

  async function download(key: string | number, save: () => Promise<void>): Promise<void> {
    busy.value = key
    try {
      await save()
    } catch (e) {
      notify.error(t(failureKey, { error: errorText(e) }))
    } finally {
      busy.value = null
    }
  }

  return { busy, download }
}
