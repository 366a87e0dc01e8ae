/** @module Query fields shared by the curated-table queries (CLI and API parse the same zod schemas). */
import { z } from "zod";
import { isPeriod, periodSpan } from "../domain/period.ts";
import { closest, editDistance } from "../domain/suggest.ts";

/** A comma-separated list (or repeated parameter), trimmed, empty items dropped. */
export const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean));

/** A list whose items must be among `values` (enum filters such as status or stage). */
export const enumList = <T extends string>(values: readonly T[]) =>
  list.pipe(
    z.array(z.enum(values as [T, ...T[]], { message: `expected one or more of ${values.join(", ")}` })),
  );

export const periodField = z
  .string()
  .refine(isPeriod, "expected a period such as 2025, 2025-03, 2025-Q1, 2025-H1 or 2025-03-14");

export const yearField = z.coerce
  .number({ message: "expected a four-digit year" })
  .int("expected a four-digit year")
  .min(1900, "expected a year from 1900")
  .max(2100, "expected a year up to 2100");

/** A list of four-digit years. */
export const yearList = list.pipe(
  z.array(
    z
      .string()
      .regex(/^\d{4}$/, "expected four-digit years such as 2030")
      .transform(Number),
  ),
);

/** Page size and offset, as for figures. */
export const paging = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .default(100)
    .describe("Page size, 1–10000 (default 100)."),
  offset: z.coerce.number().int().min(0).default(0).describe("Rows to skip (default 0)."),
};

/** `include` (default) lists excluded rows with their reason; `exclude` drops them; `only` lists just them. */
export const excludedField = z
  .enum(["include", "exclude", "only"])
  .default("include")
  .describe("Rows whose source is unusable (exclude_reason): include (default, flagged), exclude or only.");

/** The fields every curated query ends with: text search over `what`, the excluded switch and paging. */
export const searchAndPaging = (what: string) => ({
  q: z.string().optional().describe(`Text search over ${what}.`),
  excluded: excludedField,
  ...paging,
});

/**
 * Refuses a reversed range, naming both arguments as given (for use in `superRefine`). Works for periods and years.
 */
export function checkRange(
  from: string | number | undefined,
  to: string | number | undefined,
  names: [string, string],
  ctx: z.RefinementCtx,
): void {
  if (from === undefined || to === undefined) return;
  const a = typeof from === "number" ? `${from}-01-01` : periodSpan(from)?.start;
  const b = typeof to === "number" ? `${to}-12-31` : periodSpan(to)?.end;
  if (a && b && a > b)
    ctx.addIssue({
      code: "custom",
      path: [names[0]],
      message: `${names[0]} ${from} is after ${names[1]} ${to}; expected ${names[0]} <= ${names[1]}`,
    });
}

/** The filter object with its range checked (`from` <= `to`, both as given); the types stay those of the object. */
export const withRange = <T extends z.ZodObject<z.ZodRawShape>>(o: T, from: string, to: string): T =>
  o.superRefine((v, ctx) =>
    checkRange(v[from] as string | number | undefined, v[to] as string | number | undefined, [from, to], ctx),
  ) as T;

/** The page of a query: the items and the total before paging. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** One filter value that matches nothing known, with the closest known values. */
export interface FilterIssue {
  field: string;
  value: string;
  message: string;
}

/**
 * Checks every value of one filter against the known values of its column with `matches`; a value that matches none
 * is reported with the closest known values (so a typo is an error, not an empty table).
 */
export function unknownValues(
  field: string,
  values: readonly string[] | undefined,
  known: readonly string[],
  matches: (value: string, known: string) => boolean = (v, k) => v.toLowerCase() === k.toLowerCase(),
): FilterIssue[] {
  const out: FilterIssue[] = [];
  for (const v of values ?? []) {
    if (known.some((k) => matches(v, k))) continue;
    const near = nearestNames(v, known);
    const list = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(", ");
    out.push({
      field,
      value: v,
      message: `unknown ${field} "${v}"; ${
        near.length
          ? `closest known: ${list(near)}`
          : known.length
            ? `expected one of: ${list(known.slice(0, 12))}${known.length > 12 ? ", ..." : ""}`
            : "there are no known values (is the store loaded?)"
      }`,
    });
  }
  return out;
}

/**
 * The known names closest to `value`: whole-name typos and containment first (domain `closest`), else names with
 * a run of words within a typo of it (`Adamass` -> `Adamas Intelligence`).
 */
export function nearestNames(value: string, known: readonly string[], n = 3): string[] {
  const whole = closest(value, known, n);
  if (whole.length) return whole;
  const v = value.toLowerCase().trim();
  const width = v.split(/\s+/).length;
  const limit = Math.max(2, Math.floor(v.length / 3));
  const scored: { k: string; d: number }[] = [];
  for (const k of known) {
    const words = k
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i + width <= words.length; i++)
      best = Math.min(best, editDistance(v, words.slice(i, i + width).join(" ")));
    if (best <= limit) scored.push({ k, d: best });
  }
  return scored
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, n)
    .map((s) => s.k);
}

/** Filter values that match nothing: thrown by the store's queries, turned into exit 2 / HTTP 400 at the edges. */
export class FilterError extends Error {
  readonly issues: FilterIssue[];
  constructor(issues: FilterIssue[]) {
    super(issues.map((i) => i.message).join("; "));
    this.name = "FilterError";
    this.issues = issues;
  }
}

/** Case-insensitive containment, for free-text filters. */
export const contains = (value: string, known: string) => known.toLowerCase().includes(value.toLowerCase());

/** `?`-placeholder pattern for SQL ILIKE containment (escapes % and _). */
export const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
