/** @module createApp: the HTTP API (Hono) over a Store, with its OpenAPI document generated from the same schemas. */
import { OpenAPIHono } from "@hono/zod-openapi";
import { secureHeaders } from "hono/secure-headers";
import { errorBody, invalidInput, onError } from "./error.ts";
import { limitBody } from "./middleware/body-limit.ts";
import { hostGuard } from "./middleware/host-guard.ts";
import { inputGuard } from "./middleware/input-guard.ts";
import { writeGuard } from "./middleware/write-guard.ts";
import { capacityProjectsRoute } from "./routes/capacity-projects.ts";
import { claimsRoutes } from "./routes/claims.ts";
import { companyResultsRoute } from "./routes/company-results.ts";
import { exportRoutes } from "./routes/export.ts";
import { exportPricesRoute } from "./routes/export-prices.ts";
import { figuresRoute } from "./routes/figures.ts";
import { healthRoutes } from "./routes/health.ts";
import { marketEstimatesRoute } from "./routes/market-estimates.ts";
import { policyRoutes } from "./routes/policy.ts";
import { pricesRoute } from "./routes/prices.ts";
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
  /**
   * The bearer token every write (POST /api/articles and any other store change) needs; without one, writes are
   * refused with 403. `lodestone serve` always sets one (docs/security.md).
   */
  token?: string | undefined;
  /** Host names served (any port), checked against the Host header; undefined: no check (in-process requests). */
  allowedHosts?: readonly string[] | undefined;
  /** Largest request body in bytes (default MAX_BODY_BYTES, src/api/middleware/body-limit.ts). */
  maxBodyBytes?: number;
  /** Reads an article into claims; the server runs it on worker threads, the default inline. */
  extract?: ArticleExtractor;
}

/** Reads an article (text, optional YYYY-MM-DD date) into claims and events; rejects with ExtractInputError. */
export type ArticleExtractor = (text: string, docDate: string | undefined) => Promise<Extraction>;

/**
 * Security headers for the API and the dashboard: no framing, no sniffing, no referrer, and a content security policy
 * that allows this origin only (styles inline: ECharts writes style attributes; images and workers from blob/data
 * URLs: chart downloads and the scenario Worker).
 */
const SECURE_HEADERS = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:", "blob:"],
    workerSrc: ["'self'", "blob:"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  strictTransportSecurity: false,
});

export function createApp({
  store,
  extend = [],
  model,
  token,
  allowedHosts,
  maxBodyBytes,
  extract,
}: AppOptions) {
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) throw invalidInput("invalid_request", result.error);
    },
  });
  // Order: headers on every answer; Host before anything; same-origin and token before the body is read; then the
  // body, streamed against its limit; then every text field checked.
  app.use("*", SECURE_HEADERS);
  if (allowedHosts) app.use("*", hostGuard(allowedHosts));
  app.use("*", writeGuard(token));
  app.use("*", limitBody(maxBodyBytes));
  app.use("*", inputGuard());
  healthRoutes(app, store);
  sourcesRoute(app, store);
  figuresRoute(app, store);
  seriesRoutes(app, store);
  pricesRoute(app, store);
  policyRoutes(app, store);
  capacityProjectsRoute(app, store);
  companyResultsRoute(app, store);
  marketEstimatesRoute(app, store);
  claimsRoutes(app, store, model, extract);
  exportRoutes(app, store);
  exportPricesRoute(app, store);
  for (const install of extend) install(app);
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "LODESTONE_TOKEN, or the token saved in LODESTONE_HOME/token at the server's first start",
  });
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
