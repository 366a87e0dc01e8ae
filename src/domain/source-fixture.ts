/** @module A checked test source with neutral defaults, for the tests of every layer (not a real publication). */
import { type Source, SourceSchema } from "./source.ts";

/** A source at example.org named by its id; `over` sets publisher, date, tier, licence ... (strings as in sources.csv). */
export const testSource = (id: string, over: Partial<Record<keyof Source, string>> = {}): Source =>
  SourceSchema.parse({
    id,
    title: id,
    publisher: `Publisher of ${id}`,
    url: `https://example.org/${id}`,
    published: "2025-08",
    accessed: "2026-11-26",
    licence: "facts-attributed",
    tier: "press",
    ...over,
  });
