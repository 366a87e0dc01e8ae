/** @module NdFeB mass basis: sources mix alloy, sintered blank, finished magnet and high-performance-only totals. */
import { z } from "zod";

/**
 * Which mass an NdFeB figure counts. They differ by 20–60% (see docs/data.md):
 * - alloy: alloy/powder (strip-cast flake, HD powder);
 * - blank: sintered blocks before machining;
 * - finished: machined magnets (the customs and most per-unit figures);
 * - high_performance: finished magnets of high-performance grades only (ACREI's totals);
 * - element: rare-earth element content, not magnet mass (IEA);
 * - not_applicable: not a magnet mass (prices, money, counts, mine output in REO).
 */
export const MassBasisSchema = z.enum([
  "alloy",
  "blank",
  "finished",
  "high_performance",
  "element",
  "not_applicable",
]);
