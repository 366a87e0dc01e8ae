/** @module How a published number reads in a CLI table: bound (">8,000"), hedge ("~40,000"), range ("1,500–2,000"). */
import type { Qualifier } from "../domain/figure.ts";
import { formatNumber } from "./format.ts";

const SIGN: Record<Qualifier, string> = { gt: ">", gte: "≥", lt: "<", lte: "≤" };

export interface PublishedValue {
  value: number | null;
  low?: number | null;
  high?: number | null;
  qualifier?: Qualifier | null;
  approx?: boolean;
}

/** The value as written in the source: `>8,000`, `~40,000`, `1,500–2,000`, or `–` when there is none. */
export function valueText(v: PublishedValue): string {
  const hedge = v.approx ? "~" : "";
  if (v.value !== null) return `${v.qualifier ? SIGN[v.qualifier] : ""}${hedge}${formatNumber(v.value)}`;
  if (v.low != null && v.high != null) return `${hedge}${formatNumber(v.low)}–${formatNumber(v.high)}`;
  return "–";
}

/** Cuts `s` to `n` characters with an ellipsis. */
export const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** `Publisher, date [id]` for a source column. */
export const sourceText = (s: { publisher: string; published: string; id: string }) =>
  `${cut(s.publisher, 32)}, ${s.published} [${s.id}]`;
