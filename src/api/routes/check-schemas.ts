/** @module The schemas of a claim check's answer (POST /api/check-claims, GET /api/articles/{id}/checks) and of an article. */
import { z } from "@hono/zod-openapi";
import { articleTable } from "../../store/article-tables.ts";

/** An ingested article as listed (GET /api/articles). */
export const ArticleOutSchema = articleTable.schema.meta({ id: "Article" });

const CompareSchema = z.object({
  value: z.union([z.number(), z.string()]).nullable(),
  low: z.number().nullable().optional(),
  high: z.number().nullable().optional(),
  unit: z.string().nullable(),
  period: z.string().nullable().optional(),
});

const ReasonSchema = z
  .object({
    kind: z.string().openapi({ example: "source_conflict" }),
    outcome: z.enum(["consistent", "inconsistent", "unverifiable"]),
    message: z.string(),
    expected: CompareSchema.nullable(),
    found: CompareSchema.nullable(),
    sources: z.array(
      z.object({
        id: z.string(),
        publisher: z.string(),
        url: z.string(),
        title: z.string().optional(),
        published: z.string().optional(),
        licence: z.string().optional(),
      }),
    ),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .openapi({ description: "How far this comparison alone can be relied on (0–1)" }),
  })
  .openapi("CheckReason");

const DoubtSchema = z
  .object({
    kind: z.string().openapi({ example: "other_place_in_clause" }),
    message: z.string(),
    weight: z.number(),
    blocking: z
      .boolean()
      .openapi({ description: "True when the doubt alone withholds an inconsistent verdict" }),
  })
  .openapi("AttributionDoubt");

const CheckSchema = z
  .object({
    subject: z.enum(["claim", "event"]),
    claim: z
      .record(z.string(), z.unknown())
      .openapi({ description: "The extracted claim or event, with quote and offsets" }),
    verdict: z.enum(["consistent", "inconsistent", "unverifiable"]),
    confidence: z.number().min(0).max(1).openapi({
      description: "How strongly the compared evidence supports the verdict (0 for unverifiable)",
      example: 0.9,
    }),
    attribution: z.object({ confidence: z.number(), doubts: z.array(DoubtSchema) }),
    reasons: z.array(ReasonSchema),
  })
  .openapi("ClaimCheck");

const WarningSchema = z.object({ code: z.string(), message: z.string() }).openapi("CheckWarning");

/** The answer of POST /api/check-claims: one check per claim and event, and warnings about the whole article. */
export const CheckResponseSchema = z.object({
  checks: z.array(CheckSchema),
  warnings: z.array(WarningSchema),
});
