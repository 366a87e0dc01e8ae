/** @module Series items: resolves one period to its preferred total or the sum of its preferred parts, with alternatives. */
import { type PeriodSpan, periodSpan } from "./period.ts";
import { type Candidate, comparePreference, whyNotPreferred } from "./preference.ts";
import { canSum, type StatedBasis } from "./quantity-dimension.ts";
import { children } from "./series-grid.ts";
import { type Alternative, type SeriesFigure, type SeriesItem, SeriesError } from "./series-types.ts";

export const toCandidate = (f: SeriesFigure, vintage?: string): Candidate => ({
  ...f,
  isLatest: vintage ? f.vintage === vintage : f.isLatest,
  tier: f.source.tier,
  published: f.source.published,
});

export function alternative(f: SeriesFigure, winner: Candidate | null, vintage?: string): Alternative {
  return {
    figureId: f.id,
    metric: f.metric,
    period: f.period,
    value: f.value,
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    approx: f.approx,
    quality: f.quality,
    qualityReason: f.qualityReason,
    source: {
      id: f.source.id,
      publisher: f.source.publisher,
      published: f.source.published,
      tier: f.source.tier,
    },
    whyNotPreferred:
      vintage && f.vintage && f.vintage !== vintage
        ? `not the requested edition (${vintage})`
        : winner
          ? whyNotPreferred(toCandidate(f, vintage), winner)
          : f.qualityReason,
  };
}

export const isPoint = (f: { value: number | null; qualifier: string | null }) =>
  f.value !== null && f.qualifier === null;
export const LEVEL = ["low", "medium", "high"] as const;
export const QUALITY_ORDER = ["excluded", "superseded", "derived", "approximate", "reported"] as const;

/** Everything a builder needs about the rows of one series, by period span. */
export interface Index {
  bySpan: Map<string, SeriesFigure[]>;
  vintage: string | undefined;
  additive: boolean;
}

const spanKey = (s: PeriodSpan) => `${s.start}/${s.end}`;

/** The preferred row of each key reporting exactly `span`, best first, plus every row there. */
export function direct(ix: Index, span: PeriodSpan) {
  const rows = ix.bySpan.get(spanKey(span)) ?? [];
  const byKey = new Map<string, SeriesFigure[]>();
  for (const r of rows) byKey.set(r.seriesKey, [...(byKey.get(r.seriesKey) ?? []), r]);
  const winners: SeriesFigure[] = [];
  for (const keyRows of byKey.values()) {
    const pool = ix.vintage ? keyRows.filter((r) => r.vintage === ix.vintage || r.vintage === "") : keyRows;
    const best = ix.vintage
      ? pool
          .filter((r) => !r.excludeReason)
          .sort((a, b) => comparePreference(toCandidate(a, ix.vintage), toCandidate(b, ix.vintage)))[0]
      : pool.find((r) => r.preferred);
    if (best) winners.push(best);
  }
  winners.sort((a, b) => comparePreference(toCandidate(a, ix.vintage), toCandidate(b, ix.vintage)));
  return { rows, best: winners[0] };
}

interface Resolved {
  item: Omit<SeriesItem, "alternatives" | "period" | "start" | "end">;
  direct?: SeriesFigure;
  /** True when every part is a reported (not derived) point value. */
  allReported: boolean;
}

export function fromFigure(f: SeriesFigure): Resolved {
  return {
    item: {
      value: f.value,
      low: f.low,
      high: f.high,
      qualifier: f.qualifier,
      approx: f.approx,
      unit: f.unit,
      basis: f.massBasis,
      composition: "figure",
      parts: [],
      figureId: f.id,
      metric: f.metric,
      source: f.source,
      quality: f.quality,
      qualityReason: f.qualityReason,
      confidence: f.confidence,
      conflict: f.conflict,
      reason: "",
      note: f.note,
    },
    direct: f,
    allReported: isPoint(f) && f.quality === "reported",
  };
}

/** The sum of `parts` when every one resolves to a point value; otherwise why not. */
function sumOf(period: string, parts: { period: string; r: Resolved | string }[]): Resolved | string {
  const missing = parts.filter((p) => typeof p.r === "string").map((p) => p.period);
  if (missing.length) return `no complete parts: missing ${missing.join(", ")}`;
  const rs = parts.map((p) => ({ period: p.period, r: p.r as Resolved }));
  const notPoint = rs.filter((p) => !isPoint(p.r.item));
  if (notPoint.length) return `${notPoint.map((p) => p.period).join(", ")} is a bound or range, not summable`;
  const first = rs[0]!.r.item;
  const spec = (i: typeof first) => ({ unit: i.unit, massBasis: i.basis as StatedBasis });
  // One unit and one dimension (mass basis, currency) for every part: never add oxide to magnet, t to kg.
  const odd = rs.find((p) => p.r.item.unit !== first.unit || !canSum(spec(first), spec(p.r.item)));
  if (odd)
    throw new SeriesError(
      "unit_mismatch",
      `refusing to sum ${period}: ${odd.period} is in ${odd.r.item.unit} (${odd.r.item.basis}), not ${first.unit} (${first.basis})`,
    );
  const worstQuality = QUALITY_ORDER[Math.min(...rs.map((p) => QUALITY_ORDER.indexOf(p.r.item.quality)))]!;
  const leaves = rs.flatMap((p) =>
    p.r.item.parts.length
      ? p.r.item.parts
      : [{ period: p.period, value: p.r.item.value!, figureId: p.r.item.figureId }],
  );
  const composition = leaves.every((l) => /^\d{4}-\d{2}$/.test(l.period))
    ? "sum_of_months"
    : leaves.every((l) => /-Q[1-4]$/.test(l.period))
      ? "sum_of_quarters"
      : "sum_of_parts";
  return {
    item: {
      value: rs.reduce((s, p) => s + p.r.item.value!, 0),
      low: null,
      high: null,
      qualifier: null,
      approx: rs.some((p) => p.r.item.approx),
      unit: first.unit,
      basis: first.basis,
      composition,
      parts: leaves,
      figureId: null,
      metric: first.metric,
      source: null,
      quality: worstQuality,
      qualityReason: `sum of ${leaves.length} preferred values (${leaves[0]!.period} to ${leaves.at(-1)!.period})`,
      confidence: LEVEL[Math.min(...rs.map((p) => LEVEL.indexOf(p.r.item.confidence)))]!,
      conflict: rs.some((p) => p.r.item.conflict),
      reason: "",
      note: "",
    },
    allReported: rs.every((p) => p.r.allReported),
  };
}

/** Resolves one period: its preferred total, or the sum of its preferred parts; a string says why neither exists. */
function resolve(ix: Index, period: string): Resolved | string {
  const span = periodSpan(period)!;
  const { rows, best } = direct(ix, span);
  const kids = ix.additive ? children(period) : [];
  const sum = kids.length
    ? sumOf(
        period,
        kids.map((k) => ({ period: k, r: resolve(ix, k) })),
      )
    : "no finer periods";
  if (best && !(best.quality === "derived" && typeof sum !== "string" && sum.allReported))
    return fromFigure(best);
  if (typeof sum !== "string") return sum;
  if (rows.length && rows.every((r) => r.excludeReason))
    return `only excluded rows: ${rows.map((r) => `${r.id} (${r.excludeReason})`).join("; ")}`;
  return rows.length
    ? `no usable figure (${sum})`
    : kids.length
      ? `no figure for ${period}; ${sum}`
      : `no figure for ${period}`;
}

export function toItem(ix: Index, period: string): SeriesItem {
  const span = periodSpan(period)!;
  const r = resolve(ix, period);
  const { rows } = direct(ix, span);
  if (typeof r === "string")
    return {
      period,
      ...span,
      ...EMPTY,
      reason: r,
      alternatives: rows.map((f) => alternative(f, null, ix.vintage)),
    };
  const winner = r.direct ? toCandidate(r.direct, ix.vintage) : null;
  const alternatives = rows
    .filter((f) => f !== r.direct)
    .map((f) =>
      winner
        ? alternative(f, winner, ix.vintage)
        : { ...alternative(f, null, ix.vintage), whyNotPreferred: whyNotSum(f) },
    );
  return { period, ...span, ...r.item, alternatives };
}

export const whyNotSum = (f: SeriesFigure) =>
  f.excludeReason
    ? `excluded: ${f.excludeReason}`
    : f.quality === "derived"
      ? "derived total; the sum of reported parts is preferred"
      : f.qualityReason || "not the preferred row of its key";

export const EMPTY = {
  value: null,
  low: null,
  high: null,
  qualifier: null,
  approx: false,
  unit: "",
  basis: "",
  composition: "missing" as const,
  parts: [],
  figureId: null,
  metric: "",
  source: null,
  quality: "reported" as const,
  qualityReason: "",
  confidence: "low" as const,
  conflict: false,
  reason: "",
  note: "",
};
