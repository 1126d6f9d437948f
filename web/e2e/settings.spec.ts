import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { DEMO, gridLoaded, login, runId } from './helpers'

test.describe('settings (plant model)', () => {
  test('poweruser creates a shift crossing midnight and a product, and Shifts passes axe', async ({ page }) => {
    const refusals: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refusals.push(m.text())
    })
    const id = runId()
    const shiftName = `Late ${id}`
    const productCode = `E2E-${id}`

    await login(page, DEMO.poweruser.username, DEMO.poweruser.password)
    const nav = page.getByRole('navigation', { name: 'Main navigation' })
    await expect(nav.getByText('Settings', { exact: true })).toBeVisible()
    for (const item of ['nav-products', 'nav-lines', 'nav-shifts', 'nav-employees']) await expect(nav.getByTestId(item)).toBeVisible()
    await expect(nav.getByTestId('nav-clients')).toHaveCount(0)

    // --- Shifts: the demo data is there, the page passes axe
    await nav.getByTestId('nav-shifts').click()
    await expect(page).toHaveURL(/\/settings\/shifts$/)
    await expect(page.getByRole('heading', { name: /^Shifts · [A-Z0-9-]+$/, level: 1 })).toBeVisible()
    await gridLoaded(page, 'shifts')
    const table = page.getByTestId('shifts-table')
    await expect(table.getByRole('row', { name: /^Day / })).toBeVisible()
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
    expect(axe.violations.map((v) => `Shifts: ${v.id} ${v.help} ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([])

    // --- create a shift crossing midnight with one break
    await page.getByTestId('add-shift').click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByText('Add shift')).toBeVisible()
    await dialog.getByLabel('Name', { exact: true }).fill(shiftName)
    await dialog.getByLabel('Start', { exact: true }).fill('23:00')
    await dialog.getByLabel('End', { exact: true }).fill('07:00')
    await expect(dialog.getByTestId('shift-summary')).toContainText('8 h 00 min, crosses midnight, 8 h 00 min scheduled')
    await dialog.getByRole('button', { name: 'Add break' }).click()
    await dialog.getByLabel('Break 1 name').fill('Meal')
    await dialog.getByLabel('Break 1 start').fill('03:00')
    await dialog.getByLabel('Break 1 minutes').fill('30')
    await expect(dialog.getByTestId('shift-summary')).toContainText('8 h 00 min, crosses midnight, 7 h 30 min scheduled')
    await dialog.getByRole('button', { name: 'Create' }).click()

    await expect(page.getByTestId('snackbar')).toContainText(
      `Shift ${shiftName} created: 8 h 00 min, crosses midnight, 7 h 30 min scheduled.`,
    )
    await expect(dialog).toBeHidden()
    await page.getByRole('searchbox', { name: 'Search by name' }).fill(shiftName)
    const shiftRow = table.getByRole('row', { name: new RegExp(shiftName) })
    await expect(shiftRow).toBeVisible()
    await expect(shiftRow).toContainText('23:00')
    await expect(shiftRow).toContainText('07:00')
    await expect(shiftRow).toContainText('crosses midnight')
    await expect(shiftRow).toContainText('7 h 30 min scheduled')

    // --- Products: create one with a cycle time of 0.0025 h = 9 s per unit
    await nav.getByTestId('nav-products').click()
    await expect(page).toHaveURL(/\/settings\/products$/)
    await expect(page.getByRole('heading', { name: /^Products · / , level: 1 })).toBeVisible()
    await gridLoaded(page, 'products')
    await page.getByTestId('add-product').click()
    await expect(dialog.getByText('Add product')).toBeVisible()
    await dialog.getByLabel('Code', { exact: true }).fill(productCode.toLowerCase())
    await expect(dialog.getByLabel('Code', { exact: true })).toHaveValue(productCode)
    await dialog.getByLabel('Name', { exact: true }).fill(`E2E product ${id}`)
    await dialog.getByLabel('Ideal cycle time (hours per unit)').fill('0.0025')
    await expect(dialog.getByText('= 9 s per unit')).toBeVisible()
    await dialog.getByRole('button', { name: 'Create' }).click()

    await expect(page.getByTestId('snackbar')).toContainText(`Product ${productCode} created.`)
    await expect(dialog).toBeHidden()
    await page.getByRole('searchbox', { name: 'Search by code or name' }).fill(productCode)
    const productRow = page.getByTestId('products-table').getByRole('row', { name: new RegExp(productCode) })
    await expect(productRow).toBeVisible()
    await expect(productRow.getByTestId(`cycle-seconds-${productCode}`)).toHaveText('9 s')
    await expect(productRow).toContainText('0.0025 h')

    // a duplicate code is refused on the code field
    await page.getByTestId('add-product').click()
    await dialog.getByLabel('Code', { exact: true }).fill(productCode)
    await dialog.getByLabel('Name', { exact: true }).fill('Duplicate')
    await dialog.getByRole('button', { name: 'Create' }).click()
    await expect(dialog.getByText(`This client already has a product ${productCode}.`)).toBeVisible()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()

    // --- Lines and Employees load for the same client
    await nav.getByTestId('nav-lines').click()
    await gridLoaded(page, 'lines')
    await expect(page.getByTestId('lines-table').getByRole('row', { name: /\bL1\b/ })).toBeVisible()
    await nav.getByTestId('nav-employees').click()
    await gridLoaded(page, 'employees')
    await expect(page.getByTestId('employees-table').getByText('Floating').first()).toBeVisible()

    expect(refusals).toEqual([])
  })

  test('an operator has no Settings and is sent to My Shift from a settings page', async ({ page }) => {
    await login(page, DEMO.operator1.username, DEMO.operator1.password)
    const nav = page.getByRole('navigation', { name: 'Main navigation' })
    await expect(nav.getByTestId('nav-home')).toBeVisible()
    for (const item of ['nav-products', 'nav-lines', 'nav-shifts', 'nav-employees']) await expect(nav.getByTestId(item)).toHaveCount(0)
    await expect(nav.getByText('Settings', { exact: true })).toHaveCount(0)

    await page.goto('/settings/products')
    await expect(page).toHaveURL(/\/my-shift$/)
    await expect(page.getByRole('heading', { name: 'My shift', level: 1 })).toBeVisible()
  })
})
