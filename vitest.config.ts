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
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        // Tests that start real MCP servers (stdio children, Streamable HTTP and SSE on 127.0.0.1):
        // their own project, so `--project unit` stays fast and pure and a port or process problem is named as such.
        test: { name: 'mcp-servers', include: ['tests/import/**/*.test.ts'] },
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
