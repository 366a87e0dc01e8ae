/** @module API calls of the News page: check an article's claims (POST) and list ingested articles and claims. */
import { getJson, toQuery } from "./client.ts";
import type { Verdict } from "./claim-marks.ts";

export interface CheckReason {
  kind: string;
  outcome: Verdict;
  message: string;
  sources: {
    id: string;
    publisher: string;
    url: string;
    title?: string;
    published?: string;
    licence?: string;
  }[];
}
export interface ClaimCheck {
  subject: "claim" | "event";
  claim: Record<string, unknown> & { id?: string; quote?: string; quote_start?: number; quote_end?: number };
  verdict: Verdict;
  confidence: number;
  attribution: { confidence: number; doubts: { kind: string; message: string; blocking: boolean }[] };
  reasons: CheckReason[];
}
export interface CheckResponse {
  checks: ClaimCheck[];
  warnings: { code: string; message: string }[];
}
export interface ArticleRow {
  id: string;
  title: string | null;
  sourceUrl: string | null;
  publisher: string | null;
  published: string | null;
  ingestedAt: string;
  claimCount: number;
  eventCount: number;
}
export interface StoredClaim {
  articleId: string;
  claimId: string;
  metric: string;
  entity: string | null;
  period: string | null;
  value: number | null;
  unit: string | null;
  quote: string;
  article: {
    title: string | null;
    sourceUrl: string | null;
    publisher: string | null;
    published: string | null;
  };
}
interface Page<T> {
  items: T[];
  total: number;
}

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
};
