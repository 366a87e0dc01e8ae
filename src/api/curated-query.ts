/** @module Query parameters of the curated-table routes: documented from the shared filter schemas, parsed by them. */
import { z } from "@hono/zod-openapi";
import type { z as zod } from "zod";
import { invalidInput } from "./error.ts";

/**
 * OpenAPI query parameters generated from a shared filter object: every field is a string as in a URL, with the
 * field's description (the parsing schema stays the one the CLI uses).
 */
export function queryParams<S extends zod.ZodRawShape>(
  filters: zod.ZodObject<S>,
  examples: Partial<Record<keyof S, string>> = {},
) {
  const shape: Record<string, z.ZodOptional<z.ZodString>> = {};
  for (const [key, field] of Object.entries(filters.shape)) {
    const description = (field as zod.ZodType).description ?? "";
    const example = examples[key as keyof S];
    shape[key] = z
      .string()
      .optional()
      .openapi({ description, ...(example !== undefined ? { example } : {}) });
  }
  return z.object(shape);
}

/** Parses the query with the shared schema; a bad value is a 400 naming the parameter. */
export function parseQuery<T>(schema: zod.ZodType<T>, raw: Record<string, string | undefined>): T {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
  if (parsed.success) return parsed.data;
  throw invalidInput("invalid_query", parsed.error);
}
