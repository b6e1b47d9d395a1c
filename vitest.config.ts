import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build and browser tests start real processes (Astro, MCP servers, Chromium).
    testTimeout: 60_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
