import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { clickInMenu, DEMO, login, runId } from './helpers'

// The dashboard of a leader on the demo data: every KPI card has a value, the period lives in the URL (back works),
// a saved default filter comes back on a bare link, and a rearranged (buttons and drag and drop) or hidden widget stays
// so after a reload until reset.

const CARD_KPIS = ['oee', 'availability', 'performance', 'quality_rate', 'efficiency', 'throughput', 'fpy', 'rty', 'ppm', 'dpmo', 'otd', 'true_otd', 'wip_aging', 'absenteeism']

/** Waits until every widget on the dashboard has its data (none busy, no loading bar). */
export async function dashboardReady(page: Page): Promise<void> {
  await expect(page.getByTestId('dashboard-grid')).toBeVisible()
  await expect(page.locator('[data-testid="dashboard-grid"] [aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 })
  await expect(page.locator('[data-testid="dashboard-grid"] .v-progress-linear--active')).toHaveCount(0)
}

/** Picks a period preset; retried, because the menu may still be settling when the first click lands. */
async function pickPreset(page: Page, name: string, inUrl: RegExp): Promise<void> {
  await expect(async () => {
    if (!(await page.getByRole('listbox').isVisible())) await page.getByTestId('filter-preset').click()
    await page.getByRole('option', { name, exact: true }).click({ timeout: 2_000 })
    await expect(page).toHaveURL(inUrl, { timeout: 2_000 })
  }).toPass({ timeout: 15_000 })
}

async function seriousAxe(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${name}: ${v.id} ${v.help} ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([])
}

test.describe('dashboard', () => {
  test('a leader sees every KPI card with a value, and the period follows the URL', async ({ page }) => {
    await login(page, DEMO.leader1.username, DEMO.leader1.password)
    await expect(page.getByTestId('dashboard-title')).toHaveText('Plant dashboard')
    await dashboardReady(page)
    for (const kpi of CARD_KPIS) {
      await expect(page.getByTestId(`kpi-card-value-${kpi}`), kpi).toHaveText(/\d/)
    }
    // the trend arrows come from the engine (sparkline calls): OEE has 30 days of data, so a direction
    await expect(page.getByTestId('kpi-card-trend-oee')).toHaveAttribute('data-direction', /improving|declining|stable/)

    const before = await page.getByTestId('kpi-card-value-oee').textContent()
    await pickPreset(page, 'Last 7 days', /[?&]preset=last_7_days/)
    await expect(page.getByTestId('filter-chip-preset')).toContainText('Last 7 days')
    await dashboardReady(page)
    await expect(page.getByTestId('kpi-card-value-oee')).toHaveText(/\d/)

    await pickPreset(page, 'Yesterday', /preset=yesterday/)
    // back and forward step through the filters
    await page.goBack()
    await expect(page).toHaveURL(/preset=last_7_days/)
    await expect(page.getByTestId('filter-chip-preset')).toContainText('Last 7 days')
    await page.goBack()
    await expect(page).not.toHaveURL(/preset=/)
    await dashboardReady(page)
    await expect(page.getByTestId('kpi-card-value-oee')).toHaveText(before ?? '')
  })

  test('a saved default filter is restored on a bare dashboard link after a reload', async ({ page }) => {
    const name = `Last week ${runId()}`
    await login(page, DEMO.leader1.username, DEMO.leader1.password)
    await page.goto('/?preset=last_week')
    await dashboardReady(page)
    const nameInput = page.getByTestId('save-filter-name').locator('input')
    await clickInMenu(page.getByTestId('saved-filters'), page.getByTestId('save-filter'), nameInput)
    await nameInput.fill(name)
    await page.getByTestId('save-filter-default').locator('input').check()
    await page.getByTestId('save-filter-submit').click()
    await expect(page.getByText(`Filter “${name}” saved`)).toBeVisible()

    await page.goto('/')
    await expect(page).toHaveURL(/preset=last_week/)
    await expect(page.getByTestId('filter-chip-preset')).toContainText('Last week')
    await page.reload()
    await expect(page.getByTestId('filter-chip-preset')).toContainText('Last week')

    // applying another saved filter and deleting this one
    const item = page.getByTestId(`saved-filter-${name}`)
    await clickInMenu(page.getByTestId('saved-filters'), item.getByRole('button', { name: `Delete “${name}”` }),
      page.getByTestId('confirm-yes'))
    await page.getByTestId('confirm-yes').click()
    await expect(page.getByText(`Filter “${name}” deleted`)).toBeVisible()
    await page.goto('/')
    await expect(page).not.toHaveURL(/preset=/)
  })

  test('rearranged and hidden widgets stay so after a reload until the layout is reset', async ({ page }) => {
    const order = () => page.locator('[data-widget]').evaluateAll((els) => els.map((e) => e.getAttribute('data-widget')))
    await login(page, DEMO.leader1.username, DEMO.leader1.password)
    await dashboardReady(page)
    await expect(page.getByTestId('widget-bradford')).toBeVisible()

    await page.getByTestId('customise').click()
    await expect(page.getByTestId('edit-grid')).toBeVisible()
    // the OEE trend moves after the quality trend, the downtime Pareto becomes full width
    await page.getByTestId('later-trend_oee').click()
    await page.getByTestId('size-downtime_pareto-L').click()
    await page.getByTestId('hide-bradford').click()
    await expect(page.getByTestId('show-bradford')).toBeVisible()
    // attendance today is dragged onto the quality trend and takes its place, second; the move is announced (a tall
    // window holds every tile, so the drag needs no scrolling on the way)
    await page.setViewportSize({ width: 1280, height: 1600 })
    await page.getByTestId('edit-tile-attendance_today').dragTo(page.getByTestId('edit-tile-trend_quality'))
    await expect(page.getByTestId('move-announcement')).toHaveText('Attendance today moved to position 2 of 10')
    await seriousAxe(page, 'customise mode')
    await page.getByTestId('done-customise').click()
    await expect(page.getByText('Layout saved')).toBeVisible()
    await expect(page.getByTestId('widget-bradford')).toHaveCount(0)

    await page.reload()
    await dashboardReady(page)
    await expect(page.getByTestId('widget-trend_oee')).toBeVisible()
    await expect(page.getByTestId('widget-bradford')).toHaveCount(0)
    expect((await order()).slice(0, 5)).toEqual(['kpi_cards', 'attendance_today', 'trend_quality', 'trend_oee', 'downtime_pareto'])
    await expect(page.locator('[data-widget="downtime_pareto"]')).toHaveCSS('grid-column-start', 'span 12')

    await page.getByTestId('customise').click()
    await page.getByTestId('reset-layout').click()
    await page.getByTestId('confirm-yes').click()
    await expect(page.getByText('Layout reset to the default')).toBeVisible()
    await expect(page.getByTestId('widget-bradford')).toBeVisible()
    await page.reload()
    await expect(page.getByTestId('widget-bradford')).toBeVisible()
    expect((await order()).slice(0, 3)).toEqual(['kpi_cards', 'trend_oee', 'trend_quality'])
  })

  test('the dashboard, its shortcut help and the dark theme have no serious WCAG violations', async ({ page }) => {
    await login(page, DEMO.poweruser.username, DEMO.poweruser.password)
    await expect(page.getByTestId('dashboard-title')).toHaveText('KPI overview')
    await dashboardReady(page)
    await expect(page.getByTestId('widget-client_overview')).toBeVisible()
    await seriousAxe(page, 'dashboard')

    await page.keyboard.press('Control+/')
    await expect(page.getByTestId('shortcut-help')).toBeVisible()
    await expect(page.getByTestId('shortcut-help')).toContainText('Refresh every widget')
    await seriousAxe(page, 'shortcut help')
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('shortcut-help')).toHaveCount(0)

    await page.getByTestId('user-menu').click()
    await page.getByTestId('theme-dark').click()
    await page.keyboard.press('Escape')
    await dashboardReady(page)
    await seriousAxe(page, 'dashboard, dark')
    await page.getByTestId('user-menu').click()
    await page.getByTestId('theme-light').click()
  })
})
