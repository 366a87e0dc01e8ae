/** @module capacity-projects.csv: magnet, alloy, separation, recycling and mining capacity, in and outside China. */
import { z } from "zod";
import { UNITS } from "../../domain/units.ts";
import type { FigureDraft } from "../table.ts";
import { massBasis, optionalNumber, optionalYear, required, sourceId, text } from "../fields.ts";
import { camelKeys, defineTable, joinNote } from "../table.ts";

export const CapacityProjectRowSchema = z
  .object({
    project_id: z.string().regex(/^[A-Z]{2}-[A-Z0-9]+-\d{2}$/, "expected an id such as CN-JLM-01"),
    company: required,
    country: required,
    site: text,
    stage: z.enum(["mining", "separation", "metal_alloy", "magnet", "recycling"]),
    magnet_type: text,
    product: required,
    capacity_tpy: optionalNumber,
    capacity_basis: text,
    mass_basis: massBasis,
    capacity_text: text,
    status: z.enum(["operating", "commissioning", "construction", "planned", "uncertain", "unknown"]),
    start_year: optionalYear,
    target_year: optionalYear,
    capex_amount: optionalNumber,
    capex_currency: text,
    source_id: sourceId,
    note: text,
  })
  .transform(camelKeys);
export type CapacityProjectRow = z.infer<typeof CapacityProjectRowSchema>;

export const capacityProjectsTable = defineTable({
  name: "capacity-projects",
  file: "capacity-projects.csv",
  columns: [
    "project_id",
    "company",
    "country",
    "site",
    "stage",
    "magnet_type",
    "product",
    "capacity_tpy",
    "capacity_basis",
    "mass_basis",
    "capacity_text",
    "status",
    "start_year",
    "target_year",
    "capex_amount",
    "capex_currency",
    "source_id",
    "note",
  ],
  schema: CapacityProjectRowSchema,
  key: ["project_id"],
  toRecord: { kind: "capacity_project", id: (r) => r.projectId },
  toFigures: (r, ctx) => {
    const year = r.targetYear ?? r.startYear;
    const period = String(year ?? ctx.sourceYear(r.sourceId) ?? "");
    const when = year === null ? "period = year of the source" : r.targetYear ? "target year" : "start year";
    const common = {
      entity: r.company,
      location: r.country,
      material: r.product,
      period,
      isForecast: r.status === "planned" || r.status === "construction",
      sourceId: r.sourceId,
    };
    const out: FigureDraft[] = [];
    if (r.capacityTpy !== null)
      out.push({
        ...common,
        metric: r.massBasis === "not_applicable" ? "processing_capacity" : "production_capacity",
        column: "capacity_tpy",
        value: r.capacityTpy,
        unit: "t/yr",
        massBasis: r.massBasis,
        note: joinNote(r.projectId, r.stage, r.magnetType, r.capacityBasis, r.status, when, r.note),
      });
    // A capex in a currency outside the canonical units (e.g. MYR) stays in the row but yields no figure.
    if (r.capexAmount !== null && (UNITS as readonly string[]).includes(r.capexCurrency))
      out.push({
        ...common,
        metric: "capex",
        column: "capex_amount",
        value: r.capexAmount,
        unit: r.capexCurrency,
        note: joinNote(r.projectId, r.status, when, r.note),
      });
    return out;
  },
});
