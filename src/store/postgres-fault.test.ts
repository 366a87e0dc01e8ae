/**
 * Fault suite: the PostgreSQL store across a lost server. Only this file's own connections are disturbed (through a TCP
 * proxy it owns, or by terminating backends that carry its own application_name), so other suites sharing the server
 * are untouched.
 */
import { randomBytes } from "node:crypto";
import { createServer, type Server, Socket } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../api/app.ts";
import { fixtureArticle } from "./articles.case.ts";
import { articleId, saveArticle } from "./articles.ts";
import { isReadOnlyStatement } from "./postgres.ts";
import { openStore, type Store } from "./store.ts";
import { StoreUnavailableError } from "./store-unavailable.ts";
import { suiteNeeding } from "../../test/support/needs.ts";

const url = process.env.LODESTONE_TEST_DATABASE_URL ?? "";

/** A TCP proxy in front of PostgreSQL that can drop every connection and refuse new ones, like a restart. */
async function startProxy(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server;
  const listen = (port: number) =>
    new Promise<number>((resolve) => {
      server = createServer((client) => {
        const upstream = new Socket();
        upstream.connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("error", () => {});
          s.on("close", () => {
            sockets.delete(s);
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => resolve((server.address() as { port: number }).port));
    });
  const port = await listen(0);
  return {
    port,
    /** Stops listening and cuts every connection (the server "goes down"). */
    async down() {
      await new Promise((r) => {
        server.close(r);
        for (const s of sockets) s.destroy();
      });
    },
    /** Listens again on the same port (the server "is back"). */
    up: () => listen(port),
    close: () => new Promise((r) => server.close(r)),
  };
}

const body = (i: number, tag: string) =>
  `Fault test ${tag} article number ${i}. Output reached ${100 + i} tonnes in March 2025, a test sentence says.\n`;

/** Saves `n` distinct articles, some concurrently; returns the ids acknowledged and the errors of the others. */
async function writeMany(store: Store, n: number, tag: string, during: () => Promise<void>) {
  const acked: string[] = [];
  const failures: unknown[] = [];
  const one = async (i: number) => {
    try {
      const r = await saveArticle(store.sql, fixtureArticle({ body: body(i, tag) }));
      acked.push(r.id);
    } catch (e) {
      failures.push(e);
    }
  };
  const writers = (async () => {
    for (let i = 0; i < n; i += 4) await Promise.all([0, 1, 2, 3].map((k) => one(i + k)));
  })();
  await during();
  await writers;
  return { acked, failures };
}

/** Every acknowledged article is stored whole (its claims and events), none is stored twice. */
async function expectIntact(store: Store, acked: string[], tag: string, n: number) {
  const rows = await store.sql.query<{ id: string; claim_count: number; claims: number; events: number }>(
    `SELECT a.id, a.claim_count, (SELECT count(*)::int FROM claim c WHERE c.article_id = a.id) AS claims,
            (SELECT count(*)::int FROM article_event e WHERE e.article_id = a.id) AS events
     FROM article a WHERE a.id = ANY($1::text[])`,
    [Array.from({ length: n }, (_, i) => articleId(body(i, tag)))],
  );
  const stored = new Set(rows.map((r) => r.id));
  for (const id of acked) expect(stored.has(id)).toBe(true);
  for (const r of rows) expect([r.claims, r.events]).toEqual([r.claim_count, 1]);
  expect(rows.length).toBe(stored.size);
  expect(rows.length).toBeLessThanOrEqual(n);
}

describe("isReadOnlyStatement()", () => {
  it("repeats only statements that change nothing", () => {
    expect(isReadOnlyStatement("SELECT count(*) FROM figure")).toBe(true);
    expect(isReadOnlyStatement("  with x AS (SELECT 1) SELECT * FROM x")).toBe(true);
    expect(isReadOnlyStatement("WITH g AS (DELETE FROM source RETURNING 1) SELECT count(*) FROM g")).toBe(
      false,
    );
    expect(isReadOnlyStatement("INSERT INTO article VALUES (1)")).toBe(false);
    expect(isReadOnlyStatement("SELECT nextval('s')")).toBe(false);
  });
});

suiteNeeding(
  {
    name: "PostgreSQL store across a lost server",
    present: Boolean(url),
    missing: "LODESTONE_TEST_DATABASE_URL is not set (postgres://user:password@host:port/database)",
  },
  () => {
    describe("PostgreSQL store across a lost server", () => {
      const schema = `t_${randomBytes(4).toString("hex")}`;
      const app = `lodestone_fault_${randomBytes(4).toString("hex")}`;
      let proxy: Awaited<ReturnType<typeof startProxy>>;
      let store: Store;
      let direct: Store;
      beforeAll(async () => {
        const target = new URL(url);
        proxy = await startProxy(target);
        const via = new URL(url);
        via.hostname = "127.0.0.1";
        via.port = String(proxy.port);
        store = await openStore({ url: via.toString(), schema });
        const named = new URL(url);
        named.searchParams.set("application_name", app);
        direct = await openStore({ url: named.toString(), schema });
      }, 60_000);
      afterAll(async () => {
        // The schema goes with the run (it was left behind before: one per run).
        await direct?.sql.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await store?.close();
        await direct?.close();
        await proxy?.close();
      });

      it("a dropped server costs in-flight writes a StoreUnavailableError, keeps acknowledged ones, and reconnects", async () => {
        const { acked, failures } = await writeMany(store, 40, "proxy", async () => {
          await new Promise((r) => setTimeout(r, 60));
          await proxy.down();
          await new Promise((r) => setTimeout(r, 300));
          await proxy.up();
        });
        for (const e of failures) expect(e).toBeInstanceOf(StoreUnavailableError);
        expect(acked.length + failures.length).toBe(40);
        await expectIntact(store, acked, "proxy", 40);
        // Writing again after the restart works, and repeating an acknowledged write does not double it.
        const again = await saveArticle(store.sql, fixtureArticle({ body: body(0, "proxy") }));
        expect(["new", "unchanged"]).toContain(again.status);
        await expectIntact(store, [...acked, again.id], "proxy", 40);
      }, 60_000);

      it("the API answers 503 store_unavailable while the server is down and 200 once it is back", async () => {
        const api = createApp({ store });
        await proxy.down();
        const res = await api.request("/api/articles");
        expect(res.status).toBe(503);
        expect(res.headers.get("retry-after")).toBe("2");
        expect(await res.json()).toEqual({
          error: { code: "store_unavailable", message: expect.stringContaining("unavailable") },
        });
        await proxy.up();
        const ok = await api.request("/api/articles");
        expect(ok.status).toBe(200);
      }, 60_000);

      it("terminated backends (as in a restart) never end the process, even inside an open transaction", async () => {
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        const terminate = () =>
          admin.query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()",
            [app],
          );
        try {
          // A transaction that is idle on the server when its connection is killed.
          const idle = direct.sql.transaction(async (tx) => {
            await tx.query("SELECT 1");
            await new Promise((r) => setTimeout(r, 400));
            return tx.query("SELECT 2 AS n");
          });
          await new Promise((r) => setTimeout(r, 150));
          await terminate();
          await expect(idle).rejects.toBeInstanceOf(StoreUnavailableError);
          const { acked, failures } = await writeMany(direct, 40, "terminate", async () => {
            for (let k = 0; k < 4; k++) {
              await new Promise((r) => setTimeout(r, 40));
              await terminate();
            }
          });
          for (const e of failures) expect(e).toBeInstanceOf(StoreUnavailableError);
          await expectIntact(direct, acked, "terminate", 40);
          // Reads after the storm are served by fresh connections.
          expect(await direct.sql.query<{ n: number }>("SELECT 1 AS n")).toEqual([{ n: 1 }]);
        } finally {
          await admin.end();
        }
      }, 60_000);
    });
  },
);
