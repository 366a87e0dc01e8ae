/** @module ev-sales.csv: IEA Global EV Outlook 2024 sales, sales share and stock by region (history + projections). */
import { z } from "zod";
import { number, required, sourceId, year } from "../fields.ts";
import { camelKeys, defineTable } from "../table.ts";

const METRIC = {
  "EV sales": "ev_sales",
  "EV stock": "ev_stock",
  "EV sales share": "ev_sales_share",
} as const;

export const EvSalesRowSchema = z
  .object({
    region: required,
    category: z.enum(["Historical", "Projection-STEPS", "Projection-APS"]),
    parameter: z.enum(["EV sales", "EV stock", "EV sales share"]),
    mode: z.enum(["Cars", "Buses", "Vans", "Trucks"]),
    powertrain: z.enum(["BEV", "PHEV", "FCEV", "EV"]),
    year,
    value: number,
    unit: required,
    source_id: sourceId,
  })
  .transform(camelKeys);

export const evSalesTable = defineTable({
  name: "ev-sales",
  file: "ev-sales.csv",
  columns: ["region", "category", "parameter", "mode", "powertrain", "year", "value", "unit", "source_id"],
  schema: EvSalesRowSchema,
  key: ["region", "category", "parameter", "mode", "powertrain", "year"],
  unitColumn: "unit",
  toFigures: (r) => [
    {
      metric: METRIC[r.parameter],
      column: "value",
      ...(r.category === "Historical" ? {} : { idSuffix: r.category }),
      entity: r.region,
      material: `${r.mode} ${r.powertrain}`,
      variant: r.category === "Historical" ? "" : r.category,
      period: String(r.year),
      value: r.value,
      unit: r.unit,
      isForecast: r.category !== "Historical",
      sourceId: r.sourceId,
      note: r.category,
    },
  ],
});
