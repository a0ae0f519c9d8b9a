import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// E2E_PORT lets two checkouts on one machine run their suites at once without sharing a server.
const PORT = Number(process.env.E2E_PORT ?? 4173);
// Debian's Chromium when present (no browser can be downloaded here); Playwright's own otherwise.
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 720 },
    // The UI follows the browser's language and colour scheme: pin both, tests name elements in
    // English and the themes have their own tests.
    locale: 'en-US',
    colorScheme: 'light',
    launchOptions: {
      executablePath,
      args: [
        '--headless',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
