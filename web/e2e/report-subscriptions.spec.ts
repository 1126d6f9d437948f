import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { DEMO, login, runId } from './helpers'

async function noAxeViolations(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  expect(result.violations.map((v) => `${name}: ${v.id} ${v.help} ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([])
}

// e2e runs without an SMTP server: "send now" records the delivery as failed and says why.
test('a leader subscribes to a daily KPI summary, sends it now and sees the delivery recorded', async ({ page }) => {
  test.slow() // sign-in, two dialogs and three axe scans
  const address = `e2e-${runId().toLowerCase()}@plant.example`
  await login(page, DEMO.leader1.username, DEMO.leader1.password)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByTestId('nav-reports').click()
  await page.getByTestId('reports-tab-subscriptions').click()
  await expect(page).toHaveURL(/\/reports\/subscriptions$/)
  await expect(page.getByRole('heading', { name: 'Reports by e-mail', level: 2 })).toBeVisible()
  await expect(page.locator('[data-testid="subscriptions-table"], [data-testid="subscriptions-none"]').first()).toBeVisible()
  await noAxeViolations(page, 'subscriptions page')

  await page.getByTestId('add-subscription').click()
  const dialog = page.getByTestId('subscription-dialog')
  await expect(dialog).toContainText('New report subscription')
  await dialog.getByTestId('subscription-recipients').getByRole('textbox').fill(address)
  await dialog.getByTestId('subscription-format-XLSX').getByRole('checkbox').check()
  // the report is limited to one of the client's shifts ("All shifts" is the default)
  await expect(dialog.getByTestId('subscription-shift')).toContainText('All shifts')
  await dialog.getByTestId('subscription-shift').click()
  const shiftOption = page.getByRole('listbox').getByRole('option').nth(1)
  const shiftName = (await shiftOption.textContent())!.trim()
  await shiftOption.click()
  await expect(dialog.getByTestId('subscription-shift')).toContainText(shiftName)
  await expect(dialog.getByTestId('subscription-time').getByRole('textbox')).toHaveValue('06:30')
  await noAxeViolations(page, 'subscription dialog')
  await dialog.getByTestId('subscription-dialog-submit').click()
  await expect(dialog).toBeHidden()

  const row = page.getByTestId(/^subscription-\d+$/).filter({ hasText: address })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('KPI summary')
  await expect(row).toContainText('Daily at 06:30')
  await expect(row.getByTestId('subscription-status')).toHaveText('Active')
  // the shift was stored: the edit dialog shows it again
  await row.getByTestId('subscription-edit').click()
  await expect(dialog.getByTestId('subscription-shift')).toContainText(shiftName)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()

  await row.getByTestId('subscription-send').click()
  const history = page.getByTestId('deliveries-dialog')
  await expect(history).toBeVisible()
  const delivery = history.getByTestId(/^delivery-\d+$/)
  await expect(delivery).toHaveCount(1)
  await expect(delivery).toContainText('Send now')
  await expect(delivery).toContainText(address)
  await expect(delivery.getByTestId('delivery-status')).toContainText('Failed')
  await expect(delivery.getByTestId('delivery-error')).toHaveText('Failed: no SMTP host configured (set KPI_SMTP_HOST)')
  await noAxeViolations(page, 'delivery history')
  await history.getByTestId('deliveries-close').click()

  await row.getByTestId('subscription-pause').click()
  await expect(row.getByTestId('subscription-status')).toHaveText('Paused')
  await row.getByTestId('subscription-delete').click()
  await page.getByTestId('confirm-yes').click()
  await expect(row).toHaveCount(0)
})
