/**
 * @module The server under load for bench/load.ts: the bundled data in a store (PGlite in memory, or PostgreSQL in a
 * throw-away schema when a URL is given), served by `startServer` exactly as `lodestone serve` does, on a loopback
 * port. Prints one JSON line `{port}` when ready; stops on SIGTERM. Run in its own process so the load generator does
 * not share the server's event loop.
 */
import { startServer } from "../src/cli/commands/serve-server.ts";
import { BUNDLED_DATA_DIR } from "../src/cli/config.ts";
import { loadDataset } from "../src/dataset/load.ts";
import { openStore } from "../src/store/store.ts";

const url = process.argv[2] || undefined;
const schema = `bench_load_${process.pid}`;
const store = await openStore(url ? { url, schema } : {});
const loaded = await loadDataset(BUNDLED_DATA_DIR);
if (!loaded.ok) throw new Error(`data/ did not load: ${loaded.issues.length} issues`);
await store.loadDataset(loaded.value);
const server = await startServer({ store, host: "127.0.0.1", port: 0, token: "bench-token-not-secret" });
process.stdout.write(`${JSON.stringify({ port: server.port })}\n`);
process.once("SIGTERM", async () => {
  await server.close();
  if (url) await store.sql.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
  await store.close();
  process.exit(0);
});
