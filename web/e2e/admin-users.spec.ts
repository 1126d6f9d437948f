import { expect, test } from '@playwright/test'
import { DEMO, login, logout, runId } from './helpers'

// Scenarios (2) and (3): admin creates a client and an operator for it; the operator signs in.
test.describe.serial('admin creates a client and an operator', () => {
  const id = runId()
  const clientCode = `E2E-${id}`.slice(0, 20)
  const clientName = `E2E Plant ${id}`
  const username = `op_${id.toLowerCase()}`
  const password = 'Shop!Floor26'

  test('admin creates a client', async ({ page }) => {
    await login(page, DEMO.admin.username, DEMO.admin.password)
    await page.getByTestId('nav-clients').click()
    await expect(page).toHaveURL(/\/admin\/clients$/)
    await page.getByTestId('add-client').click()

    const dialog = page.getByRole('dialog')
    await expect(dialog.getByText('Add client')).toBeVisible()
    await dialog.getByLabel('Code').fill(clientCode)
    await dialog.getByLabel('Name').fill(clientName)
    await dialog.getByLabel('Time zone').fill('America/Mexico_City')
    await page.getByRole('option', { name: 'America/Mexico_City' }).click()
    await dialog.getByRole('button', { name: 'Create' }).click()

    await expect(page.getByTestId('snackbar')).toContainText(`Client ${clientCode} created.`)
    await expect(dialog).toBeHidden()
    await page.getByRole('searchbox', { name: 'Search by code or name' }).fill(clientCode)
    await expect(page.getByTestId('clients-table').getByRole('row', { name: new RegExp(clientCode) })).toBeVisible()
  })

  test('admin creates an operator assigned to that client', async ({ page }) => {
    await login(page, DEMO.admin.username, DEMO.admin.password)
    await page.getByTestId('nav-users').click()
    await expect(page).toHaveURL(/\/admin\/users$/)
    await page.getByTestId('add-user').click()

    const dialog = page.getByRole('dialog')
    await expect(dialog.getByText('Add user')).toBeVisible()
    await dialog.getByLabel('Username').fill(username)
    await dialog.getByLabel('Full name').fill(`E2E Operator ${id}`)
    await dialog.getByLabel('Email').fill(`${username}@e2e.example.com`)
    // role defaults to Operator: exactly one client
    await expect(dialog.getByText('Operator', { exact: true })).toBeVisible()
    await dialog.getByLabel('Client', { exact: true }).fill(clientCode)
    await page.getByRole('option', { name: new RegExp(clientCode) }).click()
    await dialog.getByLabel('Initial password').fill(password)
    await expect(dialog.getByTestId('password-hints').locator('[data-ok="false"]')).toHaveCount(0)
    await dialog.getByRole('button', { name: 'Create' }).click()

    await expect(page.getByTestId('snackbar')).toContainText(`User ${username} created.`)
    await expect(dialog).toBeHidden()
    await page.getByRole('searchbox', { name: 'Search by username, name or email' }).fill(username)
    const row = page.getByTestId('users-table').getByRole('row', { name: new RegExp(username) })
    await expect(row).toBeVisible()
    await expect(row).toContainText(clientCode)
    await expect(row).toContainText('Operator')
    await logout(page)
  })

  test('the new operator sees only operator navigation and cannot open admin pages', async ({ page }) => {
    await login(page, username, password)
    const nav = page.getByRole('navigation', { name: 'Main navigation' })
    await expect(nav.getByTestId('nav-home')).toBeVisible()
    await expect(nav.getByTestId('nav-clients')).toHaveCount(0)
    await expect(nav.getByTestId('nav-users')).toHaveCount(0)
    await expect(nav.getByTestId('nav-audit')).toHaveCount(0)
    // single client shown as text, no picker
    await expect(page.getByTestId('client-name')).toContainText(clientCode)
    await expect(page.getByTestId('client-picker')).toHaveCount(0)
    // an operator lands on My Shift; the new client has no shifts or lines yet, and the page says so
    await expect(page).toHaveURL(/\/my-shift$/)
    await expect(page.getByTestId('no-shifts')).toBeVisible()
    await nav.getByTestId('nav-home').click()
    await expect(page.getByTestId('widget-kpi_cards')).toBeVisible()

    await page.goto('/admin/users')
    await expect(page).toHaveURL(/\/my-shift$/)
    await expect(page.getByRole('heading', { name: 'My shift', level: 1 })).toBeVisible()
  })
})
