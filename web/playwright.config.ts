import { defineConfig, devices } from '@playwright/test'

const baseURL = process.env.KPI_E2E_BASE_URL ?? 'http://localhost:8080'
const executablePath = process.env.KPI_E2E_CHROMIUM ?? '/usr/bin/chromium'

// The server is started by the Maven build (with demo data) before `npm run e2e`;
// no webServer here. The system Chromium is used: Playwright never downloads a browser.
export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  // One retry on CI: a test that passes only on its retry is reported as flaky by name in the summary (and fails
  // the run if it fails twice). A whole clean-clone CI run is lost to a single timing hiccup otherwise.
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  use: {
    baseURL,
    locale: 'en-US',
    trace: 'off',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        channel: undefined,
        launchOptions: {
          executablePath,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
})
