/** @module `lodestone prices`: price series in USD/kg without VAT with the rates used, the same answer as GET /api/prices. */
import { ApiError } from "../../api/error.ts";
import { queryPrices } from "../../api/routes/prices.ts";
import { PriceQuerySchema } from "../../domain/price-query.ts";
import { priceTable } from "../../domain/price-table.ts";
import { parseCommandArgs, parseFormat } from "../args.ts";
import { commandStore } from "../config.ts";
import { ensureBundledData } from "../ensure-data.ts";
import { type Command, UsageError } from "../errors.ts";
import { formatNumber, toCsv, toTable } from "../format.ts";

export const PRICES_HELP = `usage: lodestone prices [--material M] [--market china|outside] [--from P] [--to P] [--format table|csv|json]
Price observations per material and market in USD/kg without VAT: yuan (euro, Australian dollar) converted with
the sourced monthly average rate of the price's month, else its year's annual average; China's VAT removed from
prices that include it, at the sourced rate in force that day. Each row names the rate, the VAT and their sources;
prices that cannot be converted are listed with the reason (never converted with a guessed rate).
  --material M      e.g. "NdPr oxide", "Dy oxide" (any case)
  --market china|outside   China domestic (and listed prices) or outside China (FOB, CIF, Europe)
  --from P --to P   a year, month or day (inclusive)
  --format json     the same body as GET /api/prices (with the premium outside China per quarter)
example:
  lodestone prices --material "NdPr oxide" --from 2024 --to 2024
`;

const OPTIONS = {
  material: { type: "string" },
  market: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  format: { type: "string" },
} as const;

export const pricesCommand: Command = async (args, fx) => {
  const { values, positionals } = parseCommandArgs("prices", args, OPTIONS);
  if (positionals.length)
    throw new UsageError(`prices: unexpected argument "${positionals[0]}"\n${PRICES_HELP}`);
  const format = parseFormat("prices", values.format, ["table", "csv", "json"] as const, "table");
  const raw = { material: values.material, market: values.market, from: values.from, to: values.to };
  const parsed = PriceQuerySchema.safeParse(raw);
  if (!parsed.success)
    throw new UsageError(
      `prices: ${parsed.error.issues
        .map((i) => {
          const name = String(i.path[0]);
          return `invalid --${name} "${raw[name as keyof typeof raw]}": ${i.message}`;
        })
        .join("\n")}`,
    );
  const store = await commandStore(fx);
  try {
    await ensureBundledData(store, (l) => fx.stderr(`${l}\n`));
    let result: Awaited<ReturnType<typeof queryPrices>>["result"];
    try {
      result = (await queryPrices(raw, store)).result;
    } catch (e) {
      if (e instanceof ApiError)
        throw new UsageError(`prices: ${e.message.replace(/^unknown material/, "unknown --material value")}`);
      throw e;
    }
    if (format === "json") {
      fx.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    const t = priceTable(result);
    if (format === "csv") fx.stdout(toCsv(t.header, t.rows));
    else {
      const cells = result.series.flatMap((s) =>
        s.points.map((p) => [
          p.material,
          p.market,
          p.date,
          formatNumber(p.usdPerKg, 2),
          `${formatNumber(p.published.low)}${p.published.high !== p.published.low ? `–${formatNumber(p.published.high)}` : ""} ${p.published.unit}`,
          p.fx ? `${p.fx.rate} ${p.fx.quote}/${p.fx.base} (${p.fx.period}, ${p.fx.source.id})` : "",
          p.vat ? `${p.vat.ratePct}% (${p.vat.source.id})` : "",
          p.source.id,
        ]),
      );
      fx.stdout(
        toTable(
          ["material", "market", "date", "USD/kg ex VAT", "published", "rate", "VAT removed", "source"],
          cells,
          [3],
        ),
      );
      for (const p of result.premium)
        fx.stdout(
          `premium ${p.material} ${p.quarter}: outside China ${formatNumber(p.outsideUsdPerKg, 2)} vs China ${formatNumber(p.chinaUsdPerKg, 2)} USD/kg = ${p.premiumPct >= 0 ? "+" : ""}${formatNumber(p.premiumPct, 1)}%\n`,
        );
    }
    if (result.skipped.length)
      fx.stderr(
        `${result.skipped.length} price(s) left out: ${[...new Set(result.skipped.map((s) => s.reason))].slice(0, 3).join("; ")}${new Set(result.skipped.map((s) => s.reason)).size > 3 ? "; ..." : ""} (--format json lists each)\n`,
      );
    return 0;
  } finally {
    await store.close();
  }
};
