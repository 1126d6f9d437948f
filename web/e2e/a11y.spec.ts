import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { DEMO, login, runId } from './helpers'

// Scenario (5): WCAG 2 A/AA checks on the login page and the home page.
const TAGS = ['wcag2a', 'wcag2aa']

function summary(violations: { id: string; help: string; nodes: { target: unknown }[] }[]): string {
  return violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`).join('\n')
}

test('login page has no WCAG 2 A/AA violations', async ({ page }) => {
  await page.goto('/login')
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  expect(result.violations, summary(result.violations)).toEqual([])
})

test('home page has no WCAG 2 A/AA violations', async ({ page }) => {
  await login(page, DEMO.admin.username, DEMO.admin.password)
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  expect(result.violations, summary(result.violations)).toEqual([])
})

test('skip link is the first focusable element and targets main content', async ({ page }) => {
  await login(page, DEMO.operator1.username, DEMO.operator1.password)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await expect(skip).toHaveAttribute('href', '#main-content')
  await expect(page.locator('main#main-content')).toHaveCount(1)
})

// Every settings page (poweruser): no serious or critical WCAG 2 A/AA violation, nothing refused by the CSP.
test('settings pages have no serious or critical WCAG 2 A/AA violations', async ({ page }) => {
  const refusals: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refusals.push(m.text())
  })
  await login(page, DEMO.poweruser.username, DEMO.poweruser.password)
  const pages = [
    ['products', 'Products'],
    ['lines', 'Lines'],
    ['shifts', 'Shifts'],
    ['employees', 'Employees'],
    ['defect-types', 'Defect types'],
    ['downtime-reasons', 'Downtime reasons'],
    ['hold-reasons', 'Hold reasons'],
    ['part-opportunities', 'Part opportunities'],
    ['client-settings', 'Client settings'],
  ] as const
  for (const [nav, heading] of pages) {
    await page.getByTestId(`nav-${nav}`).click()
    await expect(page.getByRole('heading', { name: new RegExp(`^${heading} · `), level: 1 })).toBeVisible()
    // wait for the data: grid rows, an empty state, or the settings form
    await expect(page.locator('.ag-row, [data-testid$="-empty"], [data-testid="client-settings-card"]').first()).toBeVisible()
    await expect(page.locator('.v-progress-linear--active')).toHaveCount(0)
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious, `${heading}:\n${summary(serious)}`).toEqual([])
  }
  expect(refusals).toEqual([])
})

test('work-order pages (list, new-order dialog, detail, traveler) have no WCAG 2 A/AA violations', async ({ page }) => {
  await login(page, DEMO.leader1.username, DEMO.leader1.password)
  const loaded = async () => {
    // rows of data, not the loading placeholder (headers are dimmed while loading)
    await expect(page.locator('tbody tr[data-testid^="wo-row-"]').first()).toBeVisible()
    await expect(page.locator('.v-data-table--loading')).toHaveCount(0)
  }
  const check = async (name: string) => {
    // dialogs fade in: measure colours once every transition has finished
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
    expect(result.violations, `${name}\n${summary(result.violations)}`).toEqual([])
  }

  await page.goto('/work-orders?status=ON_HOLD')
  await loaded()
  await check('work-order list')

  await page.getByTestId('new-work-order').click()
  await page.getByTestId('add-job-row').click()
  await expect(page.getByLabel('Job 1 sequence')).toBeVisible()
  await check('new work order dialog')
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()

  await page.getByTestId('work-orders-table').locator('tbody tr').first().click()
  await expect(page.getByTestId('wo-status')).toHaveText('On hold')
  await expect(page.getByTestId('history-entry').first()).toBeVisible()
  await check('work-order detail')

  await page.getByTestId('transition-ACTIVE').click()
  await expect(page.getByTestId('transition-dialog')).toBeVisible()
  await check('transition dialog')
  await page.getByTestId('transition-dialog').getByRole('button', { name: 'Cancel' }).click()

  await page.getByTestId('wo-print').click()
  await expect(page.getByTestId('traveler-number')).toBeVisible()
  await check('traveler')
})

test('import pages (log, upload, preview with errors, commit, result) have no serious or critical WCAG 2 A/AA violations', async ({ page }) => {
  const check = async (name: string) => {
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious, `${name}:\n${summary(serious)}`).toEqual([])
  }
  const id = `A11Y${runId()}`
  const file = join(mkdtempSync(join(tmpdir(), 'kpi-a11y-')), `a11y-${id.toLowerCase()}.csv`)
  writeFileSync(file, `number,product_code,planned_quantity\n${id}-1,BRK-100,10\n${id}-2,NOPE-1,5\n`)

  await login(page, DEMO.poweruser.username, DEMO.poweruser.password)
  await page.getByTestId('nav-imports').click()
  await expect(page.getByRole('heading', { name: /^Imports · /, level: 1 })).toBeVisible()
  await expect(page.locator('.v-data-table--loading')).toHaveCount(0)
  await check('import log')

  await page.getByTestId('new-import').click()
  await page.getByTestId('column-help').getByRole('button').click()
  await expect(page.getByTestId('column-help').locator('tbody tr').first()).toBeVisible()
  await check('upload step')

  await page.goto('/imports/new?type=work_orders')
  await page.getByTestId('import-file-input').setInputFiles(file)
  await page.getByTestId('upload-submit').click()
  await expect(page.getByTestId('row-status-3')).toHaveAttribute('data-valid', 'false')
  await check('preview step')

  await page.getByTestId('preview-next').click()
  await expect(page.getByTestId('commit-step')).toBeVisible()
  await check('commit step')

  await page.getByTestId('commit').click()
  await expect(page.getByTestId('result-created')).toHaveText('1')
  await check('result step')
})

test('production entry (grid with flagged cells, read-back, phone-width form) has no WCAG 2 A/AA violations', async ({ page }) => {
  test.setTimeout(120_000) // axe walks every rendered grid cell
  await login(page, DEMO.operator1.username, DEMO.operator1.password)
  await page.getByTestId('nav-production').click()
  await expect(page.getByRole('heading', { name: 'Production', level: 1 })).toBeVisible()
  // a day other tests leave alone, so the grid holds few rows
  const today = await page.getByTestId('entry-filter-date').locator('input').inputValue()
  const quiet = new Date(Date.parse(`${today}T00:00:00Z`) - 5 * 86_400_000).toISOString().slice(0, 10)
  await page.goto(`/entry/production?date=${quiet}`)
  await expect(page.getByTestId('entry-filter-date').locator('input')).toHaveValue(quiet)
  await page.getByTestId('entry-add').click()
  await expect(page.locator('.entry-grid .ag-row[row-index="0"]').first()).toBeVisible()
  // a save attempt with empty required cells: every cell and the problem list flag them
  await page.getByTestId('entry-save').click()
  await expect(page.getByTestId('entry-problems')).toBeVisible()
  const check = async (name: string) => {
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
    expect(result.violations, `${name}\n${summary(result.violations)}`).toEqual([])
  }
  await check('grid')
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(page.getByTestId('entry-form')).toBeVisible()
  await check('form')
})
