import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "bench/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Builds (or reuses) the migrated and loaded PGlite templates that test files copy (test/support/).
    globalSetup: ["test/support/global-setup.ts"],
  },
});
