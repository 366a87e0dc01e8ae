import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "bench/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores (one worker on a 2-core machine); test files spend much of
    // their time waiting on PGlite copies, PostgreSQL and Chromium, so every core gets a worker.
    maxWorkers: Math.max(2, availableParallelism()),
    // Test files share their worker's process and module cache instead of each importing zod, Hono, PGlite and
    // the domain again: measured on the 2-core machine (busy), the suite's CPU time went from 254 s to 188 s.
    // Safe while no test changes process-wide state (environment, globals, mocked modules, timers, working folder);
    // test/isolation.test.ts fails when one does.
    isolate: false,
    // Builds (or reuses) the migrated and loaded PGlite templates that test files copy (test/support/).
    globalSetup: ["test/support/global-setup.ts"],
  },
});
