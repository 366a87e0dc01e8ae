/**
 * @module briefReport (pure): the monthly trade-and-prices brief — China's magnet exports in a month (total, m/m,
 * y/y, year to date against the year before, destinations and their share), the last 24 months, and the prices dated
 * in the month in USD/kg without VAT (report-brief-prices.ts), with those left out and why. Values are the reconciled series' preferred values (the same answers as
 * `lodestone series` and GET /api/series); a change or total is computed only when every month it needs is there.
 */
import type { PricesResult } from "./price-types.ts";
import {
  type BriefPrice,
  type BriefPriceLeftOut,
  briefPrices,
  pricesSection,
} from "./report-brief-prices.ts";
import type { ReportCell, ReportDoc, ReportSource } from "./report-html.ts";

export type { BriefPrice, BriefPriceLeftOut };

export interface BriefSeriesItem {
  period: string;
  value: number | null;
  source: { publisher: string; published: string; url: string; licence: string; title?: string } | null;
}
export interface BriefSeries {
  name: string;
  unit: string;
  items: BriefSeriesItem[];
}
export interface BriefInput {
  month: string;
  world: BriefSeries;
  destinations: BriefSeries[];
  prices: BriefPrice[];
  pricesLeftOut: BriefPriceLeftOut[];
  generatedAt: string;
}

/** "2025-07" shifted by `k` months. */
export function addMonths(month: string, k: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const t = y * 12 + (m - 1) + k;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}`;
}

const valueAt = (s: BriefSeries, p: string) => s.items.find((i) => i.period === p)?.value ?? null;
const pct = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 ? null : (100 * (a - b)) / b;

/** Sum of Jan..month, or null when a month is missing (never a partial sum). */
export function yearToDate(s: BriefSeries, month: string): number | null {
  const [y, m] = month.split("-").map(Number) as [number, number];
  let total = 0;
  for (let k = 1; k <= m; k++) {
    const v = valueAt(s, `${y}-${String(k).padStart(2, "0")}`);
    if (v === null) return null;
    total += v;
  }
  return total;
}

export function briefReport(b: BriefInput): ReportDoc {
  const { month, world } = b;
  const prev = addMonths(month, -1);
  const lastYear = addMonths(month, -12);
  const v = valueAt(world, month);
  const ytd = yearToDate(world, month);
  const ytdPrev = yearToDate(world, lastYear);
  const sourcesOf = (items: BriefSeriesItem[]) => [
    ...new Set(items.flatMap((i) => (i.source ? [`${i.source.publisher}, ${i.source.published}`] : []))),
  ];
  const months = Array.from({ length: 24 }, (_, k) => addMonths(month, k - 23));
  const top = [...b.destinations].sort((x, y) => (valueAt(y, month) ?? -1) - (valueAt(x, month) ?? -1));
  const destRows: ReportCell[][] = top.map((d) => {
    const dv = valueAt(d, month);
    return [
      d.name,
      dv,
      pct(dv, valueAt(d, prev)),
      pct(dv, valueAt(d, lastYear)),
      v && dv !== null ? (100 * dv) / v : null,
    ];
  });
  const all: ReportSource[] = [];
  const seen = new Set<string>();
  const add = (s: BriefSeriesItem["source"]) => {
    if (!s || seen.has(s.url + s.publisher)) return;
    seen.add(s.url + s.publisher);
    all.push({
      publisher: s.publisher,
      published: s.published,
      url: s.url,
      licence: s.licence,
      title: s.title,
    });
  };
  for (const s of [world, ...b.destinations]) for (const i of s.items) add(i.source);
  for (const p of b.prices) for (const s of [p.source, ...p.rateSources]) add(s);
  const monthItems = [world, ...b.destinations].flatMap((s) => s.items.filter((i) => i.period === month));
  return {
    title: `Magnet trade and prices: ${month}`,
    subtitle: "China's rare-earth permanent-magnet exports and the month's prices in USD/kg without VAT",
    generatedAt: b.generatedAt,
    sections: [
      {
        title: "China's magnet exports",
        paragraphs: [
          v === null
            ? `No preferred value for the world total in ${month}.`
            : `${v.toLocaleString("en-GB")} ${world.unit} in ${month}; m/m ${fmtPct(pct(v, valueAt(world, prev)))}, y/y ${fmtPct(pct(v, valueAt(world, lastYear)))} (derived from the preferred monthly values).`,
          ytd === null
            ? "Year to date: not computed, a month is missing."
            : `Year to date ${ytd.toLocaleString("en-GB")} ${world.unit}${ytdPrev === null ? "" : ` against ${ytdPrev.toLocaleString("en-GB")} a year earlier (${fmtPct(pct(ytd, ytdPrev))})`} (sum of the preferred months).`,
        ],
        chart: {
          x: months,
          unit: world.unit,
          series: [
            { name: world.name, values: months.map((m) => valueAt(world, m)) },
            ...top
              .slice(0, 3)
              .map((d) => ({ name: d.name, values: months.map((m) => valueAt(d, m)), dashed: true })),
          ],
        },
        sources: sourcesOf(monthItems),
      },
      {
        title: `Destinations in ${month}`,
        paragraphs: [
          "Share of the world total; m/m and y/y are derived from the preferred monthly values (– when a month is missing).",
        ],
        table: {
          header: ["Destination", `Exports (${world.unit})`, "m/m %", "y/y %", "Share of total %"],
          rows: destRows,
        },
        sources: sourcesOf(monthItems),
      },
      pricesSection(month, b.prices, b.pricesLeftOut),
    ],
    sources: all,
  };
}

function fmtPct(v: number | null): string {
  return v === null ? "not computable" : `${v > 0 ? "+" : ""}${v.toFixed(1)}%`;
}

/** What the brief reads: the series and figures routes (store in the CLI, HTTP API on the page). */
export interface BriefReader {
  series(q: {
    metric: string;
    entity: string;
    counterparty: string;
    material: string;
    from: string;
    to: string;
    per: "month";
  }): Promise<{ unit: string; items: BriefSeriesItem[] }>;
  figures(q: {
    metric: string;
    entity?: string;
    material?: string;
    from: string;
    to: string;
    preferred?: boolean;
  }): Promise<{ counterparty: string | null }[]>;
  /** GET /api/prices (or `lodestone prices`) for the month: points in USD/kg without VAT and those left out. */
  prices(q: { from: string; to: string }): Promise<PricesResult>;
}

/**
 * The brief's input: China's exports of `material` to the World and to its `n` largest single-country destinations
 * in `month` (24 months back, and January of the year before, for y/y and year to date), and the month's prices.
 */
export async function collectBrief(
  r: BriefReader,
  month: string,
  material: string,
  n: number,
  isCountry: (name: string) => boolean,
): Promise<Omit<BriefInput, "generatedAt">> {
  const y0 = `${Number(month.slice(0, 4)) - 1}-01`;
  const from = y0 < addMonths(month, -23) ? y0 : addMonths(month, -23);
  const q = { metric: "export_volume", entity: "China", material, from, to: month, per: "month" as const };
  const toBrief = (name: string, s: { unit: string; items: BriefSeriesItem[] }): BriefSeries => ({
    name,
    unit: s.unit,
    items: s.items.map((i) => ({ period: i.period, value: i.value, source: i.source })),
  });
  const [world, inMonth, prices] = await Promise.all([
    r.series({ ...q, counterparty: "World" }),
    r.figures({
      metric: "export_volume",
      entity: "China",
      material,
      from: month,
      to: month,
      preferred: true,
    }),
    r.prices({ from: month, to: month }),
  ]);
  const countries = [
    ...new Set(inMonth.flatMap((f) => (f.counterparty && isCountry(f.counterparty) ? [f.counterparty] : []))),
  ];
  const dests = (
    await Promise.all(
      countries.map((c) =>
        r.series({ ...q, counterparty: c }).then(
          (s) => toBrief(c, s),
          // A destination reported under several units or scopes has no single series; the brief leaves it out.
          () => null,
        ),
      ),
    )
  ).filter((x): x is BriefSeries => x !== null);
  const at = (s: BriefSeries) => s.items.find((i) => i.period === month)?.value ?? -1;
  return {
    month,
    world: toBrief("World", world),
    destinations: dests.sort((a, b) => at(b) - at(a)).slice(0, n),
    ...briefPrices(prices, month),
  };
}
