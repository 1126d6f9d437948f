import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { DEMO, login, runId } from './helpers'

/** Waits until the list has rows of data (not its loading placeholder) and is done loading. */
async function tableLoaded(page: Page): Promise<void> {
  await expect(page.locator('tbody tr[data-testid^="wo-row-"]').first()).toBeVisible()
  await expect(page.locator('.v-data-table--loading')).toHaveCount(0)
}

async function settledViolations(page: Page, name: string): Promise<string[]> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  return result.violations.map((v) => `${name}: ${v.id} ${v.help} ${v.nodes.map((n) => n.html).join(' | ')}`)
}

/**
 * No WCAG 2 A/AA violation on the settled page. A queued snackbar may start its fade-in while axe runs and be measured
 * half transparent, so a violation must still be there when the page has settled again: a real one always is.
 */
async function noAxeViolations(page: Page, name: string): Promise<void> {
  const first = await settledViolations(page, name)
  expect(first.length === 0 ? first : await settledViolations(page, name)).toEqual([])
}

/** YYYY-MM-DD, `days` from now (far enough from today that the plant's time zone does not matter). */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
}

/** Opens a Vuetify select/autocomplete and picks the first option (or the one named). */
async function pick(page: Page, field: Locator, option?: RegExp): Promise<void> {
  const options = page.getByRole('listbox').last().getByRole('option')
  const wanted = option ? options.filter({ hasText: option }).first() : options.first()
  // the options may still be loading: open the menu again until they are there
  // (a v-select's input sits under its field's overlay: the click is meant for the field)
  await expect(async () => {
    // centred first: a forced click on a field the sticky app bar covers would land on the bar's links
    if (!(await wanted.isVisible())) {
      await field.evaluate((e) => e.scrollIntoView({ block: 'center' }))
      await field.click({ force: true })
    }
    await expect(wanted).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 15_000 })
  await wanted.click()
}

test.describe('work orders', () => {
  test('a leader filters by status, creates an order with two jobs, moves it to completed and prints its traveler', async ({ page }) => {
    const refusals: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refusals.push(m.text())
    })
    const number = `E2E-${runId()}`

    await login(page, DEMO.leader1.username, DEMO.leader1.password)
    await page.getByRole('navigation', { name: 'Main navigation' }).getByTestId('nav-work-orders').click()
    await expect(page).toHaveURL(/\/work-orders$/)
    await expect(page.getByRole('heading', { name: 'Work orders', level: 1 })).toBeVisible()
    await tableLoaded(page)
    const table = page.getByTestId('work-orders-table')

    // --- status chips: counts from the server, multi-select, the URL carries the filter
    const onHold = page.getByTestId('status-chip-ON_HOLD')
    await expect(onHold).toHaveAccessibleName(/^On hold: [1-9]\d* orders$/)
    await onHold.click()
    await expect(page).toHaveURL(/\?status=ON_HOLD$/)
    await expect(onHold).toHaveAttribute('aria-pressed', 'true')
    await tableLoaded(page)
    await expect(table.locator('[data-status]:not([data-status="ON_HOLD"])')).toHaveCount(0)
    await expect(table.locator('[data-status="ON_HOLD"]').first()).toBeVisible()

    await page.getByTestId('status-chip-COMPLETED').click()
    await expect(page).toHaveURL(/\?status=ON_HOLD&status=COMPLETED$/)
    await tableLoaded(page)
    await expect(table.locator('[data-status="COMPLETED"]').first()).toBeVisible()
    await expect(table.locator('[data-status]:not([data-status="ON_HOLD"]):not([data-status="COMPLETED"])')).toHaveCount(0)

    // a reload keeps the filter
    await page.reload()
    await expect(page.getByTestId('status-chip-COMPLETED')).toHaveAttribute('aria-pressed', 'true')
    await page.getByTestId('status-chip-ALL').click()
    await expect(page).toHaveURL(/\/work-orders$/)
    await tableLoaded(page)
    await noAxeViolations(page, 'Work orders')

    // --- create: the server's date rule lands on the ship-date field first
    await page.getByTestId('new-work-order').click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByText('New work order')).toBeVisible()
    await dialog.getByLabel('Work order number').fill(number.toLowerCase())
    await expect(dialog.getByLabel('Work order number')).toHaveValue(number)
    await pick(page, dialog.getByRole('combobox', { name: 'Product' }))
    await dialog.getByLabel('Planned quantity').fill('240')
    await dialog.getByLabel('Customer PO number').fill(`PO-${number}`)
    await dialog.getByLabel('Planned start date').fill(dayFromNow(10))
    await dialog.getByLabel('Planned ship date').fill(dayFromNow(3))
    await dialog.getByTestId('add-job-row').click()
    await dialog.getByTestId('add-job-row').click()
    await expect(dialog.getByLabel('Job 2 sequence')).toHaveValue('20')
    await dialog.getByLabel('Job 1 operation code').fill('CUT')
    await dialog.getByLabel('Job 1 operation', { exact: true }).fill('Cut blanks')
    await pick(page, dialog.getByRole('combobox', { name: 'Job 1 line' }))
    await dialog.getByLabel('Job 1 planned quantity').fill('240')
    await dialog.getByLabel('Job 2 operation code').fill('ASM')
    await dialog.getByLabel('Job 2 operation', { exact: true }).fill('Assemble')
    await dialog.getByRole('button', { name: 'Create' }).click()

    await expect(dialog.getByTestId('work-order-dialog-error')).toContainText('Please fix the highlighted fields.')
    const shipField = dialog.locator('.v-input', { has: page.getByLabel('Planned ship date') })
    await expect(shipField).toContainText('cannot be before the planned start date')
    await dialog.getByLabel('Planned ship date').fill(dayFromNow(20))
    await expect(shipField).not.toContainText('cannot be before')
    await dialog.getByRole('button', { name: 'Create' }).click()

    await expect(page.getByTestId('snackbar')).toContainText(`Work order ${number} created.`)
    await expect(page).toHaveURL(/\/work-orders\/\d+$/)
    await expect(page.getByRole('heading', { name: number, level: 1 })).toBeVisible()
    await expect(page.getByTestId('wo-status')).toHaveText('Active')
    await expect(page.getByTestId('wo-jobs').getByRole('row')).toHaveCount(3)
    await expect(page.getByTestId('job-10')).toContainText('Cut blanks')
    await expect(page.getByTestId('job-20')).toContainText('Assemble')
    await expect(page.getByTestId('history-entry')).toHaveCount(1)

    // --- lifecycle: only legal moves are offered
    const actions = page.getByTestId('transition-actions')
    await expect(actions.getByRole('button')).toHaveText(['Complete', 'Put on hold', 'Reject', 'Cancel order'])
    await expect(page.getByTestId('transition-ACTIVE')).toHaveCount(0)

    await page.getByTestId('transition-ON_HOLD').click()
    const move = page.getByTestId('transition-dialog')
    await move.getByRole('button', { name: 'Confirm' }).click()
    await expect(move.getByText('This field is required')).toBeVisible()
    await move.getByLabel('Reason').fill('Waiting for material')
    await move.getByRole('button', { name: 'Confirm' }).click()
    await expect(move).toBeHidden()
    await expect(page.getByTestId('wo-status')).toHaveText('On hold')
    await expect(actions.getByRole('button')).toHaveText(['Resume', 'Reject', 'Cancel order'])
    await expect(page.getByTestId('transition-COMPLETED')).toHaveCount(0)

    await page.getByTestId('transition-ACTIVE').click()
    await expect(move.getByText('The order goes back to Active.')).toBeVisible()
    await move.getByRole('button', { name: 'Confirm' }).click()
    await expect(move).toBeHidden()
    await expect(page.getByTestId('wo-status')).toHaveText('Active')

    await page.getByTestId('transition-COMPLETED').click()
    await expect(move.getByLabel('Delivered quantity')).toHaveValue('240')
    await expect(move.getByLabel('Delivery date')).not.toHaveValue('')
    await move.getByRole('button', { name: 'Confirm' }).click()
    await expect(move).toBeHidden()
    await expect(page.getByTestId('wo-status')).toHaveText('Completed')
    await expect(page.getByTestId('transition-actions')).toHaveCount(0)
    await expect(page.getByTestId('wo-final')).toBeVisible()

    // --- history (newest first) and progress
    const moves = page.getByTestId('history-move')
    await expect(moves).toHaveText(['Active → Completed', 'On hold → Active', 'Active → On hold', 'Created as Active'])
    await expect(page.getByTestId('wo-history')).toContainText('Waiting for material')
    await expect(page.getByTestId('wo-history')).toContainText('by leader1')
    await expect(page.getByTestId('progress-delivered')).toContainText('240 of 240 (100 %)')
    await expect(page.getByTestId('stat-holdCount')).toContainText('1')
    await expect.poll(() => page.getByTestId('wo-qr-image').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
    await noAxeViolations(page, 'Work order detail')

    // --- traveler: printable page with a loaded QR code; the print button opens the print dialog
    await page.getByTestId('wo-print').click()
    await expect(page).toHaveURL(/\/work-orders\/\d+\/traveler$/)
    await expect(page.getByTestId('traveler-number')).toHaveText(number)
    await expect(page.getByTestId('traveler-client')).toContainText('ACME-MFG')
    await expect(page.getByTestId('traveler-routing').locator('tbody tr')).toHaveCount(2)
    const qr = page.getByTestId('traveler-qr')
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(0)
    await page.evaluate(() => {
      const w = window as unknown as { printed: number }
      w.printed = 0
      window.print = () => {
        w.printed++
      }
    })
    await page.getByTestId('traveler-print').click()
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
    await noAxeViolations(page, 'Traveler')

    expect(refusals).toEqual([])
  })

  test('a leader with two clients lists all of them or one, and the app bar follows the pick', async ({ page }) => {
    await login(page, DEMO.leader1.username, DEMO.leader1.password)
    await page.goto('/work-orders')
    await tableLoaded(page)
    const clientFilter = page.getByTestId('filter-client').getByRole('combobox', { name: 'Client' })

    await pick(page, clientFilter, /All my clients/)
    await expect(page).toHaveURL(/\?client=all$/)
    await expect(page.getByRole('columnheader', { name: 'Client' })).toBeVisible()
    await expect(page.getByTestId('filter-product').locator('input')).toBeDisabled()
    await expect(page.getByText('Orders of all your clients')).toBeVisible()

    await pick(page, clientFilter, /^TEXTIL-MX/)
    await expect(page).toHaveURL(/\?client=\d+$/)
    await expect(page.getByTestId('client-picker')).toContainText('TEXTIL-MX')
    await expect(page.getByRole('columnheader', { name: 'Client' })).toHaveCount(0)
    await tableLoaded(page)
    await expect(page.locator('tbody tr[data-testid^="wo-row-"]:not([data-testid^="wo-row-WO-TEXT"])')).toHaveCount(0)

    // the other way round: a client picked in the app bar replaces the one in the URL
    await pick(page, page.getByTestId('client-picker').getByRole('combobox', { name: 'Client' }), /^ACME-MFG/)
    await expect(page).toHaveURL(/\/work-orders$/)
    await expect(page.getByRole('combobox', { name: 'Client' }).last()).toHaveValue(/^ACME-MFG/)
    await expect(page.locator('tbody tr[data-testid^="wo-row-WO-TEXT"]')).toHaveCount(0)
    await expect(page.locator('tbody tr[data-testid^="wo-row-WO-ACME"]').first()).toBeVisible()
  })

  test('saving over a change made meanwhile is refused with a Refresh that loads the current order', async ({ page }) => {
    await login(page, DEMO.leader1.username, DEMO.leader1.password)
    await page.goto('/work-orders?status=ACTIVE')
    await tableLoaded(page)
    await page.locator('tbody tr[data-testid^="wo-row-"]').first().click()
    await expect(page).toHaveURL(/\/work-orders\/\d+$/)
    const id = Number(/(\d+)$/.exec(page.url())![1])
    await page.getByTestId('wo-edit').click()
    const dialog = page.getByTestId('work-order-dialog')
    await expect(dialog.getByLabel('Planned quantity')).not.toHaveValue('')

    // someone else raises the planned quantity meanwhile (same API, same session)
    const raised = await page.evaluate(async (orderId) => {
      const o = await (await fetch(`/api/work-orders/${orderId}`)).json()
      // read after a response: the server (re)sets the CSRF cookie on its answers
      const csrf = decodeURIComponent(/(?:^|; )XSRF-TOKEN=([^;]*)/.exec(document.cookie)?.[1] ?? '')
      const { product_id, priority, planned_start_date, planned_ship_date, required_date, actual_start_date, customer_po_number, version } = o
      const body = { product_id, priority, planned_start_date, planned_ship_date, required_date, actual_start_date, customer_po_number, version, planned_quantity: o.planned_quantity + 10 }
      const res = await fetch(`/api/work-orders/${orderId}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf },
        body: JSON.stringify(body),
      })
      if (!res.ok) throw new Error(`${res.status} ${await res.text()}`)
      return body.planned_quantity
    }, id)
    expect(raised).toBeGreaterThan(0)

    await dialog.getByLabel('Customer PO number').fill('PO-STALE')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog.getByTestId('work-order-dialog-error')).toContainText('changed by someone else')
    await dialog.getByRole('button', { name: 'Refresh' }).click()
    await expect(dialog.getByLabel('Planned quantity')).toHaveValue(String(raised))
    await dialog.getByLabel('Customer PO number').fill('PO-AFTER-RELOAD')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('fact-po')).toContainText('PO-AFTER-RELOAD')
    await expect(page.getByTestId('fact-planned')).toContainText(String(raised).replace(/\B(?=(\d{3})+(?!\d))/g, ','))
  })

  test('an operator sees the list and the detail but cannot create, edit or move orders', async ({ page }) => {
    await login(page, DEMO.operator1.username, DEMO.operator1.password)
    await page.getByRole('navigation', { name: 'Main navigation' }).getByTestId('nav-work-orders').click()
    await tableLoaded(page)
    await expect(page.getByTestId('new-work-order')).toHaveCount(0)
    await expect(page.getByTestId('filter-client')).toHaveCount(0)

    await page.getByTestId('status-chip-ACTIVE').click()
    await tableLoaded(page)
    await page.getByTestId('work-orders-table').locator('tbody tr').first().click()
    await expect(page).toHaveURL(/\/work-orders\/\d+$/)
    await expect(page.getByTestId('wo-status')).toHaveText('Active')
    await expect(page.getByTestId('wo-facts')).toBeVisible()
    await expect(page.getByTestId('history-entry').first()).toBeVisible()
    await expect(page.getByTestId('wo-print')).toBeVisible()
    for (const id of ['transition-actions', 'wo-edit', 'add-job', 'edit-job-10', 'wo-final']) {
      await expect(page.getByTestId(id)).toHaveCount(0)
    }
  })
})
