/** @module The policy register in the store: filters shared by `lodestone policy` and GET /api/policy-events. */
import { z } from "zod";
import { toElementSymbol } from "../domain/element.ts";
import { periodSpan } from "../domain/period.ts";
import {
  InstrumentSchema,
  type PolicyEvent,
  PolicyEventSchema,
  PolicyStatusSchema,
} from "../domain/policy-event.ts";
import {
  anyOf,
  containsText,
  distinct,
  type Filter,
  matching,
  one,
  overlaps,
  when,
} from "./curated-query.ts";
import { defineCuratedTable } from "./curated-table.ts";
import { sameEntity } from "./name-match.ts";
import {
  contains,
  enumList,
  FilterError,
  type FilterIssue,
  likePattern,
  list,
  periodField,
  searchAndPaging,
  unknownValues,
  withRange,
} from "./query-fields.ts";
import type { SourceRef } from "./source-ref.ts";
import type { Sql } from "./sql.ts";

/** The filters as an object (documented fields; the OpenAPI query parameters are generated from it). */
export const PolicyQueryObject = z.object({
  jurisdiction: list
    .optional()
    .describe("Country or bloc (case-insensitive); an event of several jurisdictions matches each of them."),
  instrument: enumList(InstrumentSchema.options)
    .optional()
    .describe("Instrument: export_control, licence, funding, tariff, quota ..."),
  status: enumList(PolicyStatusSchema.options)
    .optional()
    .describe("Status: in_force, suspended, expired, planned ..."),
  material: z
    .string()
    .optional()
    .describe(
      "Text contained in one of the event's materials (case-insensitive), e.g. `magnet`, `graphite`.",
    ),
  element: list.optional().describe("Element symbols or names the event names, e.g. `Dy`, `terbium`."),
  hs: list.optional().describe("HS code or its leading digits (dots allowed), e.g. `8505`, `8505.11`."),
  announcement: z
    .string()
    .optional()
    .describe("Text contained in the announcement number, e.g. `No. 18`, `[2025]`."),
  from: periodField
    .optional()
    .describe("Events whose date or effective date falls in the range (periods overlap)."),
  to: periodField.optional().describe("End of the date range (inclusive)."),
  ...searchAndPaging("id, title, summary, materials, announcement number and note"),
});

export const PolicyQuerySchema = withRange(PolicyQueryObject, "from", "to");
export type PolicyQuery = z.infer<typeof PolicyQuerySchema>;
export type PolicyQueryInput = z.input<typeof PolicyQuerySchema>;

/** A policy event as served, with its source beside it. */
export type PolicyEventRow = PolicyEvent & { source: SourceRef };

/** Distinct values the policy filters are checked against. */
export interface PolicyFacets {
  jurisdictions: string[];
  materials: string[];
  announcements: string[];
  hsCodes: string[];
}

const parts = (s: string) =>
  s
    .split(";")
    .map((x) => x.trim())
    .filter(Boolean);

export async function policyFacets(sql: Sql): Promise<PolicyFacets> {
  const rows = await sql.query<{
    jurisdiction: string;
    materials: string[];
    announcement_no: string;
    hs_codes: string[];
  }>("SELECT jurisdiction, materials, announcement_no, hs_codes FROM policy_event");
  return {
    jurisdictions: distinct(rows.flatMap((r) => parts(r.jurisdiction))),
    materials: distinct(rows.flatMap((r) => r.materials)),
    announcements: distinct(rows.map((r) => r.announcement_no)),
    hsCodes: distinct(rows.flatMap((r) => r.hs_codes)),
  };
}

/** Element filter values as symbols; unknown names are reported. */
function elementSymbols(values: readonly string[] | undefined, issues: FilterIssue[]): string[] | undefined {
  if (!values) return undefined;
  const out: string[] = [];
  for (const v of values) {
    const s = toElementSymbol(v);
    if (s) out.push(s);
    else
      issues.push({
        field: "element",
        value: v,
        message: `unknown element "${v}"; expected a symbol or name such as Dy, Tb, Sm or dysprosium`,
      });
  }
  return out;
}

/** Checks filter values against what the register holds; returns the query with canonical values, or throws FilterError. */
export function resolvePolicyQuery(q: PolicyQuery, f: PolicyFacets): PolicyQuery {
  const issues: FilterIssue[] = [
    ...unknownValues("jurisdiction", q.jurisdiction, f.jurisdictions, sameEntity),
    ...unknownValues("material", one(q.material), f.materials, contains),
    ...unknownValues("announcement", one(q.announcement), f.announcements, contains),
  ];
  const hs = q.hs?.map((h) => h.replaceAll(".", ""));
  for (const h of hs ?? [])
    if (!/^\d{2,10}$/.test(h))
      issues.push({
        field: "hs",
        value: h,
        message: `invalid hs "${h}"; expected 2 to 10 digits such as 8505 or 85051110`,
      });
  issues.push(
    ...unknownValues(
      "hs",
      hs?.filter((h) => /^\d{2,10}$/.test(h)),
      f.hsCodes,
      (v, k) => k.startsWith(v),
    ),
  );
  const element = elementSymbols(q.element, issues);
  if (issues.length) throw new FilterError(issues);
  const jurisdiction = matching(q.jurisdiction, f.jurisdictions, sameEntity);
  return {
    ...q,
    ...(jurisdiction ? { jurisdiction } : {}),
    ...(element ? { element } : {}),
    ...(hs ? { hs } : {}),
  };
}

/** Loose dates (2025, 2025-04) are spans: an event matches when its date or effective date overlaps the range. */
const dateOverlap: Filter<PolicyQuery> = (q, where) => {
  if (!q.from && !q.to) return;
  const start = `${where.param(q.from ? periodSpan(q.from)!.start : "0001-01-01")}::date`;
  const end = `${where.param(q.to ? periodSpan(q.to)!.end : "9999-12-31")}::date`;
  where.raw(
    `((e.date_start <= ${end} AND e.date_end >= ${start}) OR (e.effective_start <= ${end} AND e.effective_end >= ${start}))`,
  );
};

/** The policy_event table: columns from the domain schema, filters as declared conditions. */
export const policyEventTable = defineCuratedTable<PolicyQuery, PolicyEvent>({
  table: "policy_event",
  alias: "e",
  schema: PolicyEventSchema,
  spans: {
    columns: ["date_start", "date_end", "effective_start", "effective_end"],
    of: (e) => {
      const date = periodSpan(e.date)!;
      const eff = e.effectiveDate ? periodSpan(e.effectiveDate) : null;
      return {
        date_start: date.start,
        date_end: date.end,
        effective_start: eff?.start ?? null,
        effective_end: eff?.end ?? null,
      };
    },
  },
  filters: [
    // One part of a `;`-joined jurisdiction equals one of the (canonical) values, case-insensitively.
    when(
      "jurisdiction",
      "EXISTS (SELECT 1 FROM unnest(string_to_array(e.jurisdiction, ';')) j WHERE lower(trim(j)) = ANY(?::text[]))",
      (v) => v.map((j) => j.toLowerCase()),
    ),
    overlaps("instrument", "e.instruments"),
    anyOf("status", "e.status"),
    when("material", "EXISTS (SELECT 1 FROM unnest(e.materials) m WHERE m ILIKE ?)", likePattern),
    overlaps("element", "e.elements"),
    when("hs", "EXISTS (SELECT 1 FROM unnest(e.hs_codes) h, unnest(?::text[]) p WHERE h LIKE p || '%')"),
    containsText("announcement", "e.announcement_no"),
    dateOverlap,
  ],
  search: [
    "e.id",
    "e.title",
    "e.summary",
    "array_to_string(e.materials, ' ')",
    "e.announcement_no",
    "e.note",
  ],
  orderBy: "e.date, e.id",
});
