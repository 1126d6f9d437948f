import { expect, test } from '@playwright/test'
import { DEMO, gridLoaded, login } from './helpers'

test('poweruser gives an employee another usual shift and the grid shows it', async ({ page }) => {
  await login(page, DEMO.poweruser.username, DEMO.poweruser.password)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByTestId('nav-employees').click()
  await gridLoaded(page, 'employees')
  const row = page.getByTestId('employees-table').getByRole('row', { name: /EMP-001/ })
  await expect(row).toContainText('Day')

  async function moveTo(shift: string): Promise<void> {
    await row.click()
    const dialog = page.getByRole('dialog')
    await dialog.getByTestId('employee-shift').click()
    await page.getByRole('option', { name: shift, exact: true }).click()
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByTestId('snackbar')).toContainText('Employee EMP-001 updated.')
    await expect(dialog).toBeHidden()
    await expect(row).toContainText(shift)
  }

  await moveTo('Evening')
  await moveTo('Day') // the demo data as it was
})
