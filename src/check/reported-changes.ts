/**
 * @module Reported changes: a stated m/m or y/y change of a trade series against the change its source reported
 * (china-magnet-exports `mom_pct`, `yoy_pct`, `ytd_yoy_pct`), where the knowledge base lacks a level to recompute it.
 * A change whose basis the article does not state is read both ways: agreement with one is consistent (the message
 * names the reading); disagreement with both gives no verdict, since the article may compare with something else.
 */
import type { Change, Claim } from "../extract/schema.ts";
import { entityKey, fmt, materialGroup, place, samePeriod } from "./compare.ts";
import type { CheckContext } from "./context.ts";
import type { KbFigure } from "./knowledge-base.ts";
import type { Reason } from "./verdict.ts";

/** Changes computed from unrounded levels and printed to one decimal: 0.2 pp, plus the rounding of both as written. */
const CHANGE_TOLERANCE_PP = 0.2;
/** Extra slack for a hedged change ("nearly 9 percent"). */
const HEDGE_PP = 1;

/** Reported-change metrics by change kind, for single months and for month ranges (year to date). */
const METRICS: Record<"mom" | "yoy", { month: string; range: string | null }> = {
  mom: { month: "export_change_mom", range: null },
  yoy: { month: "export_change_yoy", range: "export_change_ytd_yoy" },
};
export const REPORTED_CHANGE_METRICS = ["export_change_mom", "export_change_yoy", "export_change_ytd_yoy"];

const KIND_LABEL = { mom: "m/m", yoy: "y/y" } as const;

/** Half a unit of the last written digit of a percentage ("21" stands for 20.5–21.5). */
const rounding = (v: number) => 0.5 * 10 ** -(String(v).split(".")[1] ?? "").length;

function reported(ctx: CheckContext, c: Claim, kind: "mom" | "yoy"): KbFigure[] {
  const range = c.period?.includes("..") ?? false;
  const metric = range ? METRICS[kind].range : METRICS[kind].month;
  if (!metric) return [];
  return ctx.kb.figures.filter(
    (f) =>
      f.metric === metric &&
      f.value !== null &&
      samePeriod(f.period, c.period) &&
      entityKey(f.entity) === entityKey(c.entity) &&
      place(f.counterparty) === place(c.counterparty) &&
      materialGroup(f.material) === materialGroup(c.material, c.quote),
  );
}

function compare(ctx: CheckContext, c: Claim, ch: Change, kind: "mom" | "yoy") {
  const rows = reported(ctx, c, kind);
  if (!rows.length) return null;
  const stated = ch.value!;
  const fits = rows.filter(
    (f) =>
      Math.abs(f.value! - stated) <=
      CHANGE_TOLERANCE_PP + rounding(stated) + rounding(f.value!) + (ch.approx ? HEDGE_PP : 0),
  );
  return { rows, fits };
}

const show = (f: KbFigure) => `${f.value! > 0 ? "+" : ""}${fmt(f.value)}% (${f.source.publisher}) [${f.id}]`;

/** Stated trade changes against reported changes, when no level was there to recompute them. */
export function checkReportedChanges(ctx: CheckContext) {
  for (const c of ctx.claims) {
    // The reported changes are changes of the export volume.
    if (c.metric !== "export volume" || !c.period) continue;
    if (ctx.reasonsOf(c.id).some((r) => r.kind === "change_vs_levels")) continue;
    for (const ch of [c.change, ...c.additional_changes]) {
      if (ch.value === null || (ch.unit && ch.unit !== "%") || ch.qualifier !== null) continue;
      if (ch.kind !== null && ch.kind !== "mom" && ch.kind !== "yoy") continue;
      const kinds = ch.kind ? [ch.kind] : (["yoy", "mom"] as const);
      ctx.lookedFor(
        c.id,
        `the ${kinds.map((k) => KIND_LABEL[k]).join(" or ")} change reported for ${c.counterparty ?? "the total"} in ${c.period}`,
      );
      const results = kinds.map((k) => ({ kind: k, r: compare(ctx, c, ch, k) })).filter((x) => x.r);
      if (!results.length) continue;
      const agree = results.find((x) => x.r!.fits.length);
      const stated = `${ch.value > 0 ? "+" : ""}${fmt(ch.value)}%`;
      const tol = `tolerance ±${fmt(CHANGE_TOLERANCE_PP)} pp plus the rounding of both${ch.approx ? ` and ${HEDGE_PP} pp for the hedge` : ""}`;
      let reason: Reason;
      if (agree) {
        const f = agree.r!.fits[0]!;
        reason = {
          kind: "change_vs_levels",
          outcome: "consistent",
          confidence: ch.kind ? 0.75 : 0.5,
          message: `stated change ${stated}${ch.kind ? ` ${KIND_LABEL[agree.kind]}` : ` (no basis stated; read as ${KIND_LABEL[agree.kind]})`} agrees with the reported ${KIND_LABEL[agree.kind]} change ${show(f)} for ${c.period} (${tol})`,
          expected: { value: f.value, unit: "%", period: f.period },
          found: { value: ch.value, unit: "%", period: c.period },
          sources: [f.source],
        };
      } else {
        const all = results.flatMap((x) => x.r!.rows.map((f) => `${KIND_LABEL[x.kind]} ${show(f)}`));
        const first = results[0]!.r!.rows[0]!;
        reason = {
          kind: "change_vs_levels",
          outcome: ch.kind ? "inconsistent" : "unverifiable",
          confidence: 0.7,
          message: `stated change ${stated}${ch.kind ? ` ${KIND_LABEL[ch.kind]}` : " (no basis stated)"} differs from the reported ${all.join("; ")} for ${c.period} (${tol})${ch.kind ? "" : "; the article may compare with another period, so no verdict"}`,
          expected: { value: first.value, unit: "%", period: first.period },
          found: { value: ch.value, unit: "%", period: c.period },
          sources: results.flatMap((x) => x.r!.rows.map((f) => f.source)),
        };
      }
      ctx.add(c.id, reason);
    }
  }
}
