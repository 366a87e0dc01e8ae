/** @module createApp: the HTTP API (Hono) over a Store, with its OpenAPI document generated from the same schemas. */
import { OpenAPIHono } from "@hono/zod-openapi";
import { errorBody, invalidInput, onError } from "./error.ts";
import { capacityProjectsRoute } from "./routes/capacity-projects.ts";
import { claimsRoutes } from "./routes/claims.ts";
import { companyResultsRoute } from "./routes/company-results.ts";
import { figuresRoute } from "./routes/figures.ts";
import { healthRoutes } from "./routes/health.ts";
import { marketEstimatesRoute } from "./routes/market-estimates.ts";
import { policyRoutes } from "./routes/policy.ts";
import { seriesRoutes } from "./routes/series.ts";
import { sourcesRoute } from "./routes/sources.ts";
import type { ModelBaseline } from "../check/index.ts";
import type { Extraction } from "../extract/index.ts";
import type { Store } from "../store/store.ts";

export interface AppOptions {
  store: Store;
  /** Extra route installers (ingestion, claim checks, scenarios) added by later layers. */
  extend?: ((app: OpenAPIHono) => void)[];
  /**
   * The scenario model's bands for the claim checks, when an extraction has a claim the model can be compared with
   * (the server supplies it; without it demand and output claims get no model comparison).
   */
  model?: (extraction: Extraction) => Promise<ModelBaseline | undefined>;
}

export function createApp({ store, extend = [], model }: AppOptions) {
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) throw invalidInput("invalid_request", result.error);
    },
  });
  healthRoutes(app, store);
  sourcesRoute(app, store);
  figuresRoute(app, store);
  seriesRoutes(app, store);
  policyRoutes(app, store);
  capacityProjectsRoute(app, store);
  companyResultsRoute(app, store);
  marketEstimatesRoute(app, store);
  claimsRoutes(app, store, model);
  for (const install of extend) install(app);
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Lodestone API",
      version: "0.1.0",
      description:
        "Sourced figures for the rare-earth permanent magnet supply chain. Every figure carries its source and licence.",
    },
  });
  app.notFound((c) => c.json(errorBody("not_found", `no route for ${c.req.method} ${c.req.path}`), 404));
  app.onError(onError);
  return app;
}

export type AppType = ReturnType<typeof createApp>;
