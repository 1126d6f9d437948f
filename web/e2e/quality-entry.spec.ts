import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { DEMO, login, runId } from './helpers'

// Quality entry as an operator: an inspection with defects by type whose counts do not add up to the total is
// refused in the defect dialog, corrected, read back, saved, and found again after a reload with its details.

const cell = (page: Page, row: number, field: string): Locator =>
  page.locator(`.entry-grid .ag-row[row-index="${row}"] .ag-cell[col-id="${field}"]`).first()
const shown = (page: Page, row: number, field: string): Locator => cell(page, row, field).locator('.entry-cell__value')

async function typeCell(page: Page, row: number, field: string, text: string): Promise<void> {
  await cell(page, row, field).click()
  await page.keyboard.press('Enter')
  const editor = page.locator('.entry-grid .ag-cell-inline-editing input, .ag-popup-editor input, .ag-popup-editor textarea').first()
  await expect(editor).toBeFocused()
  await editor.fill(text)
  await page.keyboard.press('Enter')
  await expect(page.locator('.entry-grid .ag-cell-inline-editing, .ag-popup-editor')).toHaveCount(0)
}

/** Picks a defect type in line `i` of the dialog by typing its code. */
async function pickType(page: Page, i: number, code: string): Promise<void> {
  const input = page.getByTestId(`lines-item-${i}`).locator('input')
  await input.click()
  await input.fill(code)
  await page.getByRole('listbox').last().getByRole('option').filter({ hasText: new RegExp(`^${code} — `) }).first().click()
}

/** Facts of the operator's client the scenario needs: two active defect types and an open work order. */
async function plant(page: Page): Promise<{ types: string[]; order: string }> {
  return page.evaluate(async () => {
    const types = await (await fetch('/api/defect-types?size=500&sort=code,asc')).json()
    const orders = await (await fetch('/api/work-orders?status=ACTIVE&size=20&sort=number,asc')).json()
    return {
      types: (types.items as { code: string; active: boolean }[]).filter((t) => t.active).map((t) => t.code).slice(0, 2),
      order: (orders.items as { number: string }[])[0]!.number,
    }
  })
}

test('an inspection with defect details: a wrong sum is refused, the fixed one is saved and comes back after a reload', async ({ page }) => {
  test.setTimeout(180_000)
  const marker = `e2e quality ${runId()}`
  await login(page, DEMO.operator1.username, DEMO.operator1.password)
  const { types, order } = await plant(page)
  expect(types).toHaveLength(2)
  const [a, b] = types as [string, string]

  await page.getByRole('navigation', { name: 'Main navigation' }).getByTestId('nav-quality').click()
  await expect(page).toHaveURL(/\/entry\/quality/)
  await expect(page.getByRole('heading', { name: 'Quality', level: 1 })).toBeVisible()
  await expect(page.getByTestId('import-quality')).toHaveCount(0) // operators do not import
  await expect(page.getByTestId('entry-filter-line')).toHaveCount(0) // inspections are not per line
  const today = await page.getByTestId('entry-filter-date').locator('input').inputValue()
  // the catalogs arriving redraw the grid's rows (closing an open editor): type once they are in
  await page.waitForLoadState('networkidle')

  await page.getByTestId('entry-add').click()
  // a new row puts the cursor on its first empty required cell
  await expect(cell(page, 0, 'inspection_stage')).toBeFocused()
  await typeCell(page, 0, 'work_order_id', order)
  await typeCell(page, 0, 'inspection_stage', 'FINAL')
  await typeCell(page, 0, 'units_inspected', '50')
  await typeCell(page, 0, 'units_passed_first_time', '45')
  await typeCell(page, 0, 'units_defective', '5')
  await typeCell(page, 0, 'total_defects', '7')
  await typeCell(page, 0, 'notes', marker)
  await expect(shown(page, 0, 'work_order_id')).toHaveText(order)
  await expect(shown(page, 0, 'inspection_stage')).toHaveText('FINAL')

  // the details: Enter on the cell opens the dialog
  await cell(page, 0, 'defects').click()
  await page.keyboard.press('Enter')
  const dialog = page.getByTestId('lines-dialog')
  await expect(dialog).toBeVisible()
  await pickType(page, 0, a)
  await page.getByTestId('lines-count-0').locator('input').fill('4')
  await page.getByTestId('lines-add').click()
  await pickType(page, 1, b)
  await page.getByTestId('lines-count-1').locator('input').fill('2')
  await expect(page.getByTestId('lines-sum')).toHaveText('Sum of the lines: 6 · Total defects: 7')
  const axeDialog = await new AxeBuilder({ page }).include('[data-testid="lines-dialog"]').withTags(['wcag2a', 'wcag2aa']).analyze()
  expect(axeDialog.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
  // 4 + 2 is not 7: refused, the dialog stays open
  await page.getByTestId('lines-apply').click()
  await expect(page.getByTestId('lines-error')).toContainText('The lines add up to 6, not 7')
  await expect(dialog).toBeVisible()
  await page.getByTestId('lines-count-1').locator('input').fill('3')
  await expect(page.getByTestId('lines-sum')).toHaveText('Sum of the lines: 7 · Total defects: 7')
  await page.getByTestId('lines-apply').click()
  await expect(dialog).toBeHidden()
  await expect(shown(page, 0, 'defects')).toHaveText('2 types · 7')

  // a total that no longer matches the details is an error on the total, as the server says it
  await typeCell(page, 0, 'total_defects', '8')
  await expect(cell(page, 0, 'total_defects')).toHaveClass(/entry-cell--error/)
  await typeCell(page, 0, 'total_defects', '7')
  await expect(cell(page, 0, 'total_defects')).not.toHaveClass(/entry-cell--error/)

  await page.getByTestId('entry-save').click()
  const line = page.getByTestId('read-back-line-1')
  await expect(line).toContainText(`${order} · FINAL`)
  await expect(line).toContainText(`50 inspected, 45 passed first time, 5 defective, 7 defects (${a} 4, ${b} 3)`)
  await page.getByTestId('read-back-confirm').click()
  await expect(page.getByTestId('entry-unsaved')).toHaveText('No unsaved rows')

  // after a reload the stored row shows its details, and the dialog lists them
  await page.reload()
  await page.waitForLoadState('networkidle')
  const row = page.locator('.entry-grid .ag-row').filter({ hasText: marker })
  await expect(row).toHaveCount(1)
  const index = Number(await row.getAttribute('row-index'))
  await expect(shown(page, index, 'defects')).toHaveText('2 types · 7')
  await expect(shown(page, index, 'total_defects')).toHaveText('7')
  await cell(page, index, 'defects').locator('[data-entry-lines]').click()
  await expect(dialog).toBeVisible()
  await expect(page.getByTestId('lines-item-0')).toContainText(a)
  await expect(page.getByTestId('lines-count-0').locator('input')).toHaveValue('4')
  await expect(page.getByTestId('lines-item-1')).toContainText(b)
  await expect(page.getByTestId('lines-count-1').locator('input')).toHaveValue('3')
  await page.getByTestId('lines-cancel').click()
  await expect(dialog).toBeHidden()

  // and the server holds the breakdown
  const stored = await page.request.get(`/api/quality?from=${today}&to=${today}&size=500`)
  expect(stored.ok()).toBeTruthy()
  const mine = ((await stored.json()).items as { notes: string; total_defects: number; defects: { defect_type_code: string; count: number }[] }[]).filter(
    (e) => e.notes === marker,
  )
  expect(mine).toHaveLength(1)
  expect(mine[0]!.total_defects).toBe(7)
  expect(mine[0]!.defects.map((d) => [d.defect_type_code, d.count])).toEqual([
    [a, 4],
    [b, 3],
  ])
})

test('the quality page has no serious or critical accessibility violations', async ({ page }) => {
  await login(page, DEMO.operator1.username, DEMO.operator1.password)
  await page.goto('/entry/quality')
  await expect(page.getByRole('heading', { name: 'Quality', level: 1 })).toBeVisible()
  await expect(page.getByTestId('entry-summary')).toBeVisible()
  await expect(page.locator('.entry-grid .ag-header-cell[col-id="defects"]')).toBeVisible()
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, serious.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`).join('\n')).toEqual([])
})
