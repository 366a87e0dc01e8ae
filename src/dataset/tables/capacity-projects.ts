/** @module capacity-projects.csv: magnet, alloy, separation, recycling and mining capacity, in and outside China. */
import { z } from "zod";
import type { CapacityProject } from "../../domain/capacity-project.ts";
import { ProjectStatusSchema, StageSchema } from "../../domain/capacity-project.ts";
import { UNITS } from "../../domain/units.ts";
import {
  excludeReason,
  isApprox,
  massBasis,
  optionalNumber,
  optionalYear,
  required,
  sourceId,
  text,
  valueQualifier,
} from "../fields.ts";
import type { FigureDraft } from "../table.ts";
import { type ColumnFields, camelKeys, columnsOf, defineTable, fieldsOf, joinNote } from "../table.ts";

export const CapacityProjectRowSchema = z
  .object({
    project_id: z.string().regex(/^[A-Z]{2}-[A-Z0-9]+-\d{2}$/, "expected an id such as CN-JLM-01"),
    company: required,
    country: required,
    site: text,
    stage: StageSchema,
    magnet_type: text,
    product: required,
    capacity_tpy: optionalNumber,
    capacity_low_tpy: optionalNumber,
    capacity_high_tpy: optionalNumber,
    capacity_tpy_qualifier: valueQualifier,
    is_approx: isApprox,
    capacity_basis: text,
    mass_basis: massBasis,
    capacity_text: text,
    status: ProjectStatusSchema,
    start_year: optionalYear,
    target_year: optionalYear,
    capex_amount: optionalNumber,
    capex_amount_qualifier: valueQualifier,
    capex_is_approx: isApprox,
    capex_currency: text,
    source_id: sourceId,
    exclude_reason: excludeReason,
    note: text,
  })
  .refine((r) => r.capacity_tpy === null || (r.capacity_low_tpy === null && r.capacity_high_tpy === null), {
    message: "expected either capacity_tpy or a capacity_low_tpy/capacity_high_tpy range, not both",
    path: ["capacity_tpy"],
  })
  .refine((r) => (r.capacity_low_tpy === null) === (r.capacity_high_tpy === null), {
    message: "expected both capacity_low_tpy and capacity_high_tpy for a range",
    path: ["capacity_high_tpy"],
  })
  .refine((r) => r.capacity_tpy !== null || r.capacity_tpy_qualifier === null, {
    message: "expected capacity_tpy_qualifier only with a capacity_tpy",
    path: ["capacity_tpy_qualifier"],
  })
  .refine((r) => r.capex_amount === null || r.capex_currency !== "", {
    message: "expected a capex_currency when capex_amount is set",
    path: ["capex_currency"],
  })
  .refine((r) => r.capex_amount !== null || (r.capex_amount_qualifier === null && !r.capex_is_approx), {
    message: "expected no capex_amount_qualifier or capex_is_approx without a capex_amount",
    path: ["capex_amount_qualifier"],
  })
  .transform(camelKeys);
export type CapacityProjectRow = z.infer<typeof CapacityProjectRowSchema>;

/** Each column of capacity-projects.csv and the field of the domain capacity project it becomes (the CLI's CSV has the same columns). */
export const CAPACITY_PROJECT_FIELDS = [
  ["project_id", "id"],
  ["company", "company"],
  ["country", "country"],
  ["site", "site"],
  ["stage", "stage"],
  ["magnet_type", "magnetType"],
  ["product", "product"],
  ["capacity_tpy", "capacityTpy"],
  ["capacity_low_tpy", "capacityLowTpy"],
  ["capacity_high_tpy", "capacityHighTpy"],
  ["capacity_tpy_qualifier", "capacityQualifier"],
  ["is_approx", "approx"],
  ["capacity_basis", "capacityBasis"],
  ["mass_basis", "massBasis"],
  ["capacity_text", "capacityText"],
  ["status", "status"],
  ["start_year", "startYear"],
  ["target_year", "targetYear"],
  ["capex_amount", "capexAmount"],
  ["capex_amount_qualifier", "capexQualifier"],
  ["capex_is_approx", "capexApprox"],
  ["capex_currency", "capexCurrency"],
  ["source_id", "sourceId"],
  ["exclude_reason", "excludeReason"],
  ["note", "note"],
] as const satisfies ColumnFields<CapacityProject>;

export const capacityProjectsTable = defineTable({
  name: "capacity-projects",
  file: "capacity-projects.csv",
  columns: columnsOf(CAPACITY_PROJECT_FIELDS),
  schema: CapacityProjectRowSchema,
  key: ["project_id"],
  nonZero: ["capacity_tpy", "capacity_low_tpy", "capacity_high_tpy", "capex_amount"],
  toItem: (r) => ({ kind: "capacity_project", value: toCapacityProject(r) }),
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
      excludeReason: r.excludeReason,
      sourceId: r.sourceId,
    };
    const out: FigureDraft[] = [];
    if (r.capacityTpy !== null || r.capacityLowTpy !== null)
      out.push({
        ...common,
        metric: r.massBasis === "not_applicable" ? "processing_capacity" : "production_capacity",
        column: r.capacityTpy !== null ? "capacity_tpy" : "capacity_low_tpy",
        value: r.capacityTpy,
        low: r.capacityLowTpy,
        high: r.capacityHighTpy,
        qualifier: r.capacityTpyQualifier,
        approx: r.isApprox,
        unit: "t/yr",
        massBasis: r.massBasis,
        note: joinNote(r.projectId, r.stage, r.magnetType, r.capacityBasis, r.status, when, r.note),
      });
    // A capex in a currency outside the canonical units stays in the row but yields no figure.
    if (r.capexAmount !== null && (UNITS as readonly string[]).includes(r.capexCurrency))
      out.push({
        ...common,
        metric: "capex",
        column: "capex_amount",
        value: r.capexAmount,
        qualifier: r.capexAmountQualifier,
        approx: r.capexIsApprox,
        unit: r.capexCurrency,
        note: joinNote(r.projectId, r.status, when, r.note),
      });
    return out;
  },
});

/** The domain capacity project for a checked row (its fields are the renamed columns). */
export const toCapacityProject = (r: CapacityProjectRow): CapacityProject =>
  fieldsOf(CAPACITY_PROJECT_FIELDS, r);
