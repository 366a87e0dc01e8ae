/** @module `lodestone series`: one value per period for one series, the same answer as GET /api/series. */
import { SeriesError, type SeriesResult } from "../../domain/series.ts";
import { SeriesQuerySchema, unknownSeriesValues } from "../../store/series-query.ts";
import { parseCommandArgs, parseFormat } from "../args.ts";
import { commandStore } from "../config.ts";
import { ensureBundledData } from "../ensure-data.ts";
import { type Command, UsageError, unknownValuesError } from "../errors.ts";
import { renderSeries } from "../series-render.ts";

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
  "share-of": { type: "string" },
  forecast: { type: "boolean" },
  format: { type: "string" },
} as const;

/** Query fields whose option is spelled differently on the command line. */
const FLAG_OF: Record<string, string> = { shareOf: "share-of" };

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
  --share-of NAME         each value as a % of this aggregate's (World, EU-27 ...), same period and edition;
                          the aggregate replaces the entity, or the counterparty when --counterparty is given
  --material, --location, --basis, --unit, --variant   choose between series that differ only there
  --forecast              projections instead of history
examples:
  lodestone series --metric export_volume --entity China --counterparty World --from 2025-01 --to 2025-09 --per month
  lodestone series --metric mine_production --entity World --from 2020 --to 2025
  lodestone series --metric mine_production --entity China --share-of World --period 2024
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
    shareOf: values["share-of"],
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
          const typed =
            values.period && (name === "from" || name === "to") ? "period" : (FLAG_OF[name] ?? name);
          const value = input[name];
          return `invalid --${typed}${value !== undefined ? ` "${value}"` : ""}: ${i.message}`;
        }),
      ),
    ].join("\n");
    throw new UsageError(`series: ${msg}`);
  }
  const q = parsed.data;
  const store = await commandStore(fx);
  try {
    await ensureBundledData(store, (l) => fx.stderr(`${l}\n`));
    const unknown = unknownSeriesValues(q, await store.facets());
    if (unknown.length) throw unknownValuesError("series", unknown, (f) => FLAG_OF[f] ?? f);
    let s: SeriesResult;
    try {
      s = await store.series(q);
    } catch (e) {
      if (e instanceof SeriesError) throw new UsageError(`series: ${e.message}`);
      throw e;
    }
    if (s.items.length || format !== "table") fx.stdout(renderSeries(s, format));
    if (s.reason) fx.stderr(`no items: ${s.reason}\n`);
    return 0;
  } finally {
    await store.close();
  }
};
