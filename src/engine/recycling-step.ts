/**
 * @module recyclingStep: post-consumer recycling by stage. End-of-life magnets × collection × pre-processing
 * (liberation) = feed, capped by recycling capacity; element recovery on the feed, in t REO. Pre-consumer scrap: the
 * swarf recycled inside magnet making, implied by the gross machining yield (blank) and the net alloy yield (magnet):
 * finished × (1/yBlank − 1/yMag) > 0 t magnet per t finished, reported only (the net yield already counts it).
 */
import { OXIDE_PER_ELEMENT } from "../domain/mass-conversions.ts";
import type { Elements } from "./elements-step.ts";
import { RE_ELEMENTS } from "./ids.ts";
import { addTo, type ScenarioFrame } from "./scenario-frame.ts";
import type { Stocks } from "./stocks-step.ts";

export interface Recycling {
  collected: Float64Array;
  feed: Float64Array;
  /** Recycled element, t REO/yr. */
  recycled: Record<string, Float64Array>;
  recycledTotal: Float64Array;
  preConsumer: Record<string, Float64Array>;
}

export function recyclingStep(f: ScenarioFrame, stocks: Stocks, elements: Elements): Recycling {
  const { P } = f;
  const L = f.s.levers;
  const collection = P(L.recycling.collection.value);
  const recovery = P(L.recycling.recovery.value);
  const pre = L.recycling.preProcessing ? P(L.recycling.preProcessing.value) : null;
  const cap = L.recycling.capacity ? P(L.recycling.capacity.value) : null;
  const { eolTotal } = stocks;
  const collected = f.zeros();
  const feed = f.zeros();
  const feedShare = f.zeros();
  for (let t = 0; t < f.T; t++) {
    const x = eolTotal[t]!;
    collected[t] = x * collection[t]!;
    const v = collected[t]! * (pre ? pre[t]! : 1);
    feed[t] = cap ? Math.min(v, cap[t]!) : v;
    feedShare[t] = x > 0 ? feed[t]! / x : collection[t]! * (pre ? pre[t]! : 1);
  }
  const recycled: Record<string, Float64Array> = {};
  const recycledTotal = f.zeros();
  const preConsumer: Record<string, Float64Array> = {};
  const swarf = Math.max(0, 1 / L.yields.blank.value - 1 / L.yields.magnet.value);
  for (const e of RE_ELEMENTS) {
    const ox = OXIDE_PER_ELEMENT[e];
    const eol = elements.eolByEl[e]!;
    const rec = f.zeros();
    for (let t = 0; t < f.T; t++) rec[t] = eol[t]! * feedShare[t]! * recovery[t]! * ox;
    recycled[e] = rec;
    addTo(recycledTotal, recycled[e]!);
    if (!f.bandsOnly)
      preConsumer[e] = elements.inMagnet[e]!.map((x) => (x * swarf * ox) / L.yields.metal.value);
  }
  return { collected, feed, recycled, recycledTotal, preConsumer };
}
