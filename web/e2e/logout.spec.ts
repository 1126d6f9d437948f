import { expect, request, test } from '@playwright/test'
import { DEMO, login, logout } from './helpers'

// Scenario (4): logout returns to /login and revokes the old access cookie.
test('logout returns to the login page and the old session cookie no longer works', async ({ page, context, baseURL }) => {
  await login(page, DEMO.leader1.username, DEMO.leader1.password)
  // leader1 has two clients → client picker
  await expect(page.getByTestId('client-picker')).toBeVisible()

  const access = (await context.cookies()).find((c) => c.name === 'kpi_access')
  expect(access, 'kpi_access cookie after login').toBeTruthy()
  const oldValue = access!.value

  // the cookie works before logout
  const before = await request.newContext({ baseURL })
  expect((await before.get('/api/users/me', { headers: { Cookie: `kpi_access=${oldValue}` } })).status()).toBe(200)
  await before.dispose()

  await logout(page)
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()

  const after = await request.newContext({ baseURL })
  const res = await after.get('/api/users/me', { headers: { Cookie: `kpi_access=${oldValue}` } })
  expect(res.status()).toBe(401)
  await after.dispose()

  // and the app itself is logged out: a protected page goes back to /login
  await page.goto('/admin/users')
  await expect(page).toHaveURL(/\/login\?redirect=/)
})
