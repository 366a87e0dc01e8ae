/**
 * @module Organisations an article names that the lexicon does not know, read from the shape of the name and its
 * context, never from a list of articles or outlets. One pass over the body collects runs of capitalised words
 * (`Japan Australia Rare Earths`, `Sojitz Corp`, `Export-Import Bank`); a run is an organisation when
 * - it ends in a legal form (`Ltd`, `Inc`, `Corp`, `Co`, `plc`, `LLC`, `AG`, `GmbH`, …), which is dropped from the name;
 * - it ends in a head noun of company or institution names (`Materials`, `Resources`, `Group`, `Rare Earths`,
 *   `Bank`, `Ministry`, …) and has a word of its own (not a generic word, not a place);
 * - a descriptor stands right before it (`recycling company X`, `Australian miner X`, `magnet maker X`);
 * - an acronym in brackets follows it (`… Energy Security (JOGMEC)`; the acronym becomes an alias);
 * - it is a company of the entity registry (`src/domain/entities.ts`), under the registry's name.
 * Each name also answers to its first word when that word is its own (`Lynas` for `Lynas Rare Earths`), to its
 * bracketed acronym and to its initials (`JARE`). Mentions are kept with body offsets, in body order.
 */
import { ENTITY_ENTRIES } from "../domain/entities.ts";
import { ENTITIES, findCanonical, type LexiconMention, MATERIALS, PLACES } from "./lexicon.ts";

/** What an organisation is, for attribution: a funder (public body, bank, investor) or a company. */
export type OrgRole = "public" | "investor" | "company";

export interface Organisations {
  /** Every mention of a recognised name or alias, in body order (body offsets). */
  mentions: LexiconMention[];
  role: Map<string, OrgRole>;
  /** Mentions per name. */
  count: Map<string, number>;
}

/** A run of capitalised words (with `of`, `for`, `and`, `&` inside), not glued to a word before it. */
const RUN =
  /(?<![\w&'’.-])[A-Z][\w&'’.-]*(?:[ \u00a0](?:(?:of the|of|for|and|&|de)[ \u00a0])?(?:[A-Z][\w&'’.-]*|&))*/g;

const LEGAL = new Set(
  "ltd limited inc incorporated corp corporation co plc llc lp ag sa nv bv gmbh pty bhd kk spa ab asa oyj"
    .split(" ")
    .map((s) => s),
);
const COMPANY_HEADS = new Set(
  "Materials Metals Minerals Mining Resources Magnetics Magnet Technologies Technology Tech Industries Holdings Group Motors Electric Chemical Chemicals Elements Alloys Energy Mines Metallurgy Enterprises Systems Solutions Automotive Recycling Earths Earth".split(
    " ",
  ),
);
const INVESTOR_HEADS = new Set(
  "Ventures Capital Partners Fund Investments Investment Equity Finance".split(" "),
);
const PUBLIC_HEADS = new Set(
  "Ministry Department Commission Agency Administration Bureau Office Authority Council Government Parliament Organization Organisation Bank Corporation Institute Survey Center Centre University Association Studies".split(
    " ",
  ),
);
/** Capitalised words that say nothing of their own: they do not make a name. */
const GENERIC = new Set(
  "The A An Rare Earth Earths Magnet Magnets Magnetic Materials Metals Metal Minerals Mineral Mining Resources Global International National World Critical Strategic Group Holdings Industries Technologies Technology Tech Energy Elements Element New Advanced American Chinese Australian European Japanese Korean Indian Canadian North South East West Northern Southern Eastern Western Central General United State Capital Partners Ventures Fund Bank Permanent Oxide High-Tech Precision Alloys Electric Motors Power Green Clean Market Markets Research Intelligence Department Ministry Office Agency Commission Administration Bureau Authority Council Government Organization Organisation Corporation Institute Recycling Chemical Chemicals Systems Solutions Automotive Enterprises Mines Metallurgy Investment Investments Equity Finance Of For And Total Company Companies Industry Sector Report Data Customs Trade Export Exports Import Imports Price Prices Project Plan Act Law Policy Heavy Light Medium Basic Key Major Leading Top NdFeB NdPr PrNd REO REE REEs SmCo Neodymium Praseodymium Dysprosium Terbium Samarium Lanthanum Cerium Yttrium Gadolinium Holmium Europium Lutetium".split(
    " ",
  ),
);
/** Last words of names that are not organisations: laws, plans, events. */
const NOT_ORGS = new Set(
  "Act Law Plan Regulation Directive Strategy Initiative Program Programme Expo Exhibition Conference Forum Summit Index Report".split(
    " ",
  ),
);
/** Words that open a sentence or a heading without being part of a name. */
const OPENERS = new Set(
  "The A An This That These Those Its It In On At For From By To With After Before As But And Or If While When Where Meanwhile However Also Last Next Shares Stock Stocks Both Some Many Other Such Our Their His Her We They He She Earlier Later Today Yesterday Since Under Over Despite Although Following According Analysts Data Figures Total Sales Revenue Net Chief Executive Officer CEO CFO Chairman President Minister Secretary Director Spokesperson Mr Ms Mrs Dr Senator Governor Premier".split(
    " ",
  ),
);
const MONTHS_DAYS = new Set(
  "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(
    " ",
  ),
);
/** Countries, blocs and cities that occur in company names (`Japan Australia Rare Earths`, `USA Rare Earth`). */
const PLACE_WORDS = new Set(
  "US U.S. USA America China Beijing Japan Australia Korea Germany India Vietnam Canada Europe EU Brazil Malaysia Africa Asia UK Britain France Hong Kong Ningbo Baotou Ganzhou Jiangxi Inner Mongolia Texas California Ontario Estonia Shanghai Shenzhen Xiamen Yantai".split(
    " ",
  ),
);
/** A descriptor right before a name: `recycling company X`, `Australian miner X`, `magnet maker X`. */
const DESCRIPTOR =
  /\b(?:company|companies|firm|miner|maker|makers|producer|manufacturer|startup|start-up|supplier|recycler|developer|refiner|processor|automaker|carmaker|giant|conglomerate|subsidiary|rival|investor|group|arm)\s$/;

/**
 * A lexicon name already: an entity of the lexicon anywhere in the text (`Lynas Rare Earths` holds `Lynas`), or a
 * place or material that is the whole text. Lexicon names keep their own canonical names.
 */
function known(text: string): boolean {
  if (ENTITIES.some(([, re]) => re.test(text))) return true;
  for (const table of [PLACES, MATERIALS]) {
    const hit = findCanonical(table, text);
    if (hit && hit.index === 0) {
      const m = table.find(([n]) => n === hit.name)![1].exec(text);
      if (m && m[0].length === text.length) return true;
    }
  }
  return false;
}

/** Registry companies by name and alias as written, with their registry name (lexicon names left out). */
const REGISTRY: [string, string][] = ENTITY_ENTRIES.filter((e) => e.kind === "company")
  .flatMap((e) =>
    [e.name, ...(e.aliases ?? [])].filter((n) => !n.includes("(")).map((n): [string, string] => [n, e.name]),
  )
  .filter(([text]) => !known(text));

interface Token {
  text: string;
  start: number;
  end: number;
  /** The token ended in a possessive (`Lynas’`, `Sojitz's`), which is not part of it. */
  possessive: boolean;
}

const ABBREVIATED = /^(?:Co|Inc|Ltd|Corp|U\.S|S\.A|N\.V)\.$/;

function tokens(run: string, at: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(run); m !== null; m = re.exec(run)) {
    let t = m[0];
    let possessive = false;
    const p = /(?:['’]s|['’]|โs)$/.exec(t);
    if (p && t.length > p[0].length) {
      t = t.slice(0, -p[0].length);
      possessive = true;
    }
    if (t.endsWith(".") && !ABBREVIATED.test(t) && !/^[A-Z]\.(?:[A-Z]\.)+$/.test(t)) t = t.slice(0, -1);
    if (t.endsWith(",")) t = t.slice(0, -1);
    if (t) out.push({ text: t, start: at + m.index, end: at + m.index + t.length, possessive });
  }
  return out;
}

const bare = (t: string) => t.replace(/\.$/, "").toLowerCase();
const isConnector = (t: string) =>
  t === "of" || t === "for" || t === "and" || t === "&" || t === "de" || t === "the";
/** A word of the name's own: not generic, not a place, not a month, not a connector. */
const ownWord = (t: string) =>
  !GENERIC.has(t) && !PLACE_WORDS.has(t) && !MONTHS_DAYS.has(t) && !isConnector(t) && !OPENERS.has(t);

interface Candidate {
  name: string;
  role: OrgRole;
  aliases: string[];
}

/** A name as written, without trailing punctuation, `U.S.` written `US`. */
const nameOf = (text: string) => text.replace(/[,.]+$/, "").replace(/^U\.S\.? /, "US ");

/** True when only spaces lie between `i` and the start (dir -1) or end (dir 1) of its line. */
function lineEdge(body: string, i: number, dir: -1 | 1): boolean {
  for (let k = dir < 0 ? i - 1 : i; k >= 0 && k < body.length; k += dir) {
    const c = body.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Reads one segment of a run (no possessive inside) as an organisation name, or null. */
function readName(seg: Token[], body: string): Candidate | null {
  let words = seg;
  while (words.length > 0 && (OPENERS.has(words[0]!.text) || MONTHS_DAYS.has(words[0]!.text)))
    words = words.slice(1);
  while (words.length > 0 && isConnector(words[words.length - 1]!.text)) words = words.slice(0, -1);
  if (words.length === 0) return null;
  let legal = false;
  while (words.length > 1 && LEGAL.has(bare(words[words.length - 1]!.text))) {
    words = words.slice(0, -1);
    legal = true;
  }
  const texts = words.map((w) => w.text);
  const name = nameOf(body.slice(words[0]!.start, words[words.length - 1]!.end));
  const own = texts.some(ownWord);
  const last = texts[texts.length - 1]!;
  const publicHead = texts.find((t) => PUBLIC_HEADS.has(t));
  const role: OrgRole = INVESTOR_HEADS.has(last)
    ? "investor"
    : publicHead && (publicHead !== "Corporation" || texts.length > 2) && !legal
      ? "public"
      : "company";
  const before = body.slice(Math.max(0, words[0]!.start - 16), words[0]!.start);
  const after = body.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 12);
  const acronym = /^,? ?\(([A-Z][A-Z&-]{1,9})\)/.exec(after)?.[1];
  const many = texts.filter((t) => !isConnector(t)).length;
  if (NOT_ORGS.has(last)) return null;
  let ok = legal;
  // A head noun makes a name only in running text, not on a line of its own (a heading, a sector tag).
  const line = lineEdge(body, words[0]!.start, -1) && lineEdge(body, words[words.length - 1]!.end, 1);
  if (!ok && !line && (COMPANY_HEADS.has(last) || INVESTOR_HEADS.has(last) || publicHead))
    ok = (own || (many >= 2 && texts.some((t) => PLACE_WORDS.has(t)))) && many >= 2;
  if (!ok && own && DESCRIPTOR.test(before)) ok = true;
  if (!ok && acronym && acronym[0] === texts[0]![0] && many >= 2) ok = true;
  if (!ok && /^(?:Project|Operation)$/.test(texts[0]!) && many === 2 && own) ok = true;
  if (!ok || (!own && many === 1)) return null;
  const aliases: string[] = [];
  if (acronym) aliases.push(acronym);
  const first = texts[0]!;
  if (words.length > 1 && ownWord(first) && (first.length >= 3 || /^[A-Z]{2}$/.test(first)))
    aliases.push(first);
  const initials = texts.filter((t) => !isConnector(t)).map((t) => t[0]);
  if (initials.length >= 3) aliases.push(initials.join(""));
  return { name, role, aliases };
}

/** Splits a run at possessives (`Australia’s Lynas`) into segments. */
function segments(toks: Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (const t of toks) {
    cur.push(t);
    if (t.possessive) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * The organisations of `body`: names read from the shape of each capitalised run, then every run that starts with a
 * recognised name or alias becomes a mention (the longest name wins). `known` tells whether a text is already a
 * lexicon name (lexicon entities, places, materials keep their own canonical names).
 */
export function findOrganisations(body: string): Organisations {
  const segs: Token[][] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(body); m !== null; m = RUN.exec(body)) segs.push(...segments(tokens(m[0], m.index)));
  const names = new Map<string, string>();
  const role = new Map<string, OrgRole>();
  for (const [text, name] of REGISTRY) {
    names.set(text, name);
    role.set(name, "company");
  }
  const aliasOf = new Map<string, string>();
  for (let i = 0; i < segs.length; i++) {
    const c = readName(segs[i]!, body);
    if (!c || known(c.name)) continue;
    // `China’s Ministry of Commerce`, `the U.S. Department of Energy`: a ministry or department takes its country.
    if (/^(?:Ministry|Department) of /.test(c.name)) {
      const prev = segs[i - 1];
      const p = prev?.length === 1 ? findCanonical(PLACES, prev[0]!.text) : null;
      if (p && p.index === 0 && segs[i]![0]!.start - prev![0]!.end <= 3)
        c.name = `${p.name === "United States" ? "US" : p.name} ${c.name}`;
    }
    if (names.has(c.name)) continue;
    names.set(c.name, c.name);
    role.set(c.name, c.role);
    for (const a of c.aliases) if (!aliasOf.has(a) && !known(a)) aliasOf.set(a, c.name);
  }
  // An initials alias counts only where it occurs on its own; names win over aliases.
  for (const [a, n] of aliasOf) if (!names.has(a)) names.set(a, n);
  const mentions: LexiconMention[] = [];
  const count = new Map<string, number>();
  for (const seg of segs) {
    let words = seg;
    while (words.length > 0 && OPENERS.has(words[0]!.text)) words = words.slice(1);
    for (let k = words.length; k > 0; k--) {
      const text = body.slice(words[0]!.start, words[k - 1]!.end);
      const name = names.get(text) ?? names.get(nameOf(text));
      if (name === undefined) continue;
      // A legal form after the name belongs to the mention.
      let end = words[k - 1]!.end;
      for (let j = k; j < words.length && LEGAL.has(bare(words[j]!.text)); j++) end = words[j]!.end;
      mentions.push({ name, start: words[0]!.start, end });
      count.set(name, (count.get(name) ?? 0) + 1);
      break;
    }
  }
  return { mentions, role, count };
}

/** The mentions of `orgs` inside [start, end) of the body, with offsets relative to `start`. */
export function mentionsIn(orgs: Organisations, start: number, end: number): LexiconMention[] {
  const list = orgs.mentions;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: LexiconMention[] = [];
  for (let i = lo; i < list.length && list[i]!.start < end; i++) {
    const m = list[i]!;
    if (m.end <= end) out.push({ name: m.name, start: m.start - start, end: m.end - start });
  }
  return out;
}
