import { expect, test } from '@playwright/test'

test.describe('login page', () => {
  test('checks required fields before calling the server', async ({ page }) => {
    await page.goto('/login')
    await expect(page.getByRole('heading', { name: 'KPI Operations' })).toBeVisible()
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByText('Username is required')).toBeVisible()
    await page.getByLabel('Username').fill('someone')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByText('Password is required')).toBeVisible()
    await expect(page.getByTestId('login-error')).toHaveCount(0)
  })

  test('a bad login shows the server error inline and stays on /login', async ({ page }) => {
    await page.goto('/login')
    // an unknown user: never locks a demo account, whatever the run count
    await page.getByLabel('Username').fill(`nobody-${Date.now()}`)
    await page.getByLabel('Password', { exact: true }).fill('Wrong!Pass99')
    await page.getByRole('button', { name: 'Sign in' }).click()
    const alert = page.getByTestId('login-error')
    await expect(alert).toBeVisible()
    await expect(alert).toContainText('Incorrect username or password')
    await expect(page).toHaveURL(/\/login/)
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('')
  })

  test('protected routes redirect to /login and come back after sign-in', async ({ page }) => {
    await page.goto('/admin/clients')
    await expect(page).toHaveURL(/\/login\?redirect=(%2F|\/)admin(%2F|\/)clients/)
    await page.getByLabel('Username').fill('admin')
    await page.getByLabel('Password', { exact: true }).fill('Admin!Plant26')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/admin\/clients$/)
    await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible()
  })

  test('unknown routes show a real 404 with a way home', async ({ page }) => {
    await page.goto('/no/such/page')
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Go home' })).toBeVisible()
  })
})
