/** @module Amounts against the register: funding, loans, quotas and capacities named in an article, and undated events by their parties. */
import { periodSpan } from "../domain/period.ts";
import type { PolicyEvent } from "../domain/policy-event.ts";
import type { Claim, ExtractedEvent } from "../extract/schema.ts";
import { sameCompany } from "./company.ts";
import { claimInterval, fmt, foundOf, overlaps, place, qty, roundingSlack, yearOf } from "./compare.ts";
import type { CheckContext } from "./context.ts";
import { type KnowledgeBase, sourceOf } from "./knowledge-base.ts";
import { placesIn } from "./places.ts";
import type { Reason } from "./verdict.ts";

/** Relative tolerance for an amount against the register (amounts are announced rounded: "$400 million"). */
const AMOUNT_TOLERANCE = 0.01;
/** Relative tolerance for a capacity against a project's capacity (published rounded, e.g. "10,000 t"). */
const CAPACITY_TOLERANCE = 0.02;

const isMoney = (u: string | null | undefined) => !!u && /^[A-Z]{3}$/.test(u);
const claimUnit = (c: Claim) => (isMoney(c.currency) ? c.currency : c.unit);

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
function linkedEntries(kb: KnowledgeBase, text: string, parties = ""): { entry: PolicyEvent; by: string }[] {
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

const label = (e: PolicyEvent) =>
  `${e.id} "${e.title}" (${e.date}${e.amount !== null ? `, ${qty(e.amount, e.amountUnit)}` : ""})`;

/** The entry is not dated after the article (an article cannot report a later event); true when either is unknown. */
function notAfter(e: PolicyEvent, articleDate: string | null): boolean {
  const a = articleDate ? periodSpan(articleDate) : null;
  const b = periodSpan(e.date);
  return !a || !b || b.start <= a.end;
}

/** Two dates at most `months` apart (start to start). */
function withinMonths(a: string, b: string, months: number): boolean {
  const x = periodSpan(a);
  const y = periodSpan(b);
  if (!x || !y) return false;
  const m = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return Math.abs(m(x.start) - m(y.start)) <= months;
}

/** The entry was dated in the three months before the article: an article reports recent acts (used for claims without a month). */
function recentBefore(e: PolicyEvent, articleDate: string | null): boolean {
  return !!articleDate && notAfter(e, articleDate) && withinMonths(articleDate, e.date, 3);
}

/** Within a year of each other (amounts are announced, signed and paid out over months). */
function nearDate(period: string | null, e: PolicyEvent): boolean {
  if (!period) return true;
  const a = periodSpan(period);
  const b = periodSpan(e.date);
  if (!a || !b) return true;
  return Math.abs(Number(a.start.slice(0, 4)) - Number(b.start.slice(0, 4))) <= 1;
}

/** A funding, loan, investment or quota amount in a claim against register entries linked to its sentence. */
/** A bound ("up to 7,200 t", "more than $1 billion") fits too many numbers to confirm one. */
const isBound = (c: Claim) => c.qualifier !== null && c.qualifier !== "range";
const partiesOf = (c: Claim) => [c.entity, c.counterparty].filter(Boolean).join(" ");

function checkAmount(ctx: CheckContext, c: Claim, articleDate: string | null) {
  const unit = claimUnit(c);
  const found = claimInterval(c);
  if (!found || isBound(c) || !unit || !(isMoney(unit) || /quota/i.test(c.metric))) return;
  // A link by jurisdiction alone needs a date to tie the amount to the entry; a company named in both does not.
  const linked = linkedEntries(ctx.kb, c.quote, partiesOf(c)).filter(
    ({ entry, by }) =>
      entry.amount !== null &&
      entry.amountUnit.replace(/ REO$/, "") === unit.replace(/ REO$/, "") &&
      nearDate(c.period, entry) &&
      notAfter(entry, articleDate) &&
      (by.startsWith("both") ||
        (!!c.period && withinMonths(c.period, entry.date, 3)) ||
        ((!c.period || /^\d{4}$/.test(c.period)) && recentBefore(entry, articleDate))),
  );
  ctx.lookedFor(
    c.id,
    `a register entry with an amount in ${unit} linked to the sentence (same company or jurisdiction)`,
  );
  if (!linked.length) return;
  const tol = AMOUNT_TOLERANCE + roundingSlack(c) + (c.approx ? 0.05 : 0);
  const match = linked.find(({ entry }) => overlaps(found, [entry.amount!, entry.amount!], tol));
  const sources = (e: PolicyEvent) => [...sourceOf(ctx.kb, e.sourceId), ...sourceOf(ctx.kb, e.sourceId2)];
  if (match) {
    ctx.add(c.id, {
      kind: "register_amount",
      outcome: "consistent",
      confidence: match.by.startsWith("both") ? 0.8 : 0.6,
      message: `${qty(c.value ?? c.value_min, unit)} agrees with ${label(match.entry)}, linked because ${match.by} (tolerance ±${fmt(tol * 100)}%)`,
      expected: { value: match.entry.amount, unit: match.entry.amountUnit, period: match.entry.date },
      found: foundOf(c),
      sources: sources(match.entry),
    });
    return;
  }
  // A quota of the same year is one number; other amounts may be another tranche of the same deal.
  const quota = /quota/i.test(c.metric) && /total|full[- ]year|annual/i.test(c.quote);
  const sameYear = linked.filter(
    ({ entry, by }) =>
      !by.startsWith("both concern") &&
      yearOf(entry.date) === yearOf(c.period) &&
      entry.instruments.includes("production_quota"),
  );
  if (quota && sameYear.length) {
    const e = sameYear[0]!.entry;
    ctx.add(c.id, {
      kind: "register_amount",
      outcome: "inconsistent",
      message: `the stated annual quota ${qty(c.value, unit)} differs from ${sameYear.map(({ entry }) => label(entry)).join("; ")}`,
      expected: { value: e.amount, unit: e.amountUnit, period: e.date },
      found: foundOf(c),
      sources: sources(e),
    });
    return;
  }
  if (checkSummaryFigures(ctx, c)) return;
  // A link made only by the figure's attribution (not by its sentence) may be wrong: it can confirm, not query.
  if (linked.every(({ by }) => by.startsWith("both concern"))) return;
  ctx.add(c.id, {
    kind: "register_amount",
    outcome: "unverifiable",
    message: `${qty(c.value ?? c.value_min, unit)} matches none of the linked register amounts (${linked
      .slice(0, 3)
      .map(({ entry }) => label(entry))
      .join("; ")}); a deal often has several amounts (equity, loans, tranches), so no verdict`,
    expected: null,
    found: foundOf(c),
    sources: linked.slice(0, 3).flatMap(({ entry }) => sources(entry)),
  });
}

/** A company's stated capacity or planned output against its capacity projects (t/yr). */
function checkCapacity(ctx: CheckContext, c: Claim) {
  const found = claimInterval(c);
  if (!found || isBound(c) || !c.entity || !/^t(\/yr| REO)?$/.test(c.unit ?? "")) return;
  if (!/capacity|output|produc/i.test(`${c.metric} ${c.quote}`)) return;
  const projects = ctx.kb.capacityProjects.filter(
    (p) =>
      !p.excludeReason &&
      (sameCompany(c.entity, p.company) ||
        companiesIn(ctx.kb, c.quote).some((x) => sameCompany(x, p.company))),
  );
  if (!projects.length) return;
  ctx.lookedFor(c.id, `capacity projects of ${projects[0]!.company}`);
  const tol = CAPACITY_TOLERANCE + roundingSlack(c) + (c.approx ? 0.05 : 0);
  const capOf = (p: (typeof projects)[number]): [number, number] | null =>
    p.capacityTpy !== null
      ? [p.capacityTpy, p.capacityTpy]
      : p.capacityLowTpy !== null || p.capacityHighTpy !== null
        ? [p.capacityLowTpy ?? p.capacityHighTpy!, p.capacityHighTpy ?? p.capacityLowTpy!]
        : null;
  const match = projects.find((p) => {
    const iv = capOf(p);
    return !!iv && overlaps(found, iv, tol);
  });
  const show = (p: (typeof projects)[number]) =>
    `${p.id} ${p.company} ${p.stage} ${p.product} ${fmt(p.capacityTpy ?? p.capacityLowTpy)} t/yr (${p.status}${p.targetYear ? `, target ${p.targetYear}` : ""})`;
  if (match)
    ctx.add(c.id, {
      kind: "capacity",
      outcome: "consistent",
      message: `${qty(c.value ?? c.value_min, c.unit)} agrees with capacity project ${show(match)} (tolerance ±${fmt(tol * 100)}%)`,
      expected: {
        value: match.capacityTpy,
        low: match.capacityLowTpy,
        high: match.capacityHighTpy,
        unit: "t/yr",
      },
      found: foundOf(c),
      sources: [match.source],
    });
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

/** A deal's other amount or percentage (a loan, a stake, a share of output) in the summary of a register entry naming the same company. */
function checkSummaryFigures(ctx: CheckContext, c: Claim): boolean {
  const unit = claimUnit(c);
  // A bound ("up to 65%") is compared by its number: a deal's cap is written as the term itself.
  const found: [number, number] | null =
    isBound(c) && c.value !== null ? [c.value, c.value] : claimInterval(c);
  if (!found || !unit || !(isMoney(unit) || unit === "%")) return false;
  const linked = linkedEntries(ctx.kb, c.quote, partiesOf(c)).filter(
    ({ entry, by }) => by.startsWith("both") && notAfter(entry, ctx.article.date),
  );
  const tol = AMOUNT_TOLERANCE + roundingSlack(c) + (c.approx ? 0.05 : 0);
  for (const { entry, by } of linked) {
    const hit = summaryFigures(entry).find(
      (f) => f.unit === unit && overlaps(found, [f.value, f.value], unit === "%" ? 0.02 : tol),
    );
    if (!hit) continue;
    ctx.add(c.id, {
      kind: "register_amount",
      outcome: "consistent",
      confidence: 0.7,
      message: `${isBound(c) ? `the ${c.qualifier === "lt" || c.qualifier === "lte" ? "cap" : "floor"} ${qty(c.value, unit)} is` : `${qty(c.value ?? c.value_min, unit)} is`} among the terms the register records for ${label(entry)} ("${hit.text}" in its summary), linked because ${by}`,
      expected: { value: hit.value, unit, period: entry.date },
      found: foundOf(c),
      sources: [...sourceOf(ctx.kb, entry.sourceId), ...sourceOf(ctx.kb, entry.sourceId2)],
    });
    return true;
  }
  return false;
}

/** Funding amounts, quotas and capacities in claims. */
export function checkRegisterAmounts(ctx: CheckContext) {
  for (const c of ctx.claims) {
    if (c.metric_family === "funding" || /quota|funding|loan|grant|investment|stockpile/i.test(c.metric))
      checkAmount(ctx, c, ctx.article.date);
    if (!ctx.reasonsOf(c.id).some((r) => r.outcome === "consistent")) checkSummaryFigures(ctx, c);
    if (c.metric_family === "production" || /capacity/i.test(c.metric)) checkCapacity(ctx, c);
  }
}

/** An undated event (or one the date check could not place) matched to a register entry by its parties and instrument. */
export function eventByParties(
  kb: KnowledgeBase,
  ev: ExtractedEvent,
  instruments: readonly string[],
  articleDate: string | null,
): Reason | null {
  const linked = linkedEntries(kb, ev.quote, eventParties(ev)).filter(
    ({ entry, by }) =>
      by.startsWith("both") &&
      entry.instruments.some((i) => instruments.includes(i)) &&
      notAfter(entry, articleDate) &&
      // A dated event is this entry only if the dates are within a month of each other.
      (!ev.date ||
        [entry.date, entry.effectiveDate, entry.endDate].some((d) => !!d && monthApart(ev.date!, d))),
  );
  const hit = linked[0];
  if (!hit) return null;
  const e = hit.entry;
  const amt = ev.amount;
  const unit = amt ? (amt.currency ?? amt.unit) : null;
  const amountAgrees =
    amt?.value != null && e.amount !== null && unit === e.amountUnit
      ? Math.abs(amt.value / e.amount - 1) <= AMOUNT_TOLERANCE
      : null;
  // A deal's other terms (a loan, a price floor) are in the entry's summary.
  const term =
    amountAgrees === false && amt?.value != null
      ? summaryFigures(e).find(
          (f) => f.unit === unit && Math.abs(amt.value! / f.value - 1) <= AMOUNT_TOLERANCE,
        )
      : undefined;
  return {
    kind: "policy_register",
    outcome: amountAgrees === false && !term ? "unverifiable" : "consistent",
    confidence: amountAgrees || term ? 0.75 : 0.5,
    message: `matches ${label(e)}: same instrument and ${hit.by}${ev.date ? "" : " (the article gives no date)"}${
      amountAgrees === true
        ? `; amount ${qty(amt!.value, e.amountUnit)} agrees`
        : term
          ? `; the article's ${qty(amt!.value, unit)} is among its terms ("${term.text}" in its summary)`
          : amountAgrees === false
            ? `; the article's ${qty(amt!.value, e.amountUnit)} is not the register's amount (another part of the deal?), so no verdict`
            : ""
    }`,
    expected: { value: e.date, unit: null, period: e.date },
    found: { value: ev.date, unit: null, period: ev.date },
    sources: [...sourceOf(kb, e.sourceId), ...sourceOf(kb, e.sourceId2)],
  };
}

/** The names an event gives its actor and counterparty (company links only). */
const eventParties = (ev: ExtractedEvent) => [ev.actor, ev.counterparty].filter(Boolean).join(" ");

/** Two loose dates at most 31 days apart (0 when one contains the other: `2025-07` and `2025-07-10`). */
function monthApart(a: string, b: string): boolean {
  const x = periodSpan(a);
  const y = periodSpan(b);
  if (!x || !y) return false;
  if (x.start <= y.end && y.start <= x.end) return true;
  const d = (t: string) => Date.parse(`${t}T00:00:00Z`) / 86_400_000;
  return Math.min(Math.abs(d(x.start) - d(y.end)), Math.abs(d(y.start) - d(x.end))) <= 31;
}

/** A facility event (a plant opening, a build decision) against the capacity projects of the company it names. */
export function eventByProject(kb: KnowledgeBase, ev: ExtractedEvent): Reason | null {
  if (ev.type !== "facility") return null;
  const companies = companiesIn(kb, `${ev.quote} ${eventParties(ev)}`);
  const projects = kb.capacityProjects.filter(
    (p) => !p.excludeReason && companies.some((c) => sameCompany(c, p.company)),
  );
  if (!projects.length) return null;
  const year = yearOf(ev.date);
  const dated = (p: (typeof projects)[number]) =>
    [p.startYear, p.targetYear].filter((y): y is number => y !== null);
  const fits = projects.filter(
    (p) => year === null || !dated(p).length || dated(p).some((y) => Math.abs(y - year) <= 1),
  );
  // A company with several projects: the sentence must name the site (a place or plant name of the project).
  const words = new Set(
    ev.quote
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 3),
  );
  const named = fits.filter((p) =>
    p.site
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .some(
        (w) =>
          w.length >= 3 && !/^(?:all|sites?|plant|new|the|and|facility|wa|nsw|usa)$/.test(w) && words.has(w),
      ),
  );
  const p = named.length === 1 ? named[0] : projects.length === 1 ? fits[0] : undefined;
  if (!p) return null;
  return {
    kind: "capacity",
    outcome: "consistent",
    confidence: year === null ? 0.4 : 0.55,
    message: `matches capacity project ${p.id}: ${p.company} ${p.stage} ${p.product} at ${p.country} (${p.status}${p.startYear ? `, start ${p.startYear}` : ""}${p.targetYear ? `, target ${p.targetYear}` : ""})${year === null ? " (the article gives no date)" : ""}`,
    expected: {
      value: p.startYear ?? p.targetYear,
      unit: null,
      period: String(p.startYear ?? p.targetYear ?? ""),
    },
    found: { value: ev.date, unit: null, period: ev.date },
    sources: [p.source],
  };
}
