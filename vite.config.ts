/** Vite build of the dashboard: src/web -> dist/web, with /api proxied to a local `lodestone serve` in dev. */
import { defineConfig } from "vite";

export default defineConfig({
  root: "src/web",
  base: "./",
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    // ECharts (tree-shaken) is most of the bundle; see docs/dashboard.md for the measured size.
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
});
