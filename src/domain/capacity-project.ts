/** @module Capacity projects: magnet, alloy, separation, recycling and mining capacity, with its basis. */
import { z } from "zod";
import { PROJECT_STATUSES, STAGES } from "./curated-enums.ts";
import { MassBasisSchema } from "./mass-basis.ts";
import { QualifierSchema } from "./figure.ts";
import { SourceIdSchema } from "./source.ts";

export const StageSchema = z.enum(STAGES);
export const ProjectStatusSchema = z.enum(PROJECT_STATUSES);

export const CapacityProjectSchema = z.object({
  /** Our id, e.g. `CN-JLM-01`. */
  id: z.string().min(1),
  company: z.string().min(1),
  country: z.string().min(1),
  site: z.string(),
  stage: StageSchema,
  /** NdFeB sintered / bonded, ferrite ...; empty for non-magnet stages. */
  magnetType: z.string(),
  product: z.string().min(1),
  /** Capacity in tonnes per year; null when not stated or given as a range (low/high). */
  capacityTpy: z.number().nullable(),
  capacityLowTpy: z.number().nullable(),
  capacityHighTpy: z.number().nullable(),
  capacityQualifier: QualifierSchema.nullable(),
  /** The source hedges the capacity ("~40,000 tpa", "close to"). */
  approx: z.boolean(),
  /** What the capacity counts, as the source frames it (built blank capacity, target, NdPr-equivalent ...). */
  capacityBasis: z.string(),
  /** NdFeB mass basis of the capacity (see docs/data.md); `not_applicable` for REO, oxide or feed. */
  massBasis: MassBasisSchema,
  /** The capacity as phrased in the source (our paraphrase). */
  capacityText: z.string(),
  status: ProjectStatusSchema,
  startYear: z.number().int().nullable(),
  targetYear: z.number().int().nullable(),
  /** Investment or financing amount in full units of `capexCurrency`. */
  capexAmount: z.number().nullable(),
  capexQualifier: QualifierSchema.nullable(),
  capexApprox: z.boolean(),
  capexCurrency: z.string(),
  sourceId: SourceIdSchema,
  /** Non-empty: never preferred, never backs a check (our words). */
  excludeReason: z.string(),
  note: z.string(),
});
export type CapacityProject = z.infer<typeof CapacityProjectSchema>;
