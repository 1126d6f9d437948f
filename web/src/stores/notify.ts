import { defineStore } from 'pinia'
import { ref } from 'vue'

export type NoticeType = 'success' | 'error' | 'warning' | 'info'

export interface Notice {
  id: number
  text: string
  type: NoticeType
  timeout: number
}

let nextId = 1

/**
 * Confirmations that a newer notice makes stale: "is now On hold" shown after the order was resumed and completed
 * misleads. Warnings and errors wait their turn, since the user has to read them.
 */
const SUPERSEDED: readonly NoticeType[] = ['success', 'info']

/** Global snackbar queue (rendered once by AppSnackbar). */
export const useNotifyStore = defineStore('notify', () => {
  const queue = ref<Notice[]>([])
  const history = ref<Notice[]>([])

  function show(text: string, type: NoticeType = 'info', timeout?: number): void {
    const notice: Notice = { id: nextId++, text, type, timeout: timeout ?? (type === 'error' ? 6000 : 4000) }
    queue.value = [...queue.value.filter((n) => !SUPERSEDED.includes(n.type)), notice]
    history.value = [notice, ...history.value].slice(0, 50)
  }

  function dismiss(id: number): void {
    queue.value = queue.value.filter((n) => n.id !== id)
  }

  return {
    queue,
    history,
    show,
    dismiss,
    success: (text: string) => show(text, 'success'),
    error: (text: string) => show(text, 'error'),
    warning: (text: string) => show(text, 'warning'),
    info: (text: string) => show(text, 'info'),
  }
})
