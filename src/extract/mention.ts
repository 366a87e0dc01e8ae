/** @module A figure found in a sentence, as the claim steps fill it in before it becomes a `Claim`. */
import type { ValueClass } from "./metrics.ts";
import type { NumToken } from "./numbers.ts";
import type { PeriodMention } from "./periods.ts";
import type { CurrencyHit } from "./quantities.ts";
import type { Change, Claim, Conversion } from "./schema.ts";

export interface Mention {
  tok: NumToken;
  /** Offsets of the numeral in the body. */
  start: number;
  end: number;
  /** End of the numeral with its unit. */
  exprEnd: number;
  /** A change (`up 5%`, `-3%`, a CAGR) rather than a level. */
  isChange: boolean;
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: Claim["qualifier"];
  approx: boolean;
  unit: string | null;
  unitText: string | null;
  currency: CurrencyHit | null;
  cls: ValueClass;
  /** A comparison base (`from 5,774 tons`): a claim of its own, with no change. */
  isBase: boolean;
  /** The amount this one restates in another currency or unit (`(≈ USD 419 million)`). */
  conversionOf: Mention | null;
  conversions: Conversion[];
  changes: Change[];
  direction: "up" | "down" | null;
  kind: Change["kind"];
  period: PeriodMention | null;
  /** A multiplier verb that leads to a level (`tripled to 443 tons`): the level rose, by no stated percentage. */
  leadsToLevel?: boolean;
  /** Where the period came from: the figure's clause, elsewhere in its sentence, or carried from an earlier one. */
  periodFrom: "clause" | "sentence" | "carried" | null;
}
