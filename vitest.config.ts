import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumLaunch } from './scripts/chromium.mjs';

// Tests, benchmarks and Storybook run against each package's src/ through this private export
// condition, so nothing has to be built first.
const source = '@checkout-errors/source';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: [source, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [source, ...defaultServerConditions], externalConditions: [source] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Plain tests and server-rendering tests (no DOM) run in Node.
          include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.ssr.test.tsx'],
          exclude: ['**/*.browser.test.*', '**/node_modules/**'],
          benchmark: { include: ['packages/*/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./vitest.setup.ts'],
          include: ['packages/*/src/**/*.test.tsx'],
          exclude: ['**/*.browser.test.*', '**/*.ssr.test.*', '**/node_modules/**'],
        },
      },
      {
        // Every story is a test: rendered in Debian's chromium, its play function run, axe applied.
        extends: true,
        plugins: [storybookTest({ configDir: new URL('./.storybook', import.meta.url).pathname })],
        // Found late on a cold cache, these reload the page mid-run (shared/TOOLCHAIN.md, F4).
        optimizeDeps: { include: ['msw-storybook-addon/csf3'] },
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunch }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          setupFiles: ['./vitest.setup.ts'],
          include: ['packages/*/src/**/*.browser.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunch }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
