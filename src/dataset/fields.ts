/** @module Field schemas for CSV cells: every cell arrives as text and is parsed here, naming what was expected. */
import { z } from "zod";
import { MassBasisSchema } from "../domain/mass-basis.ts";
import { isPeriod } from "../domain/period.ts";

/** Any text, kept as is (may be empty). */
export const text = z.string();
/** Non-empty text. */
export const required = z.string().min(1, "expected a non-empty value");

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** A plain decimal number (no thousands separators), or empty for null. */
export const optionalNumber = z.string().transform((s, ctx): number | null => {
  if (s === "") return null;
  if (!NUMBER.test(s)) {
    ctx.addIssue({ code: "custom", message: `expected a number such as 1200 or 0.5, found '${s}'` });
    return z.NEVER;
  }
  return Number(s);
});

/** A required plain decimal number. */
export const number = z.string().transform((s, ctx): number => {
  if (!NUMBER.test(s)) {
    ctx.addIssue({ code: "custom", message: `expected a number such as 1200 or 0.5, found '${s}'` });
    return z.NEVER;
  }
  return Number(s);
});

/** A four-digit year. */
export const year = z
  .string()
  .regex(/^\d{4}$/, "expected a four-digit year")
  .transform((s) => Number(s));

/** A four-digit year or empty. */
export const optionalYear = z
  .string()
  .regex(/^(\d{4})?$/, "expected a four-digit year or empty")
  .transform((s) => (s === "" ? null : Number(s)));

export const bool = z
  .enum(["true", "false"], { message: "expected true or false" })
  .transform((s) => s === "true");

/** A normalised period string (see src/domain/period.ts). */
export const period = z
  .string()
  .refine(isPeriod, "expected a period such as 2025, 2025-03, 2025-Q1, 2025-03-14 or 2025-01..2025-09");

export const massBasis = MassBasisSchema;

export const sourceId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "expected a source id of lowercase letters, digits and dashes");

/** `gt` for a lower bound (">75,000,000"), or empty (tables that accept only lower bounds). */
export const qualifier = z.enum(["", "gt"], { message: "expected 'gt' or empty" });

/** A `<value column>_qualifier` cell: gt, gte, lt, lte, or empty for a plain value (empty -> null). */
export const valueQualifier = z
  .enum(["", "gt", "gte", "lt", "lte"], { message: "expected gt, gte, lt, lte or empty" })
  .transform((s) => (s === "" ? null : s));

/** An `exclude_reason` cell: empty, or why the row must never be preferred (our own words). */
export const excludeReason = z.string().trim();

/** An `is_approx` cell: true when the source hedges the number (about, around, ~). */
export const isApprox = bool.describe("true when the source hedges the number (about, around, ~)");
