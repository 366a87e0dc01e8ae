/**
 * @module modelQuantity: which model quantity a demand or production claim states (magnet demand of the world, a region
 * or an application; China's magnet output; oxide or metal demand of Nd, Pr, Dy, Tb or NdPr; mine output), on which
 * mass basis, for which year and place — or why the model has nothing to compare with.
 */
import type { Claim } from "../extract/schema.ts";
import { clauseOf, namesEntity, valueIndex } from "./attribution.ts";
import { governingPlaces } from "./clauses.ts";
import { claimInterval, place } from "./compare.ts";
import { placesIn } from "./places.ts";
import { resolveEntity } from "../domain/entity.ts";

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

/** A stated growth rate: % a year from `from` to `to` (y/y: to = from + 1), as an interval widened by its rounding. */
export interface Growth {
  kind: "yoy" | "cagr";
  from: number;
  to: number;
  stated: number;
  pct: [number, number];
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
const MINE_COUNTRIES: Record<string, string> = {
  china: "china",
  "united states": "united_states",
  myanmar: "myanmar",
  australia: "australia",
  nigeria: "nigeria",
  thailand: "thailand",
};
const DEMAND_SOURCES = ["iea", "irena", "acrei", "heim", "argus", "adamas93"];

const WORLD = /\b(?:global(?:ly)?|world(?:wide|'s)?)\b/i;
const isPlace = (name: string) => {
  const kind = resolveEntity(name)?.kind;
  return kind === "country" || kind === "bloc" || kind === "world" || placesIn(name).length > 0;
};
/** Words of a product, material or use: an entity the extractor took from them is no company. */
const NOT_A_COMPANY =
  /magnet|NdFeB|oxide|rare[- ]earth|\bREO\b|neodym|praseodym|dysprosium|terbium|NdPr|metal|vehicle|\bN?EVs?\b|wind|robot|motor|market|industry|demand/i;

/** Words that end or make a company's name, and a company as the clause's subject ("the company produced …"). */
const COMPANY_NAME =
  /\b(?:Inc|Corp(?:oration)?|Ltd|Limited|Group|Co|Company|Holdings|Materials|Magnetics|Technologies|Industries|plc|AG|SA|GmbH|LLC|Resources|Mining)\b\.?$/i;
const COMPANY_SUBJECT =
  /\b(?:the|its) (?:company|firm|group|plant|factory|producer|maker|manufacturer)\b|\b(?:largest|biggest|leading|top)(?: [\w-]+){0,3} (?:producer|maker|manufacturer|supplier)s?\b/i;
function isCompany(entity: string): boolean {
  if (resolveEntity(entity)?.kind === "company" || COMPANY_NAME.test(entity.trim())) return true;
  return !isPlace(entity) && !NOT_A_COMPANY.test(entity);
}

/** The one place governing the claim's number (its clause, else the sentence before it), or why there is none. */
function placeOf(c: Claim): { place: string } | { why: string } {
  const text = clauseOf(c);
  if (/outside China|ex-China|excluding China|rest of the world/i.test(text))
    return { why: "the figure excludes China; the model's regions do not split that way" };
  const at = Math.max(0, valueIndex(c));
  const governed = governingPlaces(c.quote, at);
  // "Global", "Worldwide" open sentences in any case; the gazetteer's world pattern is case-sensitive.
  const world = WORLD.test(governed.how === "clause" ? text : c.quote.slice(0, at));
  const places =
    governed.how === "clause"
      ? [...new Set([...governed.places, ...(world ? ["world"] : [])])]
      : world
        ? ["world"]
        : governed.places;
  if (places.length > 1) return { why: `the clause names several places (${places.join(", ")})` };
  if (!places.length) return { why: "the sentence names no place (world or a country) for the figure" };
  const p = places[0]!;
  // A country the sentence names as the figure's subject must be the place governing the number ("China's magnet
  // output reached 260,000 t, while Japan made 8,000 t": 8,000 t is Japan's, not China's); an entity the sentence
  // does not name was guessed by the extractor and yields to the sentence.
  if (c.entity && isPlace(c.entity) && namesEntity(c.quote, c.entity) && place(c.entity) !== p)
    return {
      why: `the figure is attributed to ${c.entity}, while its clause names ${p === "world" ? "the world" : p}`,
    };
  return { place: p };
}

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

/** Extra slack (percentage points) for a hedged growth rate ("about 9%"). */
const HEDGE_PP = 1;

/** The claim's y/y change for one year, or its CAGR over a span of years, with half a unit of its last digit. */
function growthOf(c: Claim): Growth | null {
  const ch = c.change;
  if (ch.value === null || (ch.unit !== null && ch.unit !== "%")) return null;
  let from: number;
  let to: number;
  if (ch.kind === "cagr") {
    const m = /^(\d{4})\.\.(\d{4})$/.exec(ch.period ?? c.period ?? "");
    if (!m || Number(m[2]) <= Number(m[1])) return null;
    [from, to] = [Number(m[1]), Number(m[2])];
  } else if (ch.kind === "yoy") {
    const y = c.period && /^\d{4}$/.test(c.period) ? Number(c.period) : null;
    if (y === null) return null;
    [from, to] = [y - 1, y];
  } else return null;
  const decimals = String(Math.abs(ch.value)).split(".")[1]?.length ?? 0;
  const slack = 0.5 * 10 ** -decimals + (ch.approx ? HEDGE_PP : 0);
  const lo = ch.qualifier === "lt" || ch.qualifier === "lte" ? Number.NEGATIVE_INFINITY : ch.value - slack;
  const hi = ch.qualifier === "gt" || ch.qualifier === "gte" ? Number.POSITIVE_INFINITY : ch.value + slack;
  return { kind: ch.kind, from, to, stated: ch.value, pct: [lo, hi] };
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
