/** @module Qualifiers: how a published value bounds the true figure (">60,000 t", "at least", "below", "up to"). */
import { z } from "zod";

/** `gt` more than, `gte` at least, `lt` below, `lte` up to; null for a plain value (a range uses low/high). */
export const QualifierSchema = z.enum(["gt", "gte", "lt", "lte"]).nullable();
export type Qualifier = z.infer<typeof QualifierSchema>;

const SYMBOL = { gt: ">", gte: "≥", lt: "<", lte: "≤" } as const;

/** The sign a qualifier is written with (">", "≥", "<", "≤"), or "" for none. */
export const qualifierSymbol = (q: Qualifier | undefined): string => (q ? SYMBOL[q] : "");
