/** @module Amounts against the register: funding, loans, quotas, deal terms and capacities named in an article. */
import type { PolicyEvent } from "../domain/policy-event.ts";
import type { Claim } from "../extract/schema.ts";
import { sameCompany } from "./company.ts";
import { claimInterval, fmt, foundOf, overlaps, qty, roundingSlack, yearOf } from "./compare.ts";
import type { CheckContext } from "./context.ts";
import { sourceOf } from "./knowledge-base.ts";
import {
  AMOUNT_TOLERANCE,
  companiesIn,
  label,
  linkedEntries,
  nearDate,
  notAfter,
  recentBefore,
  summaryFigures,
  withinMonths,
} from "./register-links.ts";

export { summaryFigures } from "./register-links.ts";

/** Relative tolerance for a capacity against a project's capacity (published rounded, e.g. "10,000 t"). */
const CAPACITY_TOLERANCE = 0.02;

const isMoney = (u: string | null | undefined) => !!u && /^[A-Z]{3}$/.test(u);
const claimUnit = (c: Claim) => (isMoney(c.currency) ? c.currency : c.unit);

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
