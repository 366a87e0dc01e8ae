/**
 * @module Reserves: a country's stated rare-earth reserves, or its share of world reserves, against USGS (every edition
 * kept; the latest compared first, an older edition's figure reported as a revision). USGS gives world reserves of
 * recent editions only as a lower bound ("more than 75 million t"), so a share is then only bounded from above.
 */
import type { Claim } from "../extract/schema.ts";
import { clauseOf, namesEntity } from "./attribution.ts";
import { claimInterval, entityKey, fmt, foundOf, overlaps, qty, roundingSlack } from "./compare.ts";
import { type CheckContext, level } from "./context.ts";
import type { KbFigure } from "./knowledge-base.ts";
import { isKnownPlace } from "./places.ts";
import type { Reason } from "./verdict.ts";

/** A share computed from two USGS figures of one edition: ±3 pp (shares are quoted rounded), +2 pp when hedged. */
const SHARE_TOLERANCE_PP = 3;
const HEDGE_PP = 2;
/** USGS rounds reserves to two significant digits: 2% plus the rounding of the stated value. */
const LEVEL_TOLERANCE = 0.02;

const RESERVES = /\breserves?\b|储量/i;

function editions(figures: readonly KbFigure[], entity: string): KbFigure[] {
  return figures
    .filter((f) => f.metric === "reserves" && f.value !== null && entityKey(f.entity) === entityKey(entity))
    .sort((a, b) => Number(b.isLatest) - Number(a.isLatest) || b.period.localeCompare(a.period));
}

/** Share of world reserves per edition: exact when the world figure is, else an upper bound. */
function shares(ctx: CheckContext, entity: string) {
  const world = editions(ctx.kb.figures, "World");
  return editions(ctx.kb.figures, entity).flatMap((p) => {
    const w = world.find((x) => x.vintage === p.vintage && x.period === p.period);
    if (!w) return [];
    const share = (p.value! / w.value!) * 100;
    return [{ part: p, world: w, share, bound: w.qualifier === "gt" || w.qualifier === "gte" }];
  });
}

function checkShare(ctx: CheckContext, c: Claim) {
  const iv = claimInterval(c);
  if (!iv || !c.entity) return;
  const all = shares(ctx, c.entity);
  ctx.lookedFor(c.id, `${c.entity}'s and the world's reserves in the USGS editions`);
  if (!all.length) return;
  const tol = SHARE_TOLERANCE_PP + (c.approx ? HEDGE_PP : 0);
  const show = (x: (typeof all)[number]) =>
    `${c.entity} ${qty(x.part.value, x.part.unit)} ÷ world ${x.bound ? "more than " : ""}${qty(x.world.value, x.world.unit)} (${x.part.vintage}, ${x.part.period}) = ${x.bound ? "at most " : ""}${fmt(x.share, 1)}%`;
  const fits = (x: (typeof all)[number]) =>
    x.bound ? iv[0] <= x.share + tol : overlaps(iv, [x.share - tol, x.share + tol], 0);
  const latest = all[0]!;
  const exact = all.filter((x) => !x.bound);
  const agree = exact.find(fits);
  let reason: Reason;
  if (agree) {
    const older = agree !== latest;
    reason = {
      kind: older ? "revision" : "known_share",
      outcome: "consistent",
      confidence: older ? 0.6 : 0.7,
      message: `stated ${fmt(c.value ?? c.value_min)}% of world reserves; ${show(agree)} (tolerance ±${tol} pp)${older ? `; the latest edition gives ${show(latest)}` : ""}`,
      expected: { value: Math.round(agree.share * 10) / 10, unit: "%", period: agree.part.period },
      found: foundOf(c),
      sources: [agree.part.source, ...(older ? [latest.part.source] : [])],
    };
  } else if (!fits(latest)) {
    reason = {
      kind: "known_share",
      outcome: "inconsistent",
      message: `stated ${fmt(c.value ?? c.value_min)}% of world reserves; ${show(latest)}${exact.length ? `; earlier editions: ${exact.map(show).join("; ")}` : ""} (tolerance ±${tol} pp)`,
      expected: {
        value: null,
        low: null,
        high: Math.round(latest.share * 10) / 10,
        unit: "%",
        period: latest.part.period,
      },
      found: foundOf(c),
      sources: [latest.part.source],
    };
  } else {
    reason = {
      kind: "known_share",
      outcome: "unverifiable",
      message: `stated ${fmt(c.value ?? c.value_min)}% of world reserves; ${show(latest)}: world reserves are only a lower bound, so the share is bounded, not known${exact.length ? `, and no earlier edition agrees (${exact.map(show).join("; ")})` : ""}`,
      expected: {
        value: null,
        low: null,
        high: Math.round(latest.share * 10) / 10,
        unit: "%",
        period: latest.part.period,
      },
      found: foundOf(c),
      sources: [latest.part.source],
    };
  }
  ctx.add(c.id, reason);
}

function checkLevel(ctx: CheckContext, c: Claim) {
  const iv = claimInterval(c);
  if (!iv || !c.entity || level(c) === null) return;
  const rows = editions(ctx.kb.figures, c.entity).filter((f) => !f.qualifier);
  ctx.lookedFor(c.id, `${c.entity}'s reserves in the USGS editions`);
  if (!rows.length) return;
  const tol = LEVEL_TOLERANCE + roundingSlack(c) + (c.approx ? 0.05 : 0);
  const agree = rows.find((f) => overlaps(iv, [f.value!, f.value!], tol));
  const latest = rows[0]!;
  const older = !!agree && agree !== latest;
  const show = (f: KbFigure) => `${qty(f.value, f.unit)} (${f.vintage}, ${f.period}) [${f.id}]`;
  ctx.add(c.id, {
    kind: older ? "revision" : "source_conflict",
    outcome: agree ? "consistent" : "inconsistent",
    confidence: older ? 0.6 : 0.85,
    message: `${qty(level(c), c.unit)} of reserves ${agree ? `agrees with USGS ${show(agree)}` : `differs from USGS ${rows.map(show).join("; ")}`}${older ? `; the latest edition gives ${show(latest)}` : ""} (tolerance ±${fmt(tol * 100, 1)}%: USGS rounds reserves to two significant digits)`,
    expected: { value: (agree ?? latest).value, unit: latest.unit, period: (agree ?? latest).period },
    found: foundOf(c),
    sources: [(agree ?? latest).source],
  });
}

/** Stated reserves of a country and its share of world reserves against USGS. */
export function checkReserves(ctx: CheckContext) {
  for (const c of ctx.claims) {
    if (!c.entity || !isKnownPlace(c.entity) || c.is_forecast) continue;
    const clause = clauseOf(c);
    if (!RESERVES.test(clause) && !/reserve/i.test(c.metric)) continue;
    // Whose reserves: only a country its own sentence names ("Vietnam holds 22 Mt" in an article about China is not China's).
    if (!namesEntity(c.quote, c.entity)) {
      ctx.lookedFor(c.id, `reserves of ${c.entity}, which the sentence does not name`);
      continue;
    }
    if (c.unit === "%" && /global|world|worldwide|全球/i.test(clause)) checkShare(ctx, c);
    else if (c.unit === "t" || c.unit === "t REO") checkLevel(ctx, c);
  }
}
