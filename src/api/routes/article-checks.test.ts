import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../extract/index.ts";
import { saveArticle } from "../../store/articles.ts";
import { fixtureDataset } from "../../store/store.case.ts";
import type { Store } from "../../store/store.ts";
import { openTestStore } from "../../../test/support/test-store.ts";
import { createApp } from "../app.ts";
import { articleInput } from "./claims.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON response bodies are read loosely in these tests.
type Body = Record<string, any>;

const TOKEN = "article-checks-test-token";
let store: Store;
let app: ReturnType<typeof createApp>;

// Written for this test. The fixture dataset holds 100 t for China -> Germany in 2025-01 (source src-a); "last month"
// resolves to January 2025 only with the article's date, so the stored date must be used when the article is checked.
const ARTICLE = `title: Checks note
publisher: Test Wire
---
China shipped 150 tonnes of rare earth magnets to Germany last month, a trade desk said.
`;
const DATE = "2025-02-20";

beforeAll(async () => {
  store = await openTestStore();
  await store.loadDataset(fixtureDataset());
  app = createApp({ store, token: TOKEN });
});
afterAll(() => store.close());

const request = async (path: string, init?: RequestInit) => {
  const res = await app.request(path, init);
  return { status: res.status, body: (await res.json()) as Body };
};
const post = (path: string, body: unknown) =>
  request(path, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
  });

describe("GET /api/articles/{id}/checks", () => {
  it("gives an ingested article the same checks and warnings as the article pasted with its date", async () => {
    const saved = await post("/api/articles", { text: ARTICLE, date: DATE });
    expect(saved.status).toBe(201);
    const pasted = await post("/api/check-claims", { text: ARTICLE, date: DATE });
    const stored = await request(`/api/articles/${saved.body.id}/checks`);
    expect(stored.status).toBe(200);
    expect(stored.body.basis).toBe("text");
    expect(stored.body.article).toMatchObject({ id: saved.body.id, title: "Checks note", docDate: DATE });
    expect(stored.body.checks).toEqual(pasted.body.checks);
    expect(stored.body.warnings).toEqual(pasted.body.warnings);
    expect(stored.body.checks.map((c: Body) => c.verdict)).toEqual(["inconsistent"]);
    expect(stored.body.checks[0].reasons[0]).toMatchObject({
      expected: { value: 100 },
      found: { value: 150 },
    });
    // Without the stored date "last month" would not be January 2025: the date is what makes the claim checkable.
    const undated = await post("/api/check-claims", { text: ARTICLE });
    expect(undated.body.checks).not.toEqual(stored.body.checks);
  });

  it("checks the stored claims of an article stored without its text, and says so", async () => {
    const text = ARTICLE.replace("Checks note", "Checks note without text");
    const input = articleInput(text, extractArticle(text, { docDate: DATE }));
    const { id } = await saveArticle(store.sql, { ...input, text: undefined });
    const pasted = await post("/api/check-claims", { text, date: DATE });
    const { status, body } = await request(`/api/articles/${id}/checks`);
    expect(status).toBe(200);
    expect(body.basis).toBe("stored_claims");
    expect(body.warnings[0].code).toBe("text_not_stored");
    expect(body.checks.map((c: Body) => [c.claim.quote, c.verdict])).toEqual(
      pasted.body.checks.map((c: Body) => [c.claim.quote, c.verdict]),
    );
  });

  it("warns when the stored claims differ from the text read now", async () => {
    const text = ARTICLE.replace("Checks note", "Checks note, stale");
    const saved = await post("/api/articles", { text, date: DATE });
    await store.sql.query("DELETE FROM claim WHERE article_id = $1 ", [saved.body.id]);
    const { body } = await request(`/api/articles/${saved.body.id}/checks`);
    const stale = body.warnings.find((w: Body) => w.code === "stored_claims_differ");
    expect(stale.message).toMatch(/gives 1 claim, the stored extraction 0 claims/);
  });

  it("answers 404 for an unknown id and 400 for a malformed one, as JSON errors", async () => {
    const unknown = await request(`/api/articles/${"0".repeat(64)}/checks`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("not_found");
    const bad = await request("/api/articles/not-an-id/checks");
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe("id");
  });

  it("is documented in the OpenAPI document", async () => {
    const { body } = await request("/api/openapi.json");
    expect(Object.keys(body.paths)).toContain("/api/articles/{id}/checks");
    expect(body.components.schemas.ArticleChecks.required).toEqual(
      expect.arrayContaining(["article", "basis", "checks", "warnings"]),
    );
  });
});
