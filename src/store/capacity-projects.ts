/** @module Capacity projects in the store: filters shared by `lodestone projects` and GET /api/capacity-projects. */
import { z } from "zod";
import {
  type CapacityProject,
  CapacityProjectSchema,
  ProjectStatusSchema,
  StageSchema,
} from "../domain/capacity-project.ts";
import { MassBasisSchema } from "../domain/mass-basis.ts";
import { anyOf, containsText, distinct, matching, one, yearBound } from "./curated-query.ts";
import { defineCuratedTable } from "./curated-table.ts";
import { matchesName, sameEntity } from "./name-match.ts";
import {
  contains,
  enumList,
  FilterError,
  list,
  searchAndPaging,
  unknownValues,
  withRange,
  yearField,
} from "./query-fields.ts";
import type { SourceRef } from "./source-ref.ts";
import type { Sql } from "./sql.ts";

/** The filters as an object (documented fields; the OpenAPI query parameters are generated from it). */
export const ProjectQueryObject = z.object({
  country: list.optional().describe("Country of the plant (case-insensitive)."),
  company: list.optional().describe("Company name, its start (`JL Mag`) or a word of it, case-insensitive."),
  stage: enumList(StageSchema.options)
    .optional()
    .describe("Stage: mining, separation, metal_alloy, magnet, recycling."),
  status: enumList(ProjectStatusSchema.options)
    .optional()
    .describe("Status: operating, commissioning, construction, planned, uncertain, unknown."),
  startFrom: yearField
    .optional()
    .describe(
      "Projects starting in or after this year (start year, or target year when no start year is given).",
    ),
  startTo: yearField.optional().describe("Projects starting in or before this year."),
  type: z
    .string()
    .optional()
    .describe("Text contained in the magnet type or product, e.g. `sintered`, `ferrite`, `blank`."),
  basis: enumList(MassBasisSchema.options)
    .optional()
    .describe(
      "Mass basis of the capacity: alloy, blank, finished, high_performance, element, not_applicable.",
    ),
  ...searchAndPaging("id, company, site, product, capacity text and note"),
});

export const ProjectQuerySchema = withRange(ProjectQueryObject, "startFrom", "startTo");
export type ProjectQuery = z.infer<typeof ProjectQuerySchema>;
export type ProjectQueryInput = z.input<typeof ProjectQuerySchema>;

export type CapacityProjectRow = CapacityProject & { source: SourceRef };

export interface ProjectFacets {
  countries: string[];
  companies: string[];
  types: string[];
}

export async function projectFacets(sql: Sql): Promise<ProjectFacets> {
  const rows = await sql.query<{ country: string; company: string; magnet_type: string; product: string }>(
    "SELECT country, company, magnet_type, product FROM capacity_project",
  );
  return {
    countries: distinct(rows.map((r) => r.country)),
    companies: distinct(rows.map((r) => r.company)),
    types: distinct(rows.flatMap((r) => [r.magnet_type, r.product])),
  };
}

/** Checks filter values against the table; company values become the full names they match. Throws FilterError. */
export function resolveProjectQuery(q: ProjectQuery, f: ProjectFacets): ProjectQuery {
  const issues = [
    ...unknownValues("country", q.country, f.countries, sameEntity),
    ...unknownValues("company", q.company, f.companies, matchesName),
    ...unknownValues("type", one(q.type), f.types, contains),
  ];
  if (issues.length) throw new FilterError(issues);
  const company = matching(q.company, f.companies, matchesName);
  const country = matching(q.country, f.countries, sameEntity);
  return { ...q, ...(company ? { company } : {}), ...(country ? { country } : {}) };
}

/** The capacity_project table: columns from the domain schema, filters as declared conditions. */
export const capacityProjectTable = defineCuratedTable<ProjectQuery, CapacityProject>({
  table: "capacity_project",
  alias: "p",
  schema: CapacityProjectSchema,
  filters: [
    anyOf("country", "p.country"),
    anyOf("company", "p.company"),
    anyOf("stage", "p.stage"),
    anyOf("status", "p.status"),
    yearBound("startFrom", ">=", "coalesce(p.start_year, p.target_year)"),
    yearBound("startTo", "<=", "coalesce(p.start_year, p.target_year)"),
    containsText("type", "p.magnet_type", "p.product"),
    anyOf("basis", "p.mass_basis"),
  ],
  search: ["p.id", "p.company", "p.site", "p.product", "p.capacity_basis", "p.capacity_text", "p.note"],
  orderBy: "p.country, p.company, p.id",
});
