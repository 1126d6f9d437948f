/**
 * The ONLY module that touches the generated OpenAPI types (schema.d.ts).
 * When the server's springdoc document replaces openapi.json, fix the aliases here
 * (and the calls in client.ts); the rest of the app imports friendly names from here.
 */
import type { components, paths } from './schema'

type Schemas = components['schemas']

/**
 * springdoc marks record components optional unless annotated; the server always
 * sends them, so response types are normalised to "every key present".
 * (Nullable fields stay nullable.)
 */
export type DeepDefined<T> = T extends readonly (infer E)[]
  ? DeepDefined<E>[]
  : T extends object
    ? { [K in keyof T]-?: DeepDefined<Exclude<T[K], undefined>> }
    : T

export type ApiPaths = paths

export type Role = 'operator' | 'leader' | 'poweruser' | 'admin'
export const ROLES: readonly Role[] = ['operator', 'leader', 'poweruser', 'admin'] as const

export type Me = DeepDefined<Schemas['MeResponse']>
export type ClientSummary = Me['clients'][number]
export type TokenResponse = DeepDefined<Schemas['TokenResponse']>
export type Client = DeepDefined<Schemas['ClientResponse']>
export type User = DeepDefined<Schemas['UserResponse']>
export type AuditEntry = DeepDefined<Schemas['AuditEntryResponse']>

/** Plant model (catalog). Nullable columns the schema does not mark nullable are widened here. */
export type Product = Omit<
  DeepDefined<Schemas['ProductResponse']>,
  'description' | 'ideal_cycle_time_hours' | 'defect_opportunities'
> & {
  description: string | null
  ideal_cycle_time_hours: number | null
  /** Defect opportunities per unit (DPMO); null = the client's default. */
  defect_opportunities: number | null
}
export type Line = DeepDefined<Schemas['LineResponse']>
export type ShiftBreak = DeepDefined<Schemas['BreakBody']>
export type Shift = DeepDefined<Schemas['ShiftResponse']>
/** shift_id: the usual shift (the attendance roster lists the employee there); null = no fixed shift. */
export type Employee = Omit<DeepDefined<Schemas['EmployeeResponse']>, 'line_id' | 'shift_id'> & {
  line_id: number | null
  shift_id: number | null
}
export type DefectType = Omit<DeepDefined<Schemas['DefectTypeResponse']>, 'description' | 'standard_code'> & {
  description: string | null
  standard_code: string | null
}
export type Severity = DefectType['severity']
export const SEVERITIES: readonly Severity[] = ['CRITICAL', 'MAJOR', 'MINOR']
export type DefectTemplate = DeepDefined<Schemas['TemplateResponse']>
export type TemplateLoadResult = DeepDefined<Schemas['TemplateLoadResponse']>
export type DowntimeReason = DeepDefined<Schemas['DowntimeReasonResponse']>
export type DowntimeCategory = DowntimeReason['category']
export const DOWNTIME_CATEGORIES: readonly DowntimeCategory[] = [
  'machine',
  'materials',
  'scheduling',
  'attendance',
  'quality',
  'utilities',
  'other',
]
export type HoldReason = DeepDefined<Schemas['HoldReasonResponse']>

/** Client settings that change KPI numbers (optional defaults are null when not set). */
export type ClientSettingsValues = Omit<
  DeepDefined<Schemas['SettingsBody']>,
  'default_crew_size' | 'default_cycle_time_hours' | 'default_lead_time_days'
> & {
  default_crew_size: number | null
  default_cycle_time_hours: number | null
  default_lead_time_days: number | null
}
export type AbsenceType = ClientSettingsValues['counted_absence_types'][number]
/** How imported files write dates like 03/04/2026: day first or month first. */
export type DateOrder = ClientSettingsValues['date_order']
export const DATE_ORDERS: readonly DateOrder[] = ['MDY', 'DMY']
export const ABSENCE_TYPES: readonly AbsenceType[] = ['UNSCHEDULED_ABSENCE', 'VACATION', 'MEDICAL_LEAVE', 'PERSONAL_LEAVE']
export type KpiTarget = DeepDefined<Schemas['KpiTargetResponse']>
export type ClientSettingsResponse = Omit<DeepDefined<Schemas['SettingsResponse']>, 'settings'> & {
  settings: ClientSettingsValues
}
export type SettingsBody = Schemas['SettingsBody']
export type TargetBody = Schemas['TargetBody']

export type LoginRequest = Schemas['LoginRequest']
export type ChangePasswordRequest = Schemas['ChangePasswordRequest']
export type ResetPasswordRequest = Schemas['ResetPasswordRequest']
export type CreateClientRequest = Schemas['CreateClientRequest']
export type UpdateClientRequest = Schemas['UpdateClientRequest']
export type CreateUserRequest = Schemas['CreateUserRequest']
export type UpdateUserRequest = Schemas['UpdateUserRequest']
export type CreateProductRequest = Schemas['CreateProductRequest']
export type UpdateProductRequest = Schemas['UpdateProductRequest']
export type CreateLineRequest = Schemas['CreateLineRequest']
export type UpdateLineRequest = Schemas['UpdateLineRequest']
export type CreateShiftRequest = Schemas['CreateShiftRequest']
export type UpdateShiftRequest = Schemas['UpdateShiftRequest']
export type CreateEmployeeRequest = Schemas['CreateEmployeeRequest'] & { shift_id?: number }
export type UpdateEmployeeRequest = Schemas['UpdateEmployeeRequest'] & { shift_id?: number }
export type CreateDefectTypeRequest = Schemas['CreateDefectTypeRequest']
export type UpdateDefectTypeRequest = Schemas['UpdateDefectTypeRequest']
export type CreateDowntimeReasonRequest = Schemas['CreateDowntimeReasonRequest']
export type UpdateDowntimeReasonRequest = Schemas['UpdateDowntimeReasonRequest']
export type CreateHoldReasonRequest = Schemas['CreateHoldReasonRequest']
export type UpdateHoldReasonRequest = Schemas['UpdateHoldReasonRequest']

export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}
export type ClientPage = Page<Client>
export type UserPage = Page<User>
export type AuditPage = Page<AuditEntry>
export type ProductPage = Page<Product>
export type LinePage = Page<Line>
export type ShiftPage = Page<Shift>
export type EmployeePage = Page<Employee>
export type DefectTypePage = Page<DefectType>
export type DowntimeReasonPage = Page<DowntimeReason>
export type HoldReasonPage = Page<HoldReason>

export interface PageQuery {
  page?: number
  size?: number
  /** "field,asc" | "field,desc"; several for a multi-key sort */
  sort?: string | string[]
}
export interface ClientQuery extends PageQuery {
  q?: string
  active?: boolean
}
export interface UserQuery extends PageQuery {
  q?: string
  role?: Role
  active?: boolean
  client_id?: number
}
/** List filters shared by the plant-model endpoints (products, lines, shifts, employees, reasons, defect types). */
export interface CatalogQuery extends PageQuery {
  client_id?: number
  q?: string
  active?: boolean
}
export interface AuditQuery extends PageQuery {
  entity?: string
  entity_id?: string
  username?: string
  /** ISO date YYYY-MM-DD */
  from?: string
  /** ISO date YYYY-MM-DD */
  to?: string
}

/** RFC 9457 problem details as sent by the server. */
export interface FieldErrorDto {
  field: string
  message: string
}
export interface ProblemDetail {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  code?: string
  errors?: FieldErrorDto[]
  locked_until?: string
  [extra: string]: unknown
}

export function toRole(value: string | null | undefined): Role {
  const v = (value ?? '').toLowerCase()
  return (ROLES as readonly string[]).includes(v) ? (v as Role) : 'operator'
}

/* ---- Work orders and jobs ---- */

export type WorkOrderStatus = Schemas['WorkOrderResponse']['status'] & string
export type Priority = NonNullable<Schemas['WorkOrderResponse']['priority']>
export const WORK_ORDER_STATUSES: readonly WorkOrderStatus[] = ['ACTIVE', 'ON_HOLD', 'COMPLETED', 'REJECTED', 'CANCELLED']
export const PRIORITIES: readonly Priority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW']

/** Optional columns of a job are sent as null. */
export type Job = Omit<
  DeepDefined<Schemas['JobResponse']>,
  'line_id' | 'operation_code' | 'notes' | 'planned_quantity' | 'planned_hours' | 'actual_hours'
> & {
  line_id: number | null
  operation_code: string | null
  notes: string | null
  planned_quantity: number | null
  planned_hours: number | null
  actual_hours: number | null
}

type WorkOrderNullable =
  | 'previous_status'
  | 'product_code'
  | 'product_name'
  | 'planned_start_date'
  | 'planned_ship_date'
  | 'required_date'
  | 'actual_start_date'
  | 'actual_delivery_date'
  | 'ideal_cycle_time_hours'
  | 'customer_po_number'
  | 'notes'
  | 'jobs'
  | 'allowed_transitions'
export type WorkOrder = Omit<DeepDefined<Schemas['WorkOrderResponse']>, WorkOrderNullable> & {
  previous_status: WorkOrderStatus | null
  product_code: string | null
  product_name: string | null
  planned_start_date: string | null
  planned_ship_date: string | null
  required_date: string | null
  actual_start_date: string | null
  actual_delivery_date: string | null
  ideal_cycle_time_hours: number | null
  customer_po_number: string | null
  notes: string | null
  jobs: Job[]
  allowed_transitions: WorkOrderStatus[]
}
export type WorkOrderPage = Page<WorkOrder>
export type StatusCount = DeepDefined<Schemas['StatusCount']>
export type WorkOrderProgress = Omit<DeepDefined<Schemas['WorkOrderProgress']>, 'closed_on'> & { closed_on: string | null }
export type Transition = Omit<DeepDefined<Schemas['TransitionResponse']>, 'from_status' | 'reason'> & {
  from_status: WorkOrderStatus | null
  reason: string | null
}

export type CreateWorkOrderRequest = Schemas['CreateWorkOrderRequest']
export type UpdateWorkOrderRequest = Schemas['UpdateWorkOrderRequest']
export type TransitionRequest = Schemas['TransitionRequest']
export type JobBody = Schemas['JobBody']
export type UpdateJobRequest = Schemas['UpdateJobRequest']

/** Filters of GET /api/work-orders (status repeatable; from/to bound the promised date). */
export interface WorkOrderQuery extends PageQuery {
  client_id?: number
  status?: WorkOrderStatus[]
  product_id?: number
  q?: string
  /** ISO date YYYY-MM-DD */
  from?: string
  /** ISO date YYYY-MM-DD */
  to?: string
}
export type StatusCountQuery = Omit<WorkOrderQuery, 'status' | keyof PageQuery>

/* ---- Imports (CSV / XLSX upload → preview → fixes → commit) ---- */

export type ImportTypeName = 'products' | 'employees' | 'work_orders'
export type ImportStatus = 'PREVIEW' | 'COMMITTED' | 'DISCARDED'
export type CommitMode = Schemas['CommitRequest']['mode']
export const COMMIT_MODES: readonly CommitMode[] = ['valid_only', 'all_or_nothing']
export type RowFilter = 'all' | 'valid' | 'rejected'

export type ImportColumn = DeepDefined<Schemas['ColumnResponse']>
export type ImportTypeInfo = Omit<DeepDefined<Schemas['ImportTypeResponse']>, 'allowed_roles'> & { allowed_roles: Role[] }
export type ImportRow = DeepDefined<Schemas['RowResponse']>
export type DuplicateOf = Omit<DeepDefined<Schemas['DuplicateOfResponse']>, 'status'> & { status: ImportStatus }
/** A preview with one page of its rows. */
export type ImportPreview = Omit<DeepDefined<Schemas['ImportResponse']>, 'status' | 'duplicate_of'> & {
  status: ImportStatus
  /** An earlier import of the same file (same client and type), or null. */
  duplicate_of: DuplicateOf | null
}
export type RowUpdate = Omit<DeepDefined<Schemas['RowUpdateResponse']>, 'status'> & { status: ImportStatus }
export type CommitRequest = Schemas['CommitRequest']
export type CommitResult = Omit<DeepDefined<Schemas['CommitResponse']>, 'status'> & { status: ImportStatus }
/** An entry of the import log; counts and dates of the commit are null until it is committed. */
export type ImportSummary = Omit<
  DeepDefined<Schemas['ImportSummaryResponse']>,
  'status' | 'created' | 'updated' | 'mode' | 'committed_at'
> & {
  status: ImportStatus
  created: number | null
  updated: number | null
  mode: CommitMode | null
  committed_at: string | null
}
export type ImportPage = Page<ImportSummary>

export interface ImportQuery extends PageQuery {
  client_id?: number
  type?: string
}
export interface ImportRowsQuery {
  /** 0-based */
  page?: number
  size?: number
  only?: RowFilter
}

/* ---- Production entries ---- */

type ProductionNullable =
  | 'line_id'
  | 'work_order_id'
  | 'work_order_number'
  | 'job_id'
  | 'product_id'
  | 'run_time_hours'
  | 'employees_assigned'
  | 'employees_present'
  | 'notes'
  | 'entered_by_name'
  | 'confirmed_by_name'
  | 'confirmed_at'
/** A stored production entry; optional columns are sent as null. */
export type ProductionEntry = Omit<DeepDefined<Schemas['ProductionResponse']>, ProductionNullable> & {
  line_id: number | null
  work_order_id: number | null
  work_order_number: string | null
  job_id: number | null
  product_id: number | null
  run_time_hours: number | null
  employees_assigned: number | null
  employees_present: number | null
  notes: string | null
  entered_by_name: string | null
  confirmed_by_name: string | null
  confirmed_at: string | null
}
export type ProductionPage = Page<ProductionEntry>
export type ProductionRequest = Schemas['ProductionRequest']

/** Filters of GET /api/production (from/to bound the shift date). */
export interface ProductionQuery extends PageQuery {
  client_id?: number
  from?: string
  to?: string
  shift_id?: number
  line_id?: number
  product_id?: number
  work_order_id?: number
}

/* ---- Holds ---- */

export type HoldStatus = Schemas['HoldResponse']['status']
export const HOLD_STATUSES: readonly HoldStatus[] = ['ON_HOLD', 'RESUMED', 'CANCELLED']

type HoldNullable =
  | 'job_id'
  | 'description'
  | 'expected_resolution_date'
  | 'held_by_name'
  | 'resumed_at'
  | 'resumed_at_local'
  | 'resumed_by_name'
  | 'resume_note'
  | 'cancelled_at'
  | 'cancelled_at_local'
  | 'cancelled_by_name'
  | 'cancel_reason'
  | 'duration_hours'
  | 'age_hours'
  | 'age_days'
/** A hold of a work order (or one of its jobs); instants are UTC, the *_local fields the same in plant time. */
export type Hold = Omit<DeepDefined<Schemas['HoldResponse']>, HoldNullable> & {
  job_id: number | null
  description: string | null
  expected_resolution_date: string | null
  held_by_name: string | null
  resumed_at: string | null
  resumed_at_local: string | null
  resumed_by_name: string | null
  resume_note: string | null
  cancelled_at: string | null
  cancelled_at_local: string | null
  cancelled_by_name: string | null
  cancel_reason: string | null
  /** Hours on hold (resumed − held; 0 when cancelled); null while open. */
  duration_hours: number | null
  age_hours: number | null
  age_days: number | null
}
export type HoldPage = Page<Hold>
export type HoldRequest = Schemas['HoldRequest']
export type ResumeHoldRequest = Schemas['ResumeRequest']
export type CancelHoldRequest = Schemas['CancelRequest']

/** Filters of GET /api/holds (from/to bound the plant-local day of held_at; open=true keeps ON_HOLD ones). */
export interface HoldQuery extends PageQuery {
  client_id?: number
  status?: HoldStatus[]
  work_order_id?: number
  from?: string
  to?: string
  open?: boolean
}

/* ---- Quality entries ---- */

type QualityNullable = 'shift_id' | 'work_order_id' | 'work_order_number' | 'job_id' | 'inspector' | 'notes' | 'entered_by_name'
/** A stored inspection; optional columns are sent as null. */
export type QualityEntry = Omit<DeepDefined<Schemas['QualityResponse']>, QualityNullable> & {
  shift_id: number | null
  work_order_id: number | null
  work_order_number: string | null
  job_id: number | null
  inspector: string | null
  notes: string | null
  entered_by_name: string | null
}
export type QualityPage = Page<QualityEntry>
export type QualityRequest = Schemas['QualityRequest']

/** Filters of GET /api/quality (from/to bound the shift date). */
export interface QualityQuery extends PageQuery {
  client_id?: number
  from?: string
  to?: string
  shift_id?: number
  product_id?: number
  work_order_id?: number
  inspection_stage?: string
}

/* ---- Downtime entries ---- */

type DowntimeNullable =
  | 'line_id'
  | 'work_order_id'
  | 'work_order_number'
  | 'reason_code'
  | 'reason_category'
  | 'planned'
  | 'setup'
  | 'start_time'
  | 'end_time'
  | 'machine'
  | 'equipment_code'
  | 'notes'
  | 'corrective_action'
  | 'split_group'
  | 'split_part'
  | 'entered_by_name'
/** A stored downtime record; optional columns are sent as null. */
export type DowntimeEntry = Omit<DeepDefined<Schemas['DowntimeResponse']>, DowntimeNullable> & {
  line_id: number | null
  work_order_id: number | null
  work_order_number: string | null
  reason_code: string | null
  reason_category: string | null
  planned: boolean | null
  setup: boolean | null
  start_time: string | null
  end_time: string | null
  machine: string | null
  equipment_code: string | null
  notes: string | null
  corrective_action: string | null
  split_group: string | null
  split_part: number | null
  entered_by_name: string | null
}
export type DowntimePage = Page<DowntimeEntry>
export type DowntimeRequest = Schemas['DowntimeRequest']
export type DowntimeCreated = Omit<DeepDefined<Schemas['DowntimeCreatedResponse']>, 'split_group' | 'items'> & {
  split_group: string | null
  items: DowntimeEntry[]
}

/** Filters of GET /api/downtime (from/to bound the shift date). */
export interface DowntimeQuery extends PageQuery {
  client_id?: number
  from?: string
  to?: string
  shift_id?: number
  line_id?: number
  work_order_id?: number
  reason_id?: number
  planned?: boolean
}

/* ---- Attendance ---- */

type AttendanceNullable =
  | 'absence_type'
  | 'absence_hours'
  | 'late_minutes'
  | 'covered_by_employee_id'
  | 'covered_by_employee_code'
  | 'covered_by_employee_name'
  | 'notes'
  | 'entered_by_name'
/** A stored attendance record; optional columns are sent as null. */
export type AttendanceEntry = Omit<DeepDefined<Schemas['AttendanceResponse']>, AttendanceNullable> & {
  absence_type: AbsenceType | null
  absence_hours: number | null
  late_minutes: number | null
  covered_by_employee_id: number | null
  covered_by_employee_code: string | null
  covered_by_employee_name: string | null
  notes: string | null
  entered_by_name: string | null
}
export type AttendanceRequest = Schemas['AttendanceRequest']
/** An employee of the roster's shift with their record of the day (null: not recorded yet). */
export type RosterRow = Omit<DeepDefined<Schemas['RosterRow']>, 'entry' | 'line_id'> & {
  line_id: number | null
  entry: AttendanceEntry | null
}
/** A floating-pool employee; covering_employee_id is the absence they already cover in this shift (stored). */
export type RosterFloater = Omit<DeepDefined<Schemas['RosterFloater']>, 'covering_employee_id' | 'covering_entry_id' | 'usual_shift_id'> & {
  covering_employee_id: number | null
  covering_entry_id: number | null
  usual_shift_id: number | null
}
export type Roster = Omit<DeepDefined<Schemas['RosterResponse']>, 'rows' | 'floaters'> & {
  rows: RosterRow[]
  floaters: RosterFloater[]
}
export type AttendanceBatchResult = Omit<DeepDefined<Schemas['AttendanceBatchResponse']>, 'items'> & { items: AttendanceEntry[] }

/* ---- KPIs (KPI.md §1.5): every value says how it was made; the document does not mark which fields are nullable ---- */
export type KpiLevels = { target: number; warning: number; critical: number }
export type KpiInferred = DeepDefined<Schemas['Inferred']>
export type KpiValue = Omit<DeepDefined<Schemas['KpiValue']>, 'value' | 'target' | 'status' | 'confidence' | 'min_confidence' | 'inferred_share' | 'details'> & {
  value: number | null
  target: KpiLevels | null
  status: 'green' | 'amber' | 'red' | 'no_data' | null
  confidence: number | null
  min_confidence: number | null
  inferred_share: number | null
  details: Record<string, unknown> | null
}
export type KpiSettings = Omit<DeepDefined<Schemas['KpiSettings']>, 'default_crew_size' | 'default_cycle_time_hours' | 'default_lead_time_days' | 'default_shift_hours'> & {
  default_crew_size: number | null
  default_cycle_time_hours: number | null
  default_lead_time_days: number | null
  default_shift_hours: number | null
}
export type KpiClientResult = { client_id: number | null; client_code: string | null; client_name: string | null; settings: KpiSettings | null; kpis: Record<string, KpiValue> }
export type KpiSummary = Omit<DeepDefined<Schemas['Summary']>, 'clients' | 'total'> & { clients: KpiClientResult[]; total: KpiClientResult | null }
export type KpiQuery = { client_id: number; from: string; to: string; shift_id?: number; line_id?: number; product_id?: number; work_order_id?: number }
export type EntryKpis = { entry_id: number; kpis: Record<string, KpiValue> }
export type EntryKpisResponse = Omit<DeepDefined<Schemas['EntryKpisView']>, 'entries' | 'settings'> & { settings: KpiSettings; entries: EntryKpis[] }

/* ---- shop-floor TV (display tokens and the line's figures) ---- */
type WithNull<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null }
export type DisplayToken = WithNull<
  DeepDefined<Schemas['DisplayResponse']>,
  'shift_id' | 'last_used_at' | 'revoked_at' | 'revoked_by_name' | 'token' | 'url'
>
export type CreateDisplayRequest = Schemas['CreateDisplayRequest']
export type DisplaySession = DeepDefined<Schemas['DisplaySession']>
export type OeeFigure = WithNull<DeepDefined<Schemas['OeeFigure']>, 'value' | 'status' | 'target'>
export type LineOee = Omit<DeepDefined<Schemas['LineOee']>, 'oee' | 'availability' | 'performance' | 'quality' | 'confidence'> & {
  oee: OeeFigure
  availability: OeeFigure
  performance: OeeFigure
  quality: OeeFigure
  confidence: number | null
}
export type TvShift = DeepDefined<Schemas['TvShift']>
export type TvUnits = WithNull<DeepDefined<Schemas['TvUnits']>, 'target_so_far' | 'target_shift' | 'product' | 'ideal_cycle_time_hours'>
export type LineState = 'running' | 'down' | 'no_shift'
export type TvStatus = Omit<WithNull<DeepDefined<Schemas['TvStatus']>, 'reason' | 'since' | 'until'>, 'state'> & { state: LineState }
export type DowntimeReasonMinutes = DeepDefined<Schemas['DowntimeReasonMinutes']>
export type TvData = Omit<
  WithNull<DeepDefined<Schemas['TvView']>, 'display_id' | 'display_name' | 'last_entry_at'>,
  'shift' | 'units' | 'oee' | 'status'
> & { shift: TvShift | null; units: TvUnits | null; oee: LineOee | null; status: TvStatus }
// Report subscriptions (/api/reports/subscriptions)
type SubscriptionSchema = DeepDefined<Schemas['SubscriptionResponse']>
export type ReportSchedule = Omit<SubscriptionSchema['schedule'], 'day_of_week' | 'day_of_month'> & {
  day_of_week: SubscriptionSchema['schedule']['day_of_week'] | null
  /** "1"…"28" or "last" */
  day_of_month: string | null
}
/** Filters are null when the report covers all; next_run_at is null while paused. */
export type ReportSubscription = Omit<SubscriptionSchema, 'shift_id' | 'line_id' | 'product_id' | 'next_run_at' | 'schedule'> & {
  shift_id: number | null
  line_id: number | null
  product_id: number | null
  next_run_at: string | null
  schedule: ReportSchedule
}
export type ReportSubscriptionPage = Page<ReportSubscription>
export type ReportSubscriptionBody = Schemas['SubscriptionBody']
export type ReportDelivery = Omit<DeepDefined<Schemas['DeliveryResponse']>, 'error' | 'next_retry_at'> & {
  error: string | null
  next_retry_at: string | null
}
export type ReportDeliveryPage = Page<ReportDelivery>
export type ReportType = ReportSubscription['report_type']
export type ReportPeriod = ReportSubscription['period']
export type ReportFileFormat = ReportSubscription['formats'][number]
export type ScheduleFrequency = ReportSchedule['frequency']
export type Weekday = NonNullable<ReportSchedule['day_of_week']>
