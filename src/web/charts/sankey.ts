/**
 * @module supplySankey: one scenario year's rare-earth oxide flows (t REO, Nd Pr Dy Tb Sm): mines by country,
 * recycling and undocumented output into supply; supply into magnets, other uses and surplus; magnets on to their
 * applications. Conserves mass: what enters the supply node leaves it (unmet demand enters as its own node).
 */
import type { EChartsOption } from "echarts";
import type { ScenarioResult } from "../../engine/index.ts";
import { OXIDE_PER_ELEMENT } from "../../domain/mass-conversions.ts";
import { escapeHtml, formatNumber } from "../format.ts";
import { countryLabel } from "../scenario-outputs.ts";
import { APPLICATION_LABEL } from "../../domain/scenario-labels.ts";
import { PALETTE, baseTextStyle, baseTooltip } from "./theme.ts";

export interface SankeyInputs {
  /** `supply.basket.value`: element share of each country's REO (and `default`). */
  basket: Record<string, Partial<Record<string, number>>>;
  /** `levers.yields`: finished magnet per alloy, metal per oxide. */
  yields: { magnet: number; metal: number };
  /** Last recorded year: a shortfall up to it is a model gap, after it unmet demand. */
  baseYear: number;
}
export interface Flow {
  source: string;
  target: string;
  value: number;
}

const ELS = Object.keys(OXIDE_PER_ELEMENT) as (keyof typeof OXIDE_PER_ELEMENT)[];
export const SUPPLY = "Oxide supply (Nd Pr Dy Tb Sm)";
export const MAGNETS = "Magnets";

/** The flows of year `year` (t REO); mines beyond the `top` largest are one "other countries" node. */
export function sankeyFlows(r: ScenarioResult, year: number, inp: SankeyInputs, top = 6): Flow[] {
  const t = r.years.indexOf(year);
  if (t < 0) throw new RangeError(`year ${year} is outside the run's years ${r.years[0]}–${r.years.at(-1)}`);
  const flows: Flow[] = [];
  const mines = Object.entries(r.supply.mineByCountry)
    .map(([c, s]) => {
      const b = inp.basket[c] ?? inp.basket.default ?? {};
      return { c, v: ELS.reduce((a, e) => a + s[t]! * (b[e] ?? 0), 0) };
    })
    .filter((m) => m.v > 0)
    .sort((a, b) => b.v - a.v);
  // The engine's primary supply is the total (it also applies the ionic-clay basket); countries share it in
  // proportion to their output × basket.
  const primary = ELS.reduce((a, e) => a + (r.supply.primaryByElement[e]?.[t] ?? 0), 0);
  const byBasket = mines.reduce((a, m) => a + m.v, 0);
  if (byBasket > 0) for (const m of mines) m.v *= primary / byBasket;
  for (const m of mines.slice(0, top))
    flows.push({ source: `Mine: ${countryLabel(m.c)}`, target: SUPPLY, value: m.v });
  const rest = mines.slice(top).reduce((a, m) => a + m.v, 0);
  if (rest > 0) flows.push({ source: "Mine: other countries", target: SUPPLY, value: rest });
  const at = (o: Record<string, number[]>) => ELS.reduce((a, e) => a + (o[e]?.[t] ?? 0), 0);
  const recycled = at(r.recycling.byElement);
  if (recycled > 0) flows.push({ source: "Recycling", target: SUPPLY, value: recycled });
  const unrecorded = at(r.supply.unrecordedByElement);
  if (unrecorded > 0) flows.push({ source: "Unrecorded supply", target: SUPPLY, value: unrecorded });
  if (unrecorded < 0)
    flows.push({ source: SUPPLY, target: "Unrecorded use, stock build", value: -unrecorded });
  let unmet = 0;
  let surplus = 0;
  for (const e of ELS) {
    const b = r.balance[e]?.[t] ?? 0;
    if (b < 0) unmet -= b;
    else surplus += b;
  }
  // After the base year a shortfall is unmet demand; in recorded years it is the model's gap to the record.
  if (unmet > 0)
    flows.push({
      source: year > inp.baseYear ? "Unmet demand" : "Gap to recorded supply",
      target: SUPPLY,
      value: unmet,
    });
  const magnet = ELS.reduce(
    (a, e) =>
      a + ((r.elements.inMagnet[e]?.[t] ?? 0) / inp.yields.magnet / inp.yields.metal) * OXIDE_PER_ELEMENT[e],
    0,
  );
  const other = at(r.elements.reo) - magnet;
  flows.push({ source: SUPPLY, target: MAGNETS, value: magnet });
  if (other > 1e-9) flows.push({ source: SUPPLY, target: "Other uses", value: other });
  if (surplus > 0) flows.push({ source: SUPPLY, target: "Surplus (not used)", value: surplus });
  const apps = Object.entries(r.demand.byApplication).map(([k, s]) => ({ k, v: s[t] ?? 0 }));
  const appTotal = apps.reduce((a, x) => a + x.v, 0);
  for (const a of apps)
    if (a.v > 0 && appTotal > 0)
      flows.push({
        source: MAGNETS,
        target: APPLICATION_LABEL[a.k] ?? a.k,
        value: (magnet * a.v) / appTotal,
      });
  return flows.filter((f) => f.value > 0);
}

/** A node's name as a phone shows it: no "Mine: " prefix, the oxide basket left to the tooltip. */
export function shortNode(name: string): string {
  return name.replace(/^Mine: /, "").replace(/ \(.*\)$/, "");
}

export function sankeyChart(
  flows: Flow[],
  options: { year: number; citation: string; narrow?: boolean },
): EChartsOption {
  const narrow = options.narrow ?? false;
  const names = [...new Set(flows.flatMap((f) => [f.source, f.target]))];
  const formatter = (p: {
    dataType?: string;
    data?: Flow & { name?: string };
    value?: number;
    name?: string;
  }) => {
    const head =
      p.dataType === "edge" && p.data
        ? `${escapeHtml(p.data.source)} → ${escapeHtml(p.data.target)}`
        : escapeHtml(p.name ?? "");
    return `<div><b>${head}</b> (${options.year})</div><div><b>${formatNumber(Number(p.value))}</b> t REO</div><div class="muted">Source: ${escapeHtml(options.citation)}</div>`;
  };
  return {
    textStyle: baseTextStyle,
    color: PALETTE,
    tooltip: { ...baseTooltip, trigger: "item", formatter: formatter as never },
    series: [
      {
        type: "sankey",
        left: 8,
        right: narrow ? 112 : 150,
        top: 8,
        bottom: 8,
        nodeGap: narrow ? 6 : 10,
        nodeWidth: narrow ? 12 : 20,
        emphasis: { focus: "adjacency" },
        lineStyle: { color: "gradient", opacity: 0.35 },
        label: narrow
          ? { fontSize: 9, formatter: ((p: { name: string }) => shortNode(p.name)) as never }
          : { fontSize: 11 },
        data: names.map((name) => ({ name })),
        links: flows,
      },
    ],
  };
}
