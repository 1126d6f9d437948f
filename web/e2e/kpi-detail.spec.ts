import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { DEMO, login } from './helpers'

// One KPI in depth: from the OEE card to its detail view, the trend by day/week with the forecast band, the
// breakdown by line with its CSV export, the downtime Pareto; the engine's lists behind OTD, WIP aging and absenteeism.

async function seriousAxe(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${name}: ${v.id} ${v.help} ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([])
}

async function settled(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="kpi-detail"] [aria-busy="true"]')).toHaveCount(0)
}

test.describe('KPI detail', () => {
  test('OEE: trend by day and week with a forecast band, breakdown by line with CSV, downtime Pareto', async ({ page }) => {
    await login(page, DEMO.leader1.username, DEMO.leader1.password)
    await page.goto('/?preset=last_90_days')
    await page.getByTestId('kpi-card-link-oee').click()
    await expect(page).toHaveURL(/\/kpi\/oee\?.*preset=last_90_days/)
    await expect(page.getByTestId('kpi-detail-title')).toHaveText('OEE')
    await settled(page)
    await expect(page.getByTestId('kpi-detail-value')).toHaveText(/\d/)
    const chart = page.getByTestId('trend-chart')
    await expect(chart).toHaveAttribute('data-granularity', 'day')
    await expect(chart.locator('svg').first()).toBeVisible()

    await page.getByTestId('granularity-week').click()
    await expect(chart).toHaveAttribute('data-granularity', 'week')
    await settled(page)
    await page.getByTestId('forecast-80').click()
    await expect(chart).toHaveAttribute('data-forecast', '80')
    await settled(page)
    // the accessible table of the chart lists the forecast periods with their interval
    await expect(chart.locator('figcaption')).toContainText('(Forecast)')
    await page.getByTestId('forecast-95').click()
    await expect(chart).toHaveAttribute('data-forecast', '95')

    await page.getByTestId('breakdown-line').click()
    await settled(page)
    const grid = page.getByTestId('widget-breakdown').locator('.ag-row')
    await expect(grid.first()).toBeVisible()
    const download = page.waitForEvent('download')
    await page.getByTestId('breakdown-csv').click()
    expect((await download).suggestedFilename()).toMatch(/^oee_by_line_.*\.csv$/)

    await expect(page.getByTestId('widget-downtime_pareto').locator('figure svg')).toBeVisible()
    await page.getByTestId('kpi-detail-explain').click()
    await expect(page.getByRole('dialog')).toContainText('Availability × Performance × Quality rate')
    await page.keyboard.press('Escape')
    await seriousAxe(page, 'OEE detail')

    await page.getByTestId('back-to-dashboard').click()
    await expect(page).toHaveURL(/\/\?.*preset=last_90_days/)
  })

  test('the engine lists: late orders for OTD, open orders by age for WIP, Bradford for absenteeism', async ({ page }) => {
    await login(page, DEMO.leader1.username, DEMO.leader1.password)
    await page.goto('/kpi/otd?preset=last_30_days')
    await settled(page)
    await expect(page.getByTestId('widget-list_late_orders').locator('.ag-row').first()).toBeVisible()

    await page.goto('/kpi/wip_aging')
    await settled(page)
    await expect(page.getByTestId('widget-detail_trend')).toHaveCount(0)
    await expect(page.getByTestId('widget-list_aging_orders').locator('.ag-row').first()).toBeVisible()

    await page.goto('/kpi/absenteeism?preset=last_90_days')
    await settled(page)
    await expect(page.getByTestId('widget-list_bradford').locator('.ag-row').first()).toBeVisible()
    await expect(page.getByTestId('breakdown-product')).toHaveCount(0)
    await seriousAxe(page, 'absenteeism detail')
  })
})
