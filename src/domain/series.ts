/** @module Series: one value per period from reconciled figures, never double counting (rules in docs/reconciliation.md). */
import { periodSpan } from "./period.ts";
import { finest, isAdditive, periodGrid, seriesFamily } from "./series-grid.ts";
import {
  alternative,
  direct,
  EMPTY,
  fromFigure,
  type Index,
  isPoint,
  LEVEL,
  toCandidate,
  toItem,
  whyNotSum,
} from "./series-item.ts";
import {
  type Alternative,
  type SeriesFigure,
  type SeriesItem,
  type SeriesPer,
  SeriesError,
  type SeriesResult,
} from "./series-types.ts";

export * from "./series-types.ts";
export { periodGrid, seriesFamily } from "./series-grid.ts";

export interface BuildSeriesOptions {
  metric: string;
  per?: SeriesPer | undefined;
  /** First and last period the user asked for (any granularity); default: the data's extent. */
  from?: string | undefined;
  to?: string | undefined;
  /** Use this edition of a revised statistic instead of the preferred (latest) one. */
  vintage?: string | undefined;
  /** Largest number of items before the request is refused. */
  maxItems?: number;
  /** Add `ytd`: the year to date at each month or quarter, by the range-total rule (SeriesResult.ytd). */
  ytd?: boolean | undefined;
  /** What was asked, in words, for the reason of an empty answer (e.g. "export_volume for China to World"). */
  label?: string;
}

/**
 * Builds exactly one item per period from the rows of ONE series (all rows share their series key apart from
 * the metric, which may be `x` or `x_ytd`), plus the range total. Throws SeriesError `ambiguous_series` when
 * the rows belong to several series, naming what tells them apart.
 */
export function buildSeries(rows: readonly SeriesFigure[], o: BuildSeriesOptions): SeriesResult {
  const { base, members } = seriesFamily(o.metric);
  const mine = rows.filter((r) => members.includes(r.metric));
  const identities = new Map<string, SeriesFigure>();
  for (const r of mine) identities.set(base + r.seriesKey.slice(r.metric.length), r);
  if (identities.size > 1) throw ambiguous([...identities.values()]);
  const any = mine[0];
  const per = o.per ?? finest(mine.filter((r) => r.metric === base));
  // Default extent: the periods the base metric itself is reported for (year-to-date spans reach further back).
  const extent = mine.some((r) => r.metric === base) ? mine.filter((r) => r.metric === base) : mine;
  const start = o.from ? periodSpan(o.from)!.start : minOf(extent.map((r) => r.periodStart));
  const end = o.to ? periodSpan(o.to)!.end : maxOf(extent.map((r) => r.periodEnd));
  const head = {
    metric: base,
    per,
    entity: any?.entity ?? "",
    entityId: any?.entityId ?? "",
    counterparty: any?.counterparty ?? "",
    counterpartyId: any?.counterpartyId ?? "",
    material: any?.material ?? "",
    location: any?.location ?? "",
    variant: any?.variant ?? "",
    unit: any?.unit ?? "",
    basis: any?.massBasis ?? "",
  };
  if (!any) return { ...head, items: [], total: null, reason: `no data for ${o.label ?? base}` };
  if (mine.every((r) => r.excludeReason))
    return {
      ...head,
      items: [],
      total: null,
      reason: `only excluded rows: ${mine.map((r) => `${r.id} (${r.excludeReason})`).join("; ")}`,
    };
  const bySpan = new Map<string, SeriesFigure[]>();
  for (const r of mine) {
    const k = `${r.periodStart}/${r.periodEnd}`;
    bySpan.set(k, [...(bySpan.get(k) ?? []), r]);
  }
  const ix: Index = { bySpan, vintage: o.vintage, additive: isAdditive(base, any.unit) };
  const grid = periodGrid(per, start, end);
  if (grid.length > (o.maxItems ?? 5000))
    throw new SeriesError(
      "too_many_periods",
      `${grid.length} ${per}s requested; narrow --from/--to or use a coarser --per`,
    );
  const items = grid.map((p) => toItem(ix, p));
  const ytd = o.ytd && (per === "month" || per === "quarter") ? yearToDate(ix, per, items) : undefined;
  return { ...head, items, total: rangeTotal(ix, items), ...(ytd ? { ytd } : {}), reason: "" };
}

/**
 * For each item, January (Q1) of its year to its period by the range-total rule; the periods of the year before the
 * first item are resolved too (a range starting mid-year still has its year to date).
 */
function yearToDate(
  ix: Index,
  per: "month" | "quarter",
  items: readonly SeriesItem[],
): (SeriesItem | null)[] {
  if (!ix.additive) return items.map(() => null);
  const known = new Map(items.map((i) => [i.period, i]));
  const first = items[0]!.start.slice(0, 4);
  for (const p of periodGrid(per, `${first}-01-01`, items[0]!.start))
    if (!known.has(p)) known.set(p, toItem(ix, p));
  return items.map((item) => {
    const year = periodGrid(per, `${item.start.slice(0, 4)}-01-01`, item.start).map((p) => known.get(p)!);
    if (year.length === 1) return isPoint(item) ? item : null;
    return rangeTotal(ix, year);
  });
}

/** The range total: a figure reported for exactly the whole range, else the sum of the items when all are point values. */
function rangeTotal(ix: Index, items: readonly SeriesItem[]): SeriesResult["total"] {
  if (!ix.additive || items.length < 2) return null;
  const span = { start: items[0]!.start, end: items.at(-1)!.end };
  const period = `${items[0]!.period}..${items.at(-1)!.period}`;
  const { best, rows } = direct(ix, span);
  const ok = items.every((i) => isPoint(i));
  const sum = ok ? items.reduce((s, i) => s + i.value!, 0) : null;
  const sumAlt: Alternative | null =
    sum === null
      ? null
      : {
          figureId: null,
          metric: items[0]!.metric,
          period,
          value: sum,
          low: null,
          high: null,
          qualifier: null,
          approx: items.some((i) => i.approx),
          quality: items.some((i) => i.quality !== "reported") ? "derived" : "reported",
          qualityReason: `sum of the ${items.length} items`,
          source: null,
          whyNotPreferred: "a total reported for the whole range is preferred to the sum of its parts",
        };
  if (best) {
    const w = toCandidate(best, ix.vintage);
    return {
      period,
      ...span,
      ...fromFigure(best).item,
      alternatives: [
        ...rows.filter((r) => r !== best).map((r) => alternative(r, w, ix.vintage)),
        ...(sumAlt ? [sumAlt] : []),
      ],
    };
  }
  if (sum === null) return null;
  const parts = items.map((i) => ({ period: i.period, value: i.value!, figureId: i.figureId }));
  return {
    period,
    ...span,
    ...EMPTY,
    value: sum,
    approx: sumAlt!.approx,
    unit: items[0]!.unit,
    basis: items[0]!.basis,
    metric: items[0]!.metric,
    composition: items.every((i) => /^\d{4}-\d{2}$/.test(i.period))
      ? "sum_of_months"
      : items.every((i) => /-Q[1-4]$/.test(i.period))
        ? "sum_of_quarters"
        : items.every((i) => /^\d{4}$/.test(i.period))
          ? "sum_of_years"
          : "sum_of_parts",
    parts,
    quality: sumAlt!.quality,
    qualityReason: sumAlt!.qualityReason,
    confidence: LEVEL[Math.min(...items.map((i) => LEVEL.indexOf(i.confidence)))]!,
    conflict: items.some((i) => i.conflict),
    alternatives: rows.map((r) => ({ ...alternative(r, null, ix.vintage), whyNotPreferred: whyNotSum(r) })),
  };
}

const minOf = (xs: string[]) => [...xs].sort()[0]!;
const maxOf = (xs: string[]) => [...xs].sort().at(-1)!;

function ambiguous(rows: SeriesFigure[]): SeriesError {
  const fields = [
    "counterparty",
    "material",
    "location",
    "massBasis",
    "unit",
    "variant",
    "isForecast",
  ] as const;
  const differing = fields.filter((k) => new Set(rows.map((r) => String(r[k]))).size > 1);
  const options = rows.map((r) => differing.map((k) => `${k}=${JSON.stringify(r[k])}`).join(" ")).sort();
  return new SeriesError(
    "ambiguous_series",
    `${rows.length} series match; choose one by setting ${differing.map((k) => FLAG[k]).join(", ")} (CLI option or API parameter of that name): ${options.slice(0, 12).join("; ")}${options.length > 12 ? "; ..." : ""}`,
  );
}

const FLAG: Record<string, string> = {
  counterparty: "counterparty",
  material: "material",
  location: "location",
  massBasis: "basis",
  unit: "unit",
  variant: "variant",
  isForecast: "forecast",
};
