/** @module Policy checks: extracted events against the policy register, and claimed act provisions against what the act sets. */
import { periodSpan } from "../domain/period.ts";
import type { Instrument, PolicyEvent } from "../domain/policy-event.ts";
import type { Claim, ExtractedEvent } from "../extract/schema.ts";
import { claimInterval, fmt, foundOf, overlaps, place, qty, squash } from "./compare.ts";
import type { CheckContext } from "./context.ts";
import { type KnowledgeBase, type Provision, sourceOf } from "./knowledge-base.ts";
import { eventByParties, eventByProject } from "./register-events.ts";
import type { Reason } from "./verdict.ts";

/** Events dated further than this from every register row of their kind are "not in the register", not wrong. */
const DATE_WINDOW_DAYS = 31;

const INSTRUMENTS: Partial<Record<ExtractedEvent["type"], Instrument[]>> = {
  export_control: ["export_control"],
  export_control_suspension: ["suspension"],
  export_license: ["licence"],
  export_license_application: ["licence"],
  quota: ["production_quota"],
  regulation: ["regulation"],
  policy: ["regulation", "other"],
  subsidy_scheme: ["funding"],
  funding: ["funding"],
  grant: ["funding"],
  loan: ["funding"],
  equity_investment: ["funding"],
  tariff: ["tariff"],
  trade_restriction: ["export_control", "tariff", "investigation"],
  trade_agreement: ["trade_agreement"],
  trade_talks: ["trade_agreement"],
  price_floor: ["price_floor"],
  offtake: ["offtake"],
  partnership: ["funding", "offtake", "price_floor", "trade_agreement"],
  contract_award: ["funding"],
};

const JURISDICTIONS: [RegExp, string][] = [
  [/China|Chinese|Beijing|MOFCOM|MIIT|\bGAC\b|General Administration of Customs/i, "china"],
  [
    /United States|\bU\.?S\.?\b|USA|America|Washington|Pentagon|Department of (Defense|Energy|Commerce|War)|DoD|DOE|USTR|White House|Trump/i,
    "united states",
  ],
  [/European|\bEU\b|Brussels/i, "european union"],
  [/Japan|JOGMEC|Tokyo/i, "japan"],
  [/Australia|Canberra/i, "australia"],
  [/India/i, "india"],
];

function jurisdictionsOf(text: string): string[] {
  return JURISDICTIONS.filter(([re]) => re.test(text)).map(([, j]) => j);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

/** Days between two loose dates (0 when one contains the other, e.g. `2025-04` and `2025-04-04`). */
function dateGap(a: string, b: string): number | null {
  const x = periodSpan(a);
  const y = periodSpan(b);
  if (!x || !y) return null;
  if (x.start <= y.end && y.start <= x.end) return 0;
  return Math.min(Math.abs(day(x.start) - day(y.end)), Math.abs(day(y.start) - day(x.end)));
}

function registerLabel(e: PolicyEvent): string {
  return `${e.id} "${e.title}" dated ${e.date}${e.effectiveDate && e.effectiveDate !== e.date ? `, effective ${e.effectiveDate}` : ""}`;
}

/** Marks the "looked for" message of an event whose kind has no register instrument (reports, corporate decisions …). */
export const UNTRACKED_EVENT = "the policy register does not track events of this kind";

function eventReason(kb: KnowledgeBase, ev: ExtractedEvent): { reason: Reason | null; lookedFor: string } {
  const instruments = INSTRUMENTS[ev.type];
  const juris = jurisdictionsOf(ev.actor);
  const lookedFor = `a ${ev.type} by ${ev.actor || "?"} in the policy register${ev.date ? ` within ${DATE_WINDOW_DAYS} days of ${ev.date}` : ""}`;
  if (!instruments || !ev.date || !juris.length) return { reason: null, lookedFor };
  const candidates = kb.policyEvents.filter(
    (p) =>
      p.instruments.some((i) => instruments.includes(i)) &&
      p.jurisdiction.split(/;\s*/).some((j) => juris.includes(place(j))),
  );
  let best: { p: PolicyEvent; gap: number; field: string } | null = null;
  for (const p of candidates) {
    for (const [field, d] of [
      ["date", p.date],
      ["effective date", p.effectiveDate],
      ["end date", p.endDate],
    ] as const) {
      if (!d) continue;
      const gap = dateGap(ev.date, d);
      if (gap !== null && (best === null || gap < best.gap)) best = { p, gap, field };
    }
  }
  if (!best || best.gap > DATE_WINDOW_DAYS) return { reason: null, lookedFor };
  const { p, gap, field } = best;
  const sources = [...sourceOf(kb, p.sourceId), ...sourceOf(kb, p.sourceId2)];
  const dayPrecise = DAY.test(ev.date) && DAY.test(p.date);
  if (gap > 0 && !dayPrecise)
    return {
      lookedFor: `${lookedFor}; the nearest, ${registerLabel(p)}, is ${gap} days from the article's ${ev.date}, and a month- or quarter-precise date cannot tell a misdated event from another one`,
      reason: null,
    };
  if (gap > 0)
    return {
      lookedFor,
      reason: {
        kind: "policy_register",
        outcome: "inconsistent",
        message: `the article dates this ${ev.type} ${ev.date}; the nearest register entry is ${registerLabel(p)} (${gap} days from its ${field})`,
        expected: { value: p.date, unit: null, period: p.date },
        found: { value: ev.date, unit: null, period: ev.date },
        sources,
      },
    };
  const reasons: string[] = [`matches ${registerLabel(p)} on its ${field}`];
  let outcome: Reason["outcome"] = "consistent";
  const amt = ev.amount;
  if (amt?.value != null && p.amount !== null && (amt.currency ?? amt.unit) === p.amountUnit) {
    const ok = Math.abs(amt.value / p.amount - 1) <= 0.01;
    if (!ok) outcome = "inconsistent";
    reasons.push(
      `amount ${qty(amt.value, p.amountUnit)} ${ok ? "agrees with" : "differs from"} the register's ${qty(p.amount, p.amountUnit)} (tolerance ±1%)`,
    );
  }
  return {
    lookedFor,
    reason: {
      kind: "policy_register",
      outcome,
      message: reasons.join("; "),
      expected: { value: p.date, unit: null, period: p.date },
      found: { value: ev.date, unit: null, period: ev.date },
      sources,
    },
  };
}

/** An undated event is not placed by the article's date: the register entries of its kind and jurisdiction this close before it. */
const ARTICLE_WINDOW_DAYS = 60;

/**
 * An event the article gives no date for, in an article that has one: when exactly one register entry of the same
 * instrument and jurisdiction (from the actor or the places the sentence names) falls in the 60 days before the
 * article, the event is read as that entry (low confidence: the sentence could mean an older measure).
 */
function eventNearArticleDate(
  kb: KnowledgeBase,
  ev: ExtractedEvent,
  articleDate: string | null,
): Reason | null {
  const instruments = INSTRUMENTS[ev.type];
  if (ev.date || !articleDate || !instruments || !DAY.test(articleDate)) return null;
  // Agreements and talks bind every party the sentence names; a unilateral measure needs its actor's jurisdiction.
  const bilateral = ev.type === "trade_agreement" || ev.type === "trade_talks";
  const juris = bilateral
    ? [...new Set([...jurisdictionsOf(ev.actor), ...jurisdictionsOf(ev.quote)])]
    : jurisdictionsOf(ev.actor);
  if (!juris.length) return null;
  const near = kb.policyEvents.filter((p) => {
    if (!p.instruments.some((i) => instruments.includes(i))) return false;
    const parties = p.jurisdiction.split(/;\s*/).map(place);
    if (bilateral ? !juris.every((j) => parties.includes(j)) : !parties.some((j) => juris.includes(j)))
      return false;
    return [p.date, p.effectiveDate, p.endDate].some((d) => {
      const s = d ? periodSpan(d) : null;
      return !!s && s.start <= articleDate && day(articleDate) - day(s.start) <= ARTICLE_WINDOW_DAYS;
    });
  });
  if (near.length !== 1) return null;
  const p = near[0]!;
  return {
    kind: "policy_register",
    outcome: "consistent",
    confidence: 0.4,
    message: `the article (dated ${articleDate}) gives no date; the only ${ev.type} of ${juris.join("/")} in the register in the ${ARTICLE_WINDOW_DAYS} days before it is ${registerLabel(p)}`,
    expected: { value: p.date, unit: null, period: p.date },
    found: { value: null, unit: null, period: null },
    sources: [...sourceOf(kb, p.sourceId), ...sourceOf(kb, p.sourceId2)],
  };
}

/** Each extracted event against the register: same jurisdiction and instrument, same date (announcement, effect or end). */
export function checkEvents(
  kb: KnowledgeBase,
  events: readonly ExtractedEvent[],
  articleDate: string | null = null,
): Map<string, { reasons: Reason[]; lookedFor: string }> {
  const out = new Map<string, { reasons: Reason[]; lookedFor: string }>();
  for (const ev of events) {
    const { reason, lookedFor } = eventReason(kb, ev);
    const found =
      reason ??
      eventByParties(kb, ev, INSTRUMENTS[ev.type] ?? [], articleDate) ??
      eventByProject(kb, ev) ??
      eventNearArticleDate(kb, ev, articleDate);
    out.set(ev.id, {
      reasons: found ? [found] : [],
      lookedFor:
        ev.type === "facility"
          ? `a capacity project of a company the sentence names; ${lookedFor}`
          : INSTRUMENTS[ev.type]
            ? `${lookedFor}; or an entry of that instrument naming the same company`
            : `a register of ${ev.type.replace(/_/g, " ")} events: ${UNTRACKED_EVENT}`,
    });
  }
  return out;
}

/** The provision metric a claim speaks about: its own metric, or a recycled-content requirement worded as a rate. */
function provisionMetric(c: Claim): string {
  if (
    c.unit === "%" &&
    /recycl/i.test(c.metric) &&
    /recycled (?:material|content|share|neodymium|rare earth)|contain[^.;]{0,40}recycl|recycl[^.;]{0,40}(?:requir|mandat|quota|minimum)/i.test(
      c.quote,
    )
  )
    return squash("recycled content requirement");
  return squash(c.metric);
}

function provisionsFor(kb: KnowledgeBase, c: Claim): Provision[] {
  const metric = provisionMetric(c);
  const byMetric = kb.provisions.filter((p) => squash(p.metric) === metric);
  const juris = jurisdictionsOf(`${c.entity ?? ""} ${c.location ?? ""} ${c.counterparty ?? ""} ${c.quote}`);
  if (!juris.length) return byMetric;
  const events = new Map(kb.policyEvents.map((e) => [e.id, e]));
  const inJuris = byMetric.filter((p) => {
    const e = events.get(p.eventId);
    return !e || e.jurisdiction.split(/;\s*/).some((j) => juris.includes(place(j)));
  });
  return inJuris.length ? inJuris : byMetric;
}

/**
 * The names a sentence may give an act: the lead of its title ("Critical Raw Materials Act"), its initials when
 * three or more ("CRMA"), its announcement number ("Regulation (EU) 2024/1252", "Announcement No. 61 [2025]") and
 * that number's core ("2024/1252", "No. 61").
 */
function actNamed(e: PolicyEvent | undefined, quote: string): boolean {
  if (!e) return false;
  const lead = e.title.split(/[,:(]/)[0]!.trim();
  const initials = lead
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join("");
  const announcement = e.announcementNo ?? "";
  const numbers = `${announcement} ${e.title}`.match(/\b\d{4}\/\d+\b|\bNo\.\s*\d+/g) ?? [];
  const text = quote.toLowerCase();
  return (
    [lead, announcement, ...numbers].some((n) => n.length >= 5 && text.includes(n.toLowerCase())) ||
    (initials.length >= 3 && new RegExp(`\\b${initials}\\b`).test(quote))
  );
}

/** Claimed provisions (a recycled-content quota, a de-minimis share, a price floor) against what the act sets. */
export function checkProvisions(ctx: CheckContext) {
  const { kb } = ctx;
  for (const c of ctx.claims) {
    const provisions = provisionsFor(kb, c);
    if (!provisions.length) continue;
    ctx.lookedFor(c.id, `provisions setting a ${c.metric}`);
    const iv = claimInterval(c);
    if (!iv) continue;
    const unitOk = (p: Provision) => !c.unit || !p.unit || p.unit === c.unit;
    const set = provisions.filter((p) => p.value !== null && unitOk(p));
    const match = set.find((p) => overlaps(iv, [p.value!, p.value!], 0.005));
    const p = match ?? set[0] ?? provisions[0]!;
    const event = kb.policyEvents.find((e) => e.id === p.eventId);
    const act = event ? `${event.title} (${event.id})` : p.eventId;
    // Only a sentence that names the act can be held to it: a scheme's own condition ("beneficiaries must source 20%
    // recycled inputs") is not the act's provision.
    const named = actNamed(event, c.quote);
    if (match) {
      ctx.add(c.id, {
        kind: "policy_provision",
        outcome: "consistent",
        ...(named ? {} : { confidence: 0.6 }),
        message: `${act} sets ${qty(match.value, match.unit)}: ${match.provision} [${match.id}]${named ? "" : " (the sentence does not name the act; the same number is read as its provision)"}`,
        expected: { value: match.value, unit: match.unit },
        found: foundOf(c),
        sources: sourceOf(kb, match.sourceId),
      });
      continue;
    }
    // Other numbers the same act sets with the claimed value: the usual mix-up (a capacity benchmark read as a quota).
    const stated = c.value ?? c.value_min;
    const sameValue = kb.provisions.filter(
      (o) =>
        o.eventId === p.eventId &&
        o.value !== null &&
        o !== p &&
        stated !== null &&
        Math.abs(stated - o.value) <= Math.abs(o.value) * 0.005 &&
        unitOk(o),
    );
    const confusion = sameValue.length
      ? ` The act's ${fmt(sameValue[0]!.value)}${sameValue[0]!.unit === "%" ? "%" : ` ${sameValue[0]!.unit}`} is a different provision: ${sameValue[0]!.provision} [${sameValue[0]!.id}]; ${sameValue[0]!.note}`
      : "";
    const differs =
      p.value === null
        ? `${act} sets no ${p.metric}: ${p.note} [${p.id}].${confusion}`
        : `${act} sets ${qty(p.value, p.unit)}, not ${qty(c.value, c.unit)}: ${p.provision} [${p.id}].${confusion}`;
    ctx.add(c.id, {
      kind: "policy_provision",
      outcome: named ? "inconsistent" : "unverifiable",
      message: named
        ? differs
        : `the sentence names no act, so the figure may be another measure's own condition; for comparison, ${differs}`,
      expected: { value: p.value, unit: p.unit || null },
      found: foundOf(c),
      sources: [
        ...sourceOf(kb, p.sourceId),
        ...sameValue.slice(0, 1).flatMap((o) => (o.sourceId === p.sourceId ? [] : sourceOf(kb, o.sourceId))),
      ],
    });
  }
}
