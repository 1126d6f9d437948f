import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { DEMO, login, runId } from './helpers'

/** YYYY-MM-DD, `days` from now (far enough from today that the plant's time zone does not matter). */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
}

/**
 * Six work orders of the demo client ACME-MFG, one per row (data rows are spreadsheet rows 2–7); rows 3, 4 and 5
 * are bad: an unknown product, a planned quantity of 0, a ship date before the start date.
 */
function workOrderFile(prefix: string): { path: string; name: string } {
  const start = dayFromNow(10)
  const ship = dayFromNow(30)
  const rows = [
    'number,product_code,planned_quantity,priority,planned_start_date,planned_ship_date,customer_po_number,job_operation_name,job_line_code',
    `${prefix}-1,BRK-100,120,HIGH,${start},${ship},PO-${prefix}-1,Cut,L1`,
    `${prefix}-2,NOPE-404,50,NORMAL,${start},${ship},,,`,
    `${prefix}-3,HNG-010,0,,${start},${ship},,,`,
    `${prefix}-4,PLT-500,200,LOW,${ship},${start},,,`,
    `${prefix}-5,CLP-005,300,,${start},${ship},,Assemble,L2`,
    `${prefix}-6,BRK-200,400,URGENT,,${ship},PO-${prefix}-6,,`,
  ]
  const name = `orders-${prefix.toLowerCase()}.csv`
  const path = join(mkdtempSync(join(tmpdir(), 'kpi-import-')), name)
  writeFileSync(path, `${rows.join('\n')}\n`)
  return { path, name }
}

async function counts(page: Page, total: number, valid: number, rejected: number): Promise<void> {
  await expect(page.getByTestId('count-total')).toHaveAttribute('data-count', String(total))
  await expect(page.getByTestId('count-valid')).toHaveAttribute('data-count', String(valid))
  await expect(page.getByTestId('count-rejected')).toHaveAttribute('data-count', String(rejected))
}

/** The grid cell (AG Grid's element) holding a value of the preview. */
const gridCell = (page: Page, row: number, column: string) =>
  page.locator('.ag-cell', { has: page.getByTestId(`cell-${row}-${column}`) })

async function upload(page: Page, path: string): Promise<void> {
  await page.getByTestId('import-file-input').setInputFiles(path)
  await page.getByTestId('upload-submit').click()
  await expect(page.getByRole('heading', { name: 'Check the rows', level: 2 })).toBeFocused()
}

test.describe('imports', () => {
  test('a power user imports work orders: fixes a rejected row, writes the valid ones, downloads the rejected ones', async ({ page }) => {
    const prefix = `IMP${runId()}`
    const file = workOrderFile(prefix)
    await login(page, DEMO.poweruser.username, DEMO.poweruser.password)

    // --- entry point: the work-order list's Import preselects the type
    await page.getByRole('navigation', { name: 'Main navigation' }).getByTestId('nav-work-orders').click()
    await page.getByTestId('import-work_orders').click()
    await expect(page).toHaveURL(/\/imports\/new\?type=work_orders$/)
    await expect(page.getByRole('heading', { name: 'New import', level: 1 })).toBeVisible()
    await expect(page.getByTestId('import-type')).toContainText('Work orders')
    await expect(page.getByTestId('import-client')).toContainText('ACME-MFG')
    await page.getByTestId('column-help').getByRole('button', { name: /Columns of Work orders/ }).click()
    await expect(page.getByTestId('column-help')).toContainText('job_line_code')

    // --- preview: 6 rows, 3 rejected, each error on its cell and in the row's status
    await upload(page, file.path)
    await expect(page).toHaveURL(/\/imports\/\d+$/)
    await expect(page.getByTestId('step-preview')).toHaveAttribute('aria-current', 'step')
    await counts(page, 6, 3, 3)
    await expect(page.getByTestId('duplicate-warning')).toHaveCount(0)
    const bad = [
      [3, 'product_code', "no product 'NOPE-404'"],
      [4, 'planned_quantity', 'must be greater than or equal to 1'],
      [5, 'planned_ship_date', 'cannot be before the planned start date'],
    ] as const
    for (const [row, column, message] of bad) {
      await expect(gridCell(page, row, column)).toHaveClass(/import-cell--error/)
      await expect(page.getByTestId(`cell-${row}-${column}`)).toContainText(`Error: ${message}`)
      await expect(page.getByTestId(`row-status-${row}`)).toHaveAttribute('data-valid', 'false')
      await expect(page.getByTestId(`row-status-${row}`)).toContainText(`${column}: `)
      await expect(page.getByTestId(`row-status-${row}`)).toContainText(message)
    }
    await expect(gridCell(page, 2, 'product_code')).not.toHaveClass(/import-cell--error/)
    await expect(page.getByTestId('row-status-2')).toHaveAttribute('data-valid', 'true')

    // the Rejected filter asks the server for the rejected rows only
    await page.getByTestId('filter-rejected').click()
    await expect(page.getByTestId('filter-rejected')).toHaveAttribute('aria-pressed', 'true')
    await expect(page.locator('[data-testid^="row-status-"]')).toHaveCount(3)
    await expect(page.getByTestId('row-status-2')).toHaveCount(0)

    // --- fix row 3 in the grid: a product of the client makes it valid (4 valid, 2 rejected)
    await page.getByTestId('cell-3-product_code').click()
    const editor = page.locator('.ag-cell-inline-editing input')
    await editor.fill('HNG-020')
    await editor.press('Enter')
    await expect(page.getByTestId('row-status-3')).toHaveAttribute('data-valid', 'true')
    await expect(page.getByTestId('cell-3-product_code')).toHaveText('HNG-020')
    await expect(gridCell(page, 3, 'product_code')).not.toHaveClass(/import-cell--error/)
    await expect(page.getByTestId('fix-announcement')).toHaveText('Row 3 checked again: it is valid now.')
    await counts(page, 6, 4, 2)

    // --- commit: all or nothing is refused while rows are rejected; write the valid rows only
    await page.getByTestId('preview-next').click()
    await expect(page.getByRole('heading', { name: 'Write the rows', level: 2 })).toBeFocused()
    await expect(page.getByTestId('commit-summary')).toHaveText('4 of 6 rows are valid and 2 are rejected.')
    await expect(page.getByTestId('mode-all_or_nothing').locator('input')).toBeDisabled()
    await expect(page.getByTestId('mode-all_or_nothing-blocked')).toContainText('Not available while 2 rows are rejected')
    await expect(page.getByTestId('mode-valid_only').locator('input')).toBeChecked()
    await page.getByTestId('commit').click()

    // --- result: 4 orders created, 2 rows rejected, to download with their errors
    await expect(page.getByRole('heading', { name: 'Import finished', level: 2 })).toBeFocused()
    await expect(page.getByTestId('result-created')).toHaveText('4')
    await expect(page.getByTestId('result-rejected')).toHaveText('2')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-rejected').click()])
    expect(download.suggestedFilename()).toBe(`orders-${prefix.toLowerCase()}-rejected.csv`)
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '')
    const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '')
    expect(lines[0]?.split(',')).toContain('error')
    expect(lines).toHaveLength(3)
    expect(lines[1]).toContain(`${prefix}-3`)
    expect(lines[2]).toContain(`${prefix}-4`)
    expect(csv).toContain('planned_quantity')

    // the orders are there
    await expect(page.getByTestId('go-to-records')).toHaveText(/Go to work orders/i)
    await page.getByTestId('go-to-records').click()
    await expect(page).toHaveURL(/\/work-orders$/)
    await page.getByTestId('filter-search').locator('input').fill(prefix)
    await expect(page).toHaveURL(new RegExp(`[?&]q=${prefix}`)) // the search has been applied, not just typed
    await expect(page.getByTestId(`wo-row-${prefix}-2`)).toBeVisible()
    await expect(page.locator(`tbody tr[data-testid^="wo-row-${prefix}-"]`)).toHaveCount(4)

    // --- an imported order goes through its lifecycle: ACTIVE → ON_HOLD → ACTIVE → COMPLETED, with its history
    await page.getByRole('link', { name: `Open work order ${prefix}-1` }).click()
    await expect(page.getByRole('heading', { name: `${prefix}-1`, level: 1 })).toBeVisible()
    await expect(page.getByTestId('wo-status')).toHaveText('Active')
    await expect(page.getByTestId('job-10')).toContainText('Cut')
    const move = page.getByTestId('transition-dialog')
    await page.getByTestId('transition-ON_HOLD').click()
    await move.getByLabel('Reason').fill('Die change pending')
    await move.getByRole('button', { name: 'Confirm' }).click()
    await expect(page.getByTestId('wo-status')).toHaveText('On hold')
    await page.getByTestId('transition-ACTIVE').click()
    await move.getByRole('button', { name: 'Confirm' }).click()
    await expect(page.getByTestId('wo-status')).toHaveText('Active')
    await page.getByTestId('transition-COMPLETED').click()
    await expect(move.getByLabel('Delivered quantity')).toHaveValue('120')
    await move.getByRole('button', { name: 'Confirm' }).click()
    await expect(page.getByTestId('wo-status')).toHaveText('Completed')
    await expect(page.getByTestId('history-move')).toHaveText(['Active → Completed', 'On hold → Active', 'Active → On hold',
      'Created as Active'])
    await expect(page.getByTestId('wo-history')).toContainText('Die change pending')
    await expect(page.getByTestId('wo-history')).toContainText('Imported')
    await expect(page.getByTestId('wo-history')).toContainText('by poweruser')

    // --- the import log lists it as committed
    await page.getByRole('navigation', { name: 'Main navigation' }).getByTestId('nav-imports').click()
    await expect(page.getByRole('heading', { name: /^Imports · ACME-MFG$/, level: 1 })).toBeVisible()
    const entry = page.getByTestId('imports-table').locator('tbody tr', { hasText: file.name }).first()
    await expect(entry.locator('[data-status]')).toHaveAttribute('data-status', 'COMMITTED')
    await expect(entry.getByTestId('log-rows')).toHaveText('4 valid · 2 rejected')
    await expect(entry.getByTestId('log-written')).toContainText('4 created')
    await expect(entry.getByTestId('log-download')).toBeVisible()

    // --- the same file again: the preview warns that it was committed before; discarded
    await page.getByTestId('new-import').click()
    await expect(page.getByTestId('upload-step')).toBeVisible()
    await page.goto('/imports/new?type=work_orders')
    await upload(page, file.path)
    await expect(page.getByTestId('duplicate-warning')).toContainText('This file was uploaded before')
    await expect(page.getByTestId('duplicate-warning')).toContainText('import status: Committed')
    await page.getByTestId('preview-next').click()
    await expect(page.getByTestId('duplicate-consent')).toBeVisible()
    await page.getByTestId('discard').click()
    await page.getByTestId('confirm-yes').click()
    await expect(page).toHaveURL(/\/imports$/)
    const again = page.getByTestId('imports-table').locator('tbody tr', { hasText: file.name }).first()
    await expect(again.locator('[data-status]')).toHaveAttribute('data-status', 'DISCARDED')
  })

  test('operators have no Imports: not in the navigation, and /imports sends them to My Shift', async ({ page }) => {
    await login(page, DEMO.operator1.username, DEMO.operator1.password)
    const nav = page.getByRole('navigation', { name: 'Main navigation' })
    await expect(nav.getByTestId('nav-work-orders')).toBeVisible()
    await expect(nav.getByTestId('nav-imports')).toHaveCount(0)
    for (const path of ['/imports', '/imports/new?type=work_orders']) {
      await page.goto(path)
      await expect(page.getByRole('heading', { name: 'My shift', level: 1 })).toBeVisible()
      await expect(page).toHaveURL(/\/my-shift$/)
    }
    await page.getByTestId('nav-work-orders').click()
    await expect(page.getByRole('heading', { name: 'Work orders', level: 1 })).toBeVisible()
    await expect(page.getByTestId('import-work_orders')).toHaveCount(0)
  })
})
