/** @module Events against the register by their parties (undated events, deal terms) and facility events against capacity projects. */
import { periodSpan } from "../domain/period.ts";
import type { ExtractedEvent } from "../extract/schema.ts";
import { sameCompany } from "./company.ts";
import { qty, yearOf } from "./compare.ts";
import { type KnowledgeBase, sourceOf } from "./knowledge-base.ts";
import {
  AMOUNT_TOLERANCE,
  companiesIn,
  label,
  linkedEntries,
  notAfter,
  summaryFigures,
} from "./register-links.ts";
import type { Reason } from "./verdict.ts";

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
