/** @module Lexicons: canonical entities, materials, places, and the keyword tables for metrics and changes. */
import { TRADE_COUNTRIES } from "./countries.ts";
import { anchorIds, anyOf, type Found } from "./triggers.ts";

/** Canonical entity names (corpus README §9) with aliases, most specific first. */
export const ENTITIES: [string, RegExp][] = [
  ["JL Mag Rare-Earth", /\b(?:JL Mag|Jinli Permanent Magnet)|金力永磁|300748/i],
  ["Zhenghai Magnetic Materials", /\b(?:Yantai )?Zhenghai|正海磁材|300224/i],
  ["China Northern Rare Earth Group", /\b(?:China )?Northern Rare Earth|\bNRE\b/],
  ["Lynas Rare Earths", /\bLynas\b/],
  ["MP Materials", /\bMP Materials\b|\bMP(?:’s|'s)?(?= |$)/],
  ["Cyclic Materials", /\bCyclic(?: Materials)?\b/],
  [
    "US Department of Defense",
    /\b(?:U\.?S\.? )?(?:Department of Defense|Defense Department|DoD|DOD|Pentagon)\b/,
  ],
  ["US Department of Energy", /\b(?:U\.?S\.? )?(?:Department of Energy|DOE)\b/],
  ["China Ministry of Commerce (MOFCOM)", /\bMOFCOM\b|\bMinistry of Commerce\b/],
  [
    "Japan Ministry of Economy, Trade and Industry (METI)",
    /\bMETI\b|\bMinistry of Economy, Trade and Industry\b/,
  ],
  ["European Commission", /\bEuropean Commission\b/],
  ["European Parliament", /\bEuropean Parliament\b/],
  ["Tesla", /\bTesla\b/],
  ["InMotion Ventures (Jaguar Land Rover)", /\bInMotion Ventures\b/],
  ["Lingyi Group", /\bLingyi\b/],
  ["General Administration of Customs", /\bGeneral Administration of Customs\b/],
  [
    "Export-Import Bank of the United States",
    /\bExport-Import Bank(?: of the United States)?|\bEx-Im Bank\b|\bEXIM\b/,
  ],
];

/** Entities that are public bodies (ministries, departments, commissions): funders and regulators, not companies. */
const PUBLIC_BODIES = new Set([
  "US Department of Defense",
  "US Department of Energy",
  "China Ministry of Commerce (MOFCOM)",
  "Japan Ministry of Economy, Trade and Industry (METI)",
  "European Commission",
  "European Parliament",
  "General Administration of Customs",
  "Export-Import Bank of the United States",
]);
/** True for a public body of the lexicon (a ministry, department, commission or state bank), not a country. */
export const isAgency = (name: string): boolean => PUBLIC_BODIES.has(name);
/** True for a public body or a country (see `PLACES`). */
export const isPublicBody = (name: string): boolean => PUBLIC_BODIES.has(name) || PLACE_NAMES.has(name);

/** Country and bloc names for trade counterparties and actors: the first places, then `TRADE_COUNTRIES`. */
export const FIRST_PLACES: [string, RegExp][] = [
  ["United States", /\b(?:United States|U\.S\.(?!\w)|US(?![\w$])|USA|America|Washington)/],
  ["European Union", /\b(?:European Union|EU)\b/],
  ["China", /\b(?:China|Beijing|Chinese)\b|中国/],
  // Demonyms name the country too (`to the Japanese market`, `German buyers`).
  ["Germany", /\bGerman(?:y)?\b/],
  ["Japan", /\bJapan(?:ese)?\b/],
  ["South Korea", /\bSouth Korea(?:n)?\b|\bKorean\b/],
  ["Vietnam", /\bVietnam(?:ese)?\b/],
  ["India", /\bIndian?\b/],
  ["Australia", /\bAustralian?\b/],
  ["Europe", /\bEurope\b/],
];
export const PLACES: [string, RegExp][] = [
  ...FIRST_PLACES,
  ...TRADE_COUNTRIES.map(([name, words]): [string, RegExp] => [
    name,
    new RegExp(`\\b(?:${words.join("|")})\\b`),
  ]),
];
const PLACE_NAMES = new Set(PLACES.map(([name]) => name));
/** Every word that names one of `TRADE_COUNTRIES`, as written (`Italy`, `Italian`). */
export const COUNTRY_WORDS: ReadonlySet<string> = new Set(TRADE_COUNTRIES.flatMap(([, words]) => words));

/** Rare-earth elements (and the two NdFeB partners) that name a material with a form word. */
const ELEMENTS = [
  "lanthanum",
  "cerium",
  "praseodymium",
  "neodymium",
  "samarium",
  "europium",
  "gadolinium",
  "terbium",
  "dysprosium",
  "holmium",
  "erbium",
  "thulium",
  "ytterbium",
  "lutetium",
  "yttrium",
  "scandium",
];
const FORMS = ["oxide", "metal", "carbonate", "chloride", "fluoride", "concentrate", "alloy"];
const MINERALS = ["monazite", "bastnaesite", "xenotime"];

/**
 * Materials named by element and form (`terbium metal`, `lanthanum oxide`, `rare earth carbonate`) and minerals, as one
 * pattern: group 1 the element (absent for `rare earth`), group 2 the form, group 3 a mineral. Read by `findMentions`
 * after the fixed names of `MATERIALS` (a fixed name wins where both match the same span).
 */
const MATERIAL_GRAMMAR = new RegExp(
  `\\b(?:(?:(${ELEMENTS.join("|")})|rare[- ]earth) (${FORMS.join("|")})s?|(${MINERALS.join("|")}))\\b`,
  "gi",
);

/** Canonical material names with aliases, most specific first. */
export const MATERIALS: [string, RegExp][] = [
  [
    "NdPr oxide",
    /(?:praseodymium[- /]neodymium|neodymium[- /]praseodymium|PrNd|NdPr|Pr-Nd|Nd-Pr|didymium|praseodymium\/neodymium) oxide|praseodymium oxide ?[/&] ?neodymium oxide|neodymium oxide ?[/&] ?praseodymium oxide/i,
  ],
  [
    "NdPr metal",
    /(?:praseodymium[- /]neodymium|neodymium[- /]praseodymium|PrNd|NdPr|Pr-Nd|Nd-Pr|praseodymium\/neodymium) metal/i,
  ],
  ["dysprosium-iron alloy", /dysprosium[- ]iron/i],
  ["NdPr", /\bNdPr\b|\bPr-Nd\b|\bNd-Pr\b|neodymium and praseodymium|neodymium-praseodymium/i],
  ["rare earth magnets", /rare[- ]earth (?:permanent )?magnets?|permanent rare earth magnets?|稀土永磁/i],
  ["NdFeB magnets", /NdFeB|neodymium(?:[- ]iron[- ]boron)? magnets?|钕铁硼/i],
  ["permanent magnets", /permanent magnets?|永磁材料/i],
  ["rare earth oxide (REO)", /\bREO\b|rare earth oxides?/i],
  ["humanoid robots", /humanoid robots?/i],
  ["magnet rare earths", /magnet rare earths/i],
  ["rare earth elements", /rare[- ]earth elements?|\bREEs?\b/i],
  ["rare earths", /rare[- ]earths?/i],
];

/** Anchor words per canonical name: an entry's regex can match only where one of them occurs (ASCII case ignored). */
const ANCHORS: Record<string, string[]> = {
  "JL Mag Rare-Earth": ["jl mag", "jinli", "金力永磁", "300748"],
  "Zhenghai Magnetic Materials": ["zhenghai", "正海磁材", "300224"],
  "China Northern Rare Earth Group": ["northern rare earth", "\\bnre\\b"],
  "Lynas Rare Earths": ["lynas"],
  "MP Materials": ["\\bmp\\b"],
  "Cyclic Materials": ["cyclic"],
  "US Department of Defense": ["defense", "dod", "pentagon"],
  "US Department of Energy": ["department of energy", "\\bdoe\\b"],
  "China Ministry of Commerce (MOFCOM)": ["mofcom", "ministry of commerce"],
  "Japan Ministry of Economy, Trade and Industry (METI)": ["\\bmeti\\b", "ministry of economy"],
  "European Commission": ["european commission"],
  "European Parliament": ["european parliament"],
  Tesla: ["tesla"],
  "InMotion Ventures (Jaguar Land Rover)": ["inmotion"],
  "Lingyi Group": ["lingyi"],
  "General Administration of Customs": ["general administration of customs"],
  "Export-Import Bank of the United States": ["export-import bank", "ex-im bank", "\\bexim\\b"],
  "United States": ["united states", "u.s.", "\\bus\\b", "\\busa\\b", "america", "washington"],
  "European Union": ["european union", "\\beu\\b"],
  China: ["china", "beijing", "chinese", "中国"],
  Germany: ["germany"],
  Japan: ["japan"],
  "South Korea": ["south korea", "korean"],
  Vietnam: ["vietnam"],
  India: ["india"],
  Australia: ["australia"],
  Europe: ["europe"],
  // Whole words only: a short name (`UK`, `Thai`) must not wake its pattern inside other words.
  ...Object.fromEntries(
    TRADE_COUNTRIES.map(([name, words]) => [name, words.map((w) => `\\b${w.toLowerCase()}\\b`)]),
  ),
  "NdPr oxide": ["oxide"],
  "NdPr metal": ["metal"],
  "dysprosium-iron alloy": ["dysprosium"],
  NdPr: ["ndpr", "neodymium", "pr-nd", "nd-pr"],
  "rare earth magnets": ["earth", "稀土永磁"],
  "NdFeB magnets": ["ndfeb", "neodymium", "钕铁硼"],
  "permanent magnets": ["permanent magnet", "永磁材料"],
  "rare earth oxide (REO)": ["reo", "rare earth oxide"],
  "humanoid robots": ["humanoid robot"],
  "magnet rare earths": ["magnet rare earths"],
  "rare earth elements": ["earth element", "\\bree"],
  "rare earths": ["earth"],
};
/** The grammar can match only where a form word or a mineral occurs. */
const MATERIAL_GRAMMAR_IDS = anchorIds([...FORMS, ...MINERALS]);
const ANCHOR_IDS = new Map(Object.entries(ANCHORS).map(([name, words]) => [name, anchorIds(words)]));
/** Anchor words per name, lower case, without `\b` marks: for a quick `includes` test on short texts. */
const ANCHOR_WORDS = new Map(
  Object.entries(ANCHORS).map(([name, words]) => [name, words.map((w) => w.replace(/\\b/g, ""))]),
);
/** The anchor words of a table entry, lower case, without `\b` marks. */
export const anchorWords = (name: string): readonly string[] => ANCHOR_WORDS.get(name) ?? [];

/** The anchor words of a table entry as registered (with their `\b` marks; undefined: always run). */
export const entryAnchorList = (name: string): readonly string[] | undefined =>
  Object.hasOwn(ANCHORS, name) ? ANCHORS[name] : undefined;

/** Anchor ids of a table entry (undefined: always run). */
export const entryAnchors = (name: string): number[] | undefined => ANCHOR_IDS.get(name);

/**
 * The table entry matched earliest in `text`. `found`, when given, is the set of anchor words present in `text`
 * (`scanAnchors(text)`): entries without an anchor there are skipped.
 */
export function findCanonical(
  table: [string, RegExp][],
  text: string,
  found?: Found,
): { name: string; index: number } | null {
  let best: { name: string; index: number } | null = null;
  const ids = found ? tableIds(table) : null;
  for (let i = 0; i < table.length; i++) {
    if (ids && !anyOf(found!, ids[i])) continue;
    const [name, re] = table[i]!;
    const m = re.exec(text);
    if (m && (best === null || m.index < best.index)) best = { name, index: m.index };
  }
  return best;
}

/** Anchor ids per entry of the canonical tables, in table order (other tables run every entry). */
const TABLE_IDS = new Map<[string, RegExp][], (number[] | undefined)[]>(
  [ENTITIES, PLACES, MATERIALS].map((t) => [t, t.map(([name]) => ANCHOR_IDS.get(name))]),
);
function tableIds(table: [string, RegExp][]): (number[] | undefined)[] {
  return TABLE_IDS.get(table) ?? table.map(() => undefined);
}

/** A lexicon name found in a text, at [start, end). */
export interface LexiconMention {
  name: string;
  start: number;
  end: number;
}

/** Global twins of the canonical tables' patterns, in table order (built once at load). */
const GLOBAL_TABLES = new Map<[string, RegExp][], RegExp[]>(
  [ENTITIES, PLACES, MATERIALS].map((t) => [
    t,
    t.map(([, re]) => new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`)),
  ]),
);

/**
 * Every mention of a canonical table's names in `text`, in text order. Where mentions overlap, the longer one is kept
 * (`praseodymium-neodymium oxide`, not the `neodymium oxide` inside it), and at equal length the earlier table entry.
 */
export function findMentions(table: [string, RegExp][], text: string, found?: Found): LexiconMention[] {
  const ids = found ? tableIds(table) : null;
  const globals = GLOBAL_TABLES.get(table) ?? table.map(([, re]) => new RegExp(re.source, `${re.flags}g`));
  const all: (LexiconMention & { rank: number })[] = [];
  for (let i = 0; i < table.length; i++) {
    if (ids && !anyOf(found!, ids[i])) continue;
    const g = globals[i]!;
    g.lastIndex = 0;
    for (let m = g.exec(text); m !== null; m = g.exec(text)) {
      if (m[0].length === 0) {
        g.lastIndex++;
        continue;
      }
      all.push({ name: table[i]![0], start: m.index, end: m.index + m[0].length, rank: i });
    }
  }
  if (table === MATERIALS && (!found || anyOf(found, MATERIAL_GRAMMAR_IDS))) {
    MATERIAL_GRAMMAR.lastIndex = 0;
    for (let m = MATERIAL_GRAMMAR.exec(text); m !== null; m = MATERIAL_GRAMMAR.exec(text)) {
      const name = m[3]
        ? m[3].toLowerCase()
        : `${(m[1] ?? "rare earth").toLowerCase()} ${m[2]!.toLowerCase()}`;
      all.push({ name, start: m.index, end: m.index + m[0].length, rank: table.length });
    }
  }
  if (all.length === 0) return [];
  if (all.length === 1) return [{ name: all[0]!.name, start: all[0]!.start, end: all[0]!.end }];
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank);
  const kept: LexiconMention[] = [];
  for (const m of all)
    if (!kept.some((k) => m.start < k.end && m.end > k.start))
      kept.push({ name: m.name, start: m.start, end: m.end });
  return kept.sort((a, b) => a.start - b.start);
}

/** Change verbs and nouns that make a percentage a change rather than a level. */
export const UP_WORDS =
  /\b(?:up|rose|rise|rises|rising|risen|increase|increased|increases|increasing|gain|gained|gains|climb|climbed|climbs|jump|jumped|jumps|surge|surged|surges|soar|soared|soars|grew|grow|grows|growth|higher|rebound|rebounded|advanced|expanded|boosted)\b|增长|上涨|增加|提升|增速/i;
export const DOWN_WORDS =
  /\b(?:down|fell|fall|falls|falling|fallen|decline|declined|declines|decrease|decreased|decreases|drop|dropped|drops|dip|dipped|dips|slip|slipped|slips|slid|plunge|plunged|plunging|plummet|plummeted|plummeting|lower|shrank|shrink|contracted|lost|slump|slumped|tumble|tumbled|sank)\b|下降|下跌|减少/i;
export const CAGR_WORDS = /\bCAGR\b|compound annual growth|annual growth rate|年复合|复合增速/i;

/** Comparison bases that give a change its kind (README §4). Checked in this order. */
export const KIND_WORDS: [string, RegExp][] = [
  ["cagr", CAGR_WORDS],
  [
    "qoq",
    /quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|\bq\/q\b|\bqoq\b|(?:previous|prior|preceding|last) quarter|\bon (?:the )?quarter\b(?!-)|sequential|(?:than in|from|on|over) the (?:March|June|September|December) quarter\b(?! (?:of )?\d{4})/i,
  ],
  [
    "wow",
    /week[- ]on[- ]week|week[- ]over[- ]week|\bw\/w\b|\bwow\b|on the week|from (?:a|the previous|the prior|last) week/i,
  ],
  ["hoh", /half[- ]on[- ]half|\bhoh\b/i],
  [
    "mom",
    /month[- ]on[- ]month|month[- ]over[- ]month|\bm\/m\b|\bmom\b|(?:from|than) (?:a|the previous|the prior|the preceding|last) month|on (?:the )?month\b(?!-)|month earlier|环比|(?:from|than in) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?! \d{4})/i,
  ],
  [
    "yoy",
    /year[- ]on[- ]year|year[- ]over[- ]year|\by\/y\b|\byoy\b|year earlier|year ago|(?:same|corresponding) (?:month|period|quarter|time)|(?:prior|previous|last) (?:(?:fiscal|financial) )?year|\bon (?:the )?year\b(?!-)|\bannual (?:decline|increase|drop|rise|fall|growth|decrease)|同比|compared (?:to|with) (?:19|20)\d\d|than in (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d/i,
  ],
];

/** Words that mark a figure as a projection (README §12). */
export const FORECAST_WORDS =
  /\b(?:will|would|could|expected|expects|expect|projected|projection|projections|forecast|forecasts|forecasted|planned|plans|plan to|target|targets|targeted|aims?|strives?|striving|set to|anticipated|likely|estimated to reach|to reach|poised|outlook|guidance|once operational)\b|有望|预计|将|或将/i;
