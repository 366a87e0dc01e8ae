/** @module wind-capacity.csv: cumulative installed wind capacity by country/region (IRENA via OWID), GW. */
import { z } from "zod";
import { number, required, sourceId, text, year } from "../fields.ts";
import { camelKeys, defineTable } from "../table.ts";

export const WindCapacityRowSchema = z
  .object({
    entity: required,
    code: text,
    year,
    wind_capacity_gw: number,
    source_id: sourceId,
  })
  .transform(camelKeys);

export const windCapacityTable = defineTable({
  name: "wind-capacity",
  file: "wind-capacity.csv",
  columns: ["entity", "code", "year", "wind_capacity_gw", "source_id"],
  schema: WindCapacityRowSchema,
  key: ["entity", "year"],
  toFigures: (r) => [
    {
      metric: "wind_capacity_cumulative",
      column: "wind_capacity_gw",
      entity: r.entity,
      period: String(r.year),
      value: r.windCapacityGw,
      unit: "GW",
      sourceId: r.sourceId,
    },
  ],
});
