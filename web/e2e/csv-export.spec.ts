import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { DEMO, login } from './helpers'

test('a leader exports the work-order list as CSV: every matching order, with its JSON field names', async ({ page }) => {
  await login(page, DEMO.leader1.username, DEMO.leader1.password)
  const listed = page.waitForResponse((r) => r.url().includes('/api/work-orders?') && !r.url().includes('format=csv'))
  await page.goto('/work-orders')
  await expect(page.getByRole('heading', { name: 'Work orders', level: 1 })).toBeVisible()
  const total = (await (await listed).json()).total as number

  const button = page.getByTestId('export-csv')
  await expect(button).toHaveText(/Export CSV/)
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])

  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  expect(download.suggestedFilename()).toMatch(/^work-orders-\d{4}-\d{2}-\d{2}\.csv$/)
  const text = await readFile((await download.path())!, 'utf8')
  const lines = text.trimEnd().split('\r\n')
  expect(lines[0]).toMatch(/^id,client_id,number,/)
  expect(lines).toHaveLength(total + 1)
})
