/** @module `lodestone series`: one value per period for one series, the same answer as GET /api/series. */
import { type SeriesItem, SeriesError, type SeriesResult } from "../../domain/series.ts";
import { SeriesQuerySchema, unknownSeriesValues } from "../../store/series-query.ts";
import { parseCommandArgs, parseFormat } from "../args.ts";
import { openConfiguredStore } from "../config.ts";
import { ensureBundledData } from "../ensure-data.ts";
import { type Command, UsageError } from "../errors.ts";
import { formatNumber, toCsv, toTable } from "../format.ts";

const OPTIONS = {
  metric: { type: "string" },
  entity: { type: "string" },
  country: { type: "string" },
  counterparty: { type: "string" },
  destination: { type: "string" },
  material: { type: "string" },
  location: { type: "string" },
  basis: { type: "string" },
  unit: { type: "string" },
  variant: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  period: { type: "string" },
  per: { type: "string" },
  vintage: { type: "string" },
  forecast: { type: "boolean" },
  format: { type: "string" },
} as const;

export const SERIES_HELP = `usage: lodestone series --metric ID --entity NAME [options] [--format table|csv|json]
One value per period, never double counting: the preferred reported value, or the sum of preferred
months (quarters) when no total is reported and every part is present. Each item says how it was
obtained, its quality and confidence, and lists the other reported values with why they lost.
  --metric ID             e.g. export_volume, export_value, mine_production (x and x_ytd are one series)
  --entity NAME           any name or alias: World = "World total", US = USA = "United States", EU = EU-27
  --counterparty NAME     destination or partner (any alias); --destination is an alias
  --from P --to P         period range (2025, 2025-03, 2025-Q1); --period P sets both
  --per month|quarter|year  default: the finest the data has
  --vintage V             an older edition of a revised statistic (default: the latest)
  --material, --location, --basis, --unit, --variant   choose between series that differ only there
  --forecast              projections instead of history
examples:
  lodestone series --metric export_volume --entity China --counterparty World --from 2025-01 --to 2025-09 --per month
  lodestone series --metric mine_production --entity World --from 2020 --to 2025
`;

export const seriesCommand: Command = async (args, fx) => {
  const { values, positionals } = parseCommandArgs("series", args, OPTIONS);
  if (positionals.length)
    throw new UsageError(`series: unexpected argument "${positionals[0]}"\n${SERIES_HELP}`);
  const format = parseFormat("series", values.format, ["table", "csv", "json"] as const, "table");
  if (values.period && (values.from || values.to))
    throw new UsageError("series: use --period or --from/--to, not both");
  if (!values.metric) throw new UsageError(`series: missing --metric\n${SERIES_HELP}`);
  if (!(values.entity ?? values.country)) throw new UsageError(`series: missing --entity\n${SERIES_HELP}`);
  const input: Record<string, string | boolean | undefined> = {
    metric: values.metric,
    entity: values.entity ?? values.country,
    counterparty: values.counterparty ?? values.destination,
    material: values.material,
    location: values.location,
    basis: values.basis,
    unit: values.unit,
    variant: values.variant,
    from: values.from ?? values.period,
    to: values.to ?? values.period,
    per: values.per,
    vintage: values.vintage,
    forecast: values.forecast,
  };
  const parsed = SeriesQuerySchema.safeParse(
    Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
  );
  if (!parsed.success) {
    const msg = [
      ...new Set(
        parsed.error.issues.map((i) => {
          const name = String(i.path[0]);
          const typed = values.period && (name === "from" || name === "to") ? "period" : name;
          const value = input[name];
          return `invalid --${typed}${value !== undefined ? ` "${value}"` : ""}: ${i.message}`;
        }),
      ),
    ].join("\n");
    throw new UsageError(`series: ${msg}`);
  }
  const q = parsed.data;
  const store = await openConfiguredStore(fx.env);
  try {
    await ensureBundledData(store, (l) => fx.stderr(`${l}\n`));
    const unknown = unknownSeriesValues(q, await store.facets());
    if (unknown.length)
      throw new UsageError(
        `series: ${unknown.map((u) => u.message.replace(/^unknown (\w+)/, "unknown --$1 value")).join("\n")}`,
      );
    let s: SeriesResult;
    try {
      s = await store.series(q);
    } catch (e) {
      if (e instanceof SeriesError) throw new UsageError(`series: ${e.message}`);
      throw e;
    }
    if (s.items.length || format !== "table") fx.stdout(render(s, format));
    if (s.reason) fx.stderr(`no items: ${s.reason}\n`);
    return 0;
  } finally {
    await store.close();
  }
};

function valueText(i: SeriesItem): string {
  const sign = { gt: ">", gte: "≥", lt: "<", lte: "≤" } as const;
  if (i.value !== null)
    return `${i.qualifier ? sign[i.qualifier] : ""}${i.approx ? "~" : ""}${formatNumber(i.value)}`;
  if (i.low !== null && i.high !== null) return `${formatNumber(i.low)}–${formatNumber(i.high)}`;
  return "–";
}

const how = (i: SeriesItem) =>
  i.composition === "reported"
    ? i.metric.endsWith("_ytd")
      ? "reported (ytd)"
      : "reported"
    : i.composition.replaceAll("_", " ");

const sourceText = (i: SeriesItem) =>
  i.source
    ? `${i.source.publisher.slice(0, 34)}, ${i.source.published.slice(0, 10)} [${i.source.id}]`
    : i.parts.length
      ? `${i.parts.length} parts (${i.parts[0]!.period} to ${i.parts.at(-1)!.period})`
      : i.reason;

function render(s: SeriesResult, format: "table" | "csv" | "json"): string {
  if (format === "json") return `${JSON.stringify(s, null, 2)}\n`;
  if (format === "csv")
    return toCsv(
      [
        "period",
        "value",
        "low",
        "high",
        "qualifier",
        "approx",
        "unit",
        "basis",
        "composition",
        "quality",
        "confidence",
        "conflict",
        "figure_id",
        "source_id",
        "source_publisher",
        "source_published",
        "parts",
        "alternatives",
        "reason",
      ],
      s.items.map((i) => [
        i.period,
        i.value,
        i.low,
        i.high,
        i.qualifier ?? "",
        i.approx,
        i.unit,
        i.basis,
        i.composition,
        i.quality,
        i.confidence,
        i.conflict,
        i.figureId ?? "",
        i.source?.id ?? "",
        i.source?.publisher ?? "",
        i.source?.published ?? "",
        i.parts.map((p) => p.period).join(" "),
        i.alternatives.length,
        i.reason,
      ]),
    );
  const title = `${s.entity}${s.counterparty ? ` → ${s.counterparty}` : ""} · ${s.metric}${s.material ? ` · ${s.material}` : ""} · ${s.unit}${s.basis && s.basis !== "not_applicable" ? ` (${s.basis} basis)` : ""}${s.variant ? ` · ${s.variant}` : ""} · per ${s.per}`;
  const table = toTable(
    ["period", "value", "how", "quality", "confidence", "alt", "source"],
    s.items.map((i) => [
      i.period,
      valueText(i) + (i.conflict ? " !" : ""),
      how(i),
      i.quality,
      i.confidence,
      String(i.alternatives.length),
      sourceText(i),
    ]),
    [1, 5],
  );
  const t = s.total;
  const total = t
    ? `total ${t.period}: ${valueText(t)} ${s.unit} (${how(t)}${t.source ? `, ${t.source.publisher} [${t.source.id}]` : ""})${t.alternatives
        .filter((a) => a.figureId === null)
        .map((a) => `; sum of the items ${formatNumber(a.value)}`)
        .join("")}\n`
    : "";
  const legend = s.items.some((i) => i.conflict)
    ? "! sources disagree beyond rounding (see --format json)\n"
    : "";
  return `${title}\n${table}${total}${legend}`;
}
