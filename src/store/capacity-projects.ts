/** @module Capacity projects in the store: filters shared by `lodestone projects` and GET /api/capacity-projects. */
import { z } from "zod";
import { type CapacityProject, ProjectStatusSchema, StageSchema } from "../domain/capacity-project.ts";
import { MassBasisSchema } from "../domain/mass-basis.ts";
import { matchesName, sameEntity } from "./name-match.ts";
import {
  checkRange,
  contains,
  enumList,
  excludedField,
  FilterError,
  likePattern,
  list,
  type Page,
  paging,
  type SourceRef,
  unknownValues,
  yearField,
} from "./query-fields.ts";
import { SOURCE_SELECT, sourceRef } from "./source-ref.ts";
import type { Sql } from "./sql.ts";
import { createWhere } from "./where.ts";

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
  q: z.string().optional().describe("Text search over id, company, site, product, capacity text and note."),
  excluded: excludedField,
  ...paging,
});

export const ProjectQuerySchema = ProjectQueryObject.superRefine((v, ctx) =>
  checkRange(v.startFrom, v.startTo, ["startFrom", "startTo"], ctx),
);
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
  const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))].sort();
  return {
    countries: uniq(rows.map((r) => r.country)),
    companies: uniq(rows.map((r) => r.company)),
    types: uniq(rows.flatMap((r) => [r.magnet_type, r.product])),
  };
}

/** Checks filter values against the table; company values become the full names they match. Throws FilterError. */
export function resolveProjectQuery(q: ProjectQuery, f: ProjectFacets): ProjectQuery {
  const issues = [
    ...unknownValues("country", q.country, f.countries, sameEntity),
    ...unknownValues("company", q.company, f.companies, matchesName),
    ...unknownValues("type", q.type === undefined ? undefined : [q.type], f.types, contains),
  ];
  if (issues.length) throw new FilterError(issues);
  const company = q.company && f.companies.filter((c) => q.company!.some((v) => matchesName(v, c)));
  const country = q.country && f.countries.filter((c) => q.country!.some((v) => sameEntity(v, c)));
  return { ...q, ...(company ? { company } : {}), ...(country ? { country } : {}) };
}

export async function queryCapacityProjects(sql: Sql, q: ProjectQuery): Promise<Page<CapacityProjectRow>> {
  const where = createWhere();
  if (q.country?.length) where.add("p.country = ANY(?::text[])", q.country);
  if (q.company?.length) where.add("p.company = ANY(?::text[])", q.company);
  if (q.stage?.length) where.add("p.stage = ANY(?::text[])", q.stage);
  if (q.status?.length) where.add("p.status = ANY(?::text[])", q.status);
  if (q.startFrom !== undefined) where.add("coalesce(p.start_year, p.target_year) >= ?::int", q.startFrom);
  if (q.startTo !== undefined) where.add("coalesce(p.start_year, p.target_year) <= ?::int", q.startTo);
  if (q.type) {
    const p = `$${where.params.push(likePattern(q.type))}`;
    where.raw(`(p.magnet_type ILIKE ${p} OR p.product ILIKE ${p})`);
  }
  if (q.basis?.length) where.add("p.mass_basis = ANY(?::text[])", q.basis);
  if (q.q)
    where.add(
      "concat_ws(' ', p.id, p.company, p.site, p.product, p.capacity_basis, p.capacity_text, p.note) ILIKE ?",
      likePattern(q.q),
    );
  if (q.excluded === "exclude") where.raw("p.exclude_reason = ''");
  if (q.excluded === "only") where.raw("p.exclude_reason <> ''");
  const total = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM capacity_project p ${where.sql}`,
    where.params,
  );
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT p.*, ${SOURCE_SELECT} FROM capacity_project p JOIN source s ON s.id = p.source_id ${where.sql}
     ORDER BY p.country, p.company, p.id LIMIT ${q.limit} OFFSET ${q.offset}`,
    where.params,
  );
  return {
    total: total[0]?.n ?? 0,
    items: rows.map((r) => ({ ...toCapacityProject(r), source: sourceRef(r) })),
  };
}

const COLUMNS: [keyof CapacityProject, string][] = [
  ["id", "id"],
  ["company", "company"],
  ["country", "country"],
  ["site", "site"],
  ["stage", "stage"],
  ["magnetType", "magnet_type"],
  ["product", "product"],
  ["capacityTpy", "capacity_tpy"],
  ["capacityLowTpy", "capacity_low_tpy"],
  ["capacityHighTpy", "capacity_high_tpy"],
  ["capacityQualifier", "capacity_qualifier"],
  ["approx", "approx"],
  ["capacityBasis", "capacity_basis"],
  ["massBasis", "mass_basis"],
  ["capacityText", "capacity_text"],
  ["status", "status"],
  ["startYear", "start_year"],
  ["targetYear", "target_year"],
  ["capexAmount", "capex_amount"],
  ["capexQualifier", "capex_qualifier"],
  ["capexApprox", "capex_approx"],
  ["capexCurrency", "capex_currency"],
  ["sourceId", "source_id"],
  ["excludeReason", "exclude_reason"],
  ["note", "note"],
];

/** SQL column names of the capacity_project table, in the order of the domain type. */
export const CAPACITY_PROJECT_COLUMNS = COLUMNS.map(([, c]) => c);

export function toCapacityProject(r: Record<string, unknown>): CapacityProject {
  return Object.fromEntries(COLUMNS.map(([k, c]) => [k, r[c]])) as CapacityProject;
}

export function capacityProjectRow(p: CapacityProject): Record<string, unknown> {
  return Object.fromEntries(COLUMNS.map(([k, c]) => [c, p[k]]));
}
