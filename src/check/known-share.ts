/** @module Known shares: a country's share of world mine, refining or magnet output against USGS and reference facts. */
import { clauseOf } from "./attribution.ts";
import { claimInterval, entityKey, fmt, overlaps, qty, spanOf, yearOf } from "./compare.ts";
import type { CheckContext } from "./context.ts";
import type { KbFigure } from "./knowledge-base.ts";
import { isKnownPlace } from "./places.ts";

/** Absolute tolerance (percentage points) for a stated share against the share computed from USGS for the same year. */
const KNOWN_SHARE_TOLERANCE_PP = 3;
/** Wider tolerance for shares from reference facts (other years, other bases: IEA refining, magnet making). */
const FACT_SHARE_TOLERANCE_PP = 5;
/** Extra slack for hedged shares ("about 90%"). */
const HEDGE_PP = 2;

export type Stage = "mining" | "refining" | "magnets";

/** The production stage a text speaks of: refining (separation, processing), magnets, or mining. */
export function stageOf(text: string): Stage | null {
  if (/refin|separat|process/i.test(text)) return "refining";
  if (/magnet/i.test(text)) return "magnets";
  if (/\bmin(e|ed|es|ing)\b|mine production|extract|rare earths?|REO/i.test(text)) return "mining";
  return null;
}

/** The latest USGS mine production of an entity for a year (the newest year when `year` is null), preferred row first. */
export function mineFigure(ctx: CheckContext, entity: string, year: number | null): KbFigure | null {
  const rows = ctx.kb.figures.filter(
    (f) =>
      f.metric === "mine_production" &&
      f.isLatest &&
      f.value !== null &&
      entityKey(f.entity) === entityKey(entity),
  );
  const ofYear = (y: string) => rows.filter((f) => f.period === y);
  const newest = rows.map((f) => f.period).sort((a, b) => b.localeCompare(a))[0];
  const candidates = ofYear(year === null ? (newest ?? "") : String(year));
  const pick = candidates.find((f) => f.preferred) ?? candidates[0];
  return pick ?? null;
}

const NOT_PRODUCTION =
  /\b(?:imports?|exports?|shipments|demand|consumption|sales|market value|revenue|reserves?|deposits)\b/i;

/** Shares of global production against the knowledge base (mine shares from USGS, other stages from reference facts). */
export function checkProductionShares(ctx: CheckContext) {
  for (const c of ctx.claims) {
    if (c.unit !== "%" || !/share/.test(c.metric) || c.metric_family === "trade" || !c.entity) continue;
    // A country's share "of the market" or of a supply chain, beside a production stage, is its share of world output.
    const worldWide =
      /global|world/i.test(`${c.metric} ${c.quote}`) ||
      (isKnownPlace(c.entity) &&
        !c.counterparty &&
        /\bof the (?:global )?market\b|\bsupply chain\b/i.test(c.quote));
    if (!worldWide) continue;
    // A share of imports, exports, demand or reserves is not a share of production.
    if (NOT_PRODUCTION.test(clauseOf(c))) continue;
    const iv = claimInterval(c);
    const stage = stageOf(clauseOf(c)) ?? stageOf(`${c.quote} ${c.material ?? ""}`);
    if (!iv || !stage) continue;
    const year = yearOf(c.period);
    ctx.lookedFor(c.id, `${c.entity}'s ${stage} share${year ? ` for ${year}` : ""} in the knowledge base`);
    // The share against the knowledge base.
    if (stage === "mining") {
      const part = mineFigure(ctx, c.entity, year);
      const world = part ? mineFigure(ctx, "World", Number(part.period)) : null;
      if (part && world?.value) {
        const share = (part.value! / world.value) * 100;
        const tol = KNOWN_SHARE_TOLERANCE_PP + (c.approx ? HEDGE_PP : 0);
        const ok = overlaps(iv, [share - tol, share + tol], 0);
        ctx.add(c.id, {
          kind: "known_share",
          outcome: ok ? "consistent" : "inconsistent",
          message: `stated ${fmt(c.value)}%; ${c.entity} ${qty(part.value, part.unit)} ÷ world ${qty(world.value, world.unit)} in ${world.period} (${world.vintage || world.source.publisher}) = ${fmt(share, 1)}% (tolerance ±${tol} pp)`,
          expected: { value: Math.round(share * 10) / 10, unit: "%", period: world.period },
          found: { value: c.value, unit: "%", period: c.period },
          sources: [part.source, world.source],
        });
      }
    } else {
      const re = stage === "refining" ? /refin|separat/i : /magnet/i;
      const known = ctx.kb.referenceFacts.filter(
        (f) =>
          f.metric === "production_share" &&
          re.test(f.description) &&
          f.value !== null &&
          entityKey(f.description.split(" ")[0]) === entityKey(c.entity),
      );
      // The claim's own years only (a share for 2020 is not checked against 2023's); without a period, the newest.
      const span = spanOf(c.period);
      const newest = known.map((f) => f.period).sort((a, b) => b.localeCompare(a))[0];
      const facts = known.filter((f) => {
        const fy = spanOf(f.period);
        return span ? !!fy && fy.start <= span.end && span.start <= fy.end : f.period === newest;
      });
      if (!facts.length && known.length)
        ctx.add(c.id, {
          kind: "known_share",
          outcome: "unverifiable",
          message: `stated ${fmt(c.value)}% for ${c.period}; the knowledge base has ${c.entity}'s ${stage} share only for other years (${known.map((f) => `${fmt(f.value)}% in ${f.period} [${f.id}]`).join("; ")}): a nearby year is not compared`,
          expected: null,
          found: { value: c.value, unit: "%", period: c.period },
          sources: known.map((f) => f.source),
        });
      if (facts.length) {
        const tol = FACT_SHARE_TOLERANCE_PP + (c.approx ? HEDGE_PP : 0);
        const ok = facts.some((f) => overlaps(iv, [f.value! - tol, f.value! + tol], 0));
        ctx.add(c.id, {
          kind: "known_share",
          outcome: ok ? "consistent" : "inconsistent",
          message: `stated ${fmt(c.value)}%; known ${stage} shares: ${facts.map((f) => `${fmt(f.value)}% (${f.period}) [${f.id}]`).join("; ")} (tolerance ±${tol} pp)`,
          expected: { value: facts[0]!.value, unit: "%", period: facts[0]!.period },
          found: { value: c.value, unit: "%", period: c.period },
          sources: facts.map((f) => f.source),
        });
      }
    }
  }
}
