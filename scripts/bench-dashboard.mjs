#!/usr/bin/env node
// Prints the web app's initial JS (what index.html loads before any route: the entry script and its modulepreloads,
// gzipped) and how long the dashboard takes from navigation until every widget has rendered, on a running server.
//   node scripts/bench-dashboard.mjs [base-url] [runs]     (default http://localhost:8080, 5 runs; user leader1)
// Build first (mvn -q package -DskipTests, or npx vite build in web/) so target/classes/static holds the bundle.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const base = process.argv[2] ?? 'http://localhost:8080'
const runs = Number(process.argv[3] ?? 5)
const user = process.env.KPI_BENCH_USER ?? 'leader1'
const password = process.env.KPI_BENCH_PASSWORD ?? 'Leader!Plant26'

// ---- initial bundle ----
const staticDir = join(root, 'target/classes/static')
const html = readFileSync(join(staticDir, 'index.html'), 'utf8')
const initial = [...html.matchAll(/<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g)].map((m) => m[1])
let raw = 0
let gzip = 0
for (const file of initial) {
  const bytes = readFileSync(join(staticDir, file))
  raw += bytes.length
  gzip += gzipSync(bytes, { level: 9 }).length
}
console.log(`initial JS: ${initial.length} file(s), ${(raw / 1024).toFixed(1)} KiB raw, ${(gzip / 1024).toFixed(1)} KiB gzipped`)
for (const f of initial) console.log(`  ${f}`)

// ---- dashboard ready ----
const require = createRequire(join(root, 'web/package.json'))
const { chromium } = require('playwright')
const browser = await chromium.launch({
  executablePath: process.env.KPI_E2E_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
await page.goto(`${base}/login`)
await page.getByLabel('Username').fill(user)
await page.getByLabel('Password', { exact: true }).fill(password)
await page.getByRole('button', { name: 'Sign in' }).click()
await page.waitForURL((u) => !u.pathname.startsWith('/login'))

/** Every visible widget rendered: none busy, every KPI card shows a value, every chart has drawn its SVG. */
const ready = () => {
  const grid = document.querySelector('[data-testid="dashboard-grid"]')
  if (!grid) return false
  if (grid.querySelector('[aria-busy="true"], .v-progress-linear--active')) return false
  const cells = [...grid.querySelectorAll('[data-widget]')]
  if (!cells.length || cells.some((c) => !c.querySelector('[data-testid^="widget-"]'))) return false
  const values = [...grid.querySelectorAll('[data-testid^="kpi-card-value-"]')]
  if (!values.length || values.some((v) => !v.textContent?.trim())) return false
  return [...grid.querySelectorAll('figure.chart-frame')].every((f) => f.querySelector('svg path'))
}

const times = []
for (let i = 0; i < runs + 1; i++) {
  await page.goto('about:blank')
  const start = Date.now()
  await page.goto(`${base}/`, { waitUntil: 'commit' })
  await page.waitForFunction(ready, null, { polling: 20, timeout: 30_000 })
  const ms = Date.now() - start
  if (i > 0) times.push(ms) // the first run warms the server's caches and the browser's HTTP cache
  console.log(`run ${i}${i === 0 ? ' (warm-up)' : ''}: dashboard ready in ${ms} ms`)
}
times.sort((a, b) => a - b)
console.log(`dashboard ready (all widgets rendered), ${runs} runs: median ${times[Math.floor(times.length / 2)]} ms, min ${times[0]} ms, max ${times[times.length - 1]} ms`)
await browser.close()
