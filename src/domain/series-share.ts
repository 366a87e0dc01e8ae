/**
 * @module Shares in a series: each period's preferred value as a percentage of the same series for an aggregate that
 * contains it (China's share of world mine production). Rules in docs/reconciliation.md, "Shares".
 */
import { contains, getEntity } from "./entity.ts";
import { canSum, conversionFactor, type StatedBasis } from "./quantity-dimension.ts";
import { type BuildSeriesOptions, buildSeries } from "./series.ts";
import { isPoint, LEVEL } from "./series-item.ts";
import {
  type SeriesFigure,
  type SeriesItem,
  SeriesError,
  type SeriesResult,
  type ShareComponent,
} from "./series-types.ts";

export interface ShareOptions extends BuildSeriesOptions {
  /** The entity (or counterparty) being divided, as the user named it and as registered. */
  part: { name: string; id: string };
  /** The aggregate divided by. */
  of: { name: string; id: string };
  /** Which part of the series key the aggregate replaces: the counterparty for trade queries naming one, else the entity. */
  replaces: "entity" | "counterparty";
}

const display = (x: { name: string; id: string }) => getEntity(x.id)?.name ?? x.name;

/** Throws SeriesError `not_contained` unless the aggregate `of` contains `part` (src/domain/entity.ts `contains`). */
export function assertShareable(part: ShareOptions["part"], of: ShareOptions["of"]): void {
  if (contains(of.id, part.id)) return;
  throw new SeriesError(
    "not_contained",
    `cannot give ${display(part)} as a share of ${display(of)}: ${display(of)} does not contain ${display(part)} (a share is taken only of the world, or of a bloc whose recorded members include the place)`,
  );
}

const dimensionOf = (x: { unit: string; basis: string }) => ({
  unit: x.unit,
  massBasis: x.basis as StatedBasis,
});

/** Rows of the aggregate that describe the same quantity as the part's rows: only the replaced field differs. */
function sameQuantity(part: SeriesFigure, whole: readonly SeriesFigure[], o: ShareOptions): SeriesFigure[] {
  const keep = o.replaces === "entity" ? "counterpartyId" : "entityId";
  const same = whole.filter(
    (r) =>
      r[keep] === part[keep] &&
      r.material.toLowerCase() === part.material.toLowerCase() &&
      r.location.toLowerCase() === part.location.toLowerCase() &&
      r.variant.toLowerCase() === part.variant.toLowerCase() &&
      r.isForecast === part.isForecast,
  );
  const pool = same.filter((r) =>
    canSum(
      { unit: r.unit, massBasis: r.massBasis as StatedBasis },
      { unit: part.unit, massBasis: part.massBasis as StatedBasis },
    ),
  );
  if (same.length && !pool.length) {
    const r = same[0]!;
    throw new SeriesError(
      "unit_mismatch",
      `cannot divide ${part.metric} of ${display(o.part)} in ${part.unit} (${part.massBasis} basis) by ${display(o.of)}'s in ${r.unit} (${r.massBasis} basis): different units or mass bases`,
    );
  }
  return pool;
}

/** The edition(s) of the figures behind an item: its own figure's vintage, or its parts'. */
function editionOf(item: SeriesItem, byId: ReadonlyMap<string, SeriesFigure>): string {
  const ids = item.figureId ? [item.figureId] : item.parts.map((p) => p.figureId);
  return [...new Set(ids.map((id) => (id ? (byId.get(id)?.vintage ?? "") : "")).filter(Boolean))].join(" + ");
}

function component(item: SeriesItem, who: { name: string; id: string }, edition: string): ShareComponent {
  const { period: _p, start: _s, end: _e, share: _share, ...rest } = item;
  return { ...rest, name: who.name, id: who.id, edition };
}

const num = (v: number) => v.toLocaleString("en-US", { maximumFractionDigits: 3 });

/**
 * Builds the share series: the part's series (`partRows`, built as buildSeries would) with every value divided by
 * the aggregate's value for the same period, from the same edition, in percent. Throws SeriesError `not_contained`
 * when the aggregate does not contain the part and `unit_mismatch` when the two are in different dimensions; an
 * item whose aggregate value is missing (or a bound, or from another edition only) is `missing` with the reason.
 */
export function buildShareSeries(
  partRows: readonly SeriesFigure[],
  wholeRows: readonly SeriesFigure[],
  o: ShareOptions,
): SeriesResult {
  assertShareable(o.part, o.of);
  const part = buildSeries(partRows, o);
  const of = {
    name: (o.replaces === "entity" ? wholeRows[0]?.entity : wholeRows[0]?.counterparty) || display(o.of),
    id: o.of.id,
  };
  const head = {
    ...part,
    unit: "%",
    share: { of: of.name, ofId: of.id, replaces: o.replaces, unit: part.unit, basis: part.basis },
  };
  const first = partRows.find((r) => r.metric === part.metric) ?? partRows[0];
  if (!part.items.length || !first) return { ...head, items: [], total: null };
  const pool = sameQuantity(first, wholeRows, o);
  const grid = { per: part.per, from: part.items[0]!.period, to: part.items.at(-1)!.period };
  const label = `${part.metric} for ${of.name} with the same material, location and basis`;
  let whole: SeriesResult;
  try {
    whole = buildSeries(pool, { ...o, ...grid, label });
  } catch (e) {
    if (e instanceof SeriesError) throw new SeriesError(e.code, `the aggregate ${of.name}: ${e.message}`);
    throw e;
  }
  const byId = new Map([...partRows, ...wholeRows].map((r) => [r.id, r]));
  const partWho = {
    name: (o.replaces === "entity" ? part.entity : part.counterparty) || display(o.part),
    id: o.part.id,
  };
  /** The same period built from one edition only (when the preferred values come from different editions). */
  const at = (rows: readonly SeriesFigure[], period: string, vintage: string) =>
    buildSeries(rows, { ...o, per: part.per, from: period, to: period, vintage, label }).items[0];
  const divide = (p: SeriesItem, w: SeriesItem | undefined, aligned: boolean): SeriesItem => {
    let pe = editionOf(p, byId);
    let we = w ? editionOf(w, byId) : "";
    if (aligned && w && pe && we && pe !== we && !o.vintage) {
      const w2 = at(pool, p.period, pe);
      const p2 = w2?.value != null ? undefined : at(partRows, p.period, we);
      if (w2?.value != null) [w, we] = [w2, pe];
      else if (p2?.value != null) [p, pe] = [p2, we];
    }
    const share = w ? { part: component(p, partWho, pe), whole: component(w, of, we) } : undefined;
    const missing = (reason: string): SeriesItem => ({
      ...p,
      value: null,
      low: null,
      high: null,
      qualifier: null,
      unit: "%",
      composition: "missing",
      parts: [],
      figureId: null,
      source: null,
      reason,
      note: "",
      alternatives: [],
      ...(share ? { share } : {}),
    });
    if (p.value === null && p.low === null) return missing(`${partWho.name}: ${p.reason}`);
    if (!w || (w.value === null && w.low === null))
      return missing(`no ${of.name} value for ${p.period} to divide by: ${w?.reason || whole.reason}`);
    if (!isPoint(p) || !isPoint(w))
      return missing(
        `${isPoint(p) ? of.name : partWho.name} ${p.period} is a bound or a range; no share computed`,
      );
    if (pe && we && pe !== we)
      return missing(`${partWho.name} is from ${pe} and ${of.name} from ${we}; no share across editions`);
    if (!canSum(dimensionOf(p), dimensionOf(w)))
      throw new SeriesError(
        "unit_mismatch",
        `cannot divide ${p.unit} (${p.basis} basis) by ${w.unit} (${w.basis} basis) for ${p.period}`,
      );
    if (w.value === 0) return missing(`${of.name} is 0 in ${p.period}`);
    const factor = conversionFactor(dimensionOf(p), dimensionOf(w))!;
    const value = (100 * p.value! * factor) / w.value!;
    return {
      ...p,
      value,
      approx: p.approx || w.approx,
      unit: "%",
      composition: "share",
      parts: [],
      figureId: null,
      source: null,
      quality: "derived",
      qualityReason: `${num(p.value!)} ${p.unit} ÷ ${num(w.value!)} ${w.unit}${pe ? ` (${pe})` : ""}`,
      confidence: LEVEL[Math.min(LEVEL.indexOf(p.confidence), LEVEL.indexOf(w.confidence))]!,
      conflict: p.conflict || w.conflict,
      reason: "",
      note: value > 100 ? `${partWho.name} exceeds ${of.name}: the sources disagree` : "",
      alternatives: [],
      share: share!,
    };
  };
  const items = part.items.map((p, i) => divide(p, whole.items[i], true));
  const total = part.total ? divide(part.total, whole.total ?? undefined, false) : null;
  return { ...head, items, total };
}
