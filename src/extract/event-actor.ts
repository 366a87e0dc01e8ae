/**
 * @module Event actors: who acts in a trigger's clause. In order: the agent of a passive or the source of money or
 * approval right after the trigger (`awarded … by X`, `an investment from X`); the parties of a meeting or deal
 * (`talks between A and B`); the antecedent of a subject relative clause (`X, which has committed to buying …`); the
 * subject of the trigger's clause; the name its noun phrase hangs from (`China's export controls`); the subject of the
 * clause it depends on; then defaults (the state for state-only types, a recently named actor, the main entity).
 */
import { eachMatch } from "./each-match.ts";
import type { ArticleContext } from "./claims.ts";
import type { Clause } from "./event-clauses.ts";
import { MONEY_TYPES, STATE_TYPES } from "./event-rules.ts";
import { isPublicBody } from "./lexicon.ts";
import type { TriggerHit } from "./event-triggers.ts";
import type { NameMention } from "./names.ts";

/** What actor resolution remembers across sentences (part of the caller's `EventState`). */
export interface ActorMemory {
  sentence: number;
  lastActor: string | null;
  lastActorAt: number;
  /** The last state named as an actor (a country, or the country a public body belongs to), for `the government`. */
  lastState: string | null;
  lastStateAt: number;
  /** The last public body named as an actor, for `the ministry`, `the department`. */
  lastBody: string | null;
  lastBodyAt: number;
}

/** An actor resolved for a trigger. */
export interface Actor {
  name: string;
  /** Read from the text (not a default). */
  named: boolean;
  /** The state the actor is or belongs to (`US Department of Defense` → `United States`), when it is public. */
  state: string | null;
  /** The actor is a public body (a ministry, department, agency) rather than a state or a company. */
  body: boolean;
}

const PREPOSITION =
  /\b(?:of|to|with|from|for|in|on|at|by|between|against|into|over|under|than|about|including|like|via|toward|towards|among|across|outside|inside|amid|despite|after|before|following)\s+(?:(?:the|a|an|its|their)\s+)?$/i;
/** Words between a trigger and `by` that make the `by` phrase something other than its agent (`a round led by X`). */
const NOT_AGENT =
  /\b(?:led|backed|owned|run|founded|operated|controlled|chaired|headed|supported|by (?:purchas|buy|tak|rais|acquir)\w*)\b/i;
/** A generic subject: a company word (the article's company), a pronoun, or a state body (named before). */
const GENERIC_SUBJECT =
  /^\s*(?:(?:and|but|so)\s+)?(?:(the (?:company|group|firm|miner|producer|manufacturer|start-?up)(?:['’]s)?)|(it|they|he|she|we)|the (?:(?:federal|central|national) )?(?:(government|administration|commonwealth|authorities|state)|(ministry|agency|department|regulator|cabinet|office)))\b(?!\s+(?:of|for)\s)/i;
/** Nationality adjectives that name a party (`American and Chinese negotiators`). */
const DEMONYMS = new Map([
  ["American", "United States"],
  ["Chinese", "China"],
  ["Japanese", "Japan"],
  ["European", "European Union"],
  ["Australian", "Australia"],
  ["Korean", "South Korea"],
  ["Indian", "India"],
  ["German", "Germany"],
]);
const CAPITALISED = /[A-Z][a-z]+/g;
/** Between a name and a noun of the same noun phrase: lower-case modifiers, no article, verb or auxiliary. */
const NP_INSIDE =
  /^\s+(?:(?!(?:a|an|the|will|would|shall|should|can|could|may|might|must|has|have|had|is|are|was|were|be|been|to|that|which|and|or|plans?|set)\s)[a-z][\w-]*\s+){0,3}$/;
const PARTY_TYPES = new Set(["trade_talks", "trade_agreement", "partnership", "joint_venture"]);

/** `by` (and `the`) right before a name. */
const BY_BEFORE = /\bby\s+(?:the\s+)?$/i;
/** `from` (and `the`) right before a name. */
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
/** A possessive ending right after a name. */
const POSSESSIVE_AFTER = /^['’]s?(?:\s|$)/;
/** A possessive and modifiers up to a noun. */
const POSSESSIVE_NP = /^['’]s?\s+(?:[a-z][\w-]*\s+){0,3}$/;
/** Only a possessive ending. */
const POSSESSIVE_ONLY = /^['’]s?\s*$/;
/** `and` between two names. */
const AND_BETWEEN = /^\s+and\s+(?:the\s+)?$/i;
/** `with` (and `the`) right before a name. */
const WITH_BEFORE = /\bwith\s+(?:the\s+)?$/i;
/** `between`. */
const BETWEEN = /\bbetween\s+/i;
/** Where a list of parties ends (a place or time after them says where or when they met, not who). */
const PARTY_STOP =
  /[;:.]|\s(?:to|which|who|that|after|before|in order|in|on|at|over|last|this|earlier|later)\s/;

/** The subject of a segment: its first name before `before` not governed by a preposition. */
function subjectOf(text: string, seg: Clause, before: number, names: NameMention[]): NameMention | null {
  let governedEnd = -1;
  for (const n of names) {
    if (n.start < seg.start) continue;
    if (n.start >= before) break;
    // A name governed by a preposition, and the names listed after it (`between China, the US and Europe`).
    const listed = governedEnd >= 0 && LIST_GAP.test(text.slice(governedEnd, n.start));
    if (listed || PREPOSITION.test(text.slice(Math.max(seg.start, n.start - 24), n.start))) {
      governedEnd = n.end;
      continue;
    }
    return n;
  }
  return null;
}
const LIST_GAP = /^(?:['’]s?)?\s*(?:,\s*)?(?:(?:and|or|as well as)\s+)?(?:the\s+)?$/i;

/** The agent of a passive (`awarded … by X`) or the source of money or approval (`investment from X`) after a trigger. */
function agentAfter(
  text: string,
  hit: TriggerHit,
  limit: number,
  names: NameMention[],
  source: boolean,
): NameMention | null {
  for (const n of names) {
    if (n.start < hit.start + 4 || n.start < hit.end - 6) continue;
    if (n.start > Math.min(limit, hit.end + 60)) break;
    const between = text.slice(Math.max(hit.start, n.start - 12), n.start);
    if (BY_BEFORE.test(between) && !NOT_AGENT.test(text.slice(hit.start, n.start))) return n;
    if (source && FROM_BEFORE.test(between)) return n;
  }
  return null;
}

/** The name right before a noun trigger inside its noun phrase (`China's export controls`, `U.S. tariffs`). */
function possessorOf(text: string, hit: TriggerHit, seg: Clause, names: NameMention[]): NameMention | null {
  for (let i = names.length - 1; i >= 0; i--) {
    const n = names[i]!;
    if (n.end > hit.start) continue;
    if (n.start < seg.start) return null;
    const between = text.slice(n.end, hit.start);
    const possessive = POSSESSIVE_AFTER.test(between);
    // A place before a plant or a sum says where, not who (`U.S. magnet factory`); before a rule it says who.
    if (!possessive && n.place && !STATE_RULES.has(hit.rule.type)) return null;
    return NP_INSIDE.test(between) || POSSESSIVE_NP.test(between) || POSSESSIVE_ONLY.test(between) ? n : null;
  }
  return null;
}

/** Rules and measures: a state named in their noun phrase is their actor (`U.S. tariffs`, `Chinese export controls`). */
const STATE_RULES = new Set<string>([
  "export_control",
  "export_control_suspension",
  "export_license",
  "quota",
  "tariff",
  "trade_restriction",
  "policy",
  "regulation",
  "subsidy_scheme",
]);

/** A subject of two names joined by `and` (`Washington and Beijing agreed …`): both, in alphabetical order. */
function joinedSubject(text: string, subject: NameMention, names: NameMention[]): string {
  const next = names.find((n) => n.start >= subject.end);
  if (!next || next.name === subject.name || !AND_BETWEEN.test(text.slice(subject.end, next.start)))
    return subject.name;
  return [subject.name, next.name].sort().join("; ");
}

/** For a deal or meeting `with X`, the actor and X (`MP Materials; US Department of Defense`). */
function withPartner(
  text: string,
  hit: TriggerHit,
  seg: Clause,
  names: NameMention[],
  actor: string,
): string {
  if (!PARTY_TYPES.has(hit.rule.type)) return actor;
  const partner = names.find(
    (n) =>
      n.start >= hit.start &&
      n.start <= hit.end + 30 &&
      n.start < seg.end &&
      WITH_BEFORE.test(text.slice(hit.start, n.start)),
  );
  return partner && partner.name !== actor ? `${actor}; ${partner.name}` : actor;
}

/** The parties of a meeting or deal (`talks between American and Chinese negotiators`), joined with `; `. */
function partiesOf(text: string, hit: TriggerHit, seg: Clause, names: NameMention[]): string | null {
  const m = BETWEEN.exec(text.slice(hit.start, Math.min(seg.end, hit.end + 20)));
  if (!m) return null;
  const from = hit.start + m.index + m[0].length;
  const stop = PARTY_STOP.exec(text.slice(from, from + 90));
  const span = text.slice(from, from + (stop ? stop.index : 90));
  // Parties in text order; lexicon names and nationality adjectives first, other names only when they are needed.
  const found: { at: number; name: string; known: boolean }[] = [];
  for (const n of names)
    if (n.start >= from && n.start < from + span.length)
      found.push({ at: n.start, name: n.name, known: n.known });
  eachMatch(span, CAPITALISED, (index, word) => {
    const name = DEMONYMS.get(word);
    if (name) found.push({ at: from + index, name, known: true });
  });
  found.sort((a, b) => a.at - b.at);
  const known = [...new Set(found.filter((f) => f.known).map((f) => f.name))];
  const parties = known.length >= 2 ? known : [...new Set(found.map((f) => f.name))];
  // Two parties are named in alphabetical order (`China; United States`), longer lists in text order.
  if (parties.length === 2) parties.sort();
  return parties.length >= 2 ? parties.join("; ") : null;
}

/**
 * A generic subject: a company word names the article's company; a pronoun or a state body refers to the subject of
 * the clause it depends on (`X announced that it would …`), else to an actor named just before. Undefined when the
 * subject is not generic; `chain` when the governing clause should answer.
 */
function genericActor(
  text: string,
  seg: Clause,
  ctx: ArticleContext,
): string | "chain" | "state" | "body" | undefined {
  const m = GENERIC_SUBJECT.exec(text.slice(seg.start, seg.end));
  if (!m) return undefined;
  if (m[1]) return ctx.mainEntity ?? "chain";
  return m[3] ? "state" : m[4] ? "body" : "chain";
}

/** Words of a public body's name. */
const BODY_WORDS =
  /\b(?:Department|Ministry|Office|Commission|Agency|Council|Government|Cabinet|Administration|Bureau|Parliament|Congress|Senate|Treasury|Bank of|Export-Import|Export Finance)\b/;
/** A canonical body name that starts with its country (`US Department of Defense`, `China Ministry of Commerce`). */
const BODY_OF = /^(US|China|European|Japan|India|Australia|South Korea)\b/;
const BODY_STATE: Record<string, string> = {
  US: "United States",
  China: "China",
  European: "European Union",
  Japan: "Japan",
  India: "India",
  Australia: "Australia",
  "South Korea": "South Korea",
};

/** `name` as an actor: a state (a place), a public body and the state it belongs to, or neither. */
function actorOf(name: string, place: boolean, named: boolean): Actor {
  const body = !place && (isPublicBody(name) || BODY_WORDS.test(name));
  const of = body ? BODY_OF.exec(name) : null;
  return { name, named, state: place ? name : of ? BODY_STATE[of[1]!]! : null, body };
}

/**
 * A segment set off by commas that describes the name before it (`Vulcan Elements, a Durham-based start-up, announced
 * …`): its names are not the subject of the clause it interrupts.
 */
function isAppositive(text: string, clauses: readonly Clause[], c: number, names: NameMention[]): boolean {
  const s = clauses[c]!;
  if (c === 0 || s.kind !== "main") return false;
  const seg = text.slice(s.start, s.end);
  if (!APPOSITIVE_START.test(seg) || !COMMA_END.test(seg)) return false;
  const prev = clauses[c - 1]!;
  return names.some(
    (n) => n.start >= prev.start && n.end <= prev.end && NAME_COMMA.test(text.slice(n.end, prev.end)),
  );
}
const APPOSITIVE_START = /^\s*(?:a|an|the|one of|part of|now)\s/i;
const COMMA_END = /,\s*$/;
/** Only a possessive ending and a comma between a name and the end of its segment. */
const NAME_COMMA = /^(?:['’]s?)?\s*,\s*$/;

/** Between two names of a list: a comma, `and`, `as well as`, an article. */
const LIST_SEP = /^(?:['’]s?)?\s*(?:,\s*)?(?:(?:and|or|as well as)\s+)?(?:the\s+)?$/i;
/** A plural role noun written before a list's first name (`Carmakers Alpha Motors, …`): not part of the name. */
const ROLE_WORD =
  /^(?:Carmakers|Automakers|Companies|Firms|Miners|Producers|Manufacturers|Refiners|Processors|Suppliers|Investors|Banks|Lenders|Members|Participants|Partners)\s+(?=[A-Z])/;
/** Between a trigger and the first name of the list after it (`participants include the carmakers A, …`). */
const LIST_LEAD = /^[^;:.,]{0,30}$/;

/**
 * The names listed right before a trigger in its clause (`A, B and C joined the scheme`, also across the commas that
 * split the list into segments) or right after it (`members include A, B and C`), joined with `; `; null when none.
 */
function listedNames(text: string, hit: TriggerHit, seg: Clause, names: NameMention[]): string | null {
  const out: NameMention[] = [];
  if (hit.rule.listActors === "after") {
    let end = hit.end;
    for (const n of names) {
      if (n.start < hit.end) continue;
      const gap = text.slice(end, n.start);
      if (out.length === 0 ? !LIST_LEAD.test(gap) : !LIST_SEP.test(gap)) break;
      out.push(n);
      end = n.end;
    }
  } else {
    let start = hit.start;
    for (let i = names.length - 1; i >= 0; i--) {
      const n = names[i]!;
      if (n.end > hit.start) continue;
      const gap = text.slice(n.end, start);
      // The last name may be followed by the verb phrase (`… and C have joined`); earlier ones only by separators.
      if (out.length === 0 ? n.start < seg.start && !/^\s*,?\s*$/.test(gap) : !LIST_SEP.test(gap)) {
        if (out.length === 0 && n.start >= seg.start) continue;
        break;
      }
      out.unshift(n);
      start = n.start;
    }
  }
  const unique = [...new Set(out.map((n) => n.name.replace(ROLE_WORD, "")))];
  return unique.length > 0 ? unique.join("; ") : null;
}

/** The actor of a trigger in segment `ci`; `named` is false when it is a default rather than read from the text. */
export function resolveActor(
  text: string,
  clauses: readonly Clause[],
  ci: number,
  hit: TriggerHit,
  names: NameMention[],
  memory: ActorMemory,
  ctx: ArticleContext,
): Actor {
  const seg = clauses[ci]!;
  const type = hit.rule.type;
  const next = clauses[ci + 1];
  const limit = next && (next.kind === "participle" || next.kind === "paren") ? next.end : seg.end;
  const source =
    (MONEY_TYPES.has(type) && type !== "offtake") || type === "export_control" || type === "export_license";
  if (hit.rule.listActors) {
    const listed = listedNames(text, hit, seg, names);
    if (listed) return { name: listed, named: true, state: null, body: false };
  }
  const agent = agentAfter(text, hit, limit, names, source);
  if (agent) return actorOf(agent.name, agent.place, true);
  const parties = PARTY_TYPES.has(type) ? partiesOf(text, hit, seg, names) : null;
  if (parties) return { name: parties, named: true, state: null, body: false };
  let generic: ReturnType<typeof genericActor>;
  for (let c = ci, hops = 0; hops < 4 && c >= 0; hops++) {
    const s = clauses[c]!;
    const before = c === ci ? hit.start : s.end;
    // A subject relative clause (`X, which …`) acts through its antecedent: the last name before it.
    if (s.kind === "relative" && (s.opener === "which" || s.opener === "who") && s.head >= 0) {
      const antecedent = names.filter((n) => n.end <= s.start && n.start >= clauses[s.head]!.start).pop();
      if (antecedent) return actorOf(antecedent.name, antecedent.place, true);
    }
    const g = genericActor(text, s, ctx);
    if (g !== undefined && g !== "chain" && g !== "state" && g !== "body") return actorOf(g, false, false);
    generic ??= g;
    let subject =
      g === undefined && !(c !== ci && isAppositive(text, clauses, c, names))
        ? subjectOf(text, s, before, names)
        : null;
    // A place inside the trigger's noun phrase says where (`U.S. magnet factory`), unless the trigger is a rule.
    if (
      subject?.place &&
      c === ci &&
      !STATE_RULES.has(type) &&
      NP_INSIDE.test(text.slice(subject.end, hit.start))
    )
      subject = null;
    if (subject) {
      const name = withPartner(text, hit, seg, names, joinedSubject(text, subject, names));
      return name === subject.name
        ? actorOf(name, subject.place, true)
        : { name, named: true, state: null, body: false };
    }
    if (c === ci && hit.rule.form !== "act") {
      const owner = possessorOf(text, hit, seg, names);
      if (owner) return actorOf(owner.name, owner.place, true);
    }
    if (s.kind === "coord" || s.kind === "background" || s.kind === "sub" || s.kind === "intro") break;
    c = s.head;
  }
  // `the government` is the state named last; `the ministry` the public body named last.
  if (generic === "state" && memory.lastState && memory.sentence - memory.lastStateAt <= 15)
    return actorOf(memory.lastState, true, false);
  if (generic === "body" && memory.lastBody && memory.sentence - memory.lastBodyAt <= 6)
    return actorOf(memory.lastBody, false, false);
  if (STATE_TYPES.has(type)) return actorOf("China", true, false);
  // A price floor is set by its guarantor: the public body named last, when no subject names it.
  if (type === "price_floor" && memory.lastBody && memory.sentence - memory.lastBodyAt <= 6)
    return actorOf(memory.lastBody, false, false);
  if (memory.lastActor && memory.sentence - memory.lastActorAt <= 2)
    return actorOf(memory.lastActor, false, false);
  return actorOf(ctx.mainEntity ?? "China", !ctx.mainEntity, false);
}
