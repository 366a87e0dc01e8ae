import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDataset } from "../../store/store.case.ts";
import { openStore, type Store } from "../../store/store.ts";
import { UserError } from "../errors.ts";
import { allowedHostsFor, type RunningServer, startServer } from "./serve-server.ts";

const TOKEN = "serve-test-token-0123456789";
let store: Store;
let server: RunningServer;
let webDir: string;
let base: string;

beforeAll(async () => {
  store = await openStore();
  await store.loadDataset(fixtureDataset());
  webDir = await mkdtemp(join(tmpdir(), "lodestone-web-"));
  await writeFile(join(webDir, "index.html"), "<!doctype html><title>dashboard</title>");
  server = await startServer({ store, host: "127.0.0.1", port: 0, token: TOKEN, webDir, workers: 1 });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server.close();
  await store.close();
  await rm(webDir, { recursive: true, force: true });
});

const health = async () => (await fetch(`${base}/api/health`)).status;

/**
 * Starts a POST declaring (or, chunked, streaming towards) `total` bytes of `&`, but sends at most `sent` bytes and
 * never ends the body: an answer proves the server did not wait for the rest. Resolves with the status.
 */
function flood(path: string, total: number, sent: number, chunked: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { "content-type": "text/plain" };
    if (!chunked) headers["content-length"] = total;
    const req = request(`${base}${path}`, { method: "POST", headers });
    const chunk = Buffer.alloc(64 * 1024, "&");
    let written = 0;
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on("error", reject);
    const pump = () => {
      while (written < sent) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
    };
    pump();
  });
}

describe("startServer()", () => {
  it("answers unknown API paths with the JSON 404 while the dashboard serves its pages", async () => {
    const api = await fetch(`${base}/api/no-such-thing`);
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toContain("application/json");
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("not_found");
    const page = await fetch(`${base}/trade`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>dashboard</title>");
  });

  it("refuses a 200 MB body declared by Content-Length without reading it, health answering meanwhile", async () => {
    const pending = flood("/api/check-claims", 200 * 1024 * 1024, 1024 * 1024, false);
    expect(await health()).toBe(200);
    expect(await pending).toBe(413);
  });

  it("refuses a chunked body once it passes the limit, health answering meanwhile", async () => {
    const pending = flood("/api/check-claims", 200 * 1024 * 1024, 8 * 1024 * 1024, true);
    expect(await health()).toBe(200);
    expect(await pending).toBe(413);
  });

  it("reads a long hostile article off the event loop: health answers before the check does", async () => {
    const article = `<p>${"&".repeat(1_000_000)} China exported 5 tonnes of magnets in 2025.</p>`;
    const order: string[] = [];
    const check = fetch(`${base}/api/check-claims`, {
      method: "POST",
      body: article,
      headers: { "content-type": "text/plain" },
    }).then((r) => {
      order.push("check");
      return r.status;
    });
    await new Promise((r) => setTimeout(r, 50)); // the article is on its way
    const h = await health();
    order.push("health");
    expect(h).toBe(200);
    expect([200, 503]).toContain(await check);
    expect(order[0]).toBe("health");
  });

  it("refuses an unauthenticated write over the socket and takes an authenticated one", async () => {
    const body = JSON.stringify({ text: "China exported 150 tonnes of magnets to Germany in January 2025." });
    const anon = await fetch(`${base}/api/articles`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json" },
    });
    expect(anon.status).toBe(401);
    const cross = await fetch(`${base}/api/articles`, {
      method: "POST",
      body,
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${TOKEN}`,
        origin: "http://evil.test",
      },
    });
    expect(cross.status).toBe(403);
    const ok = await fetch(`${base}/api/articles`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    });
    expect(ok.status).toBe(201);
  });

  it("names a busy port and how to choose another, without a stack trace", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const err = await startServer({ store, host: "127.0.0.1", port, token: TOKEN }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(new RegExp(`port ${port} .*already in use.*PORT=\\d+`));
      expect((err as Error).message).not.toContain("\n");
    } finally {
      blocker.close();
    }
  });

  it("allows loopback names on loopback and this machine's names beyond it", () => {
    expect(allowedHostsFor("127.0.0.1")).toEqual(["localhost", "127.0.0.1", "::1"]);
    const wide = allowedHostsFor("0.0.0.0", ["Lodestone.Example.org"]);
    expect(wide).toContain("lodestone.example.org");
    expect(wide).toContain("127.0.0.1");
  });
});
