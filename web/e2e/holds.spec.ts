import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { DEMO, login, runId } from './helpers'

async function noAxeViolations(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  expect(result.violations.map((v) => `${name}: ${v.id} ${v.help} ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([])
}

/** Opens a Vuetify select/autocomplete and picks the first option; returns its text. */
async function pickFirst(page: Page, field: Locator): Promise<string> {
  // the menu of the field picked before must be gone, or its closing list would be taken for this one
  await expect(page.getByRole('listbox')).toHaveCount(0)
  const option = page.getByRole('listbox').last().getByRole('option').first()
  await expect(async () => {
    // centred first: a forced click on a field the sticky app bar covers would land on the bar's links
    if (!(await option.isVisible())) {
      await field.evaluate((e) => e.scrollIntoView({ block: 'center' }))
      await field.click({ force: true })
    }
    await expect(option).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 15_000 })
  const text = (await option.textContent()) ?? ''
  await option.click()
  return text.trim()
}

/** Waits for the holds list to be loaded (rows or its empty text, no loading bar). */
async function listLoaded(page: Page): Promise<void> {
  await expect(page.getByTestId('holds-table')).toBeVisible()
  await expect(page.locator('.holds-table .v-progress-linear--active, .holds-table .v-data-table-progress')).toHaveCount(0)
}

test.describe('holds', () => {
  test('an operator places a hold, the order goes on hold; resumed, it is active again and the hold is closed with its duration', async ({ page }) => {
    test.slow() // a long scenario: sign-in, dialogs, two pages and several axe scans
    const description = `Material check ${runId()}`
    await login(page, DEMO.operator1.username, DEMO.operator1.password)
    await page.getByRole('navigation', { name: 'Main navigation' }).getByTestId('nav-holds').click()
    await expect(page).toHaveURL(/\/holds$/)
    await expect(page.getByRole('heading', { name: 'Holds', level: 1 })).toBeVisible()
    await listLoaded(page)
    await noAxeViolations(page, 'Holds (open)')

    // --- place: description is required
    await page.getByTestId('place-hold').click()
    const dialog = page.getByTestId('place-hold-dialog')
    await expect(dialog.getByText('Place a hold')).toBeVisible()
    const picked = await pickFirst(page, dialog.getByRole('combobox', { name: 'Work order' }))
    const number = picked.split(' — ')[0]!.trim()
    await pickFirst(page, dialog.getByRole('combobox', { name: 'Reason' }))
    await dialog.getByTestId('place-hold-dialog-submit').click()
    await expect(dialog.locator('.v-input', { has: page.getByLabel('Description') })).toContainText('This field is required')
    await noAxeViolations(page, 'Place hold dialog')
    await dialog.getByLabel('Description').fill(description)
    await dialog.getByTestId('place-hold-dialog-submit').click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('snackbar')).toContainText(`${number} is on hold.`)

    // --- the open list shows it, with its age and the order now on hold
    const row = page.getByTestId(`hold-row-${number}`).filter({ hasText: description })
    await expect(row).toBeVisible()
    await expect(row.getByTestId('hold-age')).toHaveAttribute('data-bucket', 'green')
    await expect(row.getByTestId('hold-age')).toContainText('up to 3 days')
    await expect(row.getByTestId('hold-order-status')).toHaveText('On hold')
    await expect(row).toContainText('by operator1')

    // on a tablet the holds are blocks with full-size actions
    await page.setViewportSize({ width: 768, height: 1024 })
    await expect(row.getByTestId('hold-resume')).toBeVisible()
    await expect(row.getByTestId('hold-age')).toContainText('up to 3 days')
    await noAxeViolations(page, 'Holds (open, tablet)')
    await page.setViewportSize({ width: 1280, height: 720 })

    // --- the work-order detail: on hold, the hold listed; the operator resumes it there
    await row.getByTestId('hold-order-link').click()
    await expect(page).toHaveURL(/\/work-orders\/\d+$/)
    await expect(page.getByTestId('wo-status')).toHaveText('On hold')
    await expect(page.getByTestId('wo-hold').filter({ hasText: description })).toBeVisible()
    await expect(page.getByTestId('transition-actions')).toHaveCount(0)
    await noAxeViolations(page, 'Work order on hold')
    await page.getByTestId('wo-resume-hold').click()
    const resume = page.getByTestId('resume-hold-dialog')
    await expect(resume.getByText(`Resume the hold of ${number}`)).toBeVisible()
    await noAxeViolations(page, 'Resume hold dialog')
    // operators resume now: no resume time to give
    await expect(resume.getByTestId('resume-at')).toHaveCount(0)
    await resume.getByLabel('Note (optional)').fill('Material checked and released')
    await resume.getByTestId('resume-hold-dialog-submit').click()
    await expect(resume).toBeHidden()
    await expect(page.getByTestId('wo-status')).toHaveText('Active')
    await expect(page.getByTestId('wo-holds-none')).toBeVisible()
    await expect(page.getByTestId('history-move').first()).toHaveText('On hold → Active')

    // --- the closed list has it, resumed, with its duration
    await page.getByRole('navigation', { name: 'Main navigation' }).getByTestId('nav-holds').click()
    await listLoaded(page)
    await expect(page.getByTestId(`hold-row-${number}`).filter({ hasText: description })).toHaveCount(0)
    await page.getByTestId('holds-tab-closed').click()
    await expect(page).toHaveURL(/\/holds\?tab=closed$/)
    await listLoaded(page)
    const closed = page.getByTestId(`hold-row-${number}`).filter({ hasText: description })
    await expect(closed).toBeVisible()
    await expect(closed.getByTestId('hold-status')).toHaveText('Resumed')
    await expect(closed.getByTestId('hold-duration')).toHaveText(/^\d+ (min|h)/)
    await expect(closed).toContainText('Material checked and released')
    await expect(closed.getByTestId('hold-order-status')).toHaveText('Active')
    await noAxeViolations(page, 'Holds (closed)')
  })
})
