import { expect, test, type Locator, type Page } from '@playwright/test'
import { DEMO, login, logout, runId } from './helpers'

// Downtime entry as an operator: an event on the Evening shift (14:00–22:00) running to 22:30 is stored as two
// records, Evening 21:30–22:00 and Night 22:00–22:30, both shown after the save with where the event was split.

const cell = (page: Page, row: number, field: string): Locator =>
  page.locator(`.entry-grid .ag-row[row-index="${row}"] .ag-cell[col-id="${field}"]`).first()
const shown = (page: Page, row: number, field: string): Locator => cell(page, row, field).locator('.entry-cell__value')

async function typeCell(page: Page, row: number, field: string, text: string): Promise<void> {
  await cell(page, row, field).click()
  await page.keyboard.press('Enter')
  const editor = page.locator('.entry-grid .ag-cell-inline-editing input, .ag-popup-editor input, .ag-popup-editor textarea').first()
  await expect(editor).toBeFocused()
  await editor.fill(text)
  await page.keyboard.press('Enter')
  await expect(page.locator('.entry-grid .ag-cell-inline-editing, .ag-popup-editor')).toHaveCount(0)
}

async function pick(page: Page, field: Locator, option: RegExp): Promise<void> {
  const wanted = page.getByRole('listbox').last().getByRole('option').filter({ hasText: option }).first()
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

/** The demo plant has no downtime reasons: an admin adds one to ACME (once; later runs find it). */
async function ensureReason(page: Page, code: string): Promise<void> {
  await login(page, DEMO.admin.username, DEMO.admin.password)
  const result = await page.evaluate(async (reasonCode) => {
    const clients = await (await fetch('/api/clients?size=100')).json()
    const acme = clients.items.find((c: { code: string }) => c.code === 'ACME-MFG')
    const have = await (await fetch(`/api/downtime-reasons?client_id=${acme.id}&size=500`)).json()
    if (have.items.some((r: { code: string }) => r.code === reasonCode)) return 'present'
    const csrf = decodeURIComponent(/(?:^|; )XSRF-TOKEN=([^;]*)/.exec(document.cookie)?.[1] ?? '')
    const res = await fetch('/api/downtime-reasons', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf },
      body: JSON.stringify({ client_id: acme.id, code: reasonCode, name: 'Mechanical failure', category: 'machine', planned: false }),
    })
    return res.ok ? 'created' : `${res.status} ${await res.text()}`
  }, code)
  expect(['present', 'created']).toContain(result)
  await logout(page)
}

test('an event across the Evening→Night boundary is stored as two parts, both shown with the split', async ({ page }) => {
  test.setTimeout(180_000)
  await ensureReason(page, 'MECH')
  const marker = `e2e split ${runId()}`
  await login(page, DEMO.operator1.username, DEMO.operator1.password)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByTestId('nav-downtime').click()
  await expect(page).toHaveURL(/\/entry\/downtime/)
  await expect(page.getByRole('heading', { name: 'Downtime', level: 1 })).toBeVisible()
  await expect(page.getByTestId('import-downtime')).toHaveCount(0) // operators do not import
  const today = await page.getByTestId('entry-filter-date').locator('input').inputValue()

  await pick(page, page.getByTestId('entry-filter-shift'), /^Evening$/)
  await pick(page, page.getByTestId('entry-filter-line'), /^L1 — /)
  await expect(page).toHaveURL(/shift=\d+&line=\d+/)

  await page.getByTestId('entry-add').click()
  await expect(shown(page, 0, 'shift_id')).toHaveText('Evening')
  await typeCell(page, 0, 'reason_id', 'MECH')
  await typeCell(page, 0, 'start_time', '21:30')
  await typeCell(page, 0, 'end_time', '22:30')
  await typeCell(page, 0, 'machine', 'Press 4')
  await typeCell(page, 0, 'notes', marker)
  await expect(shown(page, 0, 'reason_id')).toHaveText('MECH')
  // minutes that contradict the times are refused on the cell
  await typeCell(page, 0, 'duration_minutes', '45')
  await expect(cell(page, 0, 'duration_minutes')).toHaveClass(/entry-cell--error/)
  await typeCell(page, 0, 'duration_minutes', '60')
  await expect(cell(page, 0, 'duration_minutes')).not.toHaveClass(/entry-cell--error/)

  await page.getByTestId('entry-save').click()
  await expect(page.getByTestId('read-back-line-1')).toContainText('21:30–22:30, 60 min')
  await expect(page.getByTestId('read-back-line-1')).toContainText('MECH Mechanical failure (unplanned)')
  await page.getByTestId('read-back-confirm').click()
  await expect(page.getByTestId('entry-unsaved')).toHaveText('No unsaved rows')

  // the saved row became its two stored parts, next to each other, each saying where the event was split
  const parts = page.locator('.entry-grid .ag-row').filter({ hasText: marker })
  await expect(parts).toHaveCount(2)
  const first = page.locator('.entry-grid .ag-row[row-index="0"]')
  const second = page.locator('.entry-grid .ag-row[row-index="1"]')
  await expect(shown(page, 0, 'shift_id')).toHaveText('Evening')
  await expect(shown(page, 0, 'start_time')).toHaveText('21:30')
  await expect(shown(page, 0, 'end_time')).toHaveText('22:00')
  await expect(shown(page, 0, 'duration_minutes')).toHaveText('30')
  await expect(first.locator('.entry-cell__note')).toHaveText('split at 22:00')
  await expect(shown(page, 1, 'shift_id')).toHaveText('Night')
  await expect(shown(page, 1, 'start_time')).toHaveText('22:00')
  await expect(shown(page, 1, 'end_time')).toHaveText('22:30')
  await expect(second.locator('.entry-cell__note')).toHaveText('split at 22:00')

  // and the server holds both, sharing one split group
  const stored = await page.request.get(`/api/downtime?from=${today}&to=${today}&size=500`)
  expect(stored.ok()).toBeTruthy()
  const mine = ((await stored.json()).items as { notes: string; split_group: string; split_part: number; duration_minutes: number }[])
    .filter((e) => e.notes === marker)
    .sort((a, b) => a.split_part - b.split_part)
  expect(mine.map((e) => [e.split_part, e.duration_minutes])).toEqual([
    [1, 30],
    [2, 30],
  ])
  expect(mine[0]!.split_group).toBe(mine[1]!.split_group)
})
