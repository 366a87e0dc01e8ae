/** @module GET /api/capacity-projects: capacity with its basis and qualifier, filtered as `lodestone projects`. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { ProjectQueryObject, ProjectQuerySchema } from "../../store/capacity-projects.ts";
import type { Store } from "../../store/store.ts";
import { curatedRoute } from "../curated-route.ts";
import { CapacityProjectOutSchema } from "../curated-schemas.ts";

export function capacityProjectsRoute(app: OpenAPIHono, store: Store) {
  curatedRoute(app, {
    path: "/api/capacity-projects",
    summary:
      "Capacity projects (magnet, alloy, separation, recycling, mining) with capacity basis and qualifier",
    filters: ProjectQueryObject,
    schema: ProjectQuerySchema,
    examples: { country: "United States", stage: "magnet", startFrom: "2025" },
    item: CapacityProjectOutSchema,
    query: (q) => store.capacityProjects(q),
  });
}
