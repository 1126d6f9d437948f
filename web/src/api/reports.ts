/** Report files (GET /api/reports/{type}.{pdf|xlsx}): fetched as a Blob with the server's file name. */
import { send } from './client'

export const REPORT_TYPES = ['kpi-summary', 'production', 'quality', 'downtime', 'attendance', 'work-orders'] as const
export type ReportType = (typeof REPORT_TYPES)[number]
/** The reports an operator may request (of one shift of their client). */
export const OPERATOR_REPORT_TYPES: readonly ReportType[] = ['production', 'quality', 'downtime']
export type ReportFormat = 'pdf' | 'xlsx'

export interface ReportParams {
  type: ReportType
  format: ReportFormat
  clientIds: number[]
  from: string
  to: string
  shiftId: number | null
  lineId: number | null
  productId: number | null
  lang: 'en' | 'es'
}

export interface ReportFile {
  blob: Blob
  fileName: string
}

/** The query string of a report (client_id repeated, as the KPI API takes several). */
export function reportPath(p: ReportParams): string {
  const q = new URLSearchParams()
  p.clientIds.forEach((id) => q.append('client_id', String(id)))
  q.set('from', p.from)
  q.set('to', p.to)
  if (p.shiftId !== null) q.set('shift_id', String(p.shiftId))
  if (p.lineId !== null) q.set('line_id', String(p.lineId))
  if (p.productId !== null) q.set('product_id', String(p.productId))
  q.set('lang', p.lang)
  return `/api/reports/${p.type}.${p.format}?${q.toString()}`
}

/** The file name of a Content-Disposition header (filename*=UTF-8'' preferred), or the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  if (star?.[1]) return decodeURIComponent(star[1].trim())
  const plain = /filename="?([^";]+)"?/i.exec(disposition)
  return plain?.[1] ? plain[1].trim() : fallback
}

export async function fetchReport(p: ReportParams): Promise<ReportFile> {
  const accept = p.format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  const response = await send(reportPath(p), { headers: { Accept: `${accept}, application/problem+json` } })
  return {
    blob: await response.blob(),
    fileName: fileNameOf(response.headers.get('Content-Disposition'), `${p.type}_${p.from}_${p.to}.${p.format}`),
  }
}
