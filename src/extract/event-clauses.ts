/**
 * @module Clause segmentation of one sentence for event extraction (claims use the simpler `clauses.ts`): punctuation, parentheses, connectors that open a
 * background clause, relative and participial clauses, reported-speech complements and purpose infinitives. Each
 * segment knows the clause it depends on, so an event can take its subject and date from its own clause or from the
 * clause that governs it, never from a sibling. One left-to-right pass; no regex with nested unbounded quantifiers.
 */

import { eachMatch } from "./each-match.ts";

/** How a segment relates to the sentence. */
export type ClauseKind =
  /** The sentence's main clause, or a continuation of it (an appositive, the rest after a parenthesis). */
  | "main"
  /** A sentence-initial adverbial before the first comma (`In July,`, `On October 9, 2025`, `In its deal with X,`). */
  | "intro"
  /** A clause opened by a connector that points at another act (`after`, `ahead of`, `amid`, `as part of`, causal `as`, `since the …`). */
  | "background"
  /** A condition or time clause (`once`, `when`, `if`, `until`): it dates itself only. */
  | "sub"
  /** A coordinated clause with its own subject or contrast (`, and`, `, but`, `while`, `whereas`). */
  | "coord"
  /** A relative clause (`, which`, `who`, `that` + verb, `the measures it announced`). */
  | "relative"
  /** A participial clause after a comma (`, raising its stake`, `, introduced by China in April`). */
  | "participle"
  /** What a reporting verb introduces (`X announced on Monday that it would …`, `X said it will …`). */
  | "complement"
  /** A purpose infinitive (`… to build a plant`). */
  | "purpose"
  /** Inside parentheses or brackets. */
  | "paren";

export interface Clause {
  /** Offsets in the sentence, end exclusive. */
  start: number;
  end: number;
  kind: ClauseKind;
  /** The segment this one depends on (its governing clause), or -1. */
  head: number;
  /** The connector or word that opened the segment (lower case), or null. */
  opener: string | null;
}

/** Connectors that open a background clause (an act referred to, not reported). */
const BACKGROUND_OPENERS = new Set([
  "ahead of",
  "after",
  "following",
  "amid",
  "amidst",
  "despite",
  "due to",
  "because of",
  "because",
  "in response to",
  "in the wake of",
  "as part of",
  "before",
  "as",
  "since",
  "to which",
  "in which",
  "by which",
  "under which",
  "with which",
  "through which",
]);
const SUB_OPENERS = new Set(["once", "when", "if", "unless", "until"]);
const COORD_OPENERS = new Set(["while", "whereas", "although", "though"]);

/**
 * Break tokens: clause punctuation, brackets, commas, connectors, relative pronouns, reporting complements. Every
 * alternative is a fixed word or a bounded character class, so the scan is linear.
 */
const BREAK =
  /[;:](?=\s|$)|\s[–—-]{1,2}\s|[()[\]]|,|\b(?:ahead of|after|following|amidst|amid|despite|due to|because of|because|in response to|in the wake of|as part of|before|(?:to|in|by|under|with|through) which|once|when|unless|until|while|whereas|although|though|which|who|since|as|that|if)\b|\s(?:it|they|he|she|we)\s(?=[a-z]+ed\b|would\b|will\b|had\b|has\b|have\b|plans?\b)|\bto (?:build|construct|establish|develop|set up|expand|fund|support|finance|open|create|produce|boost|accelerate|help|supply|deliver|secure|refine|process|de-escalate|resolve)\b|\btowards? (?:establishing|building|constructing|developing|expanding|funding|financing|setting up)\b|\bfor (?:the )?(?:construction|building|development|expansion) of\b|\b(?:said|says|stated|confirmed|noted|added|announced)(?=\s\w)/gi;

/** `as` that does not open a clause (`such as`, `as well as`, `as of`, `as part of` is its own opener). */
const AS_NOT_CLAUSE =
  /(?:such|well|so|known|seen|regarded|serve[sd]?|acting|act|same|twice|as much|as many) $/i;
const AS_NOT_AFTER =
  /^as (?:of|well|a result|long|much|many|high|low|far|soon|little|large|big|early|late|a whole)\b/i;
/**
 * `as a …` naming what the object is (`unveiled X as a $9 billion reserve`): an apposition of its clause, unless a
 * verb follows before the next break (`as a market grows`, a clause of its own).
 */
const AS_APPOSITION =
  /^as an?\s(?![^,;:.]*\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|grows?|grew|rises?|rose|falls?|fell|continues?|continued|becomes?|became|[a-z]+s\s+(?:to|the|a|an|its|their)\b))/i;
/** Reporting verbs whose complement is a clause of its own (`announced … that`, `said it would`). */
const REPORTING =
  /\b(?:announc\w*|said|says|say|saying|stated|stating|confirmed|revealed|disclosed|noted|noting|added|adding|warned|warning|argued|arguing|told [\w ]{1,30}?)\s*$/i;
/** A short date adverbial between a reporting verb and its complement (`announced earlier this month it would`). */
const REPORT_GAP =
  /\b(?:announc\w*|said|says|saying|stated|stating|confirmed|revealed|disclosed|noted|added|warned)\b(?:\s+(?:on|in|at|late|early|earlier|last|this|next|week|month|year|\w+day|[A-Z][a-z]+|\d{1,2}(?:st|nd|rd|th)?,?|\d{4})){0,4}\s*$/;
/** Words after `that` that make it a relative pronoun or complementizer (a verb or a pronoun subject). */
const THAT_CLAUSE =
  /^that\s+(?:it|they|he|she|we|the|this|a|an|[a-z]+ed|will|would|could|can|may|might|has|have|had|is|are|was|were|\w+s)\b/i;
/** An intro adverbial: starts with a preposition or a time word. */
const INTRO_START =
  /^(?:in|on|at|during|by|from|since|under|with|through|for|last|this|earlier|later|separately|meanwhile|also|however|additionally|moreover|overall|globally|year to date|recently|previously|now|today|yesterday|as of|according to)\b/i;
/** Words after a comma that continue the clause: a preposition, a number or date, or a name followed by a comma or the end. */
const CONTINUES =
  /^(?:(?:in|on|at|for|of|from|during|near|outside|inside)\s|\d|(?:the\s+)?(?:[A-Z][\w.'’-]*\s?){1,4}(?:,|$|\.$))/;
/** A sentence-initial adverbial that ends with a date (`On Nov. 3`, `Last Thursday`, `In July 2025`). */
const INTRO_DATE =
  /^\W*(?:on|in|last|this|earlier|late|early)\b[^,]{0,30}?(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)\w*\.?$/i;
/** A prepositional date phrase between commas. */
const DATE_INSERT =
  /^(?:on|in)\s(?:[A-Z][a-z]+\s\d{1,2}|\d{1,2}\s[A-Z][a-z]+|(?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December))(?:,?\s\d{4})?,/;
/** Words after a comma that open a coordinated clause. */
const COORD_AFTER_COMMA = /^(?:and|but|yet|so|or)\s+(?!the\s+\w+\s*(?:,|$))/i;
/** A past participle of an act after a comma, followed by an agent, a date or a place (`, introduced by China in April`). */
const PARTICIPLE_ED =
  /^(?:[a-z]+ed|built|set|made|signed|won|taken|given|issued|struck)\s+(?:by|in|on|at|from|to|for|last|earlier|this|under)\b/i;
const PARTICIPLE_ING = /^[a-z]{3,}ing\b/;

/** A spaced dash token. */
const SPACED_DASH = /^\s[–—-]/;
/** Another spaced dash later in the sentence, before any sentence-internal stop (`;`). */
const SPACED_DASH_LATER = /^[^;]*?\s[–—]{1,2}\s/;
/** A digit right after a comma (a number or a date continues). */
const DIGIT_NEXT = /^ ?\d/;
/** A subject pronoun. */
const PRONOUN = /^(?:it|they|he|she|we)$/;
/** A relative pronoun right before. */
const RELATIVE_BEFORE = /\b(?:that|which|who)$/i;
/** A past-tense verb right before. */
const PAST_BEFORE = /[a-z]ed$/i;
/** `and` right before. */
const AND_BEFORE = /\band\s*$/;
/** A preposition right before (`to which`). */
const PREP_BEFORE = /\b(?:to|in|by|under|with|through)\s*$/i;
/** `since` followed by a date. */
const SINCE_DATE =
  /^since\s+(?:(?:early|late|mid)[- ]?)?(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|then|last|the (?:start|beginning|end))/i;
/** The first word. */
const FIRST_WORD = /^[A-Za-z]+/;
/** `and that`. */
const AND_THAT = /^and\s+that\b/i;
/** `and` followed by a name. */
const AND_NAME = /^and\s+(?:the\s+)?[A-Z]/;
/** A name, optionally after `the`. */
const NAME_START = /^(?:the\s+)?[A-Z]/;
/** `-ing` words that do not open a participial clause. */
const NOT_PARTICIPLE = /^(?:including|according)\b/i;
/** Ends with a comma. */
const COMMA_END = /,\s*$/;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
/** A finite verb or auxiliary (a clause rather than a noun phrase). */
const VERBISH =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|said|says|\w+ed)\b/i;
/** A reporting verb token of `BREAK`. */
const REPORT_VERB = /^(?:said|says|stated|confirmed|noted|added|announced)$/;
/** Capitalised words after a reporting verb that do not start a complement (a date, a quote's attribution). */
const NOT_SUBJECT =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|In|On|At|Last|This|That|The)/;

/** Splits a sentence into clause segments, in text order, covering the sentence. */
export function splitClauses(text: string): Clause[] {
  const cuts: { at: number; kind: ClauseKind; opener: string | null; close?: boolean }[] = [];
  let depth = 0;
  let dashOpen = false;
  eachMatch(text, BREAK, (at, tok) => {
    const c = tok[0]!;
    if (c === "(" || c === "[") {
      depth++;
      cuts.push({ at, kind: "paren", opener: null });
      return;
    }
    if (c === ")" || c === "]") {
      if (depth > 0) depth--;
      cuts.push({ at: at + 1, kind: "main", opener: null, close: true });
      return;
    }
    if (SPACED_DASH.test(tok) && depth === 0) {
      // A pair of spaced dashes sets off an aside, like brackets (`Group of Seven nations – which include … – are`).
      if (dashOpen) {
        dashOpen = false;
        cuts.push({ at: at + tok.length, kind: "main", opener: null, close: true });
        return;
      }
      if (SPACED_DASH_LATER.test(text.slice(at + tok.length))) {
        dashOpen = true;
        cuts.push({ at, kind: "paren", opener: null });
        return;
      }
    }
    if (depth > 0 || dashOpen) return;
    if (c === ";" || c === ":" || SPACED_DASH.test(tok)) {
      cuts.push({ at: at + tok.length, kind: "main", opener: null });
      return;
    }
    if (c === ",") {
      // Not inside a number (`5,473`) or a date (`October 9, 2025`).
      if (isDigit(text.charCodeAt(at - 1)) && DIGIT_NEXT.test(text.slice(at + 1, at + 3))) return;
      const cut = commaCut(text, at + 1);
      if (cut) cuts.push(cut);
      return;
    }
    const word = tok.trim().toLowerCase();
    if (REPORT_VERB.test(word)) {
      // `Lacaze said Lynas was making progress`: a name right after a reporting verb opens its complement.
      const next = text.slice(at + tok.length + 1, at + tok.length + 13);
      if (isUpper(text.charCodeAt(at + tok.length + 1)) && !NOT_SUBJECT.test(next))
        cuts.push({ at: at + tok.length + 1, kind: "complement", opener: null });
      return;
    }
    if (
      (word.startsWith("to ") && word !== "to which") ||
      word.startsWith("toward") ||
      (word.startsWith("for ") && word.endsWith(" of"))
    ) {
      if (at > 0) cuts.push({ at, kind: "purpose", opener: word });
      return;
    }
    if (PRONOUN.test(word)) {
      // `announced earlier this month it would suspend`: a complement; `the measures it announced`: a relative.
      const before = text.slice(Math.max(0, at - 60), at);
      if (RELATIVE_BEFORE.test(before)) return;
      const kind: ClauseKind =
        REPORT_GAP.test(before) || PAST_BEFORE.test(before) ? "complement" : "relative";
      cuts.push({ at: at + 1, kind, opener: null });
      return;
    }
    if (word === "that") {
      const before = text.slice(Math.max(0, at - 60), at);
      // After a reporting verb, or `and that` after an earlier complement, `that` opens a complement.
      const reported =
        REPORTING.test(before) ||
        REPORT_GAP.test(before) ||
        (AND_BEFORE.test(before) && cuts.some((c) => c.kind === "complement"));
      if (!reported && !THAT_CLAUSE.test(text.slice(at, at + 40))) return;
      cuts.push({ at, kind: reported ? "complement" : "relative", opener: "that" });
      return;
    }
    if (word === "which" || word === "who") {
      if (PREP_BEFORE.test(text.slice(Math.max(0, at - 9), at))) return;
      cuts.push({ at, kind: "relative", opener: word });
      return;
    }
    if (word === "as") {
      if (
        AS_NOT_CLAUSE.test(text.slice(Math.max(0, at - 12), at)) ||
        AS_NOT_AFTER.test(text.slice(at, at + 16)) ||
        AS_APPOSITION.test(text.slice(at, at + 120))
      )
        return;
    }
    if (word === "since" && SINCE_DATE.test(text.slice(at, at + 30))) return; // `since October 9`: a date adverbial of this clause, not a background clause
    const kind: ClauseKind = BACKGROUND_OPENERS.has(word)
      ? "background"
      : SUB_OPENERS.has(word)
        ? "sub"
        : COORD_OPENERS.has(word)
          ? "coord"
          : "main";
    if (kind === "main") return;
    cuts.push({ at, kind, opener: word });
  });
  cuts.sort((a, b) => a.at - b.at);
  return build(text, cuts);
}

/**
 * The segment a comma opens, read from the words after it; null when the words continue the clause before it (a
 * place, a date or a prepositional phrase: `at a meeting in Lyon, France, in early May`).
 */
function commaCut(text: string, at: number): { at: number; kind: ClauseKind; opener: string | null } | null {
  const after = text.slice(at, at + 48).trimStart();
  const lead = text.length - at - text.slice(at).trimStart().length;
  // A date set off by commas (`…, on October 9, to expand …`) dates the clause it interrupts: its own segment.
  if (DATE_INSERT.test(after)) return { at: at + lead, kind: "main", opener: null };
  // `On Nov. 3, Vulcan Elements, …`: a name after a sentence-initial date is the subject, not a place continuing it.
  if (CONTINUES.test(after) && !(text.indexOf(",") === at - 1 && INTRO_DATE.test(text.slice(0, at - 1))))
    return null;
  const word = FIRST_WORD.exec(after)?.[0].toLowerCase() ?? "";
  if (AND_THAT.test(after)) return null;
  if (COORD_AFTER_COMMA.test(after)) {
    // `between China, the United States, and Europe`: the last member of a list of names, not a clause.
    const piece = text.slice(Math.max(0, text.lastIndexOf(",", at - 2) + 1), at - 1).trim();
    if (AND_NAME.test(after) && piece.split(/\s+/).length <= 4 && NAME_START.test(piece)) return null;
    // `exports of A, B, as well as C, and D will not be permitted`: the last item of a list of noun phrases (the
    // item before has no verb and follows another comma), not a clause of its own.
    const prev = text.lastIndexOf(",", at - 2);
    if (
      prev > 0 &&
      piece.split(/\s+/).length <= 6 &&
      !VERBISH.test(piece) &&
      text.lastIndexOf(",", prev - 1) >= 0
    )
      return null;
    return { at: at + lead, kind: "coord", opener: word };
  }
  if (PARTICIPLE_ED.test(after)) return { at: at + lead, kind: "participle", opener: word };
  if (PARTICIPLE_ING.test(after) && !NOT_PARTICIPLE.test(after))
    return { at: at + lead, kind: "participle", opener: word };
  return { at: at + lead, kind: "main", opener: null };
}

/** Turns cut points into segments and links each to its governing clause. */
function build(
  text: string,
  cuts: { at: number; kind: ClauseKind; opener: string | null; close?: boolean }[],
): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let kind: ClauseKind = "main";
  let opener: string | null = null;
  const stack: { kind: ClauseKind; opener: string | null }[] = [];
  for (const c of cuts) {
    if (c.at <= start && out.length > 0 && c.kind === "main" && !c.close) continue;
    if (c.at > start) out.push({ start, end: c.at, kind, head: -1, opener });
    if (c.kind === "paren") stack.push({ kind, opener });
    if (c.close) {
      // After a parenthesis the enclosing segment continues.
      const outer = stack.pop() ?? { kind: "main" as ClauseKind, opener: null };
      kind = outer.kind;
      opener = outer.opener;
    } else {
      kind = c.kind;
      opener = c.opener;
    }
    start = Math.max(start, c.at);
  }
  if (text.length > start) out.push({ start, end: text.length, kind, head: -1, opener });
  if (out.length === 0) out.push({ start: 0, end: text.length, kind: "main", head: -1, opener: null });
  // A sentence-initial segment that ends at a comma and starts with a preposition or time word is an intro.
  const first = out[0]!;
  if (
    out.length > 1 &&
    first.kind === "main" &&
    COMMA_END.test(text.slice(first.start, first.end)) &&
    INTRO_START.test(text.slice(first.start))
  )
    first.kind = "intro";
  linkHeads(out);
  return out;
}

/**
 * Each segment's head. A relative, participial, purpose or bracketed segment depends on the segment just before it
 * (the noun or verb it attaches to); a leading intro, background or condition clause on the first main clause after
 * it; any other segment on the nearest main, coordinated or complement clause before it. The first main clause has
 * none.
 */
function linkHeads(out: Clause[]): void {
  let lastMain = -1;
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (i > 0 && ATTACHED.has(c.kind)) c.head = i - 1;
    else if (lastMain >= 0) c.head = lastMain;
    else c.head = c.kind === "main" ? -1 : out.findIndex((d, j) => j > i && d.kind === "main");
    if (c.kind === "main" || c.kind === "coord" || c.kind === "complement") lastMain = i;
  }
}

const ATTACHED = new Set<ClauseKind>(["relative", "participle", "purpose", "paren"]);
