/**
 * @module Builds the bundled knowledge base `data/*.csv` from the shared raw extracts in `../shared/data` and the
 * reference facts of `../shared/reference/domain-parameters.md`. Run once: `node bin/run-ts.js scripts/build-data.ts`.
 * Kept as the record of how data/ was derived; after that the CSV files are the source of truth (reviewed like code).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { parseCsv } from "../src/dataset/csv.ts";
import { csvValue, toCsv } from "../src/domain/csv-text.ts";
import { sourcesTable, TABLES } from "../src/dataset/tables/index.ts";

/** The header of a data file, from its table spec (the one place columns are declared); without curated columns unless `all`. */
function columnsOf(file: string, all = false): string[] {
  const spec = [sourcesTable, ...TABLES].find((t) => t.file === file);
  if (!spec) throw new Error(`no table spec for ${file}`);
  return spec.columns.filter((c) => all || !CURATED[file]?.includes(c));
}

const SHARED = new URL("../../shared/", import.meta.url);
const OUT = new URL("../data/", import.meta.url);
/** Date the shared extracts were retrieved (their READMEs); used as `accessed` for every source. */
const ACCESSED = "2026-11-26";

type Row = Record<string, string>;

function readCsv(rel: string): Row[] {
  const parsed = parseCsv(readFileSync(new URL(`data/${rel}`, SHARED), "utf8"), rel);
  if (!parsed.ok) throw new Error(`malformed shared file ${rel}: ${parsed.issues[0]?.message}`);
  const { header, rows } = parsed.value;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r.fields[i] ?? ""])));
}

/**
 * Columns curated by hand after the first build (a source's tier, a row's exclude_reason ...). The script does
 * not produce them: it carries them over from the current file's row with the same built cells (empty for a
 * new row), and writes every file with its full header from the table spec.
 */
const CURATED: Record<string, readonly string[]> = {
  "sources.csv": ["tier", "origin"],
  "reference-facts.csv": ["derivation"],
  "china-magnet-exports.csv": ["is_approx", "approx_columns", "exclude_reason"],
  "price-points.csv": [
    "price_low_qualifier",
    "price_high_qualifier",
    "is_approx",
    "vintage",
    "exclude_reason",
  ],
};

function withCurated(
  name: string,
  header: string[],
  rows: unknown[][],
): { header: string[]; rows: unknown[][] } {
  const curated = CURATED[name] ?? [];
  if (!curated.length) return { header, rows };
  const full = columnsOf(name, true);
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  const kept = new Map<string, string[][]>();
  try {
    const parsed = parseCsv(readFileSync(new URL(name, OUT), "utf8"), name).value;
    for (const r of parsed.rows) {
      const cell = (c: string) => r.fields[parsed.header.indexOf(c)] ?? "";
      const k = JSON.stringify(header.map(cell));
      kept.set(k, [...(kept.get(k) ?? []), curated.map(cell)]);
    }
  } catch {
    // no current file: curated cells start empty
  }
  return {
    header: full,
    rows: rows.map((r) => {
      const tail = kept.get(JSON.stringify(r.map(text)))?.shift() ?? curated.map(() => "");
      return full.map((c) => (curated.includes(c) ? tail[curated.indexOf(c)] : r[header.indexOf(c)]));
    }),
  };
}

/**
 * Files maintained by hand since the first build: announcement numbers, elements, qualifiers, published ranges,
 * `units/yr` and exclusion reasons come from reading the sources, which no script can redo. Their sections below
 * still run (they register the sources the rows cite), but the current file is kept as it is.
 */
const BY_HAND = new Set([
  "policy-events.csv",
  "capacity-projects.csv",
  "company-results.csv",
  "market-estimates.csv",
]);

function write(name: string, builtHeader: string[], built: unknown[][]): void {
  if (BY_HAND.has(name)) {
    try {
      const kept = readFileSync(new URL(name, OUT), "utf8");
      console.log(`data/${name}: kept as maintained by hand (${kept.trimEnd().split("\n").length - 1} rows)`);
      return;
    } catch {
      // no current file: write the first build
    }
  }
  const { header, rows } = withCurated(name, builtHeader, built);
  mkdirSync(OUT, { recursive: true });
  const tmp = new URL(`.${name}.tmp`, OUT);
  writeFileSync(
    tmp,
    toCsv(
      header,
      rows.map((r) => r.map((v) => csvValue(v, ","))),
    ),
  );
  renameSync(tmp, new URL(name, OUT));
  console.log(`data/${name}: ${rows.length} rows`);
}

const bool = (v: string) => (/^true$/i.test(v) ? "true" : "false");
const num = (v: string) => v.replaceAll(",", "").trim();

// ---------------------------------------------------------------- sources
interface SourceRow {
  source_id: string;
  title: string;
  publisher: string;
  url: string;
  published: string;
  accessed: string;
  licence: string;
  licence_note: string;
}
const sources = new Map<string, SourceRow>();
const byUrl = new Map<string, string>();
const cited = new Set<string>();

function addSource(s: Omit<SourceRow, "accessed">, urls: string[] = []): string {
  sources.set(s.source_id, { ...s, accessed: ACCESSED });
  for (const u of [s.url, ...urls]) byUrl.set(normUrl(u), s.source_id);
  return s.source_id;
}
const cite = (id: string) => {
  cited.add(id);
  return id;
};

const normUrl = (u: string) =>
  u
    .trim()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/\/$/, "");
const slug = (s: string, max = 32) =>
  s
    .normalize("NFKD")
    .toLowerCase()
    .replace(/\(.*?\)/g, " ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
const hash6 = (s: string) => createHash("sha256").update(normUrl(s)).digest("hex").slice(0, 6);

function titleFromUrl(url: string, publisher: string): string {
  const path = normUrl(url).split(/[?#]/)[0]!.split("/").slice(1);
  const words = [...path]
    .reverse()
    .map((p) => decodeURIComponent(p).replace(/\.(html?|php|aspx?|md)$/i, ""))
    .find((p) => /[a-z]/i.test(p) && p.split(/[-_]/).length >= 3);
  if (!words) return `${publisher}: page cited for the figures in this row`;
  const t = words.replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Source id for a cited page: known public-domain sources by URL, otherwise a facts-attributed source. */
function pageSource(url: string, publisher: string, date: string): string {
  const known = byUrl.get(normUrl(url));
  if (known) return cite(known);
  const d = /^\d{4}(-\d{2})?/.exec(date)?.[0] ?? "nd";
  const id = `${slug(publisher, 28)}-${d}-${hash6(url)}`;
  addSource({
    source_id: id,
    title: titleFromUrl(url, publisher),
    publisher,
    url,
    published: date || "unknown",
    licence: "facts-attributed",
    licence_note: "Figures read in a public page and cited; no text reproduced.",
  });
  return cite(id);
}

const USGS_PD = "U.S. Government work, public domain in the United States; cite USGS.";
const MCS24 = addSource({
  source_id: "usgs-mcs-2024",
  title: "Mineral Commodity Summaries 2024 data release: rare earths world production and reserves",
  publisher: "U.S. Geological Survey",
  url: "https://doi.org/10.5066/P144BA54",
  published: "2024-03",
  licence: "public-domain",
  licence_note: USGS_PD,
});
const MCS25 = addSource(
  {
    source_id: "usgs-mcs-2025",
    title: "Mineral Commodity Summaries 2025: Rare Earths",
    publisher: "U.S. Geological Survey",
    url: "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf",
    published: "2025-01",
    licence: "public-domain",
    licence_note: `${USGS_PD} Prices are Argus Non-Ferrous Markets annual averages as republished by USGS.`,
  },
  ["https://doi.org/10.5066/P13XCP3R"],
);
const MCS26 = addSource(
  {
    source_id: "usgs-mcs-2026",
    title: "Mineral Commodity Summaries 2026 data release (v1.3): rare earths, heavy rare earths",
    publisher: "U.S. Geological Survey",
    url: "https://doi.org/10.5066/P1WKQ63T",
    published: "2026-02-06 (v1.3 2026-05-27)",
    licence: "public-domain",
    licence_note: `${USGS_PD} Prices are Argus Non-Ferrous Markets annual averages as republished by USGS.`,
  },
  ["https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-rare-earths.pdf"],
);
const MYB22 = addSource({
  source_id: "usgs-myb-2022",
  title: "Rare Earths 2022 Minerals Yearbook, tables-only release (Table 8)",
  publisher: "U.S. Geological Survey",
  url: "https://www.usgs.gov/media/files/rare-earths-2022-tables-only-release",
  published: "2024-04",
  licence: "public-domain",
  licence_note: USGS_PD,
});
const DS140 = addSource({
  source_id: "usgs-ds140-2020",
  title: "Data Series 140: rare earths historical statistics 1900-2020",
  publisher: "U.S. Geological Survey",
  url: "https://www.usgs.gov/media/files/rare-earths-historical-statistics-data-series-140",
  published: "2023-09-27",
  licence: "public-domain",
  licence_note: USGS_PD,
});
const USITC = addSource({
  source_id: "usitc-dataweb-2026",
  title: "U.S. imports for consumption and domestic exports, HTS 2805, 2846, 8505, by partner",
  publisher: "U.S. Census Bureau via U.S. International Trade Commission DataWeb",
  url: "https://dataweb.usitc.gov/",
  published: "2026-07-10",
  licence: "public-domain",
  licence_note: "U.S. Government data, public domain.",
});
const IEA = addSource({
  source_id: "iea-global-ev-data-2024",
  title: "Global EV Data Explorer (Global EV Outlook 2024)",
  publisher: "International Energy Agency",
  url: "https://www.iea.org/data-and-statistics/data-tools/global-ev-data-explorer",
  published: "2024-04",
  licence: "cc-by-4.0",
  licence_note: "IEA (2024), Global EV Data Explorer, IEA, Paris. Licence: CC BY 4.0.",
});
const OWID = addSource({
  source_id: "irena-owid-wind-capacity-2024",
  title:
    "Installed wind energy capacity (IRENA Renewable Capacity Statistics 2024, processed by Our World in Data)",
  publisher: "IRENA; Our World in Data",
  url: "https://ourworldindata.org/grapher/cumulative-installed-wind-energy-capacity-gigawatts",
  published: "2024-11-01",
  licence: "cc-by-4.0",
  licence_note: "IRENA (2024) - processed by Our World in Data. Licence: CC BY 4.0.",
});
const OWN = addSource({
  source_id: "lodestone-derivation",
  title: "Lodestone team arithmetic on cited inputs (each row's note shows the inputs and the arithmetic)",
  publisher: "Lodestone",
  url: "docs/data.md#own-derivations",
  published: "2026",
  licence: "own-derivation",
  licence_note: "Our own derivation; inputs are cited in the row.",
});
const ASSUME = addSource({
  source_id: "lodestone-assumption",
  title: "Lodestone modelling placeholders (grade U: no source found; reasoning in the row)",
  publisher: "Lodestone",
  url: "docs/data.md#assumptions",
  published: "2026",
  licence: "own-derivation",
  licence_note: "Assumption, not a sourced figure; replace when a source is found.",
});

const VINTAGE_SOURCE: Record<string, string> = {
  "USGS MCS 2024": MCS24,
  "USGS MCS 2025": MCS25,
  "USGS MCS 2026 v1.3": MCS26,
  "USGS MYB 2022 (T8)": MYB22,
  "USGS DS140": DS140,
};

// ---------------------------------------------------------------- mine production, reserves
{
  const rows = readCsv("usgs-rare-earth-mine-production-by-country/mine_production_by_country.csv").map(
    (r) => [
      r.country,
      r.iso3,
      r.year,
      num(r.mine_production!),
      r.status || "unspecified",
      r.source_vintage,
      bool(r.is_latest_vintage!),
      cite(VINTAGE_SOURCE[r.source_vintage!]!),
      r.note,
    ],
  );
  const worldYears = new Set(rows.filter((r) => r[1] === "WORLD").map((r) => r[2]));
  for (const r of readCsv("usgs-ds140-rare-earths-historical/ds140_rare_earths_1900_2020.csv")) {
    if (!r.world_production_t_reo) continue;
    rows.push([
      "World total",
      "WORLD",
      r.year,
      num(r.world_production_t_reo),
      "unspecified",
      "USGS DS140",
      worldYears.has(r.year) ? "false" : "true",
      cite(DS140),
      worldYears.has(r.year) ? "Superseded by the newer USGS vintage for this year." : "",
    ]);
  }
  rows.sort((a, b) => `${a[0]}|${a[2]}|${a[5]}`.localeCompare(`${b[0]}|${b[2]}|${b[5]}`));
  write("mine-production.csv", columnsOf("mine-production.csv"), rows);

  const order = ["USGS MCS 2024", "USGS MCS 2025", "USGS MCS 2026 v1.3"];
  const res = readCsv("usgs-rare-earth-mine-production-by-country/reserves_by_country.csv");
  const latest = new Map<string, number>();
  for (const r of res)
    latest.set(r.iso3!, Math.max(latest.get(r.iso3!) ?? -1, order.indexOf(r.source_vintage!)));
  write(
    "reserves.csv",
    columnsOf("reserves.csv"),
    res.map((r) => [
      r.country,
      r.iso3,
      r.reference_year,
      num(r.reserves_t_reo!.replace(/^>/, "")),
      r.reserves_t_reo!.startsWith(">") ? "gt" : "",
      r.source_vintage,
      latest.get(r.iso3!) === order.indexOf(r.source_vintage!) ? "true" : "false",
      cite(VINTAGE_SOURCE[r.source_vintage!]!),
      r.note,
    ]),
  );
}

// ---------------------------------------------------------------- U.S. salient statistics
{
  const canon = (label: string): [string, string] | null => {
    const l = label.toLowerCase();
    const kind = l.includes("net import reliance")
      ? "net_import_reliance"
      : l.startsWith("production")
        ? "production"
        : l.startsWith("import")
          ? "imports"
          : l.startsWith("export")
            ? "exports"
            : l.includes("consumption, apparent") || l.includes("apparent consumption")
              ? "apparent_consumption"
              : l.includes("employment") || l.startsWith("mine and mill")
                ? "employment"
                : l.includes("net import reliance")
                  ? "net_import_reliance"
                  : null;
    if (!kind) return null;
    const item = l.includes("mineral concentrates")
      ? "mineral concentrates"
      : l.includes("ferrocerium")
        ? "metals: ferrocerium, alloys"
        : l.includes("rare-earth metals")
          ? "metals: rare-earth metals and alloys"
          : l.includes("compounds and metals")
            ? "compounds and metals"
            : l.includes("ores and compounds")
              ? "ores and compounds"
              : l.includes("compounds")
                ? "compounds"
                : "mine and mill, annual average";
    return [kind, item];
  };
  const out: string[][] = [];
  for (const r of readCsv("usgs-mcs2025-rare-earths/us_salient_statistics.csv")) {
    if (r.section === "Price") continue;
    const c = canon(`${r.section}: ${r.item}`);
    if (!c) throw new Error(`unmapped salient item ${r.item}`);
    const printed = r.value_as_printed!;
    out.push([
      c[0],
      c[1],
      `${r.section}: ${r.item}`,
      r.year!,
      printed === "E" ? "" : num(printed.replace(/^>/, "")).replace(/^-$/, "0"),
      printed.startsWith(">") ? "gt" : printed === "E" ? "net_exporter" : "",
      r.unit === "number" ? "number" : r.unit!.startsWith("percent") ? "%" : "t REO",
      r.status || "reported",
      "USGS MCS 2025",
      "",
      MCS25,
      "",
    ]);
  }
  for (const r of readCsv("usgs-mcs2026-rare-earths/mcs2026_rare_earths_rows.csv")) {
    if (r["MCS chapter"] !== "RARE EARTHS" || !r.Section!.startsWith("Salient") || r.Statistics === "Price")
      continue;
    const c = canon(r.Statistics_detail!);
    if (!c) throw new Error(`unmapped salient item ${r.Statistics_detail}`);
    const v = r.Value!.trim();
    out.push([
      c[0],
      c[1],
      r.Statistics_detail!,
      r.Year!,
      v === "E" ? "" : num(v.replace(/^>/, "")),
      v.startsWith(">") ? "gt" : v === "E" ? "net_exporter" : "",
      r.Unit === "number" ? "number" : r.Unit === "percent" ? "%" : "t REO",
      /^Estimated/.test(r.Notes!) ? "estimated" : "reported",
      "USGS MCS 2026 v1.3",
      "",
      MCS26,
      "",
    ]);
  }
  for (const r of out) {
    const newer = out.some((o) => o[0] === r[0] && o[1] === r[1] && o[3] === r[3] && o[8]! > r[8]!);
    r[9] = newer ? "false" : "true";
    cite(r[10]!);
  }
  write("us-salient-statistics.csv", columnsOf("us-salient-statistics.csv"), out);
}

// ---------------------------------------------------------------- oxide prices (annual)
const OXIDE: [RegExp, string][] = [
  [/^Neodymium-praseodymium|^Didymium|NdPr/i, "NdPr oxide"],
  [/^Neodymium oxide/i, "Nd oxide"],
  [/^Praseodymium oxide/i, "Pr oxide"],
  [/^Dysprosium/i, "Dy oxide"],
  [/^Terbium/i, "Tb oxide"],
  [/^Cerium/i, "Ce oxide"],
  [/^Lanthanum/i, "La oxide"],
  [/^Samarium/i, "Sm oxide"],
  [/^Europium/i, "Eu oxide"],
  [/^Gadolinium/i, "Gd oxide"],
  [/^Holmium/i, "Ho oxide"],
  [/^Erbium/i, "Er oxide"],
  [/^Ytterbium/i, "Yb oxide"],
  [/^Lutetium/i, "Lu oxide"],
  [/^Mischmetal/i, "mischmetal"],
];
{
  const rows = readCsv("usgs-rare-earth-oxide-prices/rare_earth_oxide_prices_annual.csv").map((r) => {
    const material = OXIDE.find(([re]) => re.test(r.product!))?.[1];
    if (!material) throw new Error(`unmapped oxide ${r.product}`);
    const purity = /(\d+(?:\.\d+)?%)\s*minimum/.exec(r.product!)?.[1];
    return [
      material,
      r.product,
      purity ? `${purity} min` : "",
      r.year,
      num(r.price!),
      r.status || "reported",
      r.source_vintage,
      bool(r.is_latest_vintage!),
      cite(VINTAGE_SOURCE[r.source_vintage!]!),
    ];
  });
  write("oxide-prices-annual.csv", columnsOf("oxide-prices-annual.csv"), rows);
}

// ---------------------------------------------------------------- curated: price points
const src = (r: Row) => pageSource(r.source_url!, r.source_publisher!, r.source_date!);
const joinNote = (...parts: (string | undefined)[]) => parts.filter((p) => p?.trim()).join(" ");
/** Splits "2025-04 (early)" into a clean date and its qualifier. */
function cleanDate(v: string): [string, string] {
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?|-Q[1-4]|-H[12])?(?:\.\.\d{4}(?:-\d{2})?)?)\s*(.*)$/.exec(v.trim());
  if (!m) return ["", v];
  return [m[1]!, m[2]!.replace(/^\(|\)$/g, "").trim()];
}
{
  const material = (p: string): string => {
    if (/export unit value/.test(p)) return "rare earth magnets";
    if (/^RE concentrate/.test(p)) return "RE concentrate";
    if (/^NdPr (alloy|metal)/.test(p)) return "NdPr metal";
    const m = /^(NdPr|Nd|Pr|Dy|Tb|Y) (oxide|metal)/.exec(p);
    if (!m) throw new Error(`unmapped price product ${p}`);
    return `${m[1]} ${m[2]}`;
  };
  const rows = readCsv("curated/prices_points.csv").map((r) => {
    const [date, q] = cleanDate(r.date!);
    const precision = r.date_precision!.split(" ")[0]!;
    const pq = r
      .date_precision!.slice(precision.length)
      .trim()
      .replace(/^\(|\)$/g, "");
    return [
      date,
      precision,
      material(r.product!),
      r.product,
      r.purity,
      r.location_basis,
      r.tax_basis,
      /floor/.test(r.product!) ? "contract floor" : r.price_type,
      num(r.price_low!),
      num(r.price_high!),
      r.currency,
      `${r.currency}/${r.unit}`,
      r.assessor,
      src(r),
      joinNote(q && `Date: ${q}.`, pq && `Date ${pq}.`, r.note),
    ];
  });
  write("price-points.csv", columnsOf("price-points.csv"), rows);
}

// ---------------------------------------------------------------- curated: China magnet exports
{
  // the shared columns are the data file's own, less the citation columns this script adds
  const cols = columnsOf("china-magnet-exports.csv").filter((c) => c !== "source_id" && c !== "note");
  const rows = readCsv("curated/china_magnet_exports_monthly.csv").map((r) => [
    ...cols.map((c) => (c === "is_derived" ? bool(r[c]!) : r[c])),
    src(r),
    r.note,
  ]);
  write("china-magnet-exports.csv", columnsOf("china-magnet-exports.csv"), rows);
}

// ---------------------------------------------------------------- USITC trade
{
  const rows = readCsv("usitc-dataweb-us-trade-hts2805-2846-8505/us_trade_hts4_by_partner.csv").map((r) => {
    const isValue = /Value$/.test(r.measure!);
    const q = r.quantity_description!;
    return [
      r.flow!.startsWith("US imports") ? "imports" : "exports",
      r.measure,
      r.period === "Full year" ? "full_year" : "jan_apr_ytd",
      r.partner,
      r.hts4,
      q,
      r.year,
      num(r.value!),
      isValue ? "USD" : /kilograms/.test(q) ? "kg" : "number",
      r.suppressed_count,
      cite(USITC),
    ];
  });
  write("us-trade.csv", columnsOf("us-trade.csv"), rows);
}

// ---------------------------------------------------------------- IEA EV sales, IRENA wind
{
  const rows = readCsv("iea-gevo2024-ev-sales/iea_gevo2024_ev_sales_stock.csv").map((r) => [
    r.region,
    r.category,
    r.parameter,
    r.mode,
    r.powertrain,
    r.year,
    r.value,
    r.unit === "percent" ? "%" : "vehicles",
    cite(IEA),
  ]);
  write("ev-sales.csv", columnsOf("ev-sales.csv"), rows);
  const wind = readCsv("owid-irena-wind-capacity/cumulative_installed_wind_capacity_gw.csv").map((r) => [
    r.entity,
    r.code,
    r.year,
    r.wind_capacity_gw,
    cite(OWID),
  ]);
  write("wind-capacity.csv", columnsOf("wind-capacity.csv"), wind);
}

// ---------------------------------------------------------------- policy events
{
  const rows = readCsv("curated/policy_events.csv").map((r) => {
    const [date, dq] = cleanDate(r.date!);
    const [eff, eq] = cleanDate(r.effective_date!);
    const [end, nq] = cleanDate(r.end_date!);
    const unit = /^(USD|EUR|AUD|INR|JPY|CNY)\b/.exec(r.currency!)?.[1] ?? r.currency!.trim();
    const uq = r.currency!.slice(unit.length).trim();
    return [
      r.event_id,
      date,
      eff,
      end,
      r.jurisdiction,
      r.actor,
      r.instrument,
      r.title,
      r.materials,
      r.hs_codes,
      num(r.amount!),
      unit === "% ad valorem" ? "%" : unit,
      r.status,
      r.summary,
      src(r),
      r.source_url_2
        ? pageSource(r.source_url_2, new URL(r.source_url_2).hostname.replace(/^www\./, ""), "")
        : "",
      joinNote(
        dq && `Date: ${dq}.`,
        eq && `Effective date: ${eq}.`,
        nq && `End date: ${nq}.`,
        uq && `Amount: ${uq.replace(/^\(|\)$/g, "")}.`,
        unit === "% ad valorem" ? "Amount is % ad valorem." : "",
        r.note,
      ),
    ];
  });
  write("policy-events.csv", columnsOf("policy-events.csv"), rows);
}

// ---------------------------------------------------------------- capacity projects
function capacityMassBasis(r: Row): string {
  const basis = r.capacity_basis!.toLowerCase();
  const product = r.product!.toLowerCase();
  if (r.stage === "mining" || r.stage === "separation") return "not_applicable";
  if (r.stage === "metal_alloy") return "alloy";
  if (r.stage === "recycling") {
    if (/magnet recycling input|feedstock/.test(basis)) return "finished";
    if (/reo|oxide/.test(product) || /reo/.test(basis)) return "not_applicable";
    if (/powder/.test(product)) return "alloy";
    return "finished";
  }
  if (/blank|block/.test(basis) || /blank|block/.test(product)) return "blank";
  if (/high-performance/.test(product)) return "high_performance";
  return "finished";
}
{
  const cols = columnsOf("capacity-projects.csv").filter((c) => c !== "source_id" && c !== "note");
  const rows = readCsv("curated/magnet_capacity_projects.csv").map((r) => {
    const cur = /^[A-Z]{3}/.exec(r.capex_currency!)?.[0] ?? "";
    const cq = r
      .capex_currency!.slice(cur.length)
      .trim()
      .replace(/^\(|\)$/g, "");
    const row: Row = { ...r, mass_basis: capacityMassBasis(r), capex_currency: cur };
    return [
      ...cols.map((c) => row[c]),
      src(r),
      joinNote(cq && `Capex: ${cq === ">" ? "lower bound (more than)" : cq}.`, r.note),
    ];
  });
  write("capacity-projects.csv", columnsOf("capacity-projects.csv"), rows);
}

// ---------------------------------------------------------------- company results
function normPeriod(p: string): string {
  let m = /^FY(\d{4})$/.exec(p);
  if (m) return m[1]!;
  m = /^(\d{4})-9M$/.exec(p);
  if (m) return `${m[1]}-01..${m[1]}-09`;
  m = /^TTM to (\d{4})-(\d{2})$/.exec(p);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const start = mo === 12 ? `${y}-01` : `${y - 1}-${String(mo + 1).padStart(2, "0")}`;
    return `${start}..${m[1]}-${m[2]}`;
  }
  return p;
}
{
  const rows = readCsv("curated/company_results.csv").map((r) => {
    const million = r.unit === "million";
    const perKg = r.unit === "per kg";
    const pct = r.unit!.startsWith("%");
    const unit = million
      ? r.currency!
      : perKg
        ? `${r.currency}/kg`
        : pct
          ? "%"
          : r.metric === "reo_production"
            ? "t REO"
            : r.unit!;
    // A blank value stays blank: Number("") is 0, which once turned two unpublished profits into 0 CNY.
    const raw = num(r.value!);
    const value = million && raw !== "" ? String(Math.round(Number(raw) * 1e6)) : raw;
    return [
      r.company,
      r.ticker,
      normPeriod(r.period!),
      r.period,
      r.fiscal_period,
      r.period_end,
      r.metric,
      value,
      /greater than/.test(r.unit!) ? "gt" : "",
      unit,
      r.yoy_pct,
      r.qoq_pct,
      r.basis,
      src(r),
      joinNote(million ? `Published in ${r.currency} million.` : "", r.note),
    ];
  });
  write("company-results.csv", columnsOf("company-results.csv"), rows);
}

// ---------------------------------------------------------------- market estimates
function estimateMassBasis(scope: string, unit: string): string {
  const s = scope.toLowerCase();
  if (!/^t/.test(unit)) return "not_applicable";
  if (/element|oxide/.test(s)) return "element";
  if (/alloy|powder/.test(s)) return "alloy";
  if (/high-performance/.test(s)) return "high_performance";
  if (/magnet/.test(s)) return "finished";
  return "not_applicable";
}
{
  const rows = readCsv("curated/market_estimates.csv").map((r) => {
    const billion = r.unit === "billion";
    const unit = billion
      ? r.currency!
      : r.unit!.startsWith("%")
        ? "%"
        : r.unit!.startsWith("t")
          ? r.unit === "t/yr"
            ? "t/yr"
            : "t"
          : r.unit === "units/yr"
            ? "units/yr"
            : "units";
    const scale = (v: string) => (billion && v ? String(Math.round(Number(num(v)) * 1e9)) : num(v));
    return [
      r.estimate_id,
      r.publisher,
      r.publisher_type,
      r.published_date,
      r.metric,
      r.scope_basis,
      estimateMassBasis(r.scope_basis!, unit),
      r.geography,
      r.base_year,
      scale(r.base_value!),
      r.target_year,
      scale(r.target_value!),
      unit,
      r.stated_cagr_pct,
      r.computed_cagr_pct,
      r.scenario,
      src(r),
      joinNote(
        billion
          ? `Published in ${r.currency} billion.`
          : r.unit !== unit
            ? `Unit published as "${r.unit}".`
            : "",
        r.note,
      ),
    ];
  });
  write("market-estimates.csv", columnsOf("market-estimates.csv"), rows);
}

// ---------------------------------------------------------------- hand-entered reference rows
/**
 * Rows read from domain-parameters.md §1-§4 and §9 (defaults and baseline checks). Each page-cited row gives the
 * address exactly as written there (the build fails if it is not in the file); `own` rows are our arithmetic
 * (shown in the reasoning/note), `assumption` rows are grade-U placeholders with no source.
 */
type RefSource =
  | "own"
  | "assumption"
  | "usgs-mcs-2025"
  | "usgs-mcs-2026"
  | { url: string; date: string; publisher?: string };
interface AppParam {
  application: string;
  parameter: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  massBasis: string;
  confidence: "A" | "B" | "C" | "D" | "E" | "U";
  reasoning: string;
  source: RefSource;
}
const ENCYC = {
  url: "https://encyclopedia.pub/entry/50309",
  date: "2023",
  publisher: "Encyclopedia MDPI (Heim & Vander Wal 2023)",
};
const METALNOMIST_DEMAND = {
  url: "https://metalnomist.com/2024/12/global-magnet-demand-trends-and.html",
  date: "2024-12",
  publisher: "The Metalnomist (ACREI figures)",
};
const YAAN = { url: "https://yaan-xinkuang.com/en/transition-to-clean-energy.php", date: "2019 (approx.)" };
const DOCKSCI = {
  url: "https://docksci.com/recycling-as-a-strategy-against-rare-earth-element-criticality-a-systemic-evalua_6075a0ca097c471d208b47f0.html",
  date: "2013",
  publisher: "docksci.com (Rademaker et al. 2013)",
};
const WUNGIEL = {
  url: "https://wungiel.pl/08_Jul_2012_8536.html",
  date: "2015 (approx.)",
  publisher: "wungiel.pl (scraped copy of a review)",
};
const IEA_REEX = {
  url: "https://rareearthexchanges.com/news/the-mineral-chessboard-iea-sounds-alarm-as-china-tightens-its-grip",
  date: "2025-10-23",
  publisher: "Rare Earth Exchanges (IEA commentary)",
};
const mpu = (
  application: string,
  value: number | null,
  low: number | null,
  high: number | null,
  unit: string,
  confidence: AppParam["confidence"],
  reasoning: string,
  source: RefSource,
  massBasis = "finished",
): AppParam => ({
  application,
  parameter: "magnet_mass_per_unit",
  value,
  low,
  high,
  unit,
  massBasis,
  confidence,
  reasoning,
  source,
});
const life = (
  application: string,
  value: number | null,
  low: number | null,
  high: number | null,
  confidence: AppParam["confidence"],
  reasoning: string,
  source: RefSource,
): AppParam => ({
  application,
  parameter: "lifetime_mean",
  value,
  low,
  high,
  unit: "years",
  massBasis: "not_applicable",
  confidence,
  reasoning,
  source,
});
const APPLICATION_PARAMETERS: AppParam[] = [
  mpu(
    "BEV",
    2.0,
    1.0,
    3.0,
    "kg/unit",
    "B",
    "Traction-motor NdFeB per battery-electric car. MP Materials sized 1,000 t of magnets for about 500,000 motors (about 2 kg each); range from the project reference defaults. A power-scaled alternative is 1.2 kg per 100 kW.",
    {
      url: "https://www.industrialheating.com/articles/97054-rare-earth-facilities-coming-to-texas",
      date: "2022",
    },
  ),
  mpu(
    "PHEV",
    1.5,
    1.0,
    2.5,
    "kg/unit",
    "U",
    "Assumption (grade U): no per-vehicle figure found; placed between the hybrid and battery-electric values and scaled by motor power.",
    "assumption",
  ),
  mpu(
    "HEV",
    0.5,
    0.4,
    1.0,
    "kg/unit",
    "C",
    "Hybrid traction NdFeB of 0.42 kg in an older source (about 2019); default rounded up to 0.5 kg because hybrid motors have grown since.",
    YAAN,
  ),
  mpu(
    "car micromotors (all cars)",
    0.15,
    0.1,
    0.3,
    "kg/unit",
    "D",
    "Non-traction motors (power steering and other micromotors), present in combustion cars too: up to 0.2 kg for steering and about 0.1 kg of micromotors per car in aggregator pages. Sanity range only.",
    {
      url: "https://pmarketresearch.com/chemi/ev-drive-motor-permanent-magnet-market/avutomotive-ndfeb-magnets-market",
      date: "n.d.",
    },
  ),
  mpu(
    "NEV fleet average (all uses)",
    2.5,
    2.0,
    3.0,
    "kg/unit",
    "E",
    "Calibration check, not an input: 43,018 t NEV magnet demand in 2024 (ACREI) / about 17.3 M EV sales = 2.49 kg per vehicle. ACREI totals count high-performance grades.",
    METALNOMIST_DEMAND,
    "high_performance",
  ),
  mpu(
    "e-bike",
    0.35,
    0.25,
    0.5,
    "kg/unit",
    "E",
    "Hub motor with 46 N35H blocks of 24 x 13.65 x 3 mm at 7.5 g/cm3: 46 x 0.983 cm3 x 7.5 g/cm3 = 339 g, rounded to 0.35 kg.",
    {
      url: "https://www.horizonmagnets.com/blog/why-neodymium-magnet-promote-electric-bikes-popular-in-china/",
      date: "n.d.",
    },
  ),
  mpu(
    "wind turbine, direct-drive PMSG",
    650,
    600,
    1000,
    "kg/MW",
    "B",
    "Direct-drive permanent-magnet generators: 650 kg/MW in the review; 625-850 kg/MW across four OEMs (Moss et al. 2013); literature up to 1,000 kg/MW.",
    ENCYC,
  ),
  mpu(
    "wind turbine, medium-speed PMSG",
    160,
    100,
    350,
    "kg/MW",
    "B",
    "Medium-speed (semi-direct) generators: 160 kg/MW in the review; the project reference keeps 160-300 kg/MW as the default band, to verify against JRC 2020.",
    ENCYC,
  ),
  mpu(
    "wind turbine, high-speed PMSG",
    80,
    50,
    120,
    "kg/MW",
    "B",
    "High-speed geared permanent-magnet generators: 80 kg/MW in the review.",
    ENCYC,
  ),
  mpu(
    "wind turbine, DFIG or EESG",
    0,
    0,
    20,
    "kg/MW",
    "C",
    "Geared doubly-fed and electrically excited generators carry no NdFeB in the generator; the 0-20 kg/MW band allows for small magnet uses.",
    {
      url: "https://www.windpowerengineering.com/bummer-china-slows-pm-materials-so-oems-looking-elsewhere/",
      date: "2011",
    },
  ),
  mpu(
    "wind turbine, fleet average",
    500,
    null,
    null,
    "kg/MW",
    "B",
    "Average over all turbine types used by Heim & Vander Wal (0.5 t/MW).",
    ENCYC,
  ),
  mpu(
    "humanoid robot",
    3,
    2,
    4,
    "kg/unit",
    "B",
    "2-4 kg of NdFeB across more than 40 servo motors (Argus market participants, mid-2025); default 3 kg.",
    {
      url: "https://www.argusmedia.com/metals-platform/newsandanalysis/article/2696348-China-s-NdFeB-output-capacity-to-grow-on-strong-demand",
      date: "2025 (mid-year)",
      publisher: "Argus Media",
    },
  ),
  mpu(
    "industrial robot",
    1.5,
    0.5,
    3,
    "kg/unit",
    "D",
    "0.5-3 kg per arm from an aggregator page; midpoint-like default 1.5 kg is a placeholder.",
    { url: "https://wifitalents.com/ndfeb-magnet-industry-statistics", date: "n.d." },
  ),
  mpu(
    "inverter air-conditioner compressor",
    0.15,
    0.1,
    0.25,
    "kg/unit",
    "U",
    "Assumption (grade U): per-compressor mass not found; calibrate against ACREI's 30,154 t of compressor magnet demand in 2024 (cited page).",
    METALNOMIST_DEMAND,
  ),
  mpu(
    "hard disk drive",
    15,
    10,
    25,
    "g/unit",
    "D",
    "About 25 g per drive in an aggregator page; typical 3.5-inch drives 10-25 g; laptop drives use about 75% less.",
    { url: "https://gitnux.org/ndfeb-magnet-industry-statistics", date: "n.d." },
  ),
  mpu(
    "smartphone",
    2,
    1,
    4,
    "g/unit",
    "U",
    "Assumption (grade U): up to 14 small magnets per phone (speaker, receiver, haptics, camera) per the cited vendor page; total mass of 1-4 g is not sourced.",
    {
      url: "https://idealmagnetsolutions.com/knowledge-base/small-ndfeb-magnets-in-smartphones-and-personal-electronics/",
      date: "n.d.",
    },
  ),
  {
    application: "sintered NdFeB magnet",
    parameter: "tre_content",
    value: 31,
    low: 28,
    high: 33,
    unit: "wt%",
    massBasis: "finished",
    confidence: "C",
    reasoning: "Total rare earths (Nd+Pr+Dy) 29-32.5 wt% in vendor data, typically 30-31 wt%.",
    source: { url: "http://www.couragemagnet.com/faq/324.html", date: "n.d." },
  },
  {
    application: "EV traction magnet (grain-boundary diffused)",
    parameter: "dy_tb_content",
    value: 1.0,
    low: 0.3,
    high: 3,
    unit: "wt%",
    massBasis: "finished",
    confidence: "C",
    reasoning:
      "Vendor typical Dy 0.8-1.2 wt% for industrial grades; grain-boundary diffusion roughly halves heavy rare-earth use; older bulk-alloyed EV grades carried up to 7.5 wt%.",
    source: {
      url: "https://e-magnetsuk.com/introduction-to-neodymium-magnets/how-neodymium-magnets-are-made/",
      date: "n.d.",
    },
  },
  {
    application: "wind-turbine magnet",
    parameter: "dy_content",
    value: 3,
    low: 1,
    high: 4,
    unit: "wt%",
    massBasis: "finished",
    confidence: "B",
    reasoning:
      "About 4 wt% Dy in wind-turbine magnets (6-10 wt% desirable, thrifted for cost); default 3 wt% per the project reference.",
    source: ENCYC,
  },
  {
    application: "sintered NdFeB magnet",
    parameter: "ndpr_oxide_per_kg_magnet",
    value: 0.45,
    low: 0.38,
    high: 0.6,
    unit: "x",
    massBasis: "finished",
    confidence: "E",
    reasoning:
      "kg NdPr oxide per kg finished magnet: TRE 28-32% x 1.177 (NdPr oxide per metal) = 0.33-0.38 contained; / 0.8 for a 20% oxide-to-metal loss = 0.41-0.47; / 0.85 for a 15% net alloy-to-finished loss = 0.48-0.55. Default 0.45.",
    source: "own",
  },
  {
    application: "passenger EV",
    parameter: "pm_motor_share",
    value: 93,
    low: 82,
    high: null,
    unit: "%",
    massBasis: "not_applicable",
    confidence: "B",
    reasoning:
      "93% of passenger EVs (BEV+PHEV+HEV) used permanent-magnet traction motors in 2018; IDTechEx put it at 82% in 2019; current share is at least 90%.",
    source: {
      url: "https://www.adamasintel.com/93-percent-evs-used-pm-motors-2018/",
      date: "2019",
      publisher: "Adamas Intelligence",
    },
  },
  {
    application: "wind turbine",
    parameter: "ndfeb_generator_share",
    value: null,
    low: 20,
    high: 30,
    unit: "%",
    massBasis: "not_applicable",
    confidence: "B",
    reasoning:
      "20-30% of wind installations use NdFeB generators (Roskill, about 2019); far higher in China than in EU/US onshore.",
    source: {
      url: "https://roskill.com/news/rare-earths-ndfeb-wind-turbine-generator-replaced-by-high-temperature-superconductor/",
      date: "2019 (approx.)",
      publisher: "Roskill",
    },
  },
  {
    application: "all magnets",
    parameter: "eol_recycling_rate",
    value: 1,
    low: 0,
    high: 3,
    unit: "%",
    massBasis: "not_applicable",
    confidence: "C",
    reasoning:
      "Less than 1% of rare-earth magnets are recovered today (company statement); default 1%, range 0-3%.",
    source: {
      url: "https://recyclingtoday.com/news/noveon-targets-rare-earth-magnet-manufacturing-using-recycled-material/",
      date: "2022",
    },
  },
  life(
    "EV",
    15,
    12,
    18,
    "U",
    "Assumption (grade U): about 15 years (12-18); the cited model covers the EV/HEV waste flow but the value was not in the excerpt.",
    DOCKSCI,
  ),
  life("wind turbine", 25, 20, 30, "D", "20-30 years, design life 25 years.", WUNGIEL),
  life(
    "hard disk drive",
    5,
    null,
    null,
    "U",
    "Assumption (grade U): about 5 years, a common material-flow assumption; the cited model covers HDDs in PCs.",
    DOCKSCI,
  ),
  life("smartphone", 3, 2, 3, "D", "Consumer electronics 2-3 years.", WUNGIEL),
  life(
    "industrial motor",
    17,
    15,
    20,
    "U",
    "Assumption (grade U): 15-20 years, no source found.",
    "assumption",
  ),
  life(
    "inverter air conditioner",
    12,
    10,
    15,
    "U",
    "Assumption (grade U): 10-15 years, no source found.",
    "assumption",
  ),
  life(
    "humanoid robot",
    null,
    5,
    10,
    "U",
    "Assumption (grade U): 5-10 years, no source found; no central value chosen.",
    "assumption",
  ),
  life(
    "industrial robot",
    null,
    10,
    15,
    "U",
    "Assumption (grade U): 10-15 years, no source found; no central value chosen.",
    "assumption",
  ),
];

interface RefFact {
  id: string;
  description: string;
  metric: string;
  year: string;
  period: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  massBasis: string;
  source: RefSource;
  note: string;
}
const fact = (
  id: string,
  description: string,
  metric: string,
  period: string,
  value: number | null,
  unit: string,
  source: RefSource,
  note = "",
  massBasis = "not_applicable",
  low: number | null = null,
  high: number | null = null,
): RefFact => ({
  id,
  description,
  metric,
  year: period.slice(0, 4),
  period,
  value,
  low,
  high,
  unit,
  massBasis,
  source,
  note,
});
const REFERENCE_FACTS: RefFact[] = [
  fact(
    "world-mine-production-2024-mcs2026",
    "World rare-earth mine production 2024 (USGS MCS 2026 v1.3, latest edition)",
    "mine_production",
    "2024",
    380000,
    "t REO",
    "usgs-mcs-2026",
    "Latest edition. The earlier MCS 2025 estimate, 390,000 t, stays in mine-production.csv as a superseded vintage.",
  ),
  fact(
    "china-mine-production-2024",
    "China rare-earth mine production 2024 (USGS MCS 2026 v1.3, latest edition)",
    "mine_production",
    "2024",
    270000,
    "t REO",
    "usgs-mcs-2026",
    "Latest edition; the same 270,000 t in MCS 2025, footnoted there as the production quota (excludes undocumented production).",
  ),
  fact(
    "china-mine-share-2024",
    "China share of world mine production 2024 (latest USGS edition)",
    "production_share",
    "2024",
    71.1,
    "%",
    "own",
    "270,000 / 380,000 t REO (USGS MCS 2026 v1.3) = 71.05%, shown as 71.1%. The earlier MCS 2025 edition gave 270,000 / 390,000 = 69.2%.",
  ),
  fact(
    "china-refined-share-2023",
    "China share of refined rare-earth output 2023 (IEA)",
    "production_share",
    "2023",
    92,
    "%",
    {
      url: "https://seaisi.org/details/24787?type=news-rooms",
      date: "2024-06",
      publisher: "SEAISI (IEA Global Critical Minerals Outlook 2024)",
    },
  ),
  fact(
    "china-separation-share-2025",
    "China share of rare-earth separation (IEA commentary, Oct 2025)",
    "production_share",
    "2025",
    91,
    "%",
    IEA_REEX,
  ),
  fact(
    "china-magnet-manufacturing-share-2025",
    "China share of permanent-magnet manufacturing (IEA commentary, Oct 2025)",
    "production_share",
    "2025",
    94,
    "%",
    IEA_REEX,
  ),
  fact(
    "china-magnet-exports-2024",
    "China rare-earth magnet exports 2024",
    "export_volume",
    "2024",
    58152,
    "t",
    {
      url: "https://www.adamasintel.com/record-rare-earth-magnet-exports-from-china-in-2024/",
      date: "2025",
      publisher: "Adamas Intelligence",
    },
    "Scope: RE magnets and magnet alloys (Adamas definition).",
    "finished",
  ),
  fact(
    "china-magnet-exports-2025-jan-oct",
    "China rare-earth magnet exports January-October 2025 (-5.2% y/y)",
    "export_volume_ytd",
    "2025-01..2025-10",
    45290,
    "t",
    {
      url: "https://tippinsights.com/chinas-rare-earth-exports-fall-but-shipments-to-u-s-surge-56",
      date: "2025-11",
    },
    "",
    "finished",
  ),
  fact(
    "global-ndfeb-production-2024-blank",
    "Global NdFeB production 2024, alloy/blank basis",
    "magnet_production",
    "2024",
    300000,
    "t",
    "own",
    "246 kt (2022, Adamas) x 1.133 (2023 growth) x 1.00-1.10 (2024) = 279-307 kt; taken as 300 kt +/- 10%.",
    "blank",
    270000,
    330000,
  ),
  fact(
    "global-ndfeb-production-2024-finished",
    "Global NdFeB production 2024, finished-magnet basis",
    "magnet_production",
    "2024",
    null,
    "t",
    "own",
    "Blank basis 280-310 kt x 0.75-0.85 machining yield, rounded to 220-260 kt as in the project reference.",
    "finished",
    220000,
    260000,
  ),
  fact(
    "global-ndfeb-demand-2024-acrei",
    "Global NdFeB demand 2024, ACREI high-performance basis",
    "magnet_demand",
    "2024",
    122909,
    "t",
    "own",
    "43,018 t NEV demand is 35% of the ACREI total: 43,018 / 0.35 = 122,909 t.",
    "high_performance",
  ),
  fact(
    "nev-magnet-demand-2024",
    "NEV magnet demand 2024 (ACREI)",
    "magnet_demand",
    "2024",
    43018,
    "t",
    METALNOMIST_DEMAND,
    "",
    "high_performance",
  ),
  fact(
    "nev-magnet-per-vehicle-2024",
    "NdFeB per NEV, all uses, 2024 fleet average",
    "magnet_mass_per_unit",
    "2024",
    2.5,
    "kg/unit",
    "own",
    "43,018 t (ACREI) / about 17.3 M EV sales = 2.49 kg per vehicle.",
    "high_performance",
  ),
  fact(
    "nd-oxide-price-2024",
    "Nd oxide 99.5% annual average price 2024 (USGS, Argus-sourced)",
    "oxide_price_annual",
    "2024",
    56,
    "USD/kg",
    "usgs-mcs-2026",
    "Latest edition (MCS 2026 v1.3); MCS 2025 had the same 56.",
  ),
  fact(
    "dy-oxide-price-2024",
    "Dy oxide 99.5% annual average price 2024 (USGS, Argus-sourced)",
    "oxide_price_annual",
    "2024",
    257,
    "USD/kg",
    "usgs-mcs-2026",
    "Latest edition (MCS 2026 v1.3); the earlier MCS 2025 estimate was 260.",
  ),
  fact(
    "tb-oxide-price-2024",
    "Tb oxide 99.99% annual average price 2024 (USGS, Argus-sourced)",
    "oxide_price_annual",
    "2024",
    812,
    "USD/kg",
    "usgs-mcs-2026",
    "Latest edition (MCS 2026 v1.3); the earlier MCS 2025 estimate was 810.",
  ),
  fact(
    "ndpr-oxide-china-spot-2026-02",
    "NdPr oxide China spot, February 2026 (850,000 CNY/t)",
    "price",
    "2026-02",
    123,
    "USD/kg",
    {
      url: "https://www.tradingstocksnow.com/?p=20543",
      date: "2026-02",
      publisher: "Reuters (via tradingstocksnow.com)",
    },
  ),
];

// ---------------------------------------------------------------- application parameters, reference facts
const domainParameters = readFileSync(new URL("reference/domain-parameters.md", SHARED), "utf8");
function refSource(ref: RefSource): string {
  if (ref === "own") return cite(OWN);
  if (ref === "assumption") return cite(ASSUME);
  if (typeof ref === "string") return cite(ref);
  if (!domainParameters.includes(ref.url)) throw new Error(`url not in domain-parameters.md: ${ref.url}`);
  const publisher = ref.publisher ?? new URL(ref.url).hostname.replace(/^www\./, "");
  return pageSource(ref.url, publisher, ref.date);
}
write(
  "application-parameters.csv",
  columnsOf("application-parameters.csv"),
  APPLICATION_PARAMETERS.map((p) => [
    p.application,
    p.parameter,
    p.value,
    p.low,
    p.high,
    p.unit,
    p.massBasis,
    p.confidence,
    p.confidence === "U" ? "true" : "false",
    p.reasoning,
    refSource(p.source),
  ]),
);
write(
  "reference-facts.csv",
  columnsOf("reference-facts.csv"),
  REFERENCE_FACTS.map((f) => [
    f.id,
    f.description,
    f.metric,
    f.year,
    f.period,
    f.value,
    f.low,
    f.high,
    f.unit,
    f.massBasis,
    refSource(f.source),
    f.note,
  ]),
);

// ---------------------------------------------------------------- sources (last: only cited ones ship)
write(
  "sources.csv",
  columnsOf("sources.csv"),
  [...sources.values()]
    .filter((s) => cited.has(s.source_id))
    .sort((a, b) => a.source_id.localeCompare(b.source_id))
    .map((s) => [
      s.source_id,
      s.title,
      s.publisher,
      s.url,
      s.published,
      s.accessed,
      s.licence,
      s.licence_note,
    ]),
);
