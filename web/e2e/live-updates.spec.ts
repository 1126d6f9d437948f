import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { DEMO, login } from './helpers'

test('an entry saved by the leader appears on the operator’s My Shift without a reload', async ({ browser, baseURL }) => {
  // the operator's tablet: My Shift, whose first load names the shift run it shows
  const tablet = await browser.newContext({ baseURL })
  const page = await tablet.newPage()
  const firstLoad = page.waitForRequest((r) => r.url().includes('/api/production?') && r.url().includes('line_id='))
  const stream = page.waitForResponse((r) => r.url().endsWith('/api/dashboards/events'))
  await login(page, DEMO.operator1.username, DEMO.operator1.password)
  await expect(page).toHaveURL(/\/my-shift$/)
  const scope = new URL((await firstLoad).url()).searchParams
  expect((await stream).headers()['content-type']).toContain('text/event-stream')
  await expect(page.getByTestId('entered-production')).toBeVisible()

  // the leader, in another browser context, records production for the same client, day, shift and line
  const office = await browser.newContext({ baseURL })
  const signIn = await office.request.post('/api/token', { data: DEMO.leader1 })
  expect(signIn.ok()).toBe(true)
  const auth = { Authorization: `Bearer ${(await signIn.json()).access_token}` }
  const clientId = Number(scope.get('client_id'))
  const products = await (await office.request.get(`/api/products?client_id=${clientId}&size=1`, { headers: auth })).json()
  const units = 100 + (Date.now() % 800)
  const saved = await office.request.post('/api/production', {
    headers: auth,
    data: {
      client_id: clientId,
      shift_date: scope.get('from'),
      shift_id: Number(scope.get('shift_id')),
      line_id: Number(scope.get('line_id')),
      product_id: products.items[0].id,
      units_produced: units,
      run_time_hours: 1,
      employees_assigned: 2,
    },
  })
  expect(saved.status()).toBe(201)

  // the tablet shows it without a reload
  const rows = page.getByTestId('entered-production').getByTestId('entered-production-row')
  await expect(rows.filter({ hasText: `${units} units` })).toBeVisible()
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])

  await office.close()
  await tablet.close()
})
