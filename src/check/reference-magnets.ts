/**
 * @module referenceMagnets: a world NdFeB magnet output or demand tonnage for a year the knowledge base holds a
 * reference estimate for (`reference-facts.csv`, `magnet_production` on the blank or finished basis), compared with it
 * before any model: recorded and published figures come first.
 */
import type { Claim } from "../extract/schema.ts";
import { fmt, overlaps, roundingSlack } from "./compare.ts";
import type { KbFact } from "./knowledge-base.ts";
import type { ModelQuery } from "./model-quantity.ts";
import type { Reason } from "./verdict.ts";

/** Extra relative slack for a hedged figure, as for the model band. */
const HEDGE = 0.05;

/** The reference estimates on the claim's basis (both bases when the claim does not say), for its year. */
function factsFor(facts: readonly KbFact[], q: ModelQuery): KbFact[] {
  return facts.filter(
    (f) =>
      f.metric === "magnet_production" &&
      f.period === String(q.year) &&
      (f.massBasis === "blank" || f.massBasis === "finished") &&
      (q.basis === "magnet" || q.basis === f.massBasis) &&
      (f.low !== null || f.value !== null),
  );
}

/**
 * The reason for a world magnet tonnage against reference estimates, or null when the knowledge base has none for that
 * year and basis. Inside an estimate's range is consistent; outside is no verdict (an estimate, not a statistic).
 */
export function referenceMagnets(c: Claim, q: ModelQuery, facts: readonly KbFact[]): Reason | null {
  if (q.key !== "magnet.demand.world" || !q.interval) return null;
  const rows = factsFor(facts, q);
  if (!rows.length) return null;
  const slack = roundingSlack(c) + (c.approx ? HEDGE : 0);
  const range = (f: KbFact): [number, number] => [f.low ?? f.value!, f.high ?? f.value!];
  const hit = rows.find((f) => overlaps(q.interval!, range(f), slack));
  const listed = rows
    .map((f) => `${fmt(range(f)[0])}–${fmt(range(f)[1])} t (${f.massBasis} basis) [${f.id}]`)
    .join("; ");
  const f = hit ?? rows[0]!;
  return {
    kind: "market_estimate",
    outcome: hit ? "consistent" : "unverifiable",
    message: hit
      ? `stated ${fmt(q.interval[0])} t for ${q.year}: within the knowledge base's estimate of world NdFeB production ${listed}`
      : `stated ${fmt(q.interval[0])} t for ${q.year}: outside the knowledge base's estimates of world NdFeB production (${listed}); an estimate, so no verdict`,
    expected: { value: f.value, low: range(f)[0], high: range(f)[1], unit: "t", period: f.period },
    found: { value: c.value, unit: c.unit, period: c.period },
    sources: rows.map((r) => r.source),
    confidence: 0.5,
  };
}
