import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import vuetify from 'vite-plugin-vuetify'

const backend = process.env.KPI_DEV_BACKEND ?? 'http://localhost:8080'
const productionCsp =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; " +
  "frame-src 'self' blob:; " +
  "base-uri 'self'; form-action 'self'; object-src 'none'"
const proxy = {
  '/api': { target: backend, changeOrigin: false },
  '/actuator': { target: backend, changeOrigin: false },
}

export default defineConfig({
  plugins: [vue(), vuetify({ autoImport: true })],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // AG Grid (no dependencies of its own) in a chunk, loaded only by the pages with grids (never by the entry)
        manualChunks: (id) => (id.includes('/node_modules/ag-grid-community/') ? 'ag-grid' : undefined),
      },
    },
  },
  server: {
    port: 5173,
    proxy,
  },
  // `vite preview` serves the production build against a running server (e2e on a fresh build),
  // under the same Content-Security-Policy the server sends (SecurityConfig.CSP)
  preview: {
    proxy,
    headers: { 'Content-Security-Policy': productionCsp },
  },
})
