import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { DEMO, login } from './helpers'

// The server sends a strict Content-Security-Policy (no inline scripts, no eval, same-origin only);
// every page of the app must work under it without a single refusal.
test('no page breaks the Content-Security-Policy, and the admin pages pass the axe checks', async ({ page }) => {
  const refusals: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refusals.push(m.text())
  })
  const csp = (await page.request.get('/login')).headers()['content-security-policy']
  expect(csp).toContain("script-src 'self'")

  await login(page, DEMO.admin.username, DEMO.admin.password)
  for (const [nav, heading] of [['nav-clients', 'Clients'], ['nav-users', 'Users'], ['nav-audit', 'Audit log']] as const) {
    await page.getByTestId(nav).click()
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible()
    // wait for the data itself: while loading, the table dims its header and shows a placeholder row
    await expect(page.locator('.v-data-table--loading')).toHaveCount(0)
    await expect(page.locator('.v-data-table-rows-loading')).toHaveCount(0)
    await expect(page.locator('table tbody tr').first()).toBeVisible()
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
    expect(result.violations.map((v) => `${heading}: ${v.id} ${v.help} ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([])
  }
  expect(refusals).toEqual([])
})
