/**
 * @module modelQuantity: which model quantity a demand or production claim states (magnet demand of the world, a region
 * or an application; China's magnet output; oxide or metal demand of Nd, Pr, Dy, Tb or NdPr; mine output), on which
 * mass basis, for which year and place — or why the model has nothing to compare with.
 */
import type { Claim } from "../extract/schema.ts";
import { clauseOf, valueIndex } from "./attribution.ts";
import { claimInterval } from "./compare.ts";
import { type Growth, growthOf } from "./model-growth.ts";
import { COMPANY_SUBJECT, isCompany, isPlace, placeOf } from "./model-subject.ts";

export type { Growth } from "./model-growth.ts";

/** The mass basis of a tonnage: magnet (finished, blank or not stated), oxide, element (metal) or REO (mine output). */
export type ModelBasis = "finished" | "blank" | "magnet" | "oxide" | "element" | "REO";

export interface ModelQuery {
  /** Series key of `ModelBaseline.series`. */
  key: string;
  /** What is compared, for messages ("world NdFeB magnet demand"). */
  label: string;
  basis: ModelBasis;
  /** The level's year, or the growth's last year. */
  year: number;
  /** The claim's value or range in tonnes, when it states a level. */
  interval: [number, number] | null;
  /** The claim's growth rate, when it states one (y/y for one year, or a CAGR over a span of years). */
  growth: Growth | null;
  /** Which `x-sources` of the scenario back the quantity. */
  sourceKeys: string[];
}

/** A model quantity, or why the claim cannot be compared with the model (null: the claim is no demand or output tonnage). */
export type ModelReading = { query: ModelQuery } | { why: string } | null;

const TONNES: Record<string, number> = { t: 1, kt: 1e3, Mt: 1e6, "t/yr": 1, "t/y": 1 };
const MAGNET = /magnets?\b|\bNdFeB\b|neodymium[- ]iron[- ]boron/i;
const NOT_NDFEB = /ferrite|\bSmCo\b|samarium|alnico/i;
/** A change, an increment or a gap is not a level of demand or output. */
const INCREMENT =
  /\b(?:increase|increment|additional|extra|growth|gap|shortfall|deficit|surplus|rise|jump|drop|decline|fall)\b/i;
const CAPACITY = /capacity|nameplate/i;
const TRADE = /\b(?:exports?|exported|imports?|imported|shipments?|shipped|sales|sold)\b/i;
const MINE = /\bmin(?:e|ed|es|ing)\b|\bmine (?:output|production|supply)\b/i;
const STAGE_NOT_MODELLED = /refin|separat|smelt|\bmetal (?:output|production)\b|processing|\balloy\b/i;
const DEMAND = /demand|consum|need|requir|use[sd]?\b/i;

/** Applications of the model and the words naming them (the magnet demand of one use). */
const APPLICATIONS: [RegExp, string, string][] = [
  [/humanoid/i, "humanoid_robots", "humanoid robots"],
  [/industrial robot/i, "industrial_robots", "industrial robots"],
  [/e-?bikes?|electric (?:bicycle|two-wheeler)/i, "e_bikes", "e-bikes"],
  [/\bwind\b/i, "wind", "wind turbines"],
  [
    /\bN?EVs?\b|electric (?:vehicle|car)s?|new energy vehicles?|traction motors?/i,
    "ev_traction",
    "EV traction motors",
  ],
  [/air[- ]condition|compressors?/i, "hvac_compressors", "HVAC compressors"],
  [/consumer electronics/i, "consumer_electronics", "consumer electronics"],
];

/** Oxide or element demand: the element named and the basis stated ("oxide" or "metal"). */
const ELEMENTS: [RegExp, string][] = [
  [/\bNdPr\b|\bPr-?Nd\b|didymium|neodymium[- ](?:and[- ])?praseodymium/i, "NdPr"],
  [/neodymium|\bNd2O3\b/i, "Nd"],
  [/praseodymium/i, "Pr"],
  [/dysprosium|\bDy2O3\b/i, "Dy"],
  [/terbium|\bTb4O7\b/i, "Tb"],
];

/** Model regions for places claims name (one place: the United States is not North America). */
const REGIONS: Record<string, string> = {
  china: "china",
  japan: "japan",
  "south korea": "korea",
  india: "india",
  "european union": "europe",
  europe: "europe",
};
/** Countries with their own mine output in the model. */
/** A claim's place → the model's mine-output country (every country of the baseline's `supply.mine.history`). */
export const MINE_COUNTRIES: Record<string, string> = {
  china: "china",
  "united states": "united_states",
  myanmar: "myanmar",
  australia: "australia",
  nigeria: "nigeria",
  thailand: "thailand",
  brazil: "brazil",
};
const DEMAND_SOURCES = ["iea", "irena", "acrei", "heim", "argus", "adamas93"];

function magnetBasis(text: string): ModelBasis {
  if (/\bblanks?\b/i.test(text)) return "blank";
  if (/\bfinished\b/i.test(text)) return "finished";
  return "magnet";
}

/** True when the words before the number make it a change ("an increase of 2,000 t"), not a level ("rise to 2,000 t"). */
function isIncrement(c: Claim): boolean {
  const at = valueIndex(c);
  const before = c.quote.slice(0, Math.max(0, at));
  const clause = clauseOf(c);
  const head = at >= 0 && c.quote.indexOf(clause) >= 0 ? before.slice(c.quote.indexOf(clause)) : clause;
  const words = [...head.matchAll(new RegExp(INCREMENT.source, "gi"))];
  const last = words[words.length - 1];
  if (!last) return false;
  return !/\bto\b|\breach|\btotal/i.test(head.slice(last.index! + last[0].length));
}

/** Reads a claim as a model quantity (see the module note). */
export function modelQuantity(c: Claim): ModelReading {
  const scale = c.unit ? TONNES[c.unit] : undefined;
  const iv = claimInterval(c);
  const family = c.metric_family;
  const clause = clauseOf(c);
  const text = `${c.metric} ${c.material ?? ""} ${clause}`;
  const isDemand = family === "demand" || /demand|consumption/i.test(c.metric);
  const isOutput = family === "production" && !CAPACITY.test(`${c.metric} ${clause}`);
  if (!isDemand && !isOutput) return null;
  // Trade and sales are not demand or output, whatever family the extractor gave the figure.
  if (TRADE.test(clause)) return null;
  // A company's output or demand: the model has no companies (company results and capacities are compared elsewhere).
  if (c.entity && isCompany(c.entity)) return null;
  if (COMPANY_SUBJECT.test(c.quote) && !(c.entity && isPlace(c.entity))) return null;
  const growth = growthOf(c);
  const stated = scale !== undefined && iv !== null && c.value_text !== null;
  if (!stated && !growth) return null;
  const increment = stated && isIncrement(c);
  if (increment && !growth)
    return { why: "the figure is a change or an increment, not a level the model gives" };
  const levelYear = c.period && /^\d{4}$/.test(c.period) ? Number(c.period) : null;
  const interval: [number, number] | null =
    stated && !increment && levelYear !== null ? [iv![0] * scale!, iv![1] * scale!] : null;
  if (!interval && !growth)
    return { why: "the figure has no single calendar year (the model gives yearly values)" };
  const year = growth?.to ?? levelYear!;
  const where = placeOf(c);
  if ("why" in where) return where;
  const region = where.place;
  const base = { year, interval, growth };
  const regionLabel = region === "world" ? "world" : region;
  if (NOT_NDFEB.test(text)) return { why: "the model tracks NdFeB magnets, not ferrite or SmCo" };
  if (isOutput && MINE.test(clause) && !MAGNET.test(clause)) {
    const key = region === "world" ? "mine.world" : MINE_COUNTRIES[region];
    if (!key) return { why: `the model has no mine output of its own for ${region}` };
    return {
      query: {
        ...base,
        key: key.startsWith("mine.") ? key : `mine.${key}`,
        label: `${regionLabel} rare-earth mine output`,
        basis: "REO",
        sourceKeys: ["usgs"],
      },
    };
  }
  if (isOutput && STAGE_NOT_MODELLED.test(clause))
    return { why: "the model gives shares, not tonnages, for separation, refining and metal making" };
  if (MAGNET.test(text)) {
    const basis = magnetBasis(clause);
    if (isOutput) {
      if (region !== "world" && region !== "china")
        return { why: `the model gives magnet output only for the world and China, not ${region}` };
      return {
        query: {
          ...base,
          key: region === "world" ? "magnet.demand.world" : "magnet.production.china",
          label: `${regionLabel} NdFeB magnet output${region === "world" ? " (the model makes world output equal demand)" : ""}`,
          basis,
          sourceKeys: [...DEMAND_SOURCES, "argus"],
        },
      };
    }
    const apps = APPLICATIONS.filter(([re]) => re.test(clause));
    if (apps.length > 1)
      return {
        why: `the clause names several uses (${apps.map((a) => a[2]).join(", ")}); the model gives each alone`,
      };
    const app = apps[0];
    if (app && region !== "world") return { why: "the model gives demand by application for the world only" };
    if (app)
      return {
        query: {
          ...base,
          key: `magnet.demand.app.${app[1]}`,
          label: `world NdFeB magnet demand from ${app[2]}`,
          basis,
          sourceKeys: DEMAND_SOURCES,
        },
      };
    const r = region === "world" ? "world" : REGIONS[region];
    if (!r) return { why: `the model has no demand region for ${region}` };
    return {
      query: {
        ...base,
        key: r === "world" ? "magnet.demand.world" : `magnet.demand.region.${r}`,
        label: `${regionLabel} NdFeB magnet demand`,
        basis,
        sourceKeys: DEMAND_SOURCES,
      },
    };
  }
  const element = ELEMENTS.find(([re]) => re.test(text))?.[1];
  if (!element)
    return isDemand && /rare earth/i.test(text)
      ? { why: "the model does not track Ce, La and the other rare earths" }
      : null;
  if (!isDemand || !DEMAND.test(text)) return { why: "the model gives element demand, not element output" };
  if (region !== "world") return { why: "the model gives element demand for the world only" };
  const basis: ModelBasis | null = /oxide|\bREO\b|O3\b|O7\b|O11\b/i.test(text)
    ? "oxide"
    : /\bmetals?\b/i.test(text)
      ? "element"
      : null;
  // A growth rate is the same on the oxide and the metal basis (one factor per element): only a level needs the basis.
  if (!basis && !growth)
    return {
      why: `the claim does not say whether ${element} is counted as oxide or as metal; the two differ by 15–21%`,
    };
  return {
    query: {
      ...base,
      interval: basis ? base.interval : null,
      key: `${basis === "element" ? "element" : "oxide"}.demand.${element}`,
      label: `world ${element} ${basis === "oxide" ? "oxide " : basis === "element" ? "metal " : ""}demand`,
      basis: basis ?? "oxide",
      sourceKeys: DEMAND_SOURCES,
    },
  };
}
