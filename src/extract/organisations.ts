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
import {
  anchorWords,
  COUNTRY_WORDS,
  ENTITIES,
  FIRST_PLACES,
  findCanonical,
  type LexiconMention,
  MATERIALS,
  PLACES,
} from "./lexicon.ts";

/** What an organisation is, for attribution: a funder (public body, bank, investor) or a company. */
export type OrgRole = "public" | "investor" | "company";

export interface Organisations {
  /** Every mention of a recognised name or alias, in body order (body offsets). */
  mentions: LexiconMention[];
  role: Map<string, OrgRole>;
  /** Mentions per name. */
  count: Map<string, number>;
  /** Mentions of lexicon entities in the first 20,000 characters, counted over the capitalised runs. */
  lexiconCount: Map<string, number>;
}

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
/** Word class bits: generic, place, month or weekday, opener; heads of public, company and investor names; not an organisation. */
const GENERIC_W = 1;
const PLACE_W = 2;
const MONTH_W = 4;
const OPENER_W = 8;
const PUBLIC_W = 16;
const COMPANY_W = 32;
const INVESTOR_W = 64;
const NOT_ORG_W = 128;
/** Single words that never start a name alone: openers, months, generic words, places. */
const NEVER_ALONE = GENERIC_W | PLACE_W | MONTH_W | OPENER_W;
/** Word classes in one lookup (a token's classes are read once, when it is cut). */
const WORD_CLASS = new Map<string, number>();
for (const [set, bit] of [
  [GENERIC, GENERIC_W],
  [PLACE_WORDS, PLACE_W],
  [MONTHS_DAYS, MONTH_W],
  [OPENERS, OPENER_W],
  [PUBLIC_HEADS, PUBLIC_W],
  [COMPANY_HEADS, COMPANY_W],
  [INVESTOR_HEADS, INVESTOR_W],
  [NOT_ORGS, NOT_ORG_W],
] as const)
  for (const w of set) WORD_CLASS.set(w, (WORD_CLASS.get(w) ?? 0) | bit);
/** A descriptor right before a name: `recycling company X`, `Australian miner X`, `magnet maker X`. */
const DESCRIPTOR =
  /\b(?:company|companies|firm|miner|maker|makers|producer|manufacturer|startup|start-up|supplier|recycler|developer|refiner|processor|automaker|carmaker|giant|conglomerate|subsidiary|rival|investor|group|arm)\s$/;

/**
 * A lexicon name already: an entity of the lexicon anywhere in the text (`Lynas Rare Earths` holds `Lynas`), or a
 * place or material that is the whole text. Lexicon names keep their own canonical names.
 */
export function known(text: string): boolean {
  // A short name: the entries whose anchor words it holds are the only ones that can match it.
  const lower = text.toLowerCase();
  const may = (name: string) => anchorWords(name).some((w) => lower.includes(w));
  for (const [name, re] of ENTITIES) if (may(name) && re.test(text)) return true;
  if (COUNTRY_WORDS.has(text)) return true;
  for (const table of [FIRST_PLACES, MATERIALS])
    for (const [name, re] of table) {
      if (!may(name)) continue;
      const m = re.exec(text);
      if (m && m.index === 0 && m[0].length === text.length) return true;
    }
  return false;
}

/** Registry companies by name and alias as written, with their registry name (lexicon names left out). */
const REGISTRY_NAMES = new Map<string, string>(
  ENTITY_ENTRIES.filter((e) => e.kind === "company")
    .flatMap((e) =>
      [e.name, ...(e.aliases ?? [])]
        .filter((n) => !n.includes("("))
        .map((n): [string, string] => [n, e.name]),
    )
    .filter(([text]) => !known(text)),
);
/** First words of the registry's names and aliases. */
const REGISTRY_FIRSTS = new Set([...REGISTRY_NAMES.keys()].map((k) => k.split(" ")[0]!));

interface Token {
  text: string;
  start: number;
  end: number;
  /** The token ended in a possessive (`Lynas’`, `Sojitz's`), which is not part of it. */
  possessive: boolean;
  /** Word classes of `text` (`WORD_CLASS` bits, 0 for none), looked up once per token. */
  cls: number;
}

const ABBREVIATED = /^(?:Co|Inc|Ltd|Corp|U\.S|S\.A|N\.V)\.$/;

/** Word characters of a name token: letters, digits, `_`, `&`, `'`, `’`, `.`, `-`. */
function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 38 ||
    c === 39 ||
    c === 0x2019 ||
    c === 46 ||
    c === 45
  );
}
const isUpper = (c: number) => c >= 65 && c <= 90;
const isSpace = (c: number) => c === 32 || c === 0xa0;

/** A token as written at [start, end) of the body, with its possessive and a full stop that ends a sentence cut. */
function token(body: string, start: number, end: number): Token & { stop: boolean } {
  let e = end;
  let possessive = false;
  let stop = false;
  const last = body.charCodeAt(e - 1);
  if (e - start > 1 && (last === 39 || last === 0x2019)) {
    e--;
    possessive = true;
  } else if (e - start > 2 && last === 115) {
    const q = body.charCodeAt(e - 2);
    if (q === 39 || q === 0x2019 || q === 0x0e42) {
      e -= 2;
      possessive = true;
    }
  }
  if (body.charCodeAt(e - 1) === 46) {
    const t = body.slice(start, e);
    if (!ABBREVIATED.test(t) && !/^[A-Z]\.(?:[A-Z]\.)+$/.test(t)) {
      e--;
      stop = true;
    }
  }
  const text = body.slice(start, e);
  return { text, start, end: e, possessive, cls: WORD_CLASS.get(text) ?? 0, stop };
}

/** After a comma inside `X of A`: more capitalised words, the last joined by `and` (`, Trade and Industry`). */
const SERIAL_NAME = /^, (?:[A-Z][a-z-]+, ){0,3}[A-Z][a-z-]+,? and [A-Z][a-z]/;
const isOfToken = (t: Token) => t.text === "of" || t.text === "for";

/** Connectors inside a name (`Bank of the United States`, `Energy Security and Metals`), longest first. */
const CONNECTORS = ["of the ", "of ", "for ", "and ", "& ", "de "];

/**
 * Runs of capitalised words in the body (with connectors between them), split at possessives (`Australia’s Lynas`)
 * and at full stops, as segments of tokens. One hand-written pass: a run starts at a capital letter not glued to a word
 * before it. Runs of one word that can never be a name alone (`The`, `May`, `China`) are left out.
 */
function capitalisedRuns(body: string): Token[][] {
  const out: Token[][] = [];
  const n = body.length;
  let i = 0;
  const capital = /[A-Z]/g;
  while (i < n) {
    // The next capital letter (a native scan), not glued to a word before it.
    capital.lastIndex = i;
    if (!capital.test(body)) break;
    i = capital.lastIndex - 1;
    if (i > 0 && isNameChar(body.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    let seg: Token[] = [];
    let j = i;
    let end = i;
    for (;;) {
      let k = j + 1;
      while (k < n && isNameChar(body.charCodeAt(k))) k++;
      end = k;
      const t = token(body, j, k);
      if (t.text) seg.push(t);
      if (t.possessive) {
        out.push(seg);
        seg = [];
      }
      // `Ministry of Economy, Trade and Industry`: a serial list after `of` continues the name past its commas.
      if (body.charCodeAt(k) === 44 && seg.some(isOfToken) && SERIAL_NAME.test(body.slice(k, k + 80))) {
        j = k + 2;
        continue;
      }
      if (t.stop || k >= n || !isSpace(body.charCodeAt(k))) break;
      let m = k + 1;
      const first = body.charCodeAt(m);
      if (!isUpper(first)) {
        // Connectors start with o, f, a, d or `&`.
        if (first !== 111 && first !== 102 && first !== 97 && first !== 100 && first !== 38) break;
        const c = CONNECTORS.find((w) => body.startsWith(w, m) && isUpper(body.charCodeAt(m + w.length)));
        if (!c) break;
        for (const w of c.trim().split(" ")) {
          seg.push({ text: w, start: m, end: m + w.length, possessive: false, cls: WORD_CLASS.get(w) ?? 0 });
          m += w.length + 1;
        }
      }
      j = m;
    }
    if (seg.length > 1 || (seg.length === 1 && (seg[0]!.cls & NEVER_ALONE) === 0)) out.push(seg);
    i = end;
  }
  return out;
}

const bare = (t: string) => t.replace(/\.$/, "").toLowerCase();
const isConnector = (t: string) =>
  t === "of" || t === "for" || t === "and" || t === "&" || t === "de" || t === "the";
/** A word of the name's own: not generic, not a place, not a month, not a connector. */
const ownToken = (t: Token) => (t.cls & NEVER_ALONE) === 0 && !isConnector(t.text);

interface Candidate {
  name: string;
  role: OrgRole;
  aliases: string[];
}

/** A text that `nameOf` changes. */
const NEEDS_NAME_OF = /[,.]$|^U\.S\.? /;

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
  let lo = 0;
  let hi = seg.length;
  while (lo < hi && (seg[lo]!.cls & (OPENER_W | MONTH_W)) !== 0) lo++;
  while (hi > lo && isConnector(seg[hi - 1]!.text)) hi--;
  if (hi === lo) return null;
  let legal = false;
  while (hi - lo > 1 && LEGAL.has(bare(seg[hi - 1]!.text))) {
    hi--;
    legal = true;
  }
  const lastCls = seg[hi - 1]!.cls;
  if (lastCls & NOT_ORG_W) return null;
  let own = false;
  let many = 0;
  let place = false;
  let publicHead: string | null = null;
  for (let i = lo; i < hi; i++) {
    const tok = seg[i]!;
    const t = tok.text;
    if (isConnector(t)) continue;
    many++;
    if ((tok.cls & NEVER_ALONE) === 0) own = true;
    if (tok.cls & PLACE_W) place = true;
    if (publicHead === null && tok.cls & PUBLIC_W) publicHead = t;
  }
  const first = seg[lo]!;
  const lastTok = seg[hi - 1]!;
  const acronym = /^,? ?\(([A-Z][A-Z&-]{1,9})\)/.exec(body.slice(lastTok.end, lastTok.end + 12))?.[1];
  let ok = legal;
  // A head noun makes a name only in running text, not on a line of its own (a heading, a sector tag).
  if (!ok && (lastCls & (COMPANY_W | INVESTOR_W) || publicHead) && many >= 2)
    ok = (own || place) && !(lineEdge(body, first.start, -1) && lineEdge(body, lastTok.end, 1));
  if (!ok && own && DESCRIPTOR.test(body.slice(Math.max(0, first.start - 16), first.start))) ok = true;
  if (!ok && acronym && acronym[0] === first.text[0] && many >= 2) ok = true;
  if (!ok && many === 2 && own && (first.text === "Project" || first.text === "Operation")) ok = true;
  if (!ok || (!own && many === 1)) return null;
  const role: OrgRole =
    lastCls & INVESTOR_W
      ? "investor"
      : publicHead && (publicHead !== "Corporation" || hi - lo > 2) && !legal
        ? "public"
        : "company";
  const aliases: string[] = [];
  if (acronym) aliases.push(acronym);
  if (hi - lo > 1 && ownToken(first) && (first.text.length >= 3 || /^[A-Z]{2}$/.test(first.text)))
    aliases.push(first.text);
  if (many >= 3) {
    let initials = "";
    for (let i = lo; i < hi; i++) if (!isConnector(seg[i]!.text)) initials += seg[i]!.text[0];
    aliases.push(initials);
  }
  return { name: nameOf(body.slice(first.start, lastTok.end)), role, aliases };
}

/**
 * Lexicon entities by the lower-cased words their names and aliases are written with (`lynas`, `pentagon`, `dod`):
 * a run holding one of these words is tested against the entity's pattern.
 */
const ENTITY_WORDS = new Map<string, [string, RegExp][]>();
for (const entry of ENTITIES)
  for (const w of anchorWords(entry[0]))
    for (const part of w.split(" ")) {
      if (!/^[a-z][a-z.-]*$/.test(part) || ["of", "the", "and", "rare", "earth"].includes(part)) continue;
      const list = ENTITY_WORDS.get(part) ?? [];
      if (!list.includes(entry)) list.push(entry);
      ENTITY_WORDS.set(part, list);
    }

/** Counts lexicon entity mentions over the runs that start before `limit`. */
function countLexicon(segs: Token[][], body: string, limit: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const seg of segs) {
    if (seg[0]!.start >= limit) break;
    let hit: Set<string> | null = null;
    for (const t of seg) {
      const entries = ENTITY_WORDS.get(t.text.toLowerCase());
      if (!entries) continue;
      const text = body.slice(seg[0]!.start, seg[seg.length - 1]!.end);
      for (const [name, re] of entries) {
        if (hit?.has(name) || !re.test(text)) continue;
        hit ??= new Set();
        hit.add(name);
        out.set(name, (out.get(name) ?? 0) + 1);
      }
    }
  }
  return out;
}

/**
 * The organisations of `body`: names read from the shape of each capitalised run, then every run that starts with a
 * recognised name or alias becomes a mention (the longest name wins). Lexicon names (entities, places, materials)
 * keep their own canonical names and are left to the lexicon.
 */
export function findOrganisations(body: string): Organisations {
  const segs = capitalisedRuns(body);
  const names = new Map<string, string>();
  const role = new Map<string, OrgRole>();
  const aliasOf = new Map<string, string>();
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    // One word is a name only after a descriptor (`miner Vantor`); skip the rest without reading it.
    if (
      seg.length === 1 &&
      (!ownToken(seg[0]!) || !DESCRIPTOR.test(body.slice(Math.max(0, seg[0]!.start - 16), seg[0]!.start)))
    )
      continue;
    const c = readName(seg, body);
    if (!c) continue;
    // `China’s Ministry of Commerce`, `the U.S. Department of Energy`: a ministry or department takes its country.
    if (/^(?:Ministry|Department) of /.test(c.name)) {
      const prev = segs[i - 1];
      const p = prev?.length === 1 ? findCanonical(PLACES, prev[0]!.text) : null;
      if (p && p.index === 0 && seg[0]!.start - prev![0]!.end <= 3)
        c.name = `${p.name === "United States" ? "US" : p.name} ${c.name}`;
    }
    if (names.has(c.name)) continue;
    names.set(c.name, c.name);
    role.set(c.name, c.role);
    for (const a of c.aliases) if (!aliasOf.has(a)) aliasOf.set(a, c.name);
  }
  // Names win over aliases.
  for (const [a, n] of aliasOf) if (!names.has(a)) names.set(a, n);
  const lookup = (t: string) => names.get(t) ?? REGISTRY_NAMES.get(t);
  // A run can start a mention only with the first word of a name or alias.
  const firsts = new Set<string>();
  for (const k of names.keys()) {
    const sp = k.indexOf(" ");
    firsts.add(sp < 0 ? k : k.slice(0, sp));
  }
  const mentions: LexiconMention[] = [];
  const count = new Map<string, number>();
  for (const seg of segs) {
    let w0 = 0;
    while (w0 < seg.length && seg[w0]!.cls & OPENER_W) w0++;
    const w = seg[w0]?.text;
    if (w === undefined || !(firsts.has(w) || REGISTRY_FIRSTS.has(w) || (w === "U.S." && firsts.has("US"))))
      continue;
    const words = w0 === 0 ? seg : seg.slice(w0);
    for (let k = words.length; k > 0; k--) {
      const text = body.slice(words[0]!.start, words[k - 1]!.end);
      const name = lookup(text) ?? (NEEDS_NAME_OF.test(text) ? lookup(nameOf(text)) : undefined);
      if (name === undefined) continue;
      // A legal form after the name belongs to the mention.
      let end = words[k - 1]!.end;
      for (let j = k; j < words.length && LEGAL.has(bare(words[j]!.text)); j++) end = words[j]!.end;
      mentions.push({ name, start: words[0]!.start, end });
      count.set(name, (count.get(name) ?? 0) + 1);
      if (!role.has(name)) role.set(name, "company");
      break;
    }
  }
  return { mentions, role, count, lexiconCount: countLexicon(segs, body, 20000) };
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
