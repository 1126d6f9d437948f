import { expect, type Locator, type Page } from '@playwright/test'

export const DEMO = {
  admin: { username: 'admin', password: 'Admin!Plant26' },
  poweruser: { username: 'poweruser', password: 'Power!Plant26' },
  leader1: { username: 'leader1', password: 'Leader!Plant26' },
  operator1: { username: 'operator1', password: 'Operator!Plant26' },
  operator2: { username: 'operator2', password: 'Operator!Plant26' },
} as const

/** Signs in through the login form and waits for the app shell and the landing page (operators: My Shift, others: Home). */
export async function login(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login')
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).not.toHaveURL(/\/login/)
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible()
}

/** Opens the user menu and logs out. */
export async function logout(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click()
  await page.getByTestId('logout').click()
  await expect(page).toHaveURL(/\/login$/)
}

/** Unique suffix per run (A–Z/0–9 only so it is valid in client codes). */
export function runId(): string {
  return Date.now().toString(36).toUpperCase()
}

/** Waits until a settings grid (`<testid>-table`) has its data: rows shown and no loading bar. */
export async function gridLoaded(page: Page, testid: string): Promise<void> {
  await expect(page.getByTestId(`${testid}-table`).locator('.ag-row').first()).toBeVisible()
  await expect(page.locator('.catalog-grid .v-progress-linear--active')).toHaveCount(0)
}

/**
 * Clicks `item` in the menu `opener` opens until `result` shows, as a user clicks again when a click did nothing: a
 * menu may still be settling, or moving with the scroll its opening caused, when the first click lands.
 */
export async function clickInMenu(opener: Locator, item: Locator, result: Locator): Promise<void> {
  await expect(async () => {
    if (await result.isVisible()) return
    if (!(await item.isVisible())) await opener.click({ timeout: 2_000 })
    await item.click({ timeout: 2_000 })
    await expect(result).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 15_000 })
}
