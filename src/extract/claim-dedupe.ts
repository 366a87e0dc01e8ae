/** @module One claim per stated value (README §2): repeats of a figure in headline, highlights or captions are dropped. */
import type { Claim } from "./schema.ts";

/**
 * One claim per stated value (README §2): a figure repeated in another sentence (headline, highlight, caption) is
 * kept once. Claims are added in text order; a repeated level is dropped at once (so repeats are not retained),
 * unless the kept mention sits in a headline or section title and the repeat in running text, which states it more
 * completely. Change-only claims are decided at the end, against every change stated in the article; when the first
 * change of a change-only claim is a repeat, the first of its further changes that is not becomes the claim
 * (`exports up 35.9% y/y, up 36.2% m/m` where the body states the 35.9% again).
 */
export class ClaimDeduper {
  private readonly seenLevel = new Map<number, Claim[]>();
  /** Kept levels and pending change-only claims, in text order. */
  private readonly out: Claim[] = [];
  /** The last eight claims per change value: repeats sit close together. */
  private readonly byChange = new Map<number, Claim[]>();
  /** Kept claims that come from a headline or section title. */
  private readonly fromHeading = new Set<Claim>();

  add(c: Claim, heading = false): void {
    this.note(c, c.change.value);
    for (const ch of c.additional_changes) this.note(c, ch.value);
    if (c.value === null && c.value_min === null) {
      this.out.push(c);
      return;
    }
    // Same value, range, unit and currency: keyed by the number, then compared field by field.
    const v = (c.value ?? c.value_min)!;
    let list = this.seenLevel.get(v);
    if (!list) {
      list = [];
      this.seenLevel.set(v, list);
    }
    const i = list.findIndex(
      (o) =>
        o.value === c.value &&
        o.value_min === c.value_min &&
        o.value_max === c.value_max &&
        o.unit === c.unit &&
        o.currency === c.currency &&
        // Percentages recur by chance (a 90% share, a 90% approval rate): one is a repeat only with the same metric.
        (c.unit !== "%" || o.metric === c.metric),
    );
    // The same figure stated twice in one sentence (`duty of 15% … for 15% of duties`) with the same reading.
    if (
      i >= 0 &&
      list[i]!.quote_start === c.quote_start &&
      list[i]!.metric === c.metric &&
      list[i]!.entity === c.entity &&
      list[i]!.counterparty === c.counterparty &&
      list[i]!.material === c.material &&
      list[i]!.period === c.period
    )
      return;
    if (i >= 0 && list[i]!.quote_start !== c.quote_start) {
      const kept = list[i]!;
      if (heading || !this.fromHeading.has(kept)) return;
      this.out[this.out.indexOf(kept)] = c;
      list[i] = c;
      return;
    }
    if (i >= 0) list[i] = c;
    else list.push(c);
    if (heading) this.fromHeading.add(c);
    this.out.push(c);
  }

  finish(): Claim[] {
    const out: Claim[] = [];
    for (const c of this.out) {
      if (c.value !== null || c.value_min !== null || !this.changeSeen(c, c.change)) {
        out.push(c);
        continue;
      }
      const k = c.additional_changes.findIndex((ch) => !this.changeSeen(c, ch));
      if (k >= 0)
        out.push({
          ...c,
          change: c.additional_changes[k]!,
          additional_changes: c.additional_changes.slice(k + 1),
        });
    }
    return out;
  }

  private note(o: Claim, v: number | null): void {
    if (v === null) return;
    const list = this.byChange.get(v);
    if (!list) this.byChange.set(v, [o]);
    else {
      if (list.length === 8) list.shift();
      list.push(o);
    }
  }

  /** A change-only claim whose change is stated with a level (or more fully) elsewhere is a repeat. */
  private changeSeen(c: Claim, change: Claim["change"]): boolean {
    return (this.byChange.get(change.value ?? Number.NaN) ?? []).some(
      (o) =>
        o !== c &&
        o.quote_start !== c.quote_start &&
        [o.change, ...o.additional_changes].some(
          (ch) =>
            ch.value === change.value &&
            (change.kind === null || ch.kind === change.kind) &&
            (o.value !== null ||
              o.value_min !== null ||
              (ch.kind !== null && change.kind === null) ||
              o.quote.length > c.quote.length),
        ),
    );
  }
}
