import type {
  ReportFileFormat,
  ReportPeriod,
  ReportSchedule,
  ReportSubscription,
  ReportSubscriptionBody,
  ReportType,
  ScheduleFrequency,
  Weekday,
} from '@/api/types'

/** The choices of the subscription form, in display order (labels come from i18n `subscriptions.*`). */
export const REPORT_TYPES: readonly ReportType[] = ['KPI_SUMMARY', 'PRODUCTION', 'QUALITY', 'DOWNTIME', 'ATTENDANCE', 'WORK_ORDERS']
export const PERIODS: readonly ReportPeriod[] = ['PREVIOUS_DAY', 'PREVIOUS_WEEK', 'WEEK_TO_DATE', 'PREVIOUS_MONTH', 'MONTH_TO_DATE']
export const FORMATS: readonly ReportFileFormat[] = ['PDF', 'XLSX']
export const FREQUENCIES: readonly ScheduleFrequency[] = ['DAILY', 'WEEKLY', 'MONTHLY']
export const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']
/** 1–28 (every month has them) and the last day. */
export const MONTH_DAYS: readonly string[] = [...Array.from({ length: 28 }, (_, i) => String(i + 1)), 'last']
export const MAX_RECIPIENTS = 20

export interface SubscriptionForm {
  clientIds: number[]
  reportType: ReportType
  period: ReportPeriod
  /** null = all shifts */
  shiftId: number | null
  lineId: number | null
  productId: number | null
  language: 'en' | 'es'
  formats: ReportFileFormat[]
  /** One address per line, as typed. */
  recipients: string
  frequency: ScheduleFrequency
  time: string
  dayOfWeek: Weekday
  dayOfMonth: string
  active: boolean
}

export function emptyForm(clientId: number | null, language: 'en' | 'es', email: string | null): SubscriptionForm {
  return {
    clientIds: clientId === null ? [] : [clientId],
    reportType: 'KPI_SUMMARY',
    period: 'PREVIOUS_DAY',
    shiftId: null,
    lineId: null,
    productId: null,
    language,
    formats: ['PDF'],
    recipients: email ?? '',
    frequency: 'DAILY',
    time: '06:30',
    dayOfWeek: 'MONDAY',
    dayOfMonth: '1',
    active: true,
  }
}

export function formOf(s: ReportSubscription): SubscriptionForm {
  // the home client (whose zone the schedule follows) stays first
  const clientIds = [s.client_id, ...s.client_ids.filter((id) => id !== s.client_id)]
  return {
    clientIds,
    reportType: s.report_type,
    period: s.period,
    shiftId: s.shift_id,
    lineId: s.line_id,
    productId: s.product_id,
    language: s.language === 'es' ? 'es' : 'en',
    formats: [...s.formats],
    recipients: s.recipients.join('\n'),
    frequency: s.schedule.frequency,
    time: s.schedule.time,
    dayOfWeek: s.schedule.day_of_week ?? 'MONDAY',
    dayOfMonth: s.schedule.day_of_month ?? '1',
    active: s.active,
  }
}

/** The addresses of the recipients box: split on new lines, commas or semicolons, blanks dropped. */
export function recipientList(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((a) => a.trim())
    .filter((a) => a.length > 0)
}

const EMAIL = /^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$/
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

export interface FormProblem {
  field: 'client_ids' | 'formats' | 'recipients' | 'schedule'
  key: string
  params?: Record<string, unknown>
}

/** The checks the server makes too, so that most mistakes are named before sending. */
export function validate(form: SubscriptionForm): FormProblem[] {
  const problems: FormProblem[] = []
  if (!form.clientIds.length) problems.push({ field: 'client_ids', key: 'subscriptions.form.required' })
  if (!form.formats.length) problems.push({ field: 'formats', key: 'subscriptions.form.pickFormat' })
  const recipients = recipientList(form.recipients)
  const bad = recipients.find((a) => !EMAIL.test(a))
  if (!recipients.length) problems.push({ field: 'recipients', key: 'subscriptions.form.required' })
  else if (recipients.length > MAX_RECIPIENTS)
    problems.push({ field: 'recipients', key: 'subscriptions.form.tooMany', params: { max: MAX_RECIPIENTS } })
  else if (bad !== undefined) problems.push({ field: 'recipients', key: 'subscriptions.form.badEmail', params: { address: bad } })
  if (!TIME.test(form.time)) problems.push({ field: 'schedule', key: 'subscriptions.form.badTime' })
  return problems
}

export function bodyOf(form: SubscriptionForm, version?: number): ReportSubscriptionBody {
  return {
    client_ids: form.clientIds,
    report_type: form.reportType,
    period: form.period,
    shift_id: form.shiftId ?? undefined,
    line_id: form.lineId ?? undefined,
    product_id: form.productId ?? undefined,
    language: form.language,
    formats: form.formats,
    recipients: recipientList(form.recipients),
    schedule: {
      frequency: form.frequency,
      time: form.time,
      day_of_week: form.frequency === 'WEEKLY' ? form.dayOfWeek : undefined,
      day_of_month: form.frequency === 'MONTHLY' ? form.dayOfMonth : undefined,
    },
    active: form.active,
    version,
  }
}

/** "Daily at 06:30", "Mondays at 07:00", "Monthly on the last day at 18:00" (translator `t`). */
export function scheduleText(s: ReportSchedule, t: (key: string, params?: Record<string, unknown>) => string): string {
  if (s.frequency === 'WEEKLY' && s.day_of_week) {
    return t('subscriptions.scheduleText.WEEKLY', { day: t(`subscriptions.weekdays.${s.day_of_week}`), time: s.time })
  }
  if (s.frequency === 'MONTHLY') {
    return s.day_of_month === 'last'
      ? t('subscriptions.scheduleText.MONTHLY_LAST', { time: s.time })
      : t('subscriptions.scheduleText.MONTHLY', { day: s.day_of_month ?? '', time: s.time })
  }
  return t('subscriptions.scheduleText.DAILY', { time: s.time })
}
