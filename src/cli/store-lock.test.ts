import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../api/app.ts";
import { fixtureDataset } from "../store/store.case.ts";
import { openStore, type Store } from "../store/store.ts";
import { memoryEffects } from "./effects.ts";
import { main } from "./main.ts";
import { acquireStoreLock, askOwner, LOCK_SOCKET, StoreBusyError } from "./store-lock.ts";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "lodestone-lock-"));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A separate process that binds the lock socket (optionally answering nothing) and waits to be killed. */
function holder(path: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      "-e",
      `require("node:net").createServer((s) => s.end()).listen(${JSON.stringify(path)}, () => console.log("ready"))`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.once("data", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });

describe("acquireStoreLock()", () => {
  it("admits one holder, names it to the next, and frees the folder on release", async () => {
    const dir = tempDir();
    const lock = await acquireStoreLock(dir, "ingest");
    expect(existsSync(join(dir, LOCK_SOCKET))).toBe(true);
    expect(await askOwner(lock.path)).toEqual({ pid: process.pid, command: "ingest", url: null });
    lock.advertise("http://127.0.0.1:9");
    const second = await acquireStoreLock(dir, "figures").catch((e: unknown) => e);
    expect(second).toBeInstanceOf(StoreBusyError);
    expect((second as StoreBusyError).owner).toEqual({
      pid: process.pid,
      command: "ingest",
      url: "http://127.0.0.1:9",
    });
    expect((second as Error).message).toContain(
      `process ${process.pid} ("lodestone ingest" at http://127.0.0.1:9)`,
    );
    await lock.release();
    expect(existsSync(join(dir, LOCK_SOCKET))).toBe(false);
    await (await acquireStoreLock(dir, "figures")).release();
  });

  it("refuses while another live process holds the socket, whatever its PID, and takes over after kill -9", async () => {
    const dir = tempDir();
    const child = await holder(join(dir, LOCK_SOCKET));
    await expect(acquireStoreLock(dir, "data")).rejects.toThrow(/in use by another process/);
    await killed(child);
    // The socket file is left behind by the killed process: stale, so it is replaced.
    expect(existsSync(join(dir, LOCK_SOCKET))).toBe(true);
    const lock = await acquireStoreLock(dir, "data");
    expect(await askOwner(lock.path)).toMatchObject({ pid: process.pid, command: "data" });
    await lock.release();
  });

  it("lets exactly one of several processes racing for a stale socket win", async () => {
    const dir = tempDir();
    await killed(await holder(join(dir, LOCK_SOCKET)));
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => acquireStoreLock(dir, "race")));
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(StoreBusyError);
    await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireStoreLock>>>).value.release();
  });
});

describe("read commands beside a running server", () => {
  let home: string;
  let store: Store;
  let server: ReturnType<typeof serve>;
  let release: () => Promise<void>;
  beforeAll(async () => {
    home = tempDir();
    store = await openStore();
    await store.loadDataset(fixtureDataset());
    server = serve({ fetch: createApp({ store }).fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((r) => server.once("listening", r));
    const lock = await acquireStoreLock(home, "serve");
    lock.advertise(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    release = lock.release;
  }, 60_000);
  afterAll(async () => {
    await release?.();
    await new Promise((r) => server?.close(r));
    await store?.close();
  });

  const run = async (args: string[], stdin?: string) => {
    const m = memoryEffects(stdin === undefined ? {} : { "-": stdin }, { LODESTONE_HOME: home });
    const code = await main(args, m.effects);
    return { code, out: m.out(), err: m.err() };
  };

  it("answers figures and sources through the server's API, the same rows as the store holds", async () => {
    const r = await run(["figures", "--metric", "export_volume", "--entity", "China", "--format", "json"]);
    expect(r.code).toBe(0);
    const direct = await store.figures({
      metric: ["export_volume"],
      entity: ["China"],
      limit: 100,
      offset: 0,
    });
    expect(JSON.parse(r.out).map((f: { id: string }) => f.id)).toEqual(direct.items.map((f) => f.id));
    const s = await run(["sources", "--format", "json"]);
    expect(s.code).toBe(0);
    expect(
      JSON.parse(s.out)
        .map((x: { id: string }) => x.id)
        .sort(),
    ).toEqual((await store.sources()).map((x) => x.id).sort());
  });

  it("keeps unknown-value errors as usage errors naming the option", async () => {
    const r = await run(["figures", "--counterparty", "Germny"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown --counterparty value");
  });

  it("refuses writes, naming the server that holds the store", async () => {
    const r = await run(["ingest", "-"], "A test note: output was 120 tonnes in May 2025.\n");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/process \d+ \("lodestone serve"\) holds and serves at http:\/\/127\.0\.0\.1:\d+/);
  });
});
