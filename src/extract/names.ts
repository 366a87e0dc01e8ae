/**
 * @module Names in a sentence for event actors: the lexicon's canonical entities and places, and capitalised name
 * phrases the lexicon does not know (`Japan Australia Rare Earths`, `Noveon Magnetics`), so an unknown company is
 * named as written rather than replaced by the article's main entity.
 */
import { eachMatch } from "./each-match.ts";
import { ENTITIES, entryAnchorList, entryAnchors, PLACES } from "./lexicon.ts";
import { DEMONYM_STATE, MORE_BODIES, MORE_PLACES, personState, titleState } from "./state-names.ts";
import { anchorIds, anyOf, type Found } from "./triggers.ts";

export interface NameMention {
  /** Canonical name (lexicon) or the phrase as written without a leading possessive place or article. */
  name: string;
  /** Offsets in the sentence, end exclusive. */
  start: number;
  end: number;
  /** A country or bloc (not an organisation). */
  place: boolean;
  /** A lexicon name (canonical), not a phrase as written. */
  known: boolean;
}

/** Lexicon tables with global twins of their patterns (built once at load; never mutated). */
const TABLES = [ENTITIES, MORE_BODIES, PLACES, MORE_PLACES].map((table, t) =>
  table.map(([name, re]) => ({
    name,
    place: t > 1,
    /** Anchor ids: the lexicon's entry anchors, or for the extra places the lower-cased words of the pattern. */
    ids: t === 0 || t === 2 ? entryAnchors(name) : anchorIds(placeWords(re)),
    /** A non-global twin for a first test (it keeps no state); the global one lists every mention. */
    test: new RegExp(re.source, re.flags.replace("g", "")),
    re: new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`),
  })),
);

/**
 * Per table, every anchor of its entries as one group (one look-up skips a table none of whose names occurs), or
 * null when an entry has no anchors (it is always tried).
 */
const TABLE_IDS = [ENTITIES, MORE_BODIES, PLACES, MORE_PLACES].map((table, t) => {
  const lists = table.map(([name, re]) => (t === 0 || t === 2 ? entryAnchorList(name) : placeWords(re)));
  return lists.some((l) => !l || l.length === 0) ? null : anchorIds([...new Set(lists.flat() as string[])]);
});

/** The alternatives of a simple `\b(?:A|B)\b` place pattern, lower-cased, as anchor words. */
function placeWords(re: RegExp): string[] {
  return re.source
    .replace(/\\b|\(\?:|\)/g, "")
    .split("|")
    .map((w) => w.toLowerCase());
}

/** Capitalised words that do not start or make a name on their own. */
const STOP = new Set(
  (
    "The A An This That These Those It Its In On At By For From With As After Before Following Ahead Under Since " +
    "During Meanwhile However Also But And Or Yet While When If Once According Despite Separately Earlier Later Last " +
    "Next Overall Other Some Many Most All Both Each Such Their His Her Our We They He She I Year Month Week " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August " +
    "September October November December Q1 Q2 Q3 Q4 H1 H2 FY CEO CFO EV EVs NEV NEVs REE REEs REO GDP AI Mr Ms Dr " +
    "Stage Phase Declaration Announcement No Series Chinese New Major Global Several Top Key Foreign Western Only " +
    "American Japanese European Australian Korean Indian German President Minister Chairman One Two Three Four " +
    "Five Six Seven Eight Nine Ten Both Several Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
  ).split(" "),
);

/** Only bullets, quotes or a label before a word: it is capitalised as the first word of its sentence. */
const BULLETS_ONLY = /^[\s•●▪◦‣∙·*–-]*(?:o\s+)?$/;
const OPENS_QUOTE = /["“‘(:]\s*$/;
/** The word at `start` is the first of its sentence: only bullets before it, or a quote or colon just before it. */
const firstWord = (text: string, start: number): boolean =>
  (start < 12 && BULLETS_ONLY.test(text.slice(0, start))) ||
  OPENS_QUOTE.test(text.slice(Math.max(0, start - 3), start));
/** Nationality adjectives before a state body (`the Australian government`). */
const DEMONYM_PLACE = DEMONYM_STATE;
const STATE_BODY_NOUN = /\b(?:government|cabinet|ministry|authorities|officials|regulators?|state)\b/;
const STATE_BODY = new RegExp(
  `\\b(${Object.keys(DEMONYM_PLACE).join("|")})\\s+(?:federal\\s+)?(?:government|cabinet|ministry|authorities|officials|regulators?|state)\\b`,
  "g",
);

/** Verbs after a sentence's first word that make it the name of someone acting. */
const ACTS_NEXT =
  /^\s+(?:announced|signed|agreed|received|secured|won|raised|launched|completed|acquired|opened|unveiled|approved|issued|awarded|said|says|plans|commissioned|started|began|broke|formed|entered|struck|took|bought|invested|reported)\b/;
const POSSESSIVE = /['’]s?$/;

/**
 * Every name in `text` (a sentence), in text order, without overlaps: lexicon entities (organisations first, then
 * places) and capitalised phrases. A phrase that contains a lexicon organisation is that organisation; a phrase made
 * of a place and other capitalised words is an unknown organisation named as written.
 */
export function nameMentions(text: string, found: Found): NameMention[] {
  const lexical: NameMention[] = [];
  for (let t = 0; t < TABLES.length; t++) {
    const group = TABLE_IDS[t];
    if (group && !anyOf(found, group)) continue;
    for (const { name, place, ids, test, re } of TABLES[t]!) {
      if (!anyOf(found, ids) || !test.test(text)) continue;
      eachMatch(text, re, (index, match) => {
        if (match.length > 0)
          lexical.push({ name, start: index, end: index + match.length, place, known: true });
      });
    }
  }
  const out: NameMention[] = [];
  const runs = nameRuns(text);
  lexical.sort((a, b) => a.start - b.start);
  for (const run of runs) {
    let start = run.start;
    let phrase = text.slice(run.start, run.end);
    // A person who acts for a state (`Chinese President Xi Jinping`, `Trump`) names that state.
    const state = stateOfRun(phrase, run, lexical);
    if (state) {
      out.push(state);
      continue;
    }
    // Drop leading stop words (`The`, `In`, month names) and a trailing possessive.
    for (let w = LEAD_WORD.exec(phrase); w && STOP.has(w[1]!); w = LEAD_WORD.exec(phrase)) {
      start += w[0].length;
      phrase = phrase.slice(w[0].length);
    }
    const end = start + phrase.length;
    const inside: NameMention[] = [];
    for (const l of lexical) {
      if (l.start >= end) break;
      if (l.end > start) inside.push(l);
    }
    const org = inside.find((l) => !l.place);
    // `the Department of War’s Office of Strategic Capital`: the organisation after the possessive is the one named.
    const owned = org ? OWNED.exec(text.slice(org.end, end)) : null;
    if (org && owned) {
      const from = org.end + owned[0].length - owned[1]!.length;
      out.push({ name: owned[1]!, start: from, end, place: false, known: false });
      continue;
    }
    if (org) {
      out.push({ name: org.name, start, end, place: false, known: true });
      continue;
    }
    const words = phrase.replace(POSSESSIVE, "").split(SPACES);
    if (inside.length > 0) {
      // Places only: `China`, `China's`, `U.S.` are places; `Japan Australia Rare Earths` is an organisation.
      const rest = words.filter(
        (w) => !inside.some((l) => text.slice(l.start, l.end).split(SPACES).includes(w)),
      );
      if (rest.every((w) => STOP.has(w) || JOINER.test(w))) {
        for (const l of inside) out.push(l);
        continue;
      }
      // `China's Ministry of Industry`, `South Korea's KOMIR`: the possessive place is dropped from the name.
      const lead = POSSESSOR.exec(phrase);
      if (lead && inside.some((l) => l.start === start)) {
        start += lead[0].length;
        phrase = phrase.slice(lead[0].length);
      }
      out.push({ name: phrase.replace(POSSESSIVE, ""), start, end, place: false, known: false });
      continue;
    }
    // A capitalised first word is a name only when a reporting or act verb follows it (`Solvay opened …`).
    if (
      words.length === 1 &&
      (STOP.has(words[0]!) ||
        (firstWord(text, start) &&
          !ACTS_NEXT.test(text.slice(end, end + 16)) &&
          !POSSESSIVE_NEXT.test(text.slice(end - 2, end + 1)) &&
          !AND_NAME_NEXT.test(text.slice(end, end + 8))))
    )
      continue;
    if (words.length === 1 && !LOWER.test(words[0]!) && words[0]!.length < 3) continue;
    // `Kenya's Ministry of Mining`: the possessor is dropped from the name.
    const lead = POSSESSOR.exec(phrase);
    if (lead) {
      start += lead[0].length;
      phrase = phrase.slice(lead[0].length);
    }
    out.push({ name: phrase.replace(POSSESSIVE, ""), start, end, place: false, known: false });
  }
  // `the Australian government`, `Two Chinese government agencies`: the state of that nationality (it replaces a
  // capitalised phrase it overlaps that the lexicon does not know).
  if (STATE_BODY_NOUN.test(text))
    for (const m of text.matchAll(STATE_BODY)) {
      const place = DEMONYM_PLACE[m[1]!]!;
      const end = m.index + m[0].length;
      const overlapping = out.filter((o) => o.start < end && o.end > m.index);
      if (overlapping.some((o) => o.known)) continue;
      for (const o of overlapping) out.splice(out.indexOf(o), 1);
      out.push({ name: place, start: m.index, end, place: true, known: true });
    }
  // Lexicon hits outside any capitalised phrase (aliases in other scripts).
  for (const l of lexical)
    if (
      !runs.some((o) => o.start < l.end && o.end > l.start) &&
      !out.some((o) => o.start < l.end && o.end > l.start)
    )
      out.push(l);
  return out.sort((a, b) => a.start - b.start);
}

const isUpper = (c: number) => c >= 65 && c <= 90;

/**
 * The state a run of capitalised words stands for when it is a titled person or a listed head of state or
 * government (`US President Donald Trump`, `Australian Prime Minister Anthony Albanese`, `Xi Jinping`); null
 * otherwise, and when the run contains an organisation the lexicon knows.
 */
function stateOfRun(
  phrase: string,
  run: { start: number; end: number },
  lexical: readonly NameMention[],
): NameMention | null {
  let place: string | null = null;
  for (const l of lexical) {
    if (l.start >= run.end || l.end <= run.start) continue;
    if (!l.place) return null;
    place ??= l.name;
  }
  const bare = phrase.replace(POSSESSIVE, "");
  let name = titleState(bare, place);
  if (!name) {
    // A listed person named alone, after any leading stop words (`President Xi`, `Meanwhile Trump`).
    let person = bare;
    for (let w = LEAD_WORD.exec(person); w && STOP.has(w[1]!); w = LEAD_WORD.exec(person))
      person = person.slice(w[0].length);
    name = personState(person);
  }
  return name ? { name, start: run.start, end: run.start + bare.length, place: true, known: true } : null;
}

/**
 * Runs of capitalised words (`U.S. Department of Energy`, `Japan Australia Rare Earths`), joined by `of`, `and`,
 * `for`, `the`, `&`; a run ends at punctuation after a word. A bracketed acronym right after a run joins it
 * (`Department of Energy (DOE)`). Hand-written word scan: linear.
 */
/** The first word and the space after it. */
const LEAD_WORD = /^(\S+)\s/;
/** Words that join the parts of a name. */
const JOINER = /^(?:of|and|the|for|de|&)$/;
/** A possessor at the start of a name (`Kenya's`). */
const POSSESSOR = /^[^'’]*['’]s?\s(?=\S)/;
/** A possessive and a capitalised name after an organisation (`’s Office of Strategic Capital`). */
const OWNED = /^['’]s\s+([A-Z][\w&.-]*(?:\s+(?:of|for|and|the|[A-Z][\w&.-]*))*(?:\s+\([A-Z]+\))?)$/;
/** A possessive ending right after a word. */
const POSSESSIVE_NEXT = /^['’]s\s/;
/** `and` and a name after a word. */
const AND_NAME_NEXT = /^\s+and\s+[A-Z]/;
/** After a comma inside `X of A`: more capitalised words, the last joined by `and` (`, Trade and Industry`). */
const SERIAL_NAME = /^, (?:[A-Z][a-z-]+, ){0,3}[A-Z][a-z-]+,? and [A-Z][a-z]/;
/** A lower-case letter. */
const LOWER = /[a-z]/;
/** A bracketed acronym (`(DOE)`). */
const ACRONYM = /^\([A-Z][\w&.-]*\)/;
/** A word that can be part of a name. */
const NAME_WORD = /^[A-Za-z][A-Za-z&.'’-]*$/;
/** A compound adjective that describes a name rather than being part of it (`Durham-based`, `state-owned`). */
const DESCRIPTOR =
  /-(?:based|owned|listed|headquartered|backed|funded|led|run|made|born|registered|focused)$/i;

const SPACES = /\s+/;
/** Keeps a finished run unless it is one capitalised function word (`The`, `In`, `A`): those never name anyone. */
function keepRun(text: string, out: { start: number; end: number }[], start: number, end: number): void {
  if (end - start <= 11 && STOP.has(text.slice(start, end))) return;
  out.push({ start, end });
}
const OPENERS = `"“‘([`;
const CLOSERS = `,;:)]”"’!?`;

function nameRuns(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let run: { start: number; end: number; hasOf: boolean } | null = null;
  let connector = false;
  let lastEnd = -1;
  for (let i = 0; i < text.length; ) {
    while (i < text.length && text.charCodeAt(i) <= 32) i++;
    let j = i;
    while (j < text.length && text.charCodeAt(j) > 32) j++;
    if (j === i) break;
    // Fast path: a word that starts in lower case or with a digit, with no name open.
    const c0 = text.charCodeAt(i);
    if (!run && ((c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57))) {
      lastEnd = -1;
      i = j;
      continue;
    }
    const tok = text.slice(i, j);
    // `(DOE)` right after a run joins it.
    const acronym = ACRONYM.exec(tok);
    if (acronym && (run || (out.length > 0 && out[out.length - 1]!.end === lastEnd))) {
      if (run && !connector) run.end = i + acronym[0].length;
      else if (!run) out[out.length - 1]!.end = i + acronym[0].length;
      if (run) keepRun(text, out, run.start, run.end);
      run = null;
      connector = false;
      lastEnd = -1;
      i = j;
      continue;
    }
    let a = i;
    let b = j;
    while (a < b && OPENERS.includes(text[a]!)) a++;
    while (b > a && CLOSERS.includes(text[b - 1]!)) b--;
    if (b - a > 3 && text[b - 1] === "." && LOWER.test(text[b - 2]!)) b--;
    const word = text.slice(a, b);
    if (b > a && isUpper(text.charCodeAt(a)) && NAME_WORD.test(word) && !DESCRIPTOR.test(word)) {
      if (a > i && run) {
        keepRun(text, out, run.start, run.end);
        run = null;
      }
      if (run) run.end = b;
      else run = { start: a, end: b, hasOf: false };
      connector = false;
      lastEnd = b;
      // `Ministry of Industry, Energy and Mines`: a serial list after `of` goes on past its commas.
      if (
        b < j &&
        !(text[b] === "," && b + 1 === j && run.hasOf && SERIAL_NAME.test(text.slice(b, b + 80)))
      ) {
        keepRun(text, out, run.start, run.end);
        run = null;
      }
    } else if (
      run &&
      !connector &&
      b === j &&
      (word === "of" ||
        word === "for" ||
        word === "&" ||
        word === "de" ||
        word === "the" ||
        (word === "and" && run.hasOf))
    ) {
      if (word === "of" || word === "for") run.hasOf = true;
      connector = true;
    } else if (run && connector && (word === "the" || word === "of")) {
      // `Bank of the United States`
    } else {
      if (run) keepRun(text, out, run.start, run.end);
      run = null;
      connector = false;
      lastEnd = -1;
    }
    i = j;
  }
  if (run) keepRun(text, out, run.start, run.end);
  return out;
}
