/** @module `lodestone figures`: query sourced figures with the same filters as GET /api/figures. */
import { FigureQuerySchema, unknownFilterValues } from "../../store/figure-query.ts";
import { parseCommandArgs, parseFormat } from "../args.ts";
import { commandStore } from "../config.ts";
import { ensureBundledData } from "../ensure-data.ts";
import { type Command, UsageError, unknownValuesError } from "../errors.ts";
import { renderFigures } from "../figures-render.ts";

const OPTIONS = {
  metric: { type: "string" },
  entity: { type: "string" },
  country: { type: "string" },
  counterparty: { type: "string" },
  destination: { type: "string" },
  material: { type: "string" },
  dataset: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  period: { type: "string" },
  vintage: { type: "string" },
  latest: { type: "boolean" },
  preferred: { type: "boolean" },
  per: { type: "string" },
  limit: { type: "string" },
  offset: { type: "string" },
  format: { type: "string" },
} as const;

export const FIGURES_HELP = `usage: lodestone figures [filters] [--format table|csv|json]
  --metric ID[,ID]        e.g. export_volume, mine_production, oxide_price_annual, price, reserves
  --entity NAME           whose figure (country, company, material; any alias: World = "World total",
                          US = "United States", EU = EU-27); --country is an alias
  --counterparty NAME     destination, partner or funder; --destination is an alias
  --material NAME         e.g. "rare earth magnets", "NdPr oxide"
  --from P --to P         period range (2025, 2025-03, 2025-Q1, 2025-H1); --period P sets both
  --per KIND              year, half, quarter, month, day or range
  --vintage V | --latest  a publication vintage, or only the newest vintage of each series
  --preferred             only the preferred value of each (series, period): one answer per question
  --dataset NAME          a data file, e.g. china-magnet-exports
  --limit N --offset N    paging (default 100 rows)
examples:
  lodestone figures --metric export_volume --entity China --counterparty Germany --from 2025-01 --to 2025-12 --per month
  lodestone figures --metric mine_production --period 2024 --latest
`;

export const figuresCommand: Command = async (args, fx) => {
  const { values, positionals } = parseCommandArgs("figures", args, OPTIONS);
  if (positionals.length)
    throw new UsageError(`figures: unexpected argument "${positionals[0]}"\n${FIGURES_HELP}`);
  const format = parseFormat("figures", values.format, ["table", "csv", "json"] as const, "table");
  if (values.period && (values.from || values.to))
    throw new UsageError("figures: use --period or --from/--to, not both");
  if (values.latest && values.vintage) throw new UsageError("figures: use --latest or --vintage, not both");
  const input = {
    metric: values.metric,
    entity: values.entity ?? values.country,
    counterparty: values.counterparty ?? values.destination,
    material: values.material,
    dataset: values.dataset,
    from: values.from ?? values.period,
    to: values.to ?? values.period,
    vintage: values.latest ? "latest" : values.vintage,
    preferred: values.preferred,
    per: values.per,
    limit: values.limit,
    offset: values.offset,
  };
  const parsed = FigureQuerySchema.safeParse(
    Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
  );
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `invalid --${String(i.path[0])}: ${i.message}`).join("\n");
    throw new UsageError(`figures: ${msg}`);
  }
  const q = parsed.data;
  const store = await commandStore(fx);
  try {
    await ensureBundledData(store, (l) => fx.stderr(`${l}\n`));
    const unknown = unknownFilterValues(q, await store.facets());
    if (unknown.length) throw unknownValuesError("figures", unknown);
    const page = await store.figures(q);
    fx.stdout(renderFigures(page.items, format));
    if (format === "table") {
      const shown = page.items.length;
      fx.stderr(
        shown === page.total
          ? `${page.total} figure${page.total === 1 ? "" : "s"}\n`
          : `showing ${q.offset + 1}–${q.offset + shown} of ${page.total} figures (use --limit and --offset for more)\n`,
      );
    }
    return 0;
  } finally {
    await store.close();
  }
};
