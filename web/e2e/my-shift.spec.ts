import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { DEMO, login } from './helpers'

async function noAxeViolations(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  expect(result.violations.map((v) => `${name}: ${v.id} ${v.help} ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([])
}

test.describe('my shift', () => {
  test('an operator lands on My Shift and records production through the read-back; it shows under Entered this shift', async ({ page }) => {
    test.slow() // a long scenario: sign-in, dialogs, two pages and several axe scans
    // a count this run alone is likely to enter (under 1 000: no thousands separator)
    const units = String(100 + (Date.now() % 800))
    await login(page, DEMO.operator1.username, DEMO.operator1.password)
    await expect(page).toHaveURL(/\/my-shift$/)
    await expect(page.getByRole('heading', { name: 'My shift', level: 1 })).toBeVisible()

    // the shift run of the plant's clock, a line, and what was entered so far
    const banner = page.getByTestId('shift-banner')
    await expect(banner.getByTestId('shift-name')).toHaveText(/Day|Evening|Night/)
    await expect(banner.getByTestId('shift-day')).toContainText('Production day')
    await expect(banner.getByRole('combobox', { name: 'Line' })).toBeVisible()
    await expect(page.getByTestId('entered')).toBeVisible()
    await expect(page.getByTestId('line-holds')).toBeVisible()
    // without a running order the product is needed
    if (await page.getByTestId('pick-product').isVisible()) {
      await page.getByTestId('pick-product').click()
      await page.getByRole('listbox').last().getByRole('option').first().click()
    }
    await noAxeViolations(page, 'My Shift')

    // --- production: checked before the read-back
    const card = page.getByTestId('quick-production')
    await card.getByTestId('production-review').click()
    await expect(card.locator('.v-input', { has: page.getByLabel('Units produced') })).toContainText('This field is required')
    await card.getByLabel('Units produced').fill(units)
    await card.getByLabel('Defects').fill('2')
    await card.getByLabel('Crew').fill('3')
    await card.getByTestId('production-review').click()

    const readBack = page.getByTestId('quick-read-back')
    await expect(readBack).toBeVisible()
    const list = readBack.getByTestId('quick-read-back-list')
    await expect(list).toContainText(`${units} units`)
    await expect(list).toContainText('2 defects')
    await expect(list).toContainText('3 people')
    await expect(list).toContainText('from the shift’s scheduled time')
    await noAxeViolations(page, 'My Shift read-back')

    // back to edit keeps the values; confirm saves
    await readBack.getByTestId('quick-read-back-back').click()
    await expect(readBack).toBeHidden()
    await expect(card.getByLabel('Units produced')).toHaveValue(units)
    await card.getByTestId('production-review').click()
    await readBack.getByTestId('quick-read-back-confirm').click()
    await expect(readBack).toBeHidden()
    await expect(page.getByTestId('snackbar')).toContainText(`Production saved: ${units} units`)
    await expect(card.getByLabel('Units produced')).toHaveValue('')

    const entered = page.getByTestId('entered-production')
    await expect(entered.getByTestId('entered-production-row').filter({ hasText: `${units} units · 2 defects` })).toBeVisible()
    await expect(entered.getByTestId('entered-production-row').filter({ hasText: `${units} units` }).last()).toContainText('by ')
    await expect(entered.getByTestId('entered-production-total')).toContainText('Total:')
  })
})
