import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Build and browser tests start real processes (Astro, MCP servers, Chromium).
    testTimeout: 60_000,
    hookTimeout: 600_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/import/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // Builds share Astro's caches in the project folder: one file at a time.
          fileParallelism: false,
          globalSetup: ['tests/setup/bundled-site.ts'],
        },
      },
    ],
  },
});
