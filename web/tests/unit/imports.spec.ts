import { describe, expect, it } from 'vitest'
import type { DuplicateOf, ImportPreview, ImportTypeInfo } from '@/api/types'
import {
  baseName,
  cellChange,
  commitBlock,
  effectiveMode,
  errorColumn,
  errorLines,
  fileProblem,
  fileSize,
  filterCount,
  MAX_UPLOAD_BYTES,
  modeBlock,
  needsDuplicateConsent,
  openingStep,
  pickType,
  rejectedFileName,
  rowErrors,
  stepState,
  templateFileName,
  typesFor,
  withRowUpdate,
} from '@/utils/imports'

const COLUMNS = ['number', 'product_code', 'planned_quantity', 'planned_start_date', 'planned_ship_date', 'job_line_code']

describe('cell errors: errors[].field → the type’s columns', () => {
  it('puts an error on the column it names', () => {
    const row = {
      errors: [
        { field: 'product_code', message: "no product 'XYZ' in this client" },
        { field: 'planned_quantity', message: 'must be at least 1' },
        { field: 'planned_quantity', message: 'must be a whole number' },
      ],
    }
    expect(rowErrors(row, COLUMNS)).toEqual({
      byColumn: {
        product_code: ["no product 'XYZ' in this client"],
        planned_quantity: ['must be at least 1', 'must be a whole number'],
      },
      row: [],
    })
  })

  it('reads "values.<column>", other cases and spaces, dots or dashes for underscores', () => {
    expect(errorColumn('values.product_code', COLUMNS)).toBe('product_code')
    expect(errorColumn('Planned Ship-Date', COLUMNS)).toBe('planned_ship_date')
    expect(errorColumn('job.line.code', COLUMNS)).toBe('job_line_code')
  })

  it('keeps errors about no column (or no field) for the row', () => {
    const row = { errors: [{ field: 'file', message: 'duplicate header' }, { field: '', message: 'empty row' }] }
    expect(rowErrors(row, COLUMNS)).toEqual({ byColumn: {}, row: ['file: duplicate header', 'empty row'] })
    expect(errorColumn('customer', COLUMNS)).toBeNull()
  })

  it('lists every error in column order for the status column', () => {
    const row = {
      errors: [
        { field: 'planned_ship_date', message: 'must not be before the planned start date' },
        { field: 'row', message: 'repeats order WO-1' },
        { field: 'number', message: 'is required' },
      ],
    }
    expect(errorLines(rowErrors(row, COLUMNS), COLUMNS)).toEqual([
      'number: is required',
      'planned_ship_date: must not be before the planned start date',
      'row: repeats order WO-1',
    ])
  })
})

describe('import types by role', () => {
  const types: ImportTypeInfo[] = [
    { name: 'products', allowed_roles: ['poweruser', 'admin'], columns: [] },
    { name: 'employees', allowed_roles: ['poweruser', 'admin'], columns: [] },
    { name: 'work_orders', allowed_roles: ['leader', 'poweruser', 'admin'], columns: [] },
  ]

  it('offers only the types the role may import', () => {
    expect(typesFor(types, 'leader').map((t) => t.name)).toEqual(['work_orders'])
    expect(typesFor(types, 'poweruser').map((t) => t.name)).toEqual(['products', 'employees', 'work_orders'])
    expect(typesFor(types, 'operator')).toEqual([])
    expect(typesFor(types, null)).toEqual([])
  })

  it('preselects the type of ?type= when allowed, else the first allowed one', () => {
    expect(pickType(typesFor(types, 'poweruser'), 'work_orders')).toBe('work_orders')
    expect(pickType(typesFor(types, 'poweruser'), ['employees'])).toBe('employees')
    expect(pickType(typesFor(types, 'leader'), 'products')).toBe('work_orders')
    expect(pickType(typesFor(types, 'poweruser'), undefined)).toBe('products')
    expect(pickType([], 'products')).toBeNull()
  })
})

describe('the chosen file', () => {
  it('takes CSV and XLSX files up to 20 MB', () => {
    expect(fileProblem({ name: 'orders.CSV', size: 10 })).toBeNull()
    expect(fileProblem({ name: 'orders.xlsx', size: MAX_UPLOAD_BYTES })).toBeNull()
    expect(fileProblem({ name: 'orders.xls', size: 10 })).toBe('extension')
    expect(fileProblem({ name: 'orders.csv', size: MAX_UPLOAD_BYTES + 1 })).toBe('size')
    expect(fileProblem({ name: 'orders.csv', size: 0 })).toBe('empty')
  })

  it('shows sizes in B, KB and MB', () => {
    expect(fileSize(96)).toBe('96 B')
    expect(fileSize(2048)).toBe('2 KB')
    expect(fileSize(1.5 * 1024 * 1024)).toBe('1.5 MB')
    expect(fileSize(1.5 * 1024 * 1024, 'es')).toBe('1,5 MB')
  })
})

describe('download names', () => {
  it('names the rejected rows after the uploaded file', () => {
    expect(rejectedFileName('orders-week-12.xlsx')).toBe('orders-week-12-rejected.csv')
    expect(rejectedFileName('orders.csv')).toBe('orders-rejected.csv')
    expect(rejectedFileName('C:\\fakepath\\plan.v2.csv')).toBe('plan.v2-rejected.csv')
    expect(rejectedFileName('.csv')).toBe('import-rejected.csv')
    expect(baseName('no extension')).toBe('no extension')
  })

  it('names a template after its type', () => {
    expect(templateFileName('work_orders')).toBe('work_orders-template.csv')
  })
})

describe('wizard steps', () => {
  it('marks the steps before the current one done', () => {
    expect(stepState('upload', 'commit')).toBe('done')
    expect(stepState('commit', 'commit')).toBe('current')
    expect(stepState('result', 'commit')).toBe('todo')
  })

  it('opens an import in preview on Preview, a finished one on Result', () => {
    expect(openingStep('PREVIEW')).toBe('preview')
    expect(openingStep('COMMITTED')).toBe('result')
    expect(openingStep('DISCARDED')).toBe('result')
  })
})

describe('preview rows', () => {
  const preview: ImportPreview = {
    import_id: 7,
    type: 'work_orders',
    client_id: 1,
    file_name: 'orders.csv',
    status: 'PREVIEW',
    total_rows: 6,
    valid_rows: 3,
    rejected_rows: 3,
    duplicate_of: null,
    warnings: [],
    rows: [
      { row_number: 2, values: { number: 'WO-1', product_code: 'XXX' }, errors: [{ field: 'product_code', message: 'unknown' }] },
      { row_number: 3, values: { number: 'WO-2', product_code: 'BRK-100' }, errors: [] },
    ],
    page: 0,
    size: 50,
  }

  it('counts the rows of a filter', () => {
    expect(filterCount(preview, 'all')).toBe(6)
    expect(filterCount(preview, 'valid')).toBe(3)
    expect(filterCount(preview, 'rejected')).toBe(3)
  })

  it('sends only a changed cell, trimmed; empty clears', () => {
    const row = preview.rows[0]!
    expect(cellChange(row, 'product_code', ' BRK-200 ')).toEqual({ product_code: 'BRK-200' })
    expect(cellChange(row, 'product_code', 'XXX ')).toBeNull()
    expect(cellChange(row, 'planned_quantity', '')).toBeNull()
    expect(cellChange(row, 'number', null)).toEqual({ number: '' })
  })

  it('puts the fixed row in place with the new counts', () => {
    const fixed = { row_number: 2, values: { number: 'WO-1', product_code: 'BRK-200' }, errors: [] }
    const next = withRowUpdate(preview, { import_id: 7, status: 'PREVIEW', total_rows: 6, valid_rows: 4, rejected_rows: 2, row: fixed })
    expect(next.rows).toEqual([fixed, preview.rows[1]])
    expect([next.valid_rows, next.rejected_rows]).toEqual([4, 2])
    expect(preview.valid_rows).toBe(3)
  })
})

describe('commit rules', () => {
  const dup = (status: DuplicateOf['status']): DuplicateOf => ({
    import_id: 3,
    file_name: 'orders.csv',
    uploaded_at: '2026-03-01T10:00:00Z',
    status,
  })
  const base = { mode: 'valid_only' as const, valid: 4, rejected: 2, duplicateOf: null, allowDuplicate: false }

  it('blocks all-or-nothing while rows are rejected', () => {
    expect(modeBlock('all_or_nothing', { valid: 4, rejected: 2 })).toBe('rejected_rows')
    expect(modeBlock('all_or_nothing', { valid: 6, rejected: 0 })).toBeNull()
    expect(modeBlock('valid_only', { valid: 4, rejected: 2 })).toBeNull()
    expect(effectiveMode('all_or_nothing', 2)).toBe('valid_only')
    expect(effectiveMode('all_or_nothing', 0)).toBe('all_or_nothing')
  })

  it('has nothing to write without valid rows', () => {
    expect(commitBlock({ ...base, valid: 0, rejected: 6 })).toBe('no_valid_rows')
  })

  it('asks for "commit anyway" only when the same file was committed before', () => {
    expect(needsDuplicateConsent(dup('COMMITTED'))).toBe(true)
    expect(needsDuplicateConsent(dup('PREVIEW'))).toBe(false)
    expect(needsDuplicateConsent(null)).toBe(false)
    expect(commitBlock({ ...base, duplicateOf: dup('COMMITTED') })).toBe('duplicate')
    expect(commitBlock({ ...base, duplicateOf: dup('COMMITTED'), allowDuplicate: true })).toBeNull()
    expect(commitBlock({ ...base, duplicateOf: dup('DISCARDED') })).toBeNull()
  })
})
