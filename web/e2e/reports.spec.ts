import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { DEMO, login } from './helpers'

// A leader downloads last month's KPI summary as PDF and as Excel, previews the PDF in the page, and the page
// passes the axe checks without serious or critical violations and without a CSP refusal.

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()])
  const path = await download.path()
  return { name: download.suggestedFilename(), bytes: readFileSync(path) }
}

test('a leader downloads and previews last month\'s KPI summary', async ({ page }) => {
  const refusals: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refusals.push(m.text())
  })
  await login(page, DEMO.leader1.username, DEMO.leader1.password)
  await page.getByTestId('nav-reports').click()
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible()
  await expect(page.getByTestId('report-type')).toContainText('KPI summary')
  await expect(page.getByTestId('report-preset')).toContainText('Last month')

  const pdf = await downloaded(page, () => page.getByTestId('report-download').click())
  expect(pdf.name).toMatch(/^kpi-summary_.+_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.pdf$/)
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  expect(pdf.bytes.length).toBeGreaterThan(10_000)

  await page.getByTestId('report-format-xlsx').locator('input').check()
  const xlsx = await downloaded(page, () => page.getByTestId('report-download').click())
  expect(xlsx.name).toMatch(/^kpi-summary_.+\.xlsx$/)
  expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK') // an OOXML workbook is a zip
  expect(xlsx.bytes.length).toBeGreaterThan(5_000)

  await page.getByTestId('report-preview').click()
  const frame = page.getByTestId('report-preview-frame')
  await expect(frame).toBeVisible()
  await expect(frame).toHaveAttribute('src', /^blob:/)
  await expect(frame).toHaveAttribute('title', /^Preview of kpi-summary_/)

  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).exclude('[data-testid="report-preview-frame"]').analyze()
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id} ${v.help} ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([])
  await page.screenshot({ path: 'test-results/reports-page.png', fullPage: true })
  expect(refusals).toEqual([])
})
