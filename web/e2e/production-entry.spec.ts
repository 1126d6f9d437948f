import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { DEMO, login, runId } from './helpers'

// Production entry in the shift-data grid as an operator: typing, paste from a spreadsheet, validation, read-back,
// save; drafts surviving a reload, undo/redo and fill-down; the phone-width form.

const cell = (page: Page, row: number, field: string): Locator =>
  page.locator(`.entry-grid .ag-row[row-index="${row}"] .ag-cell[col-id="${field}"]`).first()
/** What a cell shows (without the problem text it carries for screen readers). */
const shown = (page: Page, row: number, field: string): Locator => cell(page, row, field).locator('.entry-cell__value')

/** Opens a cell's editor with Enter, types the text and commits it with Enter (which moves down). */
async function typeCell(page: Page, row: number, field: string, text: string): Promise<void> {
  await cell(page, row, field).click()
  await page.keyboard.press('Enter')
  const editor = page.locator('.entry-grid .ag-cell-inline-editing input, .ag-popup-editor input, .ag-popup-editor textarea').first()
  await expect(editor).toBeFocused()
  await editor.fill(text)
  await page.keyboard.press('Enter')
  await expect(page.locator('.entry-grid .ag-cell-inline-editing, .ag-popup-editor')).toHaveCount(0)
}

async function openProduction(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByTestId('nav-production').click()
  await expect(page).toHaveURL(/\/entry\/production/)
  await expect(page.getByRole('heading', { name: 'Production', level: 1 })).toBeVisible()
  // the catalogs are in when the shift filter offers the client's shifts
  const today = await page.getByTestId('entry-filter-date').locator('input').inputValue()
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  return today
}

/** Opens a Vuetify select/autocomplete and picks the option named. */
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

async function seriousAxe(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${name}: ${v.id} ${v.help} ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([])
}

test.describe('production entry', () => {
  test('an operator enters a shift, fixes an invalid cell, pastes 10 rows, confirms the read-back and finds them stored', async ({
    page,
    context,
  }) => {
    test.setTimeout(300_000) // a whole shift typed cell by cell and two accessibility scans, on a shared CI machine
    const refusals: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refusals.push(m.text())
    })
    const marker = `e2e ${runId()}`
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await login(page, DEMO.operator1.username, DEMO.operator1.password)
    const today = await openProduction(page)

    // the filter's shift and line become the defaults of new rows
    await pick(page, page.getByTestId('entry-filter-shift'), /^Evening$/)
    await pick(page, page.getByTestId('entry-filter-line'), /^L2 — /)
    await expect(page).toHaveURL(/shift=\d+&line=\d+/)

    // --- row 1 by keyboard: Add puts the cursor on the first empty required cell (units); Tab moves across
    await page.getByTestId('entry-add').click()
    await expect(cell(page, 0, 'units_produced')).toBeFocused()
    await expect(shown(page, 0, 'shift_id')).toHaveText('Evening')
    await expect(shown(page, 0, 'line_id')).toHaveText('L2')
    await expect(shown(page, 0, 'shift_date')).toHaveText(today)
    await page.keyboard.type('480')
    for (const value of ['7.5', '5', '', '6', '2', '1']) {
      await page.keyboard.press('Tab')
      if (value) await page.keyboard.type(value)
    }
    await page.keyboard.press('Enter')
    await expect(shown(page, 0, 'units_produced')).toHaveText('480')
    await expect(shown(page, 0, 'run_time_hours')).toHaveText('7.5')
    await expect(shown(page, 0, 'scrap_count')).toHaveText('1')
    await typeCell(page, 0, 'work_order_id', 'WO-ACME-125')
    await typeCell(page, 0, 'notes', marker)
    await expect(shown(page, 0, 'work_order_id')).toHaveText('WO-ACME-125')

    // --- rows 2 to 5: duplicates of row 1 (the order, the note) with their own counts
    await cell(page, 0, 'units_produced').click()
    for (const row of [1, 2, 3, 4]) {
      await page.getByTestId('entry-duplicate').click()
      await expect(shown(page, row, 'work_order_id')).toHaveText('WO-ACME-125')
    }
    for (const [row, units] of [
      [1, '510'],
      [2, '300'],
      [3, '1,250'],
      [4, '90'],
    ] as const) {
      await typeCell(page, row, 'units_produced', units)
    }
    await expect(shown(page, 3, 'units_produced')).toHaveText('1,250')

    // --- an invalid cell: more defects than units shows on the cell and in the list, then is fixed
    await typeCell(page, 2, 'defect_count', '999')
    await expect(cell(page, 2, 'defect_count')).toHaveClass(/entry-cell--error/)
    await expect(cell(page, 2, 'defect_count')).toHaveAttribute('aria-invalid', 'true')
    const problem = page.getByTestId('problem-3-defect_count')
    await expect(problem).toHaveText('Row 3 · Defects: Defects (999) must not exceed units produced (300)')
    await seriousAxe(page, 'grid with an error')
    await problem.click()
    await expect(cell(page, 2, 'defect_count')).toBeFocused()
    await typeCell(page, 2, 'defect_count', '9')
    await expect(cell(page, 2, 'defect_count')).not.toHaveClass(/entry-cell--error/)
    await expect(page.getByTestId('entry-problems')).toHaveCount(0)
    await expect(page.getByTestId('entry-unsaved')).toHaveText('5 unsaved rows')

    // --- 10 rows pasted from a spreadsheet (header row in Spanish, thousands separators) into a new row
    const orders = ['WO-ACME-125', 'WO-ACME-124', 'WO-ACME-123', 'WO-ACME-122', 'WO-ACME-120', 'WO-ACME-118']
    const block = [
      'Fecha\tTurno\tLínea\tOrden de trabajo\tUnidades\tHoras\tEmpleados\tDefectos\tRetrabajo\tDesperdicio\tNotas',
      ...Array.from({ length: 10 }, (_, i) => `${today}\tDay\tL${(i % 3) + 1}\t${orders[i % orders.length]}\t1,${100 + i * 10}\t7.25\t4\t${i}\t0\t${i > 0 ? 1 : 0}\t${marker}`),
    ].join('\n')
    await page.getByTestId('entry-add').click()
    await expect(cell(page, 5, 'units_produced')).toBeFocused()
    await page.evaluate((text) => navigator.clipboard.writeText(text), block)
    await page.keyboard.press('Control+V')
    await expect(page.getByTestId('entry-notice')).toContainText('Pasted 10 row(s), 9 new (columns matched by the header row).')
    await expect(page.getByTestId('entry-unsaved')).toHaveText('15 unsaved rows')
    await expect(shown(page, 5, 'units_produced')).toHaveText('1,100')
    await expect(shown(page, 14, 'units_produced')).toHaveText('1,190')
    await expect(shown(page, 14, 'shift_id')).toHaveText('Day')
    await expect(page.getByTestId('entry-problems')).toHaveCount(0)

    // --- read-back lists every row in plain words; confirm saves them all
    await page.getByTestId('entry-save').click()
    const readBack = page.getByTestId('read-back')
    await expect(readBack).toBeVisible()
    await expect(page.getByTestId('read-back-count')).toHaveText('This saves 15 row(s).')
    await expect(page.getByTestId('read-back-line-1')).toContainText(
      `${today} · Evening · Line 2 · WO-ACME-125 · 480 units, 6 defects (2 rework, 1 scrap), 7.5 h, 5 people · “${marker}”`,
    )
    await expect(page.getByTestId('read-back-list').locator('li')).toHaveCount(15)
    await seriousAxe(page, 'read-back')
    await page.getByTestId('read-back-confirm').click()
    await expect(readBack).toBeHidden()
    await expect(page.getByTestId('snackbar')).toHaveText('15 entries saved')
    await expect(page.getByTestId('entry-unsaved')).toHaveText('No unsaved rows')

    // --- after a reload they are stored rows (newest first): the filter (Evening, L2) shows the 5 typed ones,
    // the whole day all 15; nothing is pending
    await page.reload()
    const ours = page.locator('.entry-grid .ag-cell[col-id="notes"]', { hasText: marker })
    await expect(ours).toHaveCount(5)
    await page.goto('/entry/production')
    await expect(ours).toHaveCount(15)
    await expect(page.getByTestId('entry-unsaved')).toHaveText('No unsaved rows')
    const stored = await page.request.get(`/api/production?from=${today}&to=${today}&size=500`)
    const items = ((await stored.json()) as { items: { notes: string | null; units_produced: number }[] }).items
    expect(items.filter((e) => e.notes === marker).map((e) => e.units_produced).sort((a, b) => a - b)).toEqual(
      [90, 300, 480, 510, 1100, 1110, 1120, 1130, 1140, 1150, 1160, 1170, 1180, 1190, 1250],
    )
    expect(refusals).toEqual([])
  })

  test('unsaved rows survive a reload; undo/redo and Ctrl+D fill-down', async ({ page }) => {
    await login(page, DEMO.operator1.username, DEMO.operator1.password)
    await openProduction(page)
    await page.getByTestId('entry-add').click()
    await typeCell(page, 0, 'work_order_id', 'WO-ACME-124')
    await typeCell(page, 0, 'units_produced', '100')
    await page.getByTestId('entry-add').click()
    await page.getByTestId('entry-add').click()
    await expect(page.getByTestId('entry-unsaved')).toHaveText('3 unsaved rows')

    // Ctrl+D with no row selected: the cell above comes down
    await cell(page, 1, 'units_produced').click()
    await page.keyboard.press('Control+d')
    await expect(shown(page, 1, 'units_produced')).toHaveText('100')

    // Ctrl+D with rows selected: the first selected row's value goes to the others
    for (const row of [0, 1, 2]) await page.locator(`.entry-grid .ag-row[row-index="${row}"] .ag-selection-checkbox input`).first().check()
    await cell(page, 0, 'work_order_id').click()
    await page.keyboard.press('Control+d')
    await expect(shown(page, 1, 'work_order_id')).toHaveText('WO-ACME-124')
    await expect(shown(page, 2, 'work_order_id')).toHaveText('WO-ACME-124')

    // undo / redo by keyboard and by the buttons
    await page.keyboard.press('Control+z')
    await expect(shown(page, 2, 'work_order_id')).toHaveText('')
    await expect(shown(page, 1, 'work_order_id')).toHaveText('')
    await page.keyboard.press('Control+y')
    await expect(shown(page, 2, 'work_order_id')).toHaveText('WO-ACME-124')
    await page.getByTestId('entry-undo').click()
    await page.getByTestId('entry-undo').click()
    await expect(shown(page, 1, 'units_produced')).toHaveText('')
    await page.getByTestId('entry-redo').click()
    await expect(shown(page, 1, 'units_produced')).toHaveText('100')
    await expect(shown(page, 1, 'work_order_id')).toHaveText('')

    // a reload loses nothing
    await page.reload()
    await expect(page.getByTestId('entry-notice')).toHaveText('3 unsaved rows restored')
    await expect(page.getByTestId('entry-unsaved')).toHaveText('3 unsaved rows')
    await expect(shown(page, 0, 'work_order_id')).toHaveText('WO-ACME-124')
    await expect(shown(page, 1, 'units_produced')).toHaveText('100')
  })

  test('a row added before the day’s stored rows arrive keeps the cursor when they do', async ({ page, browser, baseURL }) => {
    await login(page, DEMO.operator1.username, DEMO.operator1.password)
    // the day's stored rows are held back until the new row has the cursor
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let listed!: (url: URL) => void
    const listRequest = new Promise<URL>((resolve) => (listed = resolve))
    // (the entry grid's list, newest first; My Shift reads its own)
    const isList = (url: URL) => url.pathname === '/api/production' && url.searchParams.getAll('sort').includes('shift_date,desc')
    await page.route(isList, async (route) => {
      listed(new URL(route.request().url()))
      await held
      await route.continue()
    })
    await page.getByRole('navigation', { name: 'Main navigation' }).getByTestId('nav-production').click()
    const scope = (await listRequest).searchParams
    await page.getByTestId('entry-add').click()
    await expect(cell(page, 0, 'shift_id')).toBeFocused()

    // meanwhile another device stored an entry of that day, so the list brings a row to show
    const marker = `late ${runId()}`
    const office = await browser.newContext({ baseURL })
    const signIn = await office.request.post('/api/token', { data: DEMO.leader1 })
    const auth = { Authorization: `Bearer ${(await signIn.json()).access_token}` }
    const clientId = Number(scope.get('client_id'))
    const first = async (list: string) =>
      (await (await office.request.get(`/api/${list}?client_id=${clientId}&size=1`, { headers: auth })).json()).items[0].id as number
    const saved = await office.request.post('/api/production', {
      headers: auth,
      data: {
        client_id: clientId,
        shift_date: scope.get('to'),
        shift_id: await first('shifts'),
        line_id: await first('lines'),
        product_id: await first('products'),
        units_produced: 10,
        notes: marker,
      },
    })
    expect(saved.status(), await saved.text()).toBe(201)
    await office.close()
    release()

    // the stored rows come in below the new row, and the cursor is still on the new row's cell: typing goes there
    await expect(page.locator('.entry-grid .ag-cell[col-id="notes"]', { hasText: marker })).toHaveCount(1)
    await expect(page.getByTestId('entry-unsaved')).toHaveText('1 unsaved row')
    await expect(cell(page, 0, 'shift_id')).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.locator('.entry-grid .ag-row[row-index="0"] .ag-cell-inline-editing, .ag-popup-editor')).toHaveCount(1)
  })

  test('below 768 px the same entry is a form, saved through the same read-back', async ({ page }) => {
    const marker = `e2e phone ${runId()}`
    await login(page, DEMO.operator1.username, DEMO.operator1.password)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/entry/production')
    await expect(page.getByRole('heading', { name: 'Production', level: 1 })).toBeVisible()
    await expect(page.locator('.entry-grid')).toHaveCount(0)
    await expect(page.getByTestId('entry-form-empty')).toBeVisible()

    await page.getByTestId('entry-add').click()
    await expect(page.getByTestId('entry-form-title')).toContainText('Row 1 of 1')
    await pick(page, page.getByTestId('entry-field-shift_id'), /^Night/)
    await pick(page, page.getByTestId('entry-field-line_id'), /^L3 — /)
    await pick(page, page.getByTestId('entry-field-product_id'), /^HNG-010 — /)
    const units = page.getByTestId('entry-field-units_produced').locator('input')
    await units.fill('250')
    await units.blur()
    const employees = page.getByTestId('entry-field-employees_assigned').locator('input')
    await employees.fill('2')
    const present = page.getByTestId('entry-field-employees_present').locator('input')
    await present.fill('3')
    await present.blur()
    await expect(page.getByTestId('entry-field-employees_present')).toContainText('Present (3) must not exceed employees (2)')
    await present.fill('2')
    await present.blur()
    await expect(page.getByTestId('entry-field-employees_present')).not.toContainText('must not exceed')
    const notes = page.getByTestId('entry-field-notes').locator('textarea').first()
    await notes.fill(marker)
    await notes.blur()
    await expect(page.getByTestId('entry-save')).toHaveText(/Save \(1\)/)
    const saveBox = await page.getByTestId('entry-save').boundingBox()
    expect(saveBox!.height).toBeGreaterThanOrEqual(44)

    await page.getByTestId('entry-save').click()
    await expect(page.getByTestId('read-back-line-1')).toContainText(`Night · Line 3 · Door hinge · 250 units, 0 defects, 2 people (2 present) · “${marker}”`)
    await page.getByTestId('read-back-confirm').click()
    await expect(page.getByTestId('snackbar')).toHaveText('1 entry saved')
    await expect(page.getByTestId('entry-form-empty')).toBeVisible()
    await expect(page.locator('[data-testid^="entry-stored-"]', { hasText: marker })).toHaveCount(1)
  })
})
