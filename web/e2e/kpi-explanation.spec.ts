import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { DEMO, login, runId } from './helpers'

// The KPI engine's numbers where data is entered: each saved production row shows its own OEE and factors, a click
// (or Enter) explains one — numerator, denominator, the inferred run time — and Escape gives focus back; My Shift
// shows the shift's OEE strip with the same explanation.

async function seriousAxe(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${name}: ${v.id} ${v.help} ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([])
}

/** Opens a cell's editor with Enter, types the text and commits it with Enter. */
async function typeCell(page: Page, cell: Locator, text: string): Promise<void> {
  await cell.click()
  await page.keyboard.press('Enter')
  const editor = page.locator('.entry-grid .ag-cell-inline-editing input, .ag-popup-editor input, .ag-popup-editor textarea').first()
  await expect(editor).toBeFocused()
  await editor.fill(text)
  await page.keyboard.press('Enter')
  await expect(page.locator('.entry-grid .ag-cell-inline-editing, .ag-popup-editor')).toHaveCount(0)
}

test.describe('KPI explanation', () => {
  test('a saved production row shows its OEE; the explanation names numerator, denominator and the inferred run time', async ({ page }) => {
    test.slow()
    const marker = `kpi ${runId()}`
    await login(page, DEMO.operator1.username, DEMO.operator1.password)
    await page.getByRole('navigation', { name: 'Main navigation' }).getByTestId('nav-production').click()
    await expect(page.getByRole('heading', { name: 'Production', level: 1 })).toBeVisible()

    // the day's stored rows are in, so the rows the test reads by index below do not change under it
    await expect(page.locator('.entry-grid .ag-root-wrapper')).toBeVisible()
    await expect(page.locator('.entry-grid .ag-overlay-loading-wrapper')).toBeHidden()
    // a new row has no KPIs yet: its cells are empty
    await page.getByTestId('entry-add').click()
    // Add puts the cursor on the new row's first empty required cell: that row's index
    const focused = page.locator('.entry-grid .ag-cell.ag-cell-focus')
    await expect(focused).toHaveCount(1)
    const index = await focused.evaluate((c) => c.closest('.ag-row')!.getAttribute('row-index'))
    const at = (field: string) => page.locator(`.entry-grid .ag-row[row-index="${index}"] .ag-cell[col-id="${field}"]`).first()
    await expect(at('kpi:oee')).toHaveText('')
    // run time left empty: the engine infers it from the shift (minus downtime when there is some)
    await typeCell(page, at('shift_id'), 'Day')
    await typeCell(page, at('work_order_id'), 'WO-ACME-125')
    await typeCell(page, at('units_produced'), '200')
    await typeCell(page, at('employees_assigned'), '4')
    await typeCell(page, at('notes'), marker)
    await page.getByTestId('entry-save').click()
    await page.getByTestId('read-back-confirm').click()
    await expect(page.getByTestId('read-back')).toBeHidden()

    // once saved, the row's KPIs arrive with the mark of an inferred input
    const note = page.locator('.entry-grid .ag-cell[col-id="notes"]', { hasText: marker })
    await expect(note).toHaveCount(1)
    const savedIndex = await note.evaluate((c) => c.closest('.ag-row')!.getAttribute('row-index'))
    const saved = page.locator(`.entry-grid .ag-row[row-index="${savedIndex}"]`).filter({ has: page.locator('.ag-cell[col-id="kpi:oee"]') })
    const oee = saved.locator('.ag-cell[col-id="kpi:oee"]')
    await expect(oee.locator('.entry-kpi__value')).toHaveText(/^\d+(\.\d+)? %$/)
    await expect(oee.locator('.entry-kpi__inferred')).toBeVisible()
    await expect(oee).toContainText('includes inferred inputs') // its accessible text
    for (const kpi of ['availability', 'performance', 'quality_rate', 'efficiency']) {
      await expect(saved.locator(`.ag-cell[col-id="kpi:${kpi}"] .entry-kpi__value`)).toHaveText(/%$/)
    }
    // quality: 200 units, no defects
    await expect(saved.locator('.ag-cell[col-id="kpi:quality_rate"] .entry-kpi__value')).toHaveText('100 %')

    // a click explains it
    await oee.click()
    const sheet = page.getByTestId('kpi-explanation')
    await expect(sheet).toBeVisible()
    await expect(page.getByRole('dialog', { name: 'How OEE was calculated' })).toBeVisible()
    await expect(sheet.getByTestId('kpi-value')).toHaveText((await oee.locator('.entry-kpi__value').textContent())!)
    await expect(sheet.getByTestId('kpi-formula')).toContainText('Availability × performance × quality rate')
    await expect(sheet).toContainText('Planned busy time (h)')
    await expect(sheet.getByTestId('kpi-numerator')).toHaveText(/^\d[\d.,]*$/)
    await expect(sheet.getByTestId('kpi-denominator')).toHaveText(/^\d[\d.,]*$/)
    await expect(sheet.getByTestId('kpi-records')).toHaveText('1')
    await expect(sheet.getByTestId('kpi-factors')).toHaveText(/^[\d.]+ % × [\d.]+ % × 100 %$/)
    // numerator ÷ denominator is the value shown
    const num = (text: string | null) => Number(text!.replace(/[,%\s]/g, ''))
    const ratio = (num(await sheet.getByTestId('kpi-numerator').textContent()) / num(await sheet.getByTestId('kpi-denominator').textContent())) * 100
    expect(Math.abs(ratio - num(await sheet.getByTestId('kpi-value').textContent()))).toBeLessThan(0.01)
    await expect(sheet.getByTestId('kpi-inferred')).toContainText('Run time from planned busy time')
    await expect(sheet.getByTestId('kpi-levels')).toContainText('85 %')
    await expect(sheet.getByTestId('kpi-settings')).toContainText('Setup / changeover is planned downtime')
    await expect(sheet.getByTestId('kpi-close')).toBeFocused()
    await seriousAxe(page, 'KPI explanation')

    // Escape closes it and gives the focus back to the cell; Enter opens it again
    await page.keyboard.press('Escape')
    await expect(sheet).toBeHidden()
    await expect(oee).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(sheet).toBeVisible()
    await sheet.getByTestId('kpi-close').click()
    await expect(sheet).toBeHidden()

  })

  test('My Shift shows the shift’s OEE and factors; each opens its explanation', async ({ page }) => {
    test.slow()
    const units = String(100 + (Date.now() % 800))
    await login(page, DEMO.operator1.username, DEMO.operator1.password)
    await expect(page).toHaveURL(/\/my-shift$/)
    const strip = page.getByTestId('shift-kpis')
    await expect(strip).toBeVisible()
    await expect(strip.getByRole('heading', { name: 'This shift’s KPIs' })).toBeVisible()

    // record production for the shift: the strip follows
    if (await page.getByTestId('pick-product').isVisible()) {
      await page.getByTestId('pick-product').click()
      await page.getByRole('listbox').last().getByRole('option').first().click()
    }
    const card = page.getByTestId('quick-production')
    await card.getByLabel('Units produced').fill(units)
    await card.getByLabel('Crew').fill('3')
    await card.getByTestId('production-review').click()
    await page.getByTestId('quick-read-back').getByTestId('quick-read-back-confirm').click()
    await expect(page.getByTestId('snackbar')).toContainText(`Production saved: ${units} units`)

    const oee = strip.getByTestId('shift-kpi-oee')
    await expect(oee.getByTestId('shift-kpi-value')).toHaveText(/^\d[\d.,]* %$/)
    for (const kpi of ['availability', 'performance', 'quality_rate']) {
      await expect(strip.getByTestId(`shift-kpi-${kpi}`).getByTestId('shift-kpi-value')).toHaveText(/%$/)
    }
    await expect(oee).toHaveAccessibleName(/^Explain OEE: OEE, \d/)
    await seriousAxe(page, 'My Shift with KPIs')

    await strip.getByTestId('shift-kpi-availability').click()
    const sheet = page.getByTestId('kpi-explanation')
    await expect(sheet).toBeVisible()
    await expect(page.getByRole('dialog', { name: 'How Availability was calculated' })).toBeVisible()
    await expect(sheet.getByTestId('kpi-formula')).toContainText('Actual production time ÷ planned busy time')
    await expect(sheet.getByTestId('kpi-scope')).toContainText('·')
    await page.keyboard.press('Escape')
    await expect(sheet).toBeHidden()
    await expect(strip.getByTestId('shift-kpi-availability')).toBeFocused()
  })
})
