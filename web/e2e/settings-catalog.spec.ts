import { expect, test, type Page } from '@playwright/test'
import { DEMO, gridLoaded, login, runId } from './helpers'

async function open(page: Page, nav: string, heading: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByTestId(nav).click()
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible()
}

test.describe('settings (catalogs, part opportunities, client settings)', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, DEMO.poweruser.username, DEMO.poweruser.password)
  })

  test('poweruser creates a defect type and loads an industry template', async ({ page }) => {
    const code = `E2E-DT-${runId()}`
    await open(page, 'nav-defect-types', /^Defect types · /)

    await page.getByTestId('add-defect-type').click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByText('Add defect type')).toBeVisible()
    await dialog.getByLabel('Code', { exact: true }).fill(code.toLowerCase())
    await dialog.getByLabel('Name', { exact: true }).fill('Scratched housing')
    await dialog.getByLabel('Category', { exact: true }).fill('Finish')
    await dialog.getByLabel('Category', { exact: true }).press('Tab')
    await dialog.getByRole('button', { name: 'Create' }).click()
    await expect(page.getByTestId('snackbar')).toContainText(`Defect type ${code} created.`)
    await expect(dialog).toBeHidden()
    await page.getByRole('searchbox', { name: 'Search by code or name' }).fill(code)
    const row = page.getByTestId('defect-types-table').getByRole('row', { name: new RegExp(code) })
    await expect(row).toContainText('Finish')
    await expect(row).toContainText('Major')

    // load a template: what it brings is shown first, then how many were added and skipped
    await page.getByTestId('load-template').click()
    const tpl = page.getByTestId('template-dialog')
    await tpl.getByTestId('template-electronics').getByRole('radio').check()
    await expect(tpl.getByTestId('template-preview')).toContainText(/The \d+ defect types of "Electronics" are added/)
    await tpl.getByTestId('template-load').click()
    await expect(tpl.getByTestId('template-result')).toContainText(/Template loaded: \d+ added, \d+ skipped/)
    await tpl.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('searchbox', { name: 'Search by code or name' }).fill('SOLDER_DEF')
    await expect(page.getByTestId('defect-types-table').getByRole('row', { name: /SOLDER_DEF/ })).toContainText('Assembly')
  })

  test('poweruser creates a downtime reason in a category', async ({ page }) => {
    const code = `E2E-DR-${runId()}`
    await open(page, 'nav-downtime-reasons', /^Downtime reasons · /)
    await gridLoaded(page, 'downtime-reasons')
    const grid = page.getByTestId('downtime-reasons-table')

    // filter on the Machine category: the other categories' reasons go
    await page.getByTestId('downtime-reasons-category').click()
    await page.getByRole('option', { name: 'Machine', exact: true }).click()
    await expect(grid.getByRole('row', { name: /BREAKDOWN/ })).toBeVisible()
    await expect(grid.getByRole('row', { name: /MEETING/ })).toHaveCount(0)

    await page.getByTestId('add-downtime-reason').click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByTestId('downtime-reason-category')).toContainText('Machine')
    await dialog.getByLabel('Code', { exact: true }).fill(code)
    await dialog.getByLabel('Reason', { exact: true }).fill('Spindle overheating')
    await dialog.getByRole('button', { name: 'Create' }).click()
    await expect(page.getByTestId('snackbar')).toContainText(`Downtime reason ${code} created.`)
    const row = grid.getByRole('row', { name: new RegExp(code) })
    await expect(row).toContainText('Machine')
    await expect(row).toContainText('Unplanned')
  })

  test('poweruser edits part opportunities in the grid: an invalid value is refused on the cell, a valid one saved', async ({ page }) => {
    const value = String(2 + (Number.parseInt(runId(), 36) % 900))
    await open(page, 'nav-part-opportunities', /^Part opportunities · /)
    await gridLoaded(page, 'part-opportunities')
    const cell = page.getByTestId('opportunities-BRK-100')
    const editor = page.locator('.ag-cell-inline-editing input')

    await cell.click()
    await editor.fill('0')
    await editor.press('Enter')
    await expect(page.getByTestId('opportunities-error-BRK-100')).toHaveText('Between 1 and 1 000 000')

    await page.getByTestId('opportunities-BRK-100').click()
    await editor.fill(value)
    await editor.press('Enter')
    await expect(page.getByTestId('snackbar')).toContainText(`BRK-100: ${value} opportunities per unit saved.`)
    await expect(page.getByTestId('opportunities-error-BRK-100')).toHaveCount(0)
    await expect(page.getByTestId('opportunities-BRK-100')).toHaveText(value)

    // saved with the product: it is still there after a reload
    await page.reload()
    await gridLoaded(page, 'part-opportunities')
    await expect(page.getByTestId('opportunities-BRK-100')).toHaveText(value)
  })

  test('poweruser changes a client setting and a KPI target; the API refuses levels in the wrong direction', async ({ page }) => {
    await open(page, 'nav-client-settings', /^Client settings · /)
    const backdating = page.getByLabel('Operator back-dating (days)')
    const next = (await backdating.inputValue()) === '7' ? '8' : '7'
    await backdating.fill(next)
    await page.getByTestId('client-settings-save').click()
    await expect(page.getByTestId('snackbar')).toContainText(/Settings of .+ saved\./)
    await page.reload()
    await expect(page.getByLabel('Operator back-dating (days)')).toHaveValue(next)

    // the server's own rule, shown on its field
    await page.getByLabel('WIP aging buckets (days)').fill('30, 14')
    await page.getByTestId('client-settings-save').click()
    await expect(page.getByTestId('setting-wip_bucket_edges')).toContainText('must be strictly increasing')

    // KPI target: higher is better, so a warning above the target is refused
    const targets = page.getByTestId('kpi-targets-table')
    await targets.getByRole('row', { name: /^OEE/ }).click()
    const dialog = page.getByTestId('kpi-target-dialog')
    await expect(dialog.getByTestId('kpi-target-rule')).toHaveText('Higher is better: target ≥ warning ≥ critical.')
    await dialog.getByLabel('Target').fill('60')
    await dialog.getByLabel('Warning').fill('75')
    await dialog.getByLabel('Critical').fill('85')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog.getByTestId('kpi-target-warning')).toContainText('target ≥ warning ≥ critical for oee')

    await dialog.getByLabel('Target').fill('80')
    await dialog.getByLabel('Warning').fill('70')
    await dialog.getByLabel('Critical').fill('55')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByTestId('snackbar')).toContainText('Targets for OEE saved.')
    const oee = targets.getByRole('row', { name: /^OEE/ })
    await expect(oee).toContainText('80 %')
    await expect(oee).toContainText('Client')

    await page.getByTestId('reset-oee').click()
    await expect(page.getByTestId('snackbar')).toContainText('OEE is back to the default levels.')
    await expect(oee).toContainText('85 %')
    await expect(page.getByTestId('reset-oee')).toHaveCount(0)
  })
})
