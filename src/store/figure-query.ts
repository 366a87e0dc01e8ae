/** @module FigureQuery: the filters shared by `lodestone figures` and `GET /api/figures`, validated once by zod. */
import { z } from "zod";
import { isPeriod } from "../domain/period.ts";
import { entityIdOf, suggestEntities } from "../domain/entity.ts";
import { suggest } from "../domain/suggest.ts";

const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean));

const period = z.string().refine(isPeriod, "expected a period such as 2025, 2025-03, 2025-Q1 or 2025-H1");

export const PERIOD_KINDS = ["year", "half", "quarter", "month", "day", "range"] as const;

export const FigureQuerySchema = z.object({
  metric: list.optional(),
  entity: list.optional(),
  counterparty: list.optional(),
  material: list.optional(),
  dataset: list.optional(),
  /** Figures whose period starts on or after the start of this period. */
  from: period.optional(),
  /** Figures whose period ends on or before the end of this period. */
  to: period.optional(),
  /** `latest` keeps only the newest vintage of each series; otherwise an exact vintage name. */
  vintage: z.string().optional(),
  /** Only the preferred value of each (series, period): the one answer reconciliation chose. */
  preferred: z
    .union([z.boolean(), z.enum(["true", "false"], { message: "expected true or false" })])
    .transform((v) => v === true || v === "true")
    .optional(),
  /** Period granularity: year, half, quarter, month, day or range. */
  per: z.enum(PERIOD_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type FigureQuery = z.infer<typeof FigureQuerySchema>;

/** Granularity of a normalised period string. */
export function periodKind(period: string): (typeof PERIOD_KINDS)[number] {
  if (period.includes("..")) return "range";
  if (/^\d{4}$/.test(period)) return "year";
  if (/-H[12]$/.test(period)) return "half";
  if (/-Q[1-4]$/.test(period)) return "quarter";
  if (/^\d{4}-\d{2}$/.test(period)) return "month";
  return "day";
}

export { suggest };

export interface FilterIssue {
  field: string;
  value: string;
  message: string;
}

/** Lists filter values that match nothing in the store (so a typo is an error, not an empty table). */
export function unknownFilterValues(
  q: FigureQuery,
  facets: {
    metrics: string[];
    entities: string[];
    entityIds: string[];
    counterparties: string[];
    counterpartyIds: string[];
    materials: string[];
    vintages: string[];
    datasets: string[];
  },
): FilterIssue[] {
  const issues: FilterIssue[] = [];
  const check = (field: string, values: string[] | undefined, known: string[], caseSensitive = false) => {
    for (const v of values ?? []) {
      const found = caseSensitive
        ? known.includes(v)
        : known.some((k) => k.toLowerCase() === v.toLowerCase());
      if (found) continue;
      const s = suggest(v, known);
      issues.push({
        field,
        value: v,
        message: `unknown ${field} "${v}"${s ? `; did you mean "${s}"?` : `; expected one of: ${known.slice(0, 12).join(", ")}${known.length > 12 ? ", ..." : ""}`}`,
      });
    }
  };
  check("metric", q.metric, facets.metrics, true);
  const entity = (field: string, values: string[] | undefined, names: string[], ids: string[]) => {
    const known = new Set(ids);
    for (const v of values ?? []) {
      if (known.has(entityIdOf(v))) continue;
      const s = suggestEntities(v, names).filter((n) => known.has(entityIdOf(n)));
      issues.push({
        field,
        value: v,
        message: `unknown ${field} "${v}"${s.length ? `; did you mean ${s.map((n) => `"${n}"`).join(" or ")}?` : `; expected a name such as ${names.slice(0, 8).join(", ")}, ...`}`,
      });
    }
  };
  entity("entity", q.entity, facets.entities, facets.entityIds);
  entity("counterparty", q.counterparty, facets.counterparties, facets.counterpartyIds);
  check("material", q.material, facets.materials);
  check("dataset", q.dataset, facets.datasets, true);
  if (q.vintage && q.vintage !== "latest")
    check("vintage", [q.vintage], ["latest", ...facets.vintages], true);
  return issues;
}
