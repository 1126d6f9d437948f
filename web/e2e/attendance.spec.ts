import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { DEMO, login } from './helpers'

/*
 * Attendance as a leader of ACME-MFG. The demo records attendance for every working day of the last 90 days, so a
 * clean roster is looked for before that window: starting 120 days back, the first day going back on which the
 * shift has no record at all (asked from the roster API). Every run thus takes a fresh day and nothing is deleted;
 * the day is far enough back that the plant's time zone does not matter.
 */

const grid = (page: Page) => page.getByTestId('roster-grid')
const cell = (page: Page, row: number, field: string): Locator =>
  grid(page).locator(`.ag-row[row-index="${row}"] .ag-cell[col-id="${field}"]`).first()

/** The grid row (index) of an employee, by code. */
async function rowOf(page: Page, code: string): Promise<number> {
  const row = grid(page).locator('.ag-row:has(.ag-cell[col-id="employee"])', { hasText: code }).first()
  await expect(row).toBeVisible()
  return Number(await row.getAttribute('row-index'))
}

/** Opens a cell's editor (Enter), types, and commits with Enter. */
async function typeCell(page: Page, row: number, field: string, text: string): Promise<void> {
  await cell(page, row, field).click()
  await page.keyboard.press('Enter')
  const editor = page.locator('.roster-grid .ag-cell-inline-editing input, .ag-popup-editor input, .ag-popup-editor textarea').first()
  await expect(editor).toBeFocused()
  await editor.fill(text)
  await page.keyboard.press('Enter')
  await expect(page.locator('.roster-grid .ag-cell-inline-editing, .ag-popup-editor')).toHaveCount(0)
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

/** A day (from 120 days back, going back) with no attendance recorded in the client's shift of that name. */
async function cleanDay(page: Page, shiftName: string): Promise<string> {
  const day = await page.evaluate(async (name) => {
    const me = await (await fetch('/api/users/me')).json()
    const client = me.clients.find((c: { code: string }) => c.code === 'ACME-MFG')
    const shifts = await (await fetch(`/api/shifts?client_id=${client.id}&size=100`)).json()
    const shift = shifts.items.find((s: { name: string }) => s.name === name)
    for (let back = 120; back < 2000; back++) {
      const day = new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10)
      const roster = await (await fetch(`/api/attendance/roster?client_id=${client.id}&shift_date=${day}&shift_id=${shift.id}`)).json()
      if (roster.recorded === 0) return day
    }
    return null
  }, shiftName)
  expect(day).not.toBeNull()
  return day!
}

async function chips(page: Page, c: { present: number; absent: number; late: number; leave: number }): Promise<void> {
  for (const [key, value] of Object.entries(c)) await expect(page.getByTestId(`chip-${key}`)).toHaveAttribute('data-count', String(value))
}

async function openRoster(page: Page, day: string, shift: RegExp): Promise<void> {
  await page.goto(`/entry/attendance?date=${day}`)
  await expect(page.getByRole('heading', { name: 'Attendance', level: 1 })).toBeVisible()
  await pick(page, page.getByTestId('entry-filter-shift'), shift)
  await expect(page).toHaveURL(new RegExp(`date=${day}`))
  // the first active shift is shown without being written into the URL, so the field says which shift it is
  await expect(page.getByTestId('entry-filter-shift').locator('.v-select__selection-text')).toHaveText(shift)
  await page.getByTestId('roster-load').click()
  await expect(grid(page).locator('.ag-row').first()).toBeVisible()
}

test('a leader marks a shift present, one absence covered by a floater and one late arrival, and saves the roster', async ({ page }) => {
  test.setTimeout(120_000)
  await login(page, DEMO.leader1.username, DEMO.leader1.password)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByTestId('nav-attendance').click()
  await expect(page).toHaveURL(/\/entry\/attendance/)
  await expect(page.getByTestId('import-attendance')).toHaveAttribute('href', '/imports/new?type=attendance')
  const day = await cleanDay(page, 'Day')
  await openRoster(page, day, /^Day$/)

  const rows = await grid(page).locator('.ag-row:has(.ag-cell[col-id="employee"])').count()
  expect(rows).toBeGreaterThan(2)
  await chips(page, { present: 0, absent: 0, late: 0, leave: 0 })
  await expect(page.getByTestId('chip-unmarked')).toHaveAttribute('data-count', String(rows))

  await page.getByTestId('roster-mark-all').click()
  await chips(page, { present: rows, absent: 0, late: 0, leave: 0 })
  await expect(cell(page, 0, 'mark')).toContainText('Present')
  await expect(cell(page, 0, 'actual_hours')).toHaveText('7.25')
  await expect(page.getByTestId('roster-unsaved')).toHaveAttribute('data-count', String(rows))

  // row 0 absent (unscheduled), covered by the Day floater; row 1 fifteen minutes late
  await typeCell(page, 0, 'mark', 'Absent')
  await expect(cell(page, 0, 'mark')).toContainText('Absent (unscheduled)')
  await expect(cell(page, 0, 'actual_hours')).toHaveText('0')
  await typeCell(page, 0, 'covered_by_employee_id', 'EMP-018')
  await expect(cell(page, 0, 'covered_by_employee_id')).toContainText('EMP-018')
  await typeCell(page, 1, 'late_minutes', '15')
  await chips(page, { present: rows - 1, absent: 1, late: 1, leave: 0 })

  // one floater, one absence: EMP-018 is no longer offered to another absence
  await typeCell(page, 2, 'mark', 'Vacation')
  await chips(page, { present: rows - 2, absent: 1, late: 1, leave: 1 })
  await cell(page, 2, 'covered_by_employee_id').click()
  await page.keyboard.press('Enter')
  const options = page.locator('.ag-popup-editor').getByRole('option')
  await expect(options.filter({ hasText: 'EMP-019' })).toHaveCount(1)
  await expect(options.filter({ hasText: 'EMP-018' })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await typeCell(page, 2, 'mark', 'Present')
  await chips(page, { present: rows - 1, absent: 1, late: 1, leave: 0 })

  // the read-back lists every row to save; confirmed, the roster is read again and shows what is stored
  await page.getByTestId('roster-save').click()
  await expect(page.getByTestId('read-back-count')).toContainText(String(rows))
  await expect(page.getByTestId('read-back-line-1')).toContainText('Absent (unscheduled)')
  await expect(page.getByTestId('read-back-line-1')).toContainText('covered by EMP-018')
  await expect(page.getByTestId('read-back-line-2')).toContainText('15 min late')
  await page.getByTestId('read-back-confirm').click()
  await expect(page.getByTestId('read-back')).toHaveCount(0)
  await expect(page.getByTestId('roster-unsaved')).toHaveAttribute('data-count', '0')
  await expect(cell(page, 0, 'state').locator('[data-state]')).toHaveAttribute('data-state', 'saved')

  await page.reload()
  await page.getByTestId('roster-load').click()
  await expect(cell(page, 0, 'mark')).toContainText('Absent (unscheduled)')
  await expect(cell(page, 0, 'covered_by_employee_id')).toContainText('EMP-018')
  await expect(cell(page, 1, 'late_minutes')).toHaveText('15')
  await expect(cell(page, 1, 'mark')).toContainText('Present')
  await chips(page, { present: rows - 1, absent: 1, late: 1, leave: 0 })
  await expect(page.getByTestId('chip-unmarked')).toHaveAttribute('data-count', '0')
  await expect(page.getByTestId('roster-unsaved')).toHaveAttribute('data-count', '0')
})

test('a save the server refuses shows the error on its row and cell and saves nothing; fixed, it saves', async ({ page }) => {
  test.setTimeout(120_000)
  await login(page, DEMO.leader1.username, DEMO.leader1.password)
  const day = await cleanDay(page, 'Day')
  await openRoster(page, day, /^Day$/)
  await page.getByTestId('roster-mark-all').click()
  const rows = Number(await page.getByTestId('roster-unsaved').getAttribute('data-count'))
  // 600 minutes late is longer than the 8-hour shift: only the server knows the shift's length (422 on entries[1])
  await typeCell(page, 1, 'late_minutes', '600')
  await page.getByTestId('roster-save').click()
  await page.getByTestId('read-back-confirm').click()
  await expect(cell(page, 1, 'late_minutes')).toHaveClass(/entry-cell--error/)
  await expect(cell(page, 1, 'late_minutes')).toContainText('must be less than the length of shift Day')
  await expect(cell(page, 1, 'state').locator('[data-state]')).toHaveAttribute('data-state', 'error')
  await expect(cell(page, 0, 'state').locator('[data-state]')).toHaveAttribute('data-state', 'new')
  await expect(page.getByTestId('roster-unsaved')).toHaveAttribute('data-count', String(rows))

  await typeCell(page, 1, 'late_minutes', '10')
  await expect(cell(page, 1, 'late_minutes')).not.toHaveClass(/entry-cell--error/)
  await page.getByTestId('roster-save').click()
  await page.getByTestId('read-back-confirm').click()
  await expect(page.getByTestId('roster-unsaved')).toHaveAttribute('data-count', '0')
  await expect(cell(page, 1, 'late_minutes')).toHaveText('10')
  await expect(cell(page, 1, 'state').locator('[data-state]')).toHaveAttribute('data-state', 'saved')
})

test('a leader imports attendance: the rejected rows are reported with their reasons, the valid one is written', async ({ page }) => {
  test.setTimeout(120_000)
  await login(page, DEMO.leader1.username, DEMO.leader1.password)
  const day = await cleanDay(page, 'Evening')
  // spreadsheet rows 2–5: valid; unknown employee; unknown shift; late minutes out of range
  const rows = [
    'employee,shift_date,shift,status,late_minutes,notes',
    `EMP-004,${day},Evening,Late,10,imported`,
    `EMP-999,${day},Evening,Present,,`,
    `EMP-005,${day},Graveyard,Present,,`,
    `EMP-006,${day},Evening,Late,2000,`,
  ]
  const path = join(mkdtempSync(join(tmpdir(), 'kpi-attendance-')), 'attendance.csv')
  writeFileSync(path, `${rows.join('\n')}\n`)

  await page.getByRole('navigation', { name: 'Main navigation' }).getByTestId('nav-attendance').click()
  await page.getByTestId('import-attendance').click()
  await expect(page).toHaveURL(/\/imports\/new\?type=attendance$/)
  await expect(page.getByTestId('import-type')).toContainText('Attendance')
  await page.getByTestId('import-file-input').setInputFiles(path)
  await page.getByTestId('upload-submit').click()
  await expect(page.getByRole('heading', { name: 'Check the rows', level: 2 })).toBeFocused()
  await expect(page.getByTestId('count-total')).toHaveAttribute('data-count', '4')
  await expect(page.getByTestId('count-valid')).toHaveAttribute('data-count', '1')
  await expect(page.getByTestId('count-rejected')).toHaveAttribute('data-count', '3')
  const bad = [
    [3, 'employee', "no employee 'EMP-999' in this client"],
    [4, 'shift', "no shift 'Graveyard' in this client"],
    [5, 'late_minutes', 'must be between 0 and 1440'],
  ] as const
  for (const [row, column, message] of bad) {
    await expect(page.getByTestId(`row-status-${row}`)).toHaveAttribute('data-valid', 'false')
    await expect(page.getByTestId(`row-status-${row}`)).toContainText(`${column}: `)
    await expect(page.getByTestId(`row-status-${row}`)).toContainText(message)
  }
  await expect(page.getByTestId('row-status-2')).toHaveAttribute('data-valid', 'true')

  await page.getByTestId('preview-next').click()
  await expect(page.getByTestId('commit-summary')).toHaveText('1 of 4 rows are valid and 3 are rejected.')
  await page.getByTestId('commit').click()
  await expect(page.getByRole('heading', { name: 'Import finished', level: 2 })).toBeFocused()
  await expect(page.getByTestId('result-created')).toHaveText('1')
  await expect(page.getByTestId('result-rejected')).toHaveText('3')

  // the valid row is in the Evening roster of that day; the others are not recorded
  await page.getByTestId('go-to-records').click()
  await expect(page).toHaveURL(/\/entry\/attendance/)
  await openRoster(page, day, /^Evening$/)
  const written = await rowOf(page, 'EMP-004')
  await expect(cell(page, written, 'mark')).toContainText('Present')
  await expect(cell(page, written, 'late_minutes')).toHaveText('10')
  await expect(cell(page, written, 'notes')).toHaveText('imported')
  await expect(cell(page, written, 'state').locator('[data-state]')).toHaveAttribute('data-state', 'saved')
  const other = await rowOf(page, 'EMP-006')
  await expect(cell(page, other, 'state').locator('[data-state]')).toHaveAttribute('data-state', 'unmarked')
  await chips(page, { present: 1, absent: 0, late: 1, leave: 0 })
})

test('the attendance page has no serious or critical WCAG 2 A/AA violations', async ({ page }) => {
  await login(page, DEMO.leader1.username, DEMO.leader1.password)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByTestId('nav-attendance').click()
  await expect(page.getByRole('heading', { name: 'Attendance', level: 1 })).toBeVisible()
  await expect(page.getByTestId('entry-filter-shift').locator('.v-select__selection-text')).toHaveText(/\w/)
  await page.getByTestId('roster-load').click()
  await expect(grid(page).locator('.ag-row').first()).toBeVisible()
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, serious.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`).join('\n')).toEqual([])
})

/** On a phone the snackbar covers the bottom of the page: it is read, then closed. */
async function dismissSnackbar(page: Page, text: string): Promise<void> {
  await expect(page.getByTestId('snackbar')).toContainText(text)
  await page.locator('.v-snackbar').getByRole('button', { name: 'Close' }).click()
  await expect(page.getByTestId('snackbar')).toBeHidden()
}

test('below 768 px the roster is a list of cards: mark all, a medical leave covered by a floater, a refused save shown on its card, saved and read back', async ({ page }) => {
  test.setTimeout(150_000)
  await login(page, DEMO.leader1.username, DEMO.leader1.password)
  await page.setViewportSize({ width: 390, height: 844 })
  const day = await cleanDay(page, 'Day')
  await page.goto(`/entry/attendance?date=${day}`)
  await expect(page.getByRole('heading', { name: 'Attendance', level: 1 })).toBeVisible()
  await pick(page, page.getByTestId('entry-filter-shift'), /^Day$/)
  await expect(page.getByTestId('entry-filter-shift').locator('.v-select__selection-text')).toHaveText('Day')
  await page.getByTestId('roster-load').click()
  const cards = page.getByTestId('roster-card')
  await expect(cards.first()).toBeVisible()
  await expect(grid(page)).toHaveCount(0)
  const rows = await cards.count()
  expect(rows).toBeGreaterThan(2)
  await expect(page.getByTestId('chip-unmarked')).toHaveAttribute('data-count', String(rows))

  // the toolbar fits the phone: full-width touch-sized buttons and no sideways scrolling
  for (const id of ['roster-load', 'roster-mark-all', 'roster-discard', 'roster-save']) {
    const box = (await page.getByTestId(id).boundingBox())!
    expect(box.height, id).toBeGreaterThanOrEqual(44)
    expect(box.width, id).toBeGreaterThan(300)
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

  await page.getByTestId('roster-mark-all').click()
  await chips(page, { present: rows, absent: 0, late: 0, leave: 0 })
  await expect(page.getByTestId('roster-unsaved')).toHaveAttribute('data-count', String(rows))
  await dismissSnackbar(page, `${rows} employees marked present`)
  const first = cards.nth(0)
  const second = cards.nth(1)
  await expect(first).toHaveAttribute('data-mark', 'present')
  await expect(first.getByTestId('roster-card-chip')).toHaveText('Present')

  // the first employee on medical leave: works 0 h, cannot be late, may be covered (by an available floater only)
  await first.getByTestId('roster-card-toggle').click()
  await expect(first.getByTestId('roster-card-toggle')).toHaveAttribute('aria-expanded', 'true')
  const leave = first.getByTestId('roster-card-mark-MEDICAL_LEAVE')
  expect((await leave.boundingBox())!.height).toBeGreaterThanOrEqual(44)
  await expect(first.getByTestId('roster-card-field-covered_by_employee_id').locator('input').first()).toBeDisabled()
  await leave.click()
  await expect(leave).toHaveAttribute('aria-pressed', 'true')
  await expect(first).toHaveAttribute('data-mark', 'leave')
  await expect(first.getByTestId('roster-card-chip')).toHaveText('Medical leave')
  await expect(first.getByTestId('roster-card-field-actual_hours').locator('input')).toHaveValue('0')
  await expect(first.getByTestId('roster-card-field-late_minutes').locator('input')).toBeDisabled()
  await pick(page, first.getByTestId('roster-card-field-covered_by_employee_id'), /EMP-018/)
  await expect(first.getByTestId('roster-card-field-covered_by_employee_id')).toContainText('EMP-018')
  await chips(page, { present: rows - 1, absent: 0, late: 0, leave: 1 })

  // 600 minutes late is longer than the shift: the server refuses the batch and says so on the card and its field
  await second.getByTestId('roster-card-toggle').click()
  const late = second.getByTestId('roster-card-field-late_minutes').locator('input')
  await late.fill('600')
  await late.blur()
  await expect(second.getByTestId('roster-card-chip')).toHaveText('Late')
  await page.getByTestId('roster-save').click()
  await page.getByTestId('read-back-confirm').click()
  await dismissSnackbar(page, 'Nothing was saved')
  await expect(second).toHaveAttribute('data-state', 'error')
  await expect(second.getByTestId('roster-card-field-late_minutes')).toContainText('must be less than the length of shift Day')
  await expect(second.getByTestId('roster-card-toggle')).toContainText('1 error')
  await expect(first).toHaveAttribute('data-state', 'new')
  await expect(page.getByTestId('roster-unsaved')).toHaveAttribute('data-count', String(rows))

  await late.fill('10')
  await late.blur()
  await expect(second).toHaveAttribute('data-state', 'new')
  await expect(second.getByTestId('roster-card-field-late_minutes')).not.toContainText('must be less')
  await page.getByTestId('roster-save').click()
  await expect(page.getByTestId('read-back-count')).toContainText(String(rows))
  await expect(page.getByTestId('read-back-line-1')).toContainText('Medical leave')
  await expect(page.getByTestId('read-back-line-1')).toContainText('covered by EMP-018')
  await expect(page.getByTestId('read-back-line-2')).toContainText('10 min late')
  await page.getByTestId('read-back-confirm').click()
  await expect(page.getByTestId('read-back')).toHaveCount(0)
  await expect(page.getByTestId('roster-unsaved')).toHaveAttribute('data-count', '0')
  await expect(first).toHaveAttribute('data-state', 'saved')

  // read again from the server: what was stored
  const code = await first.getAttribute('data-code')
  await page.reload()
  await page.getByTestId('roster-load').click()
  await expect(cards.first()).toHaveAttribute('data-code', code!)
  await expect(cards.first()).toHaveAttribute('data-mark', 'leave')
  await expect(cards.first()).toHaveAttribute('data-state', 'saved')
  await expect(cards.first().getByTestId('roster-card-toggle')).toContainText('covered by EMP-018')
  await expect(cards.nth(1)).toHaveAttribute('data-mark', 'late')
  await chips(page, { present: rows - 1, absent: 0, late: 1, leave: 1 })
  await expect(page.getByTestId('chip-unmarked')).toHaveAttribute('data-count', '0')

  // accessible at this width, with a card open
  await cards.first().getByTestId('roster-card-toggle').click()
  await expect(cards.first().getByTestId('roster-card-mark-MEDICAL_LEAVE')).toHaveAttribute('aria-pressed', 'true')
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, serious.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`).join('\n')).toEqual([])
})
