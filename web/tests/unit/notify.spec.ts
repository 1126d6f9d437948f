import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useNotifyStore } from '@/stores/notify'

describe('snackbar queue', () => {
  beforeEach(() => setActivePinia(createPinia()))

  const texts = () => useNotifyStore().queue.map((n) => n.text)

  it('a newer notice replaces the confirmations still showing or waiting', () => {
    const notify = useNotifyStore()
    notify.success('WO-1 is now On hold.')
    notify.success('WO-1 is now Active.')
    notify.info('No changes to save')
    notify.success('WO-1 is now Completed.')
    expect(texts()).toEqual(['WO-1 is now Completed.'])
  })

  it('warnings and errors wait their turn and are never replaced', () => {
    const notify = useNotifyStore()
    notify.error('Save failed: the server is unreachable')
    notify.success('1 entry saved')
    notify.warning('WO-9 is closed: no new entries')
    notify.success('2 entries saved')
    expect(texts()).toEqual(['Save failed: the server is unreachable', 'WO-9 is closed: no new entries', '2 entries saved'])
  })

  it('keeps every notice in the history, newest first, even a replaced one', () => {
    const notify = useNotifyStore()
    notify.success('first')
    notify.success('second')
    expect(notify.history.map((n) => n.text)).toEqual(['second', 'first'])
  })

  it('dismissing the current notice shows the next one', () => {
    const notify = useNotifyStore()
    notify.error('boom')
    notify.success('saved')
    notify.dismiss(notify.queue[0]!.id)
    expect(texts()).toEqual(['saved'])
  })
})
