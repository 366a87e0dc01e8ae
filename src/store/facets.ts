/** @module Facets: the distinct values of the figure table's filterable columns (GET /api/facets, filter checks). */
import { z } from "zod";

const names = z.array(z.string());

export const FacetsSchema = z.object({
  metrics: names,
  /** Entity names as the sources write them. */
  entities: names,
  /** Registered ids (or slugs) of those names: what entity filters match. */
  entityIds: names.describe("Registered ids of the entities (see /api/entities)"),
  counterparties: names,
  counterpartyIds: names,
  materials: names,
  vintages: names,
  datasets: names,
});
export type Facets = z.infer<typeof FacetsSchema>;
