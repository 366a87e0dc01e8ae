/** @module Register links: which policy-register entries a sentence (or a figure's parties) concerns, their dates, and the terms their summaries state. */
import { periodSpan } from "../domain/period.ts";
import type { PolicyEvent } from "../domain/policy-event.ts";
import { sameCompany } from "./company.ts";
import { place, qty } from "./compare.ts";
import type { KnowledgeBase } from "./knowledge-base.ts";
import { placesIn } from "./places.ts";

/** Relative tolerance for an amount against the register (amounts are announced rounded: "$400 million"). */
export const AMOUNT_TOLERANCE = 0.01;

/** Companies the knowledge base knows (results, projects), to find the same party in an article and a register entry. */
function knownCompanies(kb: KnowledgeBase): string[] {
  return [
    ...new Set([...kb.companyResults.map((r) => r.company), ...kb.capacityProjects.map((p) => p.company)]),
  ];
}

/** Known companies named in `text` by their distinctive words. */
export function companiesIn(kb: KnowledgeBase, text: string): string[] {
  const words = new Set(text.toLowerCase().split(/[^a-z0-9\u4e00-\u9fff]+/));
  return knownCompanies(kb).filter((name) => {
    const distinctive = name
      .toLowerCase()
      .replace(/\(.*?\)/g, " ")
      .split(/[^a-z0-9]+/)
      .filter(
        (w) =>
          w &&
          !/^(?:the|of|and|co|ltd|inc|corp|group|rare|earths?|materials?|magnetic|magnets?|high|tech|new|performance)$/.test(
            w,
          ),
      );
    return distinctive.length > 0 && distinctive.every((w) => words.has(w));
  });
}

const registerText = (e: PolicyEvent) => `${e.title} ${e.actor} ${e.summary} ${e.note}`;

/**
 * Register entries linked to a text: the same company named in both, or (failing that) the same jurisdiction.
 * `parties` are the names the extractor gave the figure (entity, counterparty): they link by company only, since a
 * place in them may come from another sentence.
 */
export function linkedEntries(
  kb: KnowledgeBase,
  text: string,
  parties = "",
): { entry: PolicyEvent; by: string }[] {
  const inText = companiesIn(kb, text);
  const companies = [...new Set([...inText, ...companiesIn(kb, parties)])];
  const juris = new Set(placesIn(text).map((m) => m.place));
  const out: { entry: PolicyEvent; by: string }[] = [];
  for (const e of kb.policyEvents) {
    const party = companies.find((c) => companiesIn(kb, registerText(e)).some((x) => sameCompany(x, c)));
    // "both name X" when the sentence names X; "both concern X" when only the figure's attribution does.
    if (party) out.push({ entry: e, by: `both ${inText.includes(party) ? "name" : "concern"} ${party}` });
    else if (e.jurisdiction.split(/;\s*/).some((j) => juris.has(place(j))))
      out.push({ entry: e, by: `jurisdiction ${e.jurisdiction}` });
  }
  return out;
}

export const label = (e: PolicyEvent) =>
  `${e.id} "${e.title}" (${e.date}${e.amount !== null ? `, ${qty(e.amount, e.amountUnit)}` : ""})`;

/** The entry is not dated after the article (an article cannot report a later event); true when either is unknown. */
export function notAfter(e: PolicyEvent, articleDate: string | null): boolean {
  const a = articleDate ? periodSpan(articleDate) : null;
  const b = periodSpan(e.date);
  return !a || !b || b.start <= a.end;
}

/** Two dates at most `months` apart (start to start). */
export function withinMonths(a: string, b: string, months: number): boolean {
  const x = periodSpan(a);
  const y = periodSpan(b);
  if (!x || !y) return false;
  const m = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return Math.abs(m(x.start) - m(y.start)) <= months;
}

/** The entry was dated in the three months before the article: an article reports recent acts (used for claims without a month). */
export function recentBefore(e: PolicyEvent, articleDate: string | null): boolean {
  return !!articleDate && notAfter(e, articleDate) && withinMonths(articleDate, e.date, 3);
}

/** Within a year of each other (amounts are announced, signed and paid out over months). */
export function nearDate(period: string | null, e: PolicyEvent): boolean {
  if (!period) return true;
  const a = periodSpan(period);
  const b = periodSpan(e.date);
  if (!a || !b) return true;
  return Math.abs(Number(a.start.slice(0, 4)) - Number(b.start.slice(0, 4))) <= 1;
}

const CURRENCY: [RegExp, string][] = [
  [/US\$|USD|\$/, "USD"],
  [/EUR|€/, "EUR"],
  [/A\$|AUD/, "AUD"],
  [/CNY|RMB|¥|yuan/, "CNY"],
  [/JPY|yen/, "JPY"],
  [/INR|Rs\.?/, "INR"],
];
const SCALE: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  b: 1e9,
  billion: 1e9,
};

/**
 * The amounts and percentages a register entry's summary states in our words ("US$400 M preferred stock (~15%
 * stake), US$150 M loan"): each deal's other numbers, so that a loan or a stake quoted by an article can be found.
 */
export function summaryFigures(e: PolicyEvent): { value: number; unit: string; text: string }[] {
  const out: { value: number; unit: string; text: string }[] = [];
  const text = e.summary;
  const money =
    /(US\$|USD|EUR|€|A\$|AUD|CNY|RMB|¥|JPY|INR)\s?(\d[\d,.]*)\s?(k|m|mn|million|bn|b|billion)?\b/gi;
  for (const m of text.matchAll(money)) {
    const unit = CURRENCY.find(([re]) => re.test(m[1]!))?.[1];
    const v = Number(m[2]!.replace(/,/g, "")) * (SCALE[(m[3] ?? "").toLowerCase()] ?? 1);
    if (unit && Number.isFinite(v)) out.push({ value: v, unit, text: m[0] });
  }
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s?%/g))
    out.push({ value: Number(m[1]), unit: "%", text: m[0] });
  return out;
}
