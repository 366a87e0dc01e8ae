/** @module Scenario files as data: the zod schema every scenario (YAML/JSON) is validated against before any computation. */
import { z } from "zod";
import { fail, type Issue, ok, type Result } from "../domain/issue.ts";

import { LIFETIME_YEARS, leverBounds, MAX_QUANTITY, WEIBULL_SHAPE } from "./lever-bounds.ts";
import {
  APPLICATIONS,
  type ApplicationId,
  ELEMENTS,
  type ElementId,
  RE_ELEMENTS,
  REGIONS,
  type RegionId,
  STAGES,
} from "./ids.ts";

export {
  APPLICATIONS,
  type ApplicationId,
  ELEMENTS,
  type ElementId,
  RE_ELEMENTS,
  REGIONS,
  type RegionId,
  STAGES,
};

const share = z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1");
const positive = z.number().positive("must be positive");
const nonNegative = z
  .number()
  .min(0, "must not be negative")
  .max(MAX_QUANTITY, "must be at most 1e12 (t, units or kg per year)");
const years = z
  .number()
  .min(LIFETIME_YEARS.min, `must be between ${LIFETIME_YEARS.min} and ${LIFETIME_YEARS.max} years`)
  .max(LIFETIME_YEARS.max, `must be between ${LIFETIME_YEARS.min} and ${LIFETIME_YEARS.max} years`);
const weibullShape = z
  .number()
  .min(WEIBULL_SHAPE.min, `must be between ${WEIBULL_SHAPE.min} and ${WEIBULL_SHAPE.max}`)
  .max(WEIBULL_SHAPE.max, `must be between ${WEIBULL_SHAPE.min} and ${WEIBULL_SHAPE.max}`);
const yearKey = z.string().regex(/^\d{4}$/, "must be a year");
const points = (v: z.ZodNumber) => z.union([v, z.record(yearKey, v)]);
const sharePoints = points(share);

/** Where a default comes from: a citation, or stated reasoning with a plausible range. */
export const SourceRefSchema = z.union([
  z.strictObject({
    url: z.string().url(),
    publisher: z.string(),
    date: z.string(),
    note: z.string().optional(),
  }),
  z.strictObject({ assumption: z.string().min(1), range: z.tuple([z.number(), z.number()]).optional() }),
]);

const lifetime = z.discriminatedUnion("dist", [
  z.strictObject({ dist: z.literal("fixed"), mean: years }),
  z.strictObject({ dist: z.literal("normal"), mean: years, std: years }),
  z.strictObject({ dist: z.literal("lognormal"), mean: years, std: years }),
  z.strictObject({ dist: z.literal("weibull"), mean: years, shape: weibullShape }),
]);

const technology = z.strictObject({
  share: sharePoints,
  kgPerUnit: points(nonNegative),
  pmShare: sharePoints,
  source: SourceRefSchema,
});

const composition = z.partialRecord(z.enum(ELEMENTS), share);

const application = z.strictObject({
  activity: z.strictObject({ unit: z.string(), points: points(nonNegative), source: SourceRefSchema }),
  technologies: z.record(z.string(), technology),
  regionShare: z.partialRecord(z.enum(REGIONS), share),
  lifetime: lifetime.and(z.object({ source: SourceRefSchema.optional() })),
  composition,
  gbdApplicable: z.boolean().default(false),
  bondedShare: share.default(0),
  smcoShare: share.default(0),
  stockTarget: points(nonNegative).optional(),
});

const projectStatus = z.enum(["operating", "commissioning", "construction", "planned", "uncertain"]);

const lever = <T extends z.ZodType>(value: T) => z.strictObject({ value, source: SourceRefSchema });

const finite = z
  .number()
  .min(-MAX_QUANTITY, "must be at least -1e12")
  .max(MAX_QUANTITY, "must be at most 1e12");
const distribution = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("uniform"), min: finite, max: finite }),
  z.strictObject({ type: z.literal("triangular"), min: finite, mode: finite, max: finite }),
  z.strictObject({ type: z.literal("normal"), mean: finite, std: positive.max(MAX_QUANTITY) }),
  z.strictObject({
    type: z.literal("lognormal"),
    mean: positive.max(MAX_QUANTITY),
    std: positive.max(MAX_QUANTITY),
  }),
]);

export const ScenarioSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string(),
  description: z.string().optional(),
  extends: z.string().optional(),
  "x-sources": z.record(z.string(), SourceRefSchema).optional().describe("shared citations (YAML anchors)"),
  years: z.strictObject({ start: z.number().int().min(1950), end: z.number().int().max(2100) }),
  baseYear: z.number().int(),
  regions: z.array(z.enum(REGIONS)).min(1),
  applications: z.partialRecord(z.enum(APPLICATIONS), application),
  levers: z.strictObject({
    thrifting: lever(z.number().min(0).max(0.2)).describe(
      "annual reduction of kg per unit after the base year",
    ),
    substitution: z.strictObject({
      ferrite: lever(sharePoints),
      ironNitride: lever(sharePoints),
      reFreeMotors: lever(sharePoints),
      applies: z.array(z.enum(APPLICATIONS)),
    }),
    gbd: z.strictObject({
      share: lever(sharePoints),
      hreReduction: lever(share),
      tbShare: lever(share)
        .optional()
        .describe("Tb share of the heavy RE left in a GBD magnet (Dy→Tb shift); absent: Dy and Tb cut alike"),
    }),
    yields: z.strictObject({
      magnet: lever(share).describe("finished magnet per alloy (net of recycled swarf)"),
      metal: lever(share).describe("metal per oxide, REO basis"),
      blank: lever(share).describe("finished magnet per sintered blank"),
    }),
    recycling: z.strictObject({ collection: lever(sharePoints), recovery: lever(sharePoints) }),
    exportControls: z.array(
      z.strictObject({
        items: z.array(z.enum([...RE_ELEMENTS, "magnet"])).min(1),
        destinations: z.array(z.enum(REGIONS)).min(1),
        licensedShare: sharePoints,
        source: SourceRefSchema,
      }),
    ),
    stockpiles: lever(
      z.array(
        z.strictObject({
          item: z.enum([...RE_ELEMENTS, "magnet"]),
          tonnes: nonNegative.describe("t REO (elements) or t finished magnet held"),
          from: z.number().int().describe("first year it may be drawn"),
          maxReleasePerYear: nonNegative.optional(),
        }),
      ),
    )
      .optional()
      .describe("strategic stocks that cover export-control shortfalls until drawn down"),
    nonMagnetDemand: lever(z.partialRecord(z.enum(RE_ELEMENTS), points(nonNegative))).describe("t REO/yr"),
  }),
  supply: z.strictObject({
    mine: z.strictObject({
      history: z.record(z.string(), points(nonNegative)).describe("t REO/yr by country"),
      growth: z
        .record(
          z.string(),
          points(
            z.number().min(-0.5, "must be between -0.5 and 0.5").max(0.5, "must be between -0.5 and 0.5"),
          ),
        )
        .describe("annual growth after the last point (a constant or year points)"),
      projects: z.array(
        z.strictObject({
          name: z.string(),
          country: z.string(),
          start: z.number().int(),
          capacity: nonNegative,
          rampYears: z.number().int().min(0).max(30),
          status: projectStatus
            .optional()
            .describe("from data/capacity-projects.csv; weighted by supply.projectStatus"),
          source: SourceRefSchema,
        }),
      ),
      source: SourceRefSchema,
    }),
    basket: lever(z.record(z.string(), z.partialRecord(z.enum(RE_ELEMENTS), share))),
    stageShares: z.strictObject({
      separation: lever(z.record(z.string(), sharePoints)),
      metal: lever(z.record(z.string(), sharePoints)),
    }),
    magnetCapacityExChina: lever(z.record(z.string(), points(nonNegative))).describe(
      "t finished magnet/yr: existing capacity without a row in data/capacity-projects.csv",
    ),
    magnetProjects: z
      .array(
        z.strictObject({
          id: z.string().describe("project_id in data/capacity-projects.csv"),
          country: z.string(),
          capacity: nonNegative.describe("t finished magnet/yr added by this row"),
          start: z.number().int(),
          rampYears: z.number().int().min(0).max(30),
          status: projectStatus,
          note: z.string().optional(),
        }),
      )
      .default([]),
    projectStatus: z
      .strictObject({
        weight: z.record(projectStatus, share).describe("expected share of the nameplate that is built"),
        delayYears: z
          .record(projectStatus, z.number().int().min(0).max(20))
          .describe("years added to the start"),
        source: SourceRefSchema,
      })
      .optional(),
    ionicClay: z
      .strictObject({
        country: z.string(),
        tonnes: points(nonNegative).describe("t REO/yr of the country's output that is ionic-clay ore"),
        basket: z.partialRecord(z.enum(RE_ELEMENTS), share),
        source: SourceRefSchema,
      })
      .optional()
      .describe("ionic-clay part of a country's output, with its own basket; the rest takes supply.basket"),
    undocumented: z
      .strictObject({
        country: z.string(),
        value: points(z.number().min(0, "must be between 0 and 0.9").max(0.9, "must be between 0 and 0.9")),
        source: SourceRefSchema,
      })
      .optional()
      .describe(
        "share of the country's actual output that its official figure omits; adds official × u / (1 − u) t REO/yr at the country's average grade",
      ),
  }),
  uncertainty: z
    .array(
      z.strictObject({
        path: z.string(),
        mode: z.enum(["set", "scale"]).default("scale"),
        dist: distribution,
      }),
    )
    .default([]),
  sensitivityOutput: z.string().default("balance.Dy.2035"),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioApplication = z.infer<typeof application>;

function issue(path: string, message: string): Issue {
  return { code: "invalid_scenario", path, message };
}

/** Validates unknown data as a Scenario, listing every problem with its dotted path. */
export function parseScenario(input: unknown): Result<Scenario> {
  const r = ScenarioSchema.safeParse(input);
  if (!r.success)
    return fail(
      r.error.issues.map((i) => {
        const path = i.path.map(String).join(".") || "(root)";
        // name the unknown key in the path: `applications.warp_drives: unknown key`
        if (i.code === "unrecognized_keys") return issue(`${path}.${i.keys.join(",")}`, "unknown key");
        return issue(path, i.message);
      }),
    );
  const s = r.data;
  const issues: Issue[] = [];
  if (s.years.end <= s.years.start) issues.push(issue("years.end", "must be after years.start"));
  if (s.baseYear < s.years.start || s.baseYear > s.years.end)
    issues.push(issue("baseYear", "must lie within years"));
  for (const [a, app] of Object.entries(s.applications)) {
    const sum = Object.values(app.regionShare).reduce((x, y) => x + y, 0);
    if (Math.abs(sum - 1) > 1e-6)
      issues.push(issue(`applications.${a}.regionShare`, `must sum to 1 (got ${sum})`));
    for (const r of Object.keys(app.regionShare))
      if (!s.regions.includes(r as RegionId))
        issues.push(issue(`applications.${a}.regionShare.${r}`, "region not in regions"));
    if (app.bondedShare + app.smcoShare > 1)
      issues.push(issue(`applications.${a}.bondedShare`, "bondedShare + smcoShare must not exceed 1"));
  }
  for (const [i, u] of s.uncertainty.entries()) {
    if (!hasNumberAt(s, u.path))
      issues.push(issue(`uncertainty.${i}.path`, `no number or points at ${u.path}`));
    else if (!leverBounds(u.path))
      issues.push(issue(`uncertainty.${i}.path`, `${u.path} is not a lever the Monte Carlo may vary`));
    else issues.push(...distributionIssues(`uncertainty.${i}.dist`, u.path, u.mode, u.dist));
  }
  return issues.length ? fail(issues) : ok(s);
}

/**
 * A distribution must be ordered (min ≤ mode ≤ max) and stay in its lever's physical range: in `set` mode its
 * support (uniform, triangular) or centre (normal, log-normal) lies in the range; in `scale` mode the factor is not
 * negative. Tails of normal draws beyond the range are clamped per draw and counted.
 */
function distributionIssues(
  at: string,
  path: string,
  mode: "set" | "scale",
  d: z.infer<typeof distribution>,
): Issue[] {
  const out: Issue[] = [];
  const b = leverBounds(path)!;
  const [lo, hi] = mode === "set" ? [b.min, b.max] : [0, Number.POSITIVE_INFINITY];
  const what =
    mode === "set" ? `the range of ${path} (${b.min} to ${b.max})` : "a scale factor's range (≥ 0)";
  const inRange = (key: string, x: number) => {
    if (x < lo || x > hi) out.push(issue(`${at}.${key}`, `${x} is outside ${what}`));
  };
  if (d.type === "uniform" || d.type === "triangular") {
    if (d.type === "triangular" && (d.mode < d.min || d.mode > d.max))
      out.push(issue(`${at}.mode`, `must lie between min (${d.min}) and max (${d.max})`));
    if (d.min > d.max) out.push(issue(`${at}.min`, `must not exceed max (${d.max})`));
    inRange("min", d.min);
    inRange("max", d.max);
  } else inRange("mean", d.mean);
  return out;
}

function hasNumberAt(root: unknown, path: string): boolean {
  let v: unknown = root;
  for (const k of path.split(".")) {
    if (v === null || typeof v !== "object") return false;
    v = (v as Record<string, unknown>)[k];
  }
  return (
    typeof v === "number" ||
    (v !== null && typeof v === "object" && Object.values(v).every((x) => typeof x === "number"))
  );
}
