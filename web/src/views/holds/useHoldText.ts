import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Hold, WorkOrder } from '@/api/types'
import { formatDay } from '@/utils/format'
import { formatDuration } from '@/utils/holdAge'

/** The words of a hold shared by the table and the compact list: times in plant time, job, outcome, duration. */
export function useHoldText(order: (id: number) => WorkOrder | undefined, timeZone: () => string | undefined) {
  const { t, locale } = useI18n()
  const units = computed(() => ({ d: t('holds.units.d'), h: t('holds.units.h'), min: t('holds.units.min') }))

  /** "Nov 19, 13:52" in the plant's time zone (the year only when it is not this year's). */
  function when(iso: string | null): string {
    if (!iso) return ''
    const d = new Date(iso)
    const thisYear = d.getFullYear() === new Date().getFullYear()
    const options: Intl.DateTimeFormatOptions = {
      month: 'short',
      day: 'numeric',
      ...(thisYear ? {} : { year: 'numeric' }),
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }
    try {
      return new Intl.DateTimeFormat(String(locale.value), { ...options, timeZone: timeZone() }).format(d)
    } catch {
      return new Intl.DateTimeFormat(String(locale.value), options).format(d)
    }
  }
  const day = (d: string | null) => formatDay(d, String(locale.value))
  function job(h: Hold): string {
    if (h.job_id === null) return t('holds.wholeOrder')
    const j = order(h.work_order_id)?.jobs.find((x) => x.id === h.job_id)
    return j ? t('holds.jobLabel', { sequence: j.sequence, operation: j.operation_name }) : `#${h.job_id}`
  }
  const ended = (h: Hold) => (h.status === 'RESUMED' ? h.resumed_at : h.cancelled_at)
  const endedBy = (h: Hold) => (h.status === 'RESUMED' ? h.resumed_by_name : h.cancelled_by_name)
  const endNote = (h: Hold) => (h.status === 'RESUMED' ? h.resume_note : h.cancel_reason)
  const duration = (h: Hold) => formatDuration(h.duration_hours ?? 0, units.value)

  return { when, day, job, ended, endedBy, endNote, duration }
}
