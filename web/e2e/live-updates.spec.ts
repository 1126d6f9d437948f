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

test('the dashboard reloads its figures, without a page reload, when an entry of its client is saved elsewhere', async ({ browser, baseURL }) => {
  const office = await browser.newContext({ baseURL })
  const page = await office.newPage()
  const firstSummary = page.waitForRequest((r) => r.url().includes('/api/kpi/summary?'))
  const stream = page.waitForResponse((r) => r.url().endsWith('/api/dashboards/events'))
  await login(page, DEMO.leader1.username, DEMO.leader1.password)
  const clientId = Number(new URL((await firstSummary).url()).searchParams.get('client_id'))
  await stream
  await expect(page.getByTestId('kpi-card-value-oee')).toBeVisible()
  const loads: string[] = []
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) loads.push(f.url())
  })

  // a tablet on the shop floor records production for that client (yesterday: in the period in any plant time zone)
  const tablet = await browser.newContext({ baseURL })
  const signIn = await tablet.request.post('/api/token', { data: DEMO.leader1 })
  const auth = { Authorization: `Bearer ${(await signIn.json()).access_token}` }
  const first = async (list: string) =>
    (await (await tablet.request.get(`/api/${list}?client_id=${clientId}&size=1`, { headers: auth })).json()).items[0].id
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
  const reloaded = page.waitForRequest((r) => r.url().includes('/api/kpi/summary?'))
  const saved = await tablet.request.post('/api/production', {
    headers: auth,
    data: {
      client_id: clientId,
      shift_date: yesterday,
      shift_id: await first('shifts'),
      line_id: await first('lines'),
      product_id: await first('products'),
      units_produced: 50,
      run_time_hours: 1,
    },
  })
  expect(saved.status()).toBe(201)

  // the dashboard asks for its summary again by itself, and the page was not reloaded
  await reloaded
  await expect(page.getByTestId('kpi-card-value-oee')).toBeVisible()
  expect(loads).toEqual([])

  await tablet.close()
  await office.close()
})
