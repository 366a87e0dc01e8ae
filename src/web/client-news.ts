/** @module API calls of the News page: check a pasted or an ingested article's claims; list ingested articles and claims. */
import { getJson, toQuery } from "./client.ts";
import type { z } from "zod";
import type { StoredClaimSchema } from "../api/routes/claims.ts";
import type { ArticleChecksSchema } from "../api/routes/article-checks.ts";
import type { ArticleOutSchema, CheckResponseSchema } from "../api/routes/check-schemas.ts";
import type { Page } from "./types.ts";

/** The API's answers, inferred from its schemas (src/api/routes/). */
export type CheckResponse = z.infer<typeof CheckResponseSchema>;
export type ArticleRow = z.infer<typeof ArticleOutSchema>;
export type StoredClaim = z.infer<typeof StoredClaimSchema>;
export type ArticleChecks = z.infer<typeof ArticleChecksSchema>;

/** POST /api/check-claims with `{text, date?}`; the API's 4xx errors arrive as ApiClientError (message and code). */
export function checkClaims(text: string, date?: string): Promise<CheckResponse> {
  const body = JSON.stringify(date ? { text, date } : { text });
  return getJson<CheckResponse>("/api/check-claims", (input) =>
    fetch(input, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body,
    }),
  );
}

export const newsApi = {
  articles: (limit = 50) => getJson<Page<ArticleRow>>(`/api/articles${toQuery({ limit })}`),
  claims: (limit = 200) => getJson<Page<StoredClaim>>(`/api/claims${toQuery({ limit })}`),
  /** GET /api/articles/{id}/checks: an ingested article's claims checked as a pasted one's. */
  checks: (id: string) => getJson<ArticleChecks>(`/api/articles/${encodeURIComponent(id)}/checks`),
};
