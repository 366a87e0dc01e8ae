/** @module Comparison helpers shared by the checks: name normalisation, series keys, intervals, tolerances, periods. */
import { resolveEntity } from "../domain/entity.ts";
import { type PeriodSpan, periodSpan } from "../domain/period.ts";
import type { Claim } from "../extract/schema.ts";
import type { SourceRef } from "./knowledge-base.ts";
import type { Compared } from "./verdict.ts";

/** Lower-cased letters and digits only. */
export const squash = (s: string | null | undefined) => (s ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "");

const PLACE_ALIASES: Record<string, string> = {
  "": "world",
  world: "world",
  global: "world",
  worldwide: "world",
  worldtotal: "world",
  burma: "myanmar",
  eu: "european union",
  eu27: "european union",
  europeanunion: "european union",
  us: "united states",
  usa: "united states",
  unitedstates: "united states",
  southkorea: "south korea",
  korea: "south korea",
  prc: "china",
  china: "china",
  mainlandchina: "china",
};

/**
 * Canonical form of a country, bloc or `world` (empty counterparty = the exporter's total): the lower-cased name of
 * the registered entity (src/domain/entity.ts: aliases, ISO3 codes), with the EU under one name.
 */
export function place(s: string | null | undefined): string {
  const k = squash(s);
  const alias = PLACE_ALIASES[k];
  if (alias) return alias;
  const e = s ? resolveEntity(s) : undefined;
  if (e && (e.kind === "country" || e.kind === "bloc" || e.kind === "world"))
    return PLACE_ALIASES[squash(e.name)] ?? e.name.toLowerCase();
  return (s ?? "").trim().toLowerCase();
}

/** Canonical entity: places via `place`, other names squashed. */
export function entityKey(s: string | null | undefined): string {
  const p = place(s);
  return p === "world" && squash(s) === "" ? "" : p;
}

/** Material group: every kind of (rare-earth) permanent magnet is one group; other names squashed. */
export function materialGroup(material: string | null | undefined, hint = ""): string {
  const m = (material ?? "").toLowerCase();
  if (/magnet|ndfeb|永磁/.test(m)) return "magnets";
  if (!m && /magnet/i.test(hint)) return "magnets";
  return squash(m);
}

/** Claims describe the same series when metric, entity, counterparty, material group, unit and currency agree. */
export function seriesKey(c: Claim): string {
  return [
    c.metric,
    entityKey(c.entity),
    place(c.counterparty),
    materialGroup(c.material, c.quote),
    c.unit ?? "",
    c.currency ?? "",
  ].join("|");
}

/** The interval a claim asserts: exact value, range, or one-sided bound. */
export function claimInterval(c: {
  value: number | null;
  qualifier: string | null;
  value_min: number | null;
  value_max: number | null;
}): [number, number] | null {
  if (c.qualifier === "range" && c.value_min !== null && c.value_max !== null)
    return [c.value_min, c.value_max];
  if (c.value === null) return null;
  switch (c.qualifier) {
    case "gt":
    case "gte":
      return [c.value, Number.POSITIVE_INFINITY];
    case "lt":
    case "lte":
      return [Number.NEGATIVE_INFINITY, c.value];
    default:
      return [c.value, c.value];
  }
}

/** True when [a0,a1] widened by `tol` (relative) overlaps [b0,b1]. */
export function overlaps(a: [number, number], b: [number, number], tol: number): boolean {
  const lo = Math.min(b[0], b[1]);
  const hi = Math.max(b[0], b[1]);
  return a[0] <= hi + Math.abs(hi) * tol && a[1] >= lo - Math.abs(lo) * tol;
}

const SCALE = /thousand|million|billion|trillion|\bk\b|\bm\b|\bmn\b|\bbn\b|万|亿|lakh|crore/i;

/**
 * Relative rounding slack implied by how the value is written: "5.6 thousand" (±50) is looser than "5,577" (±0.5).
 * Returns half the place value of the last written digit, divided by the value.
 */
export function roundingSlack(c: { value: number | null; value_text: string | null }): number {
  if (c.value === null || c.value === 0) return 0;
  const text = c.value_text ?? "";
  const num = /(\d[\d,]*)(?:\.(\d+))?/.exec(text);
  if (!num) return 0;
  const decimals = num[2]?.length ?? 0;
  const written = Number((num[1] ?? "").replace(/,/g, "") + (num[2] ? `.${num[2]}` : ""));
  if (!SCALE.test(text) || !written) return (0.5 * 10 ** -decimals) / Math.abs(c.value);
  const scale = Math.abs(c.value) / written;
  return (0.5 * 10 ** -decimals * scale) / Math.abs(c.value);
}

/**
 * How far (percentage points) the rounding of two endpoints written with relative slack `ra` and `rb` can move a
 * growth rate compounded over `n` years: the CAGR of the extreme ratios against the CAGR of the written ones.
 */
export function cagrRoundingPp(ratio: number, ra: number, rb: number, n: number): number {
  if (!(ratio > 0) || n <= 0) return 0;
  const g = (r: number) => r ** (1 / n);
  const mid = g(ratio);
  const hi = g((ratio * (1 + rb)) / Math.max(1e-9, 1 - ra));
  const lo = g((ratio * (1 - rb)) / (1 + ra));
  return Math.max(hi - mid, mid - lo) * 100;
}

/** Formats a number for messages: thousands separators, up to `digits` decimals. */
export function fmt(v: number | null | undefined, digits = 2): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  return v.toLocaleString("en-US", { maximumFractionDigits: digits });
}

/** "5,577 t" or "600,000 CNY/t". */
export function qty(v: number | null | undefined, unit: string | null | undefined, digits = 2): string {
  return `${fmt(v, digits)}${unit ? (unit === "%" ? "%" : ` ${unit}`) : ""}`;
}

/** The claim's value as written in a comparison. */
export function foundOf(c: Claim): Compared {
  if (c.qualifier === "range")
    return { value: null, low: c.value_min, high: c.value_max, unit: c.unit, period: c.period };
  return { value: c.value, unit: c.unit, period: c.period };
}

/** The claim as a cited source: the article with the claim id. */
export function claimRef(c: Claim, article: { publisher: string | null; source: string | null }): SourceRef {
  return { id: `article:${c.id}`, publisher: article.publisher ?? "this article", url: article.source ?? "" };
}

const WEEK = /^(\d{4})-W(\d{2})$/;

/**
 * The inclusive day span of a claim's period: the normalised periods of `periodSpan`, plus ISO weeks (`2026-W06`,
 * Monday to Sunday), which the extractor writes for "this week" and the knowledge base never stores.
 */
export function spanOf(period: string | null | undefined): PeriodSpan | null {
  if (!period) return null;
  const w = WEEK.exec(period);
  if (!w) return periodSpan(period);
  const year = Number(w[1]);
  const week = Number(w[2]);
  const jan4 = Date.UTC(year, 0, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
  const weeksInYear = Math.floor((Date.UTC(year, 11, 28) - monday1) / (7 * 86_400_000)) + 1;
  if (week < 1 || week > weeksInYear) return null;
  const start = monday1 + (week - 1) * 7 * 86_400_000;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { start: iso(start), end: iso(start + 6 * 86_400_000) };
}

/** Inclusive day spans are equal (so `2025` equals `2025-01..2025-12`). */
export function samePeriod(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const x = periodSpan(a);
  const y = periodSpan(b);
  return !!x && !!y && x.start === y.start && x.end === y.end;
}

/** True when span `inner` lies inside span `outer`. */
export function within(inner: string, outer: string): boolean {
  const i = periodSpan(inner);
  const o = periodSpan(outer);
  return !!i && !!o && i.start >= o.start && i.end <= o.end;
}

const pad = (n: number) => String(n).padStart(2, "0");

function shiftMonth(p: string, months: number): string | null {
  const m = /^(\d{4})-(\d{2})$/.exec(p);
  if (!m) return null;
  const t = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  return `${Math.floor(t / 12)}-${pad((t % 12) + 1)}`;
}

/** The period a change of `kind` compares against: mom → previous month, yoy → same period a year earlier, … */
export function basePeriod(period: string, kind: string): string | null {
  if (kind === "yoy") {
    const parts = period.split("..");
    const shifted = parts.map((p) => p.replace(/^(\d{4})/, (y) => String(Number(y) - 1)));
    return shifted.join("..");
  }
  if (kind === "mom") return shiftMonth(period, -1);
  if (kind === "qoq") {
    const q = /^(\d{4})-Q([1-4])$/.exec(period);
    if (!q) return null;
    const n = Number(q[1]) * 4 + Number(q[2]) - 2;
    return `${Math.floor(n / 4)}-Q${(n % 4) + 1}`;
  }
  if (kind === "hoh") {
    const h = /^(\d{4})-H([12])$/.exec(period);
    if (!h) return null;
    return h[2] === "2" ? `${h[1]}-H1` : `${Number(h[1]) - 1}-H2`;
  }
  return null;
}

/** Months (YYYY-MM) of a `YYYY-MM..YYYY-MM` range, or null when the period is not a month range. */
export function monthsOf(period: string): string[] | null {
  const m = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(period);
  if (!m) return null;
  const out: string[] = [];
  for (let p: string | null = m[1]!; p && p <= m[2]!; p = shiftMonth(p, 1)) out.push(p);
  return out.length <= 24 ? out : null;
}

/** Calendar year of a period (its start), or null. */
export function yearOf(period: string | null | undefined): number | null {
  if (!period) return null;
  const s = periodSpan(period);
  return s ? Number(s.start.slice(0, 4)) : null;
}

/** Half a unit of the last digit of a stated percentage: a whole "21%" stands for 20.5–21.5%. */
export function statedRounding(v: number): number {
  const decimals = (String(v).split(".")[1] ?? "").length;
  return 0.5 * 10 ** -decimals;
}

/** `v` rounded to `d` decimals. */
export const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

/** Where a claim's number is written in its quote, when it is written there once (not inside another number), else -1. */
export function numberAt(c: { quote: string; value_text: string | null }): number {
  const text = c.value_text;
  if (!text) return -1;
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const hits = [...c.quote.matchAll(new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`, "g"))];
  return hits.length === 1 ? hits[0]!.index : -1;
}
