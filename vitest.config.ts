import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // Script files are not fetched here; they "load" so that the gate's lazy loading can be followed.
          environmentOptions: { happyDOM: { settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true } } },
        },
      },
      {
        extends: true,
        test: { name: 'build', include: ['test/build/**/*.test.ts'], environment: 'node', testTimeout: 300000 },
      },
      {
        extends: true,
        // Real Chromium: one file at a time keeps the two cores from starving the browser.
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], environment: 'node', testTimeout: 30000, hookTimeout: 30000, fileParallelism: false },
      },
      {
        extends: true,
        // The receipts service in Node; global-setup starts PostgreSQL (.ci/collector-db.sh) unless DATABASE_URL is set.
        test: { name: 'collector', include: ['test/collector/**/*.test.ts'], environment: 'node', globalSetup: ['test/collector/global-setup.ts'], testTimeout: 30000, hookTimeout: 60000 },
      },
    ],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
