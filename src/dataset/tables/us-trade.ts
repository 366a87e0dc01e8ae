/** @module us-trade.csv: U.S. imports and exports under HTS 2805, 2846 and 8505 by partner (USITC DataWeb). */
import { z } from "zod";
import { number, required, sourceId, text, year } from "../fields.ts";
import { camelKeys, defineTable } from "../table.ts";

export const UsTradeRowSchema = z
  .object({
    flow: z.enum(["imports", "exports"]),
    measure: z.enum(["Customs Value", "FAS Value", "First Unit of Quantity", "Second Unit of Quantity"]),
    period: z.enum(["full_year", "jan_apr_ytd"]),
    partner: required,
    hts4: z.enum(["2805", "2846", "8505"]),
    quantity_description: required,
    year,
    value: number,
    unit: required,
    suppressed_count: text,
    source_id: sourceId,
  })
  .transform(camelKeys);

export const usTradeTable = defineTable({
  name: "us-trade",
  file: "us-trade.csv",
  columns: [
    "flow",
    "measure",
    "period",
    "partner",
    "hts4",
    "quantity_description",
    "year",
    "value",
    "unit",
    "suppressed_count",
    "source_id",
  ],
  schema: UsTradeRowSchema,
  key: ["flow", "measure", "period", "partner", "hts4", "quantity_description", "year"],
  unitColumn: "unit",
  toFigures: (r) => {
    const isValue = r.unit === "USD";
    const kind = isValue ? "value" : "quantity";
    return [
      {
        metric: `us_${r.flow === "imports" ? "import" : "export"}_${kind}`,
        column: "value",
        ...(isValue ? {} : { idSuffix: r.measure === "First Unit of Quantity" ? "q1" : "q2" }),
        entity: "United States",
        counterparty: r.partner,
        material: `HTS ${r.hts4}`,
        // USITC reports value separately for each unit of quantity, and up to two quantity measures.
        variant: isValue ? r.quantityDescription : `${r.measure}: ${r.quantityDescription}`,
        period: r.period === "full_year" ? String(r.year) : `${r.year}-01..${r.year}-04`,
        value: r.value,
        unit: r.unit,
        sourceId: r.sourceId,
        note: [
          r.measure,
          r.quantityDescription,
          r.suppressedCount && `suppressed cells: ${r.suppressedCount}`,
        ]
          .filter(Boolean)
          .join("; "),
      },
    ];
  },
});
