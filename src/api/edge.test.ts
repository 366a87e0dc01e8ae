import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDataset } from "../store/store.case.ts";
import { openStore, type Store } from "../store/store.ts";
import { createApp } from "./app.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON response bodies are read loosely in these tests.
type Body = Record<string, any>;

const TOKEN = "edge-test-token-0123456789";
// Written for this test: one sentence with a figure the extractor reads.
const ARTICLE = "China exported 150 tonnes of rare earth magnets to Germany in January 2025, the note said.";

let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await openStore();
  await store.loadDataset(fixtureDataset());
  app = createApp({ store, token: TOKEN, allowedHosts: ["localhost", "127.0.0.1", "::1"] });
});
afterAll(() => store.close());

const call = async (path: string, init: RequestInit = {}) => {
  const res = await app.request(`http://localhost${path}`, init);
  return { status: res.status, headers: res.headers, body: (await res.json()) as Body };
};
const write = (body: string, headers: Record<string, string> = {}) =>
  call("/api/articles", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}`, ...headers },
  });

describe("the API edge: every input checked, 400 naming the field", () => {
  it.each([
    ["/api/figures?from=0000", "from"],
    ["/api/figures?to=0000-12", "to"],
    ["/api/figures?from=2025-01-00", "from"],
    ["/api/series?metric=export_volume&entity=China&from=0000", "from"],
    ["/api/policy-events?from=0000", "from"],
    ["/api/claims?period=0000-01", "period"],
  ])("%s -> 400 naming %s", async (path, field) => {
    const { status, body } = await call(path);
    expect(status).toBe(400);
    expect(body.error.issues.map((i: Body) => i.path)).toContain(field);
  });

  it.each([
    ["/api/figures?metric=export%00volume", "metric"],
    ["/api/figures?entity=Chi%00na&from=2025", "entity"],
    ["/api/claims?entity=%00", "entity"],
    ["/api/records/%00", "path"],
  ])("a NUL byte in %s -> 400 naming %s", async (path, field) => {
    const { status, body } = await call(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_text");
    expect(body.error.issues[0].path).toBe(field);
  });

  it("refuses a lone surrogate or a NUL in any field of a JSON body, naming the field", async () => {
    const lone = await call("/api/check-claims", {
      method: "POST",
      body: '{"text": "China \\ud800 exported", "date": "2025-02-01"}',
      headers: { "content-type": "application/json" },
    });
    expect(lone.status).toBe(400);
    expect(lone.body.error.issues[0]).toMatchObject({ path: "text", code: "invalid_text" });
    expect(lone.body.error.message).toContain("U+D800");
    const low = await write('{"text": "ok", "date": "2025-02-0\\udc001"}');
    expect(low.status).toBe(400);
    expect(low.body.error.issues[0].path).toBe("date");
    const nul = await call("/api/check-claims", {
      method: "POST",
      body: `China exported 5 t\u0000 of magnets.`,
      headers: { "content-type": "text/plain" },
    });
    expect(nul.status).toBe(400);
    expect(nul.body.error.issues[0].path).toBe("body");
  });

  it("accepts well-formed text beyond the BMP (a surrogate pair is not lone)", async () => {
    const { status } = await call("/api/check-claims", {
      method: "POST",
      body: JSON.stringify({ text: `${ARTICLE} 🧲` }),
      headers: { "content-type": "application/json" },
    });
    expect(status).toBe(200);
  });
});

describe("writes need the token and a same-origin JSON request", () => {
  it("refuses a write without a token, with a wrong one, and says how to send it", async () => {
    const none = await call("/api/articles", {
      method: "POST",
      body: JSON.stringify({ text: ARTICLE }),
      headers: { "content-type": "application/json" },
    });
    expect(none.status).toBe(401);
    expect(none.body.error.message).toContain("Authorization: Bearer");
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    const wrong = await write(JSON.stringify({ text: ARTICLE }), { authorization: "Bearer nope" });
    expect(wrong.status).toBe(401);
    expect((await call("/api/articles")).body.total).toBe(0);
  });

  it("refuses a cross-site write even with the token, and a non-JSON write", async () => {
    const origin = await write(JSON.stringify({ text: ARTICLE }), { origin: "http://elsewhere.example" });
    expect(origin.status).toBe(403);
    expect(origin.body.error.code).toBe("cross_site_request");
    const fetchSite = await write(JSON.stringify({ text: ARTICLE }), { "sec-fetch-site": "cross-site" });
    expect(fetchSite.status).toBe(403);
    const plain = await write(ARTICLE, { "content-type": "text/plain" });
    expect(plain.status).toBe(415);
    expect((await call("/api/articles")).body.total).toBe(0);
  });

  it("stores an article sent with the token from the same origin", async () => {
    const ok = await write(JSON.stringify({ text: ARTICLE, date: "2025-02-20" }), {
      origin: "http://localhost",
    });
    expect(ok.status).toBe(201);
    expect((await call("/api/articles")).body.total).toBe(1);
  });

  it("keeps check-claims public (it changes nothing) but same-origin only", async () => {
    const send = (headers: Record<string, string>) =>
      call("/api/check-claims", {
        method: "POST",
        body: ARTICLE,
        headers: { "content-type": "text/plain", ...headers },
      });
    expect((await send({})).status).toBe(200);
    expect((await send({ origin: "http://localhost" })).status).toBe(200);
    expect((await send({ origin: "http://elsewhere.example" })).status).toBe(403);
    expect((await send({ origin: "null" })).status).toBe(403);
  });

  it("refuses every write when the app has no token", async () => {
    const closed = createApp({ store });
    const res = await closed.request("/api/articles", {
      method: "POST",
      body: JSON.stringify({ text: ARTICLE }),
      headers: { "content-type": "application/json", authorization: "Bearer anything-at-all" },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as Body).error.code).toBe("writes_disabled");
  });
});

describe("hosts, headers, sizes and unknown paths", () => {
  it("refuses a Host outside the allow-list (DNS rebinding) and accepts loopback names with any port", async () => {
    const evil = await app.request("http://evil.example/api/health");
    expect(evil.status).toBe(421);
    expect(((await evil.json()) as Body).error.code).toBe("host_not_allowed");
    for (const host of ["localhost:3000", "127.0.0.1:8080", "[::1]:3000"]) {
      const res = await app.request("/api/health", { headers: { host } });
      expect(res.status, host).toBe(200);
    }
  });

  it("sets the security headers on every answer", async () => {
    const res = await app.request("http://localhost/api/health");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("answers 413 from Content-Length before reading the body", async () => {
    const small = createApp({ store, maxBodyBytes: 1024 });
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(512));
        if (pulled > 1000) controller.close();
      },
    });
    const res = await small.request("/api/check-claims", {
      method: "POST",
      body,
      headers: { "content-type": "text/plain", "content-length": "10000000" },
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as Body).error.code).toBe("body_too_large");
    expect(pulled).toBeLessThan(5);
  });

  it("answers 413 for a streamed body as soon as it passes the limit", async () => {
    const small = createApp({ store, maxBodyBytes: 4096 });
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode("&".repeat(1024)));
        if (pulled >= 10_000) controller.close();
      },
    });
    const res = await small.request("/api/check-claims", {
      method: "POST",
      body,
      headers: { "content-type": "text/plain" },
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(20);
  });

  it("answers an unknown API path with the JSON 404 shape", async () => {
    const { status, body } = await call("/api/does-not-exist");
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: "not_found" });
  });
});
