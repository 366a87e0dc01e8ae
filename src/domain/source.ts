/** @module Sources: every figure cites one; a source has an address, a publisher, a date and a licence. */
import { z } from "zod";

/**
 * Licence classes. `restricted` rows may never ship in `data/` (the data check rejects them).
 * - public-domain: e.g. U.S. Government works (USGS, USITC/Census).
 * - cc-by-4.0: attribution licence (IEA data explorer, IRENA via OWID).
 * - facts-attributed: individual facts and figures read in a public page, recorded with a citation;
 *   no text of the source is reproduced.
 * - own-derivation: arithmetic by the Lodestone team on cited inputs (shown in the note).
 * - restricted: paywalled or licence-restricted data; never shipped.
 */
export const LicenceSchema = z.enum([
  "public-domain",
  "cc-by-4.0",
  "facts-attributed",
  "own-derivation",
  "restricted",
]);
export type Licence = z.infer<typeof LicenceSchema>;

export const SourceIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lowercase id of letters, digits and dashes")
  .brand<"SourceId">();
export type SourceId = z.infer<typeof SourceIdSchema>;

export const SourceSchema = z.object({
  id: SourceIdSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.string().min(1),
  /** Publication date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD, possibly with "(approx.)". */
  published: z.string().min(1),
  /** Date the copy was retrieved, YYYY-MM-DD. */
  accessed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD"),
  licence: LicenceSchema,
  licenceNote: z.string().default(""),
});
export type Source = z.infer<typeof SourceSchema>;
