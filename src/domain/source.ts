/** @module Sources: every figure cites one; a source has an address, a publisher, a date and a licence. */
import { z } from "zod";

/**
 * Licence classes. `restricted` rows may never ship in `data/` (the data check rejects them).
 * - public-domain: e.g. U.S. Government works (USGS, USITC/Census).
 * - cc-by-4.0: attribution licence (IEA data explorer, IRENA via OWID).
 * - facts-attributed: individual facts and figures read in a public page, recorded with a citation;
 *   no text of the source is reproduced.
 * - own-derivation: arithmetic by the Lodestone team on cited inputs (shown in the note).
 * - restricted: paywalled or licence-restricted data; never shipped.
 */
export const LicenceSchema = z.enum([
  "public-domain",
  "cc-by-4.0",
  "facts-attributed",
  "own-derivation",
  "restricted",
]);
export type Licence = z.infer<typeof LicenceSchema>;

const LICENCE_LABEL: Record<Licence, string> = {
  "public-domain": "Public domain",
  "cc-by-4.0": "CC BY 4.0",
  "facts-attributed": "Facts, attributed",
  "own-derivation": "Own derivation",
  restricted: "Restricted",
};

/** A licence as a reader sees it ("facts-attributed" -> "Facts, attributed"); an unknown one as given. */
export function licenceLabel(licence: string): string {
  return LICENCE_LABEL[licence as Licence] ?? licence;
}

export const SourceIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lowercase id of letters, digits and dashes")
  .brand<"SourceId">();
export type SourceId = z.infer<typeof SourceIdSchema>;

/**
 * How much weight a source carries when several report the same number, best first (see docs/reconciliation.md):
 * - official: statistical agencies, customs, governments and intergovernmental bodies publishing their own data or acts;
 * - filing: a company's own results, filings and press releases;
 * - wire: news agencies (Reuters, Bloomberg ...) and verbatim copies of their stories;
 * - press: newspapers, trade press, price reporting agencies, law-firm and industry publications;
 * - research: consultancies, market research, bank and broker research, scientific papers;
 * - aggregator: summaries, rewrites, AI digests, scraped copies, vendor blogs, unattributed pages;
 * - own: our own derivations and assumptions.
 */
export const SOURCE_TIERS = ["official", "filing", "wire", "press", "research", "aggregator", "own"] as const;
export const SourceTierSchema = z.enum(SOURCE_TIERS, {
  message: `expected a source tier: ${SOURCE_TIERS.join(", ")}`,
});
export type SourceTier = z.infer<typeof SourceTierSchema>;

/** Rank of a tier, 0 = most authoritative. */
export const tierRank = (tier: SourceTier): number => SOURCE_TIERS.indexOf(tier);

/**
 * A sortable date prefix of a `published` text: "2025-07-20 (approx.)" -> "2025-07-20", "2026-01/02" -> "2026-01",
 * "2024-Q3" -> "2024-07", "unknown" -> "" (sorts before every date).
 */
export function publishedKey(published: string): string {
  const q = /^(\d{4})-Q([1-4])/.exec(published);
  if (q) return `${q[1]}-${String(Number(q[2]) * 3 - 2).padStart(2, "0")}`;
  return /^\d{4}(-\d{2}(-\d{2})?)?/.exec(published)?.[0] ?? "";
}

export const SourceSchema = z.object({
  id: SourceIdSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.string().min(1),
  /** Publication date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD, possibly with "(approx.)". */
  published: z.string().min(1),
  /** Date the copy was retrieved, YYYY-MM-DD. */
  accessed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD"),
  licence: LicenceSchema,
  licenceNote: z.string().default(""),
  tier: SourceTierSchema,
  /** The original publisher when the page carries another's report (a wire copy, a summary); empty otherwise. */
  origin: z.string().default(""),
});
export type Source = z.infer<typeof SourceSchema>;
