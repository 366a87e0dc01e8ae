/** @module One sentence under analysis: its span and text, the anchor words present, its periods, and memoised lookups. */
import { type Clause, type ClauseMap, clauseAt, clauseMap } from "./clauses.ts";
import { ENTITIES, findCanonical, findMentions, type LexiconMention, MATERIALS, PLACES } from "./lexicon.ts";
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
  private readonly all: (LexiconMention[] | undefined)[] = [undefined, undefined, undefined];
  /** Metric keyword hits per value class (see `classifyMetric`). */
  readonly metricHits: Partial<Record<ValueClass, Hit[]>> = {};

  constructor(
    readonly span: Span,
    readonly text: string,
    readonly found: Found,
    readonly periods: PeriodMention[],
    /** For a table cell, the short label lines above it (`Total REO production:`); empty otherwise. */
    readonly label = "",
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

  private clauses: ClauseMap | undefined;
  /** Entity mentions with `the company` read as the main entity (see `attribution.ts`), computed once. */
  entityMentions: LexiconMention[] | undefined;

  /** The clause holding position `at` (relative to the sentence); the sentence's clause breaks are found once. */
  clauseAt(at: number): Clause & { asides: Clause[] } {
    this.clauses ??= clauseMap(this.text, this.found);
    // Most sentences are one clause: one shared answer, no allocation per figure.
    if (this.clauses.breaks.length === 0 && this.clauses.asides.length === 0) {
      this.whole ??= { start: 0, end: this.text.length, asides: [] };
      return this.whole;
    }
    return clauseAt(this.text, at, this.clauses);
  }
  private whole: (Clause & { asides: Clause[] }) | undefined;

  /** Every mention of the table's names in the sentence (offsets relative to the sentence), in text order. */
  mentions(table: 0 | 1 | 2): LexiconMention[] {
    let list = this.all[table];
    if (list === undefined) {
      list = findMentions(TABLES[table], this.text, this.found);
      this.all[table] = list;
    }
    return list;
  }
}
