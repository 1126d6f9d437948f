import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { DEMO, login, runId } from './helpers'

// Shop-floor TV: a poweruser creates a display token; a browser with no sign-in opens the screen address and sees
// the line's figures; after the token is revoked the screen says at its next refresh that it is not authorised.
const TAGS = ['wcag2a', 'wcag2aa']
const SHOTS = process.env.KPI_E2E_SHOTS

test('a display token opens the line on a wall screen until it is revoked', async ({ page, browser }) => {
  await login(page, DEMO.poweruser.username, DEMO.poweruser.password)
  await page.getByTestId('nav-displays').click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('TV displays')

  const name = `Wall ${runId()}`
  await page.getByTestId('add-display').click()
  await page.getByTestId('display-name').getByRole('textbox').fill(name)
  await page.getByTestId('display-line').click()
  const option = page.getByRole('option').first()
  const lineName = (await option.innerText()).trim()
  await option.click()
  await page.getByTestId('display-dialog-submit').click()

  const url = await page.getByTestId('display-url').getByRole('textbox').inputValue()
  expect(url).toMatch(/\/tv\/\d+#token=kpd_/)
  await page.getByTestId('display-done').click()
  const row = page.getByRole('row').filter({ hasText: name })
  await expect(row.getByTestId('display-status')).toHaveText('Active')

  // the wall screen: a fresh context, nobody signed in
  const screen = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  const tv = await screen.newPage()
  await tv.clock.install()
  await tv.goto(url)
  await expect(tv.getByTestId('tv-line')).toContainText(lineName)
  await expect(tv.getByTestId('tv-status')).toBeVisible()
  await expect(tv.getByTestId('tv-actual').getByTestId('figure-value')).toHaveText(/^\d+$/)
  await expect(tv.getByTestId('tv-clock')).toHaveText(/^\d\d:\d\d$/)
  expect(new URL(tv.url()).hash, 'the secret leaves the address bar').toBe('')
  const axe = await new AxeBuilder({ page: tv }).withTags(TAGS).analyze()
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([])
  if (SHOTS) await tv.screenshot({ path: `${SHOTS}/tv-screen.png` })

  // the list now says when the screen was last used
  await page.reload()
  await expect(row.locator('td').nth(4)).not.toHaveText('Never')

  await row.getByTestId('display-revoke').click()
  await page.getByTestId('confirm-yes').click()
  await expect(row.getByTestId('display-status')).toHaveText('Revoked')

  // the screen's next timed refresh is refused
  await tv.clock.fastForward('01:05')
  await expect(tv.getByTestId('tv-unauthorised')).toBeVisible()
  await expect(tv.getByRole('heading', { level: 1 })).toHaveText('This screen is not authorised')
  if (SHOTS) await tv.screenshot({ path: `${SHOTS}/tv-revoked.png` })
  const axeRevoked = await new AxeBuilder({ page: tv }).withTags(TAGS).analyze()
  expect(axeRevoked.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
  await screen.close()
})

test('the TV displays page has no serious or critical WCAG 2 A/AA violations', async ({ page }) => {
  await login(page, DEMO.poweruser.username, DEMO.poweruser.password)
  await page.goto('/settings/displays')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('TV displays')
  await expect(page.getByTestId('add-display')).toBeEnabled()
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
})
