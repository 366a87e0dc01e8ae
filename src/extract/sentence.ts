/** @module One sentence under analysis: its span and text, the anchor words present, its periods, and memoised lookups. */
import { ENTITIES, findCanonical, MATERIALS, PLACES } from "./lexicon.ts";
import type { Hit, ValueClass } from "./metrics.ts";
import type { PeriodMention } from "./periods.ts";
import type { Span } from "./sentences.ts";
import type { Found } from "./triggers.ts";

type Canonical = ReturnType<typeof findCanonical>;
const TABLES = [ENTITIES, MATERIALS, PLACES] as const;
export const ENTITY = 0;
export const MATERIAL = 1;
export const PLACE = 2;

/**
 * A sentence as the claim rules see it. Lookups that several figures of the sentence share (the first entity,
 * material and place named; the metric keyword hits per value class) are computed once and kept here, so they live
 * exactly as long as the sentence.
 */
export class Sentence {
  private readonly canon: (Canonical | undefined)[] = [undefined, undefined, undefined];
  /** Metric keyword hits per value class (see `classifyMetric`). */
  readonly metricHits: Partial<Record<ValueClass, Hit[]>> = {};

  constructor(
    readonly span: Span,
    readonly text: string,
    readonly found: Found,
    readonly periods: PeriodMention[],
  ) {}

  /** The first entity (`ENTITY`), material (`MATERIAL`) or place (`PLACE`) named in the sentence. */
  canonical(table: 0 | 1 | 2): Canonical {
    let hit = this.canon[table];
    if (hit === undefined) {
      hit = findCanonical(TABLES[table], this.text, this.found);
      this.canon[table] = hit;
    }
    return hit;
  }
}
