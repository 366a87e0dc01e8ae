/**
 * @module Event triggers of one sentence: the matches of the rule table, and the test that a noun trigger reports an
 * act in its clause rather than naming a thing or a state (`announced export controls` vs `US policy focuses on …`).
 */
import type { Clause } from "./event-clauses.ts";
import { clauseAmount, moneyIn, type Placed } from "./event-amount.ts";
import type { NumToken } from "./numbers.ts";
import type { LocalPeriod } from "./event-date.ts";
import { actAfter, actRightBefore, actWords, ERGATIVE_ING } from "./act-words.ts";
import { eachMatch } from "./each-match.ts";
import { EVENT_RULES, type EventRule, MONEY_TYPES, PERIOD_NAMED_TYPES } from "./event-rules.ts";
import { anchorIds, anyOf, type Found } from "./triggers.ts";

/** Lookups of one sentence that several triggers share, made on first use: its money figures. */
export class SentenceFacts {
  private figures: Placed[] | null = null;
  constructor(
    private readonly text: string,
    private readonly australian: boolean,
    private readonly tokens: readonly NumToken[] | undefined,
    private readonly offset: number,
  ) {}
  money(): Placed[] {
    this.figures ??= moneyIn(this.text, this.australian, this.tokens, this.offset);
    return this.figures;
  }
}

export interface TriggerHit {
  rule: EventRule;
  /** Sentence offsets of the matched phrase, end exclusive. */
  start: number;
  end: number;
  /** The match lies inside an earlier rule's match of another type (`suspend … export control measures`). */
  inside: boolean;
  /**
   * Length of a participial or relative phrase right after the trigger that reports its act (`implemented in April`,
   * `it announced on October 9`), 0 when none; read once, by the first `isEventive`.
   */
  after?: number;
}

/** A determiner right before a word (it is then a noun). */
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|this|new|federal|state)\s+$/i;
/** At most two words between. */
const NEAR_WORDS = /^\s+(?:[\w-]+\s+){0,2}$/;
/** An article or determiner. */
const ARTICLE = /\b(?:the|a|an|its|their|new)\b/i;
/** A bare year. */
const BARE_YEAR = /^\d{4}$/;

/** Anchor ids per rule (same order as `EVENT_RULES`; registered once at load). */
const RULE_IDS = EVENT_RULES.map((r) => anchorIds(r.anchors));
/** Gate word ids per rule (`EventRule.gate`), undefined for a rule without a gate. */
const GATE_IDS = EVENT_RULES.map((r) => (r.gate ? anchorIds(r.gate) : undefined));
/** Rules per family, and each family's anchors as one group. */
const FAMILY = 6;
const FAMILY_IDS = Array.from({ length: Math.ceil(EVENT_RULES.length / FAMILY) }, (_, f) =>
  anchorIds([...new Set(EVENT_RULES.slice(f * FAMILY, (f + 1) * FAMILY).flatMap((r) => r.anchors))]),
);
/** Every rule's anchors as one group. */
const ANY_RULE_IDS = anchorIds([...new Set(EVENT_RULES.flatMap((r) => r.anchors))]);

/**
 * Every trigger match in `text`, in rule order then text order. A match of a type already matched over the same
 * span is dropped; a match inside a longer match of another type is kept with `inside` set (it is an event of its
 * own only when a relative or participial clause reports its act).
 */
export function findTriggers(text: string, found: Found): TriggerHit[] {
  const hits: TriggerHit[] = [];
  // Most sentences name no event anchor at all: one group look-up answers for every rule.
  if (!anyOf(found, ANY_RULE_IDS)) return hits;
  // In a long sentence each rule runs only in windows around its anchor words (a trigger phrase spans at most about
  // 100 characters), so scraped run-on text costs what its anchors cost, not its length times the rules.
  const lower = text.length > LONG ? text.toLowerCase() : null;
  for (let r = 0; r < EVENT_RULES.length; r++) {
    // Rules are checked a family at a time: one look-up skips a family none of whose anchors occurs.
    if (r % FAMILY === 0 && !anyOf(found, FAMILY_IDS[r / FAMILY]!)) {
      r += FAMILY - 1;
      continue;
    }
    if (!anyOf(found, RULE_IDS[r])) continue;
    const gate = GATE_IDS[r];
    if (gate && !anyOf(found, gate)) continue;
    const rule = EVENT_RULES[r]!;
    for (const [from, to] of lower
      ? anchorWindows(text, lower, RULE_WORDS[r]!)
      : [[0, text.length] as const]) {
      const part = from === 0 && to === text.length ? text : text.slice(from, to);
      eachMatch(part, rule.pattern, (index, match) => {
        const start = from + index;
        const end = start + match.length;
        if (hits.some((h) => h.rule.type === rule.type && start < h.end && end > h.start)) return;
        hits.push({ rule, start, end, inside: false });
      });
    }
  }
  // A match inside a longer match of another type (or one of the same span found first) is part of that act.
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    h.inside = hits.some(
      (o, j) =>
        j !== i &&
        o.rule.type !== h.rule.type &&
        o.start <= h.start &&
        h.end <= o.end &&
        (o.end - o.start > h.end - h.start || j < i),
    );
  }
  return hits;
}

/** Sentences longer than this are searched in windows around anchor words. */
const LONG = 320;
/** Characters searched before and after an anchor occurrence. */
const BEFORE = 110;
const AFTER = 130;
/** Each rule's anchor words as plain lower-case strings (the `\\b` markers dropped). */
const RULE_WORDS = EVENT_RULES.map((r) => r.anchors.map((a) => a.replace(/\\b/g, "")));

/** Merged windows [from, to) around every occurrence of `words` in `lower`, widened to word boundaries. */
function anchorWindows(text: string, lower: string, words: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const w of words)
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
      let from = Math.max(0, i - BEFORE);
      while (from > 0 && text.charCodeAt(from - 1) > 32) from--;
      let to = Math.min(text.length, i + w.length + AFTER);
      while (to < text.length && text.charCodeAt(to) > 32) to++;
      spans.push([from, to]);
    }
  spans.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const sp of spans) {
    const last = out[out.length - 1];
    if (last && sp[0] <= last[1]) last[1] = Math.max(last[1], sp[1]);
    else out.push([sp[0], sp[1]]);
  }
  return out;
}

/** Nouns that a trigger word can modify in a compound (`investment decisions`). */
const COMPOUND_HEAD =
  /^\s+(?:decisions?|makers?|advice|advis[eo]rs?|climate|environment|landscape|uncertainty|risks?|gaps?|analysts?|community|experts?|research|vehicles?|banks?|bankers?|firms?|funds?|arm)\b/i;
/**
 * A determiner that points back at something named before (`these controls`, `the same deal`); not `that` opening a
 * clause (`said that it would impose controls`): no pronoun, article or verb form among the words after it.
 */
const ANAPHORIC =
  /\b(?:these|those|this|that|such|the same)\s+(?:(?![\w-]*(?:s|ed)\s|(?:it|they|he|she|we|the|a|an|its|their|would|will|shall|could|should|may|might|must|can|to|has|have|had|was|were|is|are)\s)[\w-]+\s+){0,3}$/i;
/** `the` right before an event noun with no complement after it (`the talks`, `the deal`): a reference. */
const BARE_THE = /\bthe\s+$/i;
const COMPLEMENT_AFTER = /^\s+(?:between|with|in|on|at|over|to)\b/i;
/** Between a date and a noun trigger inside one noun phrase (`the October 9 controls`, `April's quota`). */
const NP_GAP =
  /^(?:['’]s)?\s+(?:(?!(?:under|in|on|at|for|of|from|to|with|by|after|before|since|and|or|was|were|is|are|the|a|an|its|their|this|that)\s)[\w-]+\s+){0,3}$/i;
/** Between a noun trigger and the date attached to it (`controls in April`, `curbs in place since early April`). */
const ATTACHED_DATE = /^\s+(?:in place\s+)?(?:in|on|since|from|of|dated|announced(?: in| on)?)\s+$/i;

/** A list of the parts of a sum leads up to the trigger (`through a placement and`, `in the form of`). */
const COMPONENT_OF =
  /\b(?:through|via|in the form of|comprising|consisting of|made up of|split (?:between|into)|including|combining)\b[^;:.()]{0,60}$/i;
/** A money figure before the trigger. */
const SUM_BEFORE = /[$€£¥]\s?\d|\b(?:USD|AUD|EUR|RMB|CNY)\s?\d/;

/** Words between an act verb and a trigger that show the verb takes something else (`extends over a period and …`). */
const NOT_GOVERNED =
  /\b(?:over|about|amid|despite|against|than|regarding|concerns?|worr\w*|fears?|basis|reasons?|ahead|after|before|while|and reflects|which|who|from|under|through|via|within|with)\b/i;
/** Act verbs whose base form is also a noun (`a grant`, `the fund`, `an order`). */
const NOUN_TOO =
  /^(?:grant|grants|award|awards|fund|funds|order|orders|offer|offers|start|close|form|post|plan|set|cut|ban|block|back|launch|release|issue|increase|update|finance|guarantee|pledge|commission)$/i;
const DEONTIC = /\b(?:must|should|ought to|needs? to|urged? to|calls? (?:on \w+ )?to)\s+(?:\w+ly\s+)?$/i;
/**
 * An act verb before a trigger in its clause that governs it: within 60 characters, no word in between that shows
 * it takes something else, and not an adjectival `-ing` form right before the trigger.
 */
function actBefore(before: string): boolean {
  for (const m of actWords(before)) {
    const rest = before.slice(m.end);
    if (rest.length > 60 || NOT_GOVERNED.test(rest)) continue;
    // `a grant programme`, `the fund`: a noun that is also an act verb, not the verb.
    if (NOUN_TOO.test(m.word) && DETERMINER_BEFORE.test(before.slice(0, m.index))) continue;
    // `the US must adopt a strategy`: a recommendation, not an act.
    if (DEONTIC.test(before.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (ERGATIVE_ING.test(m.word) && NEAR_WORDS.test(rest) && !ARTICLE.test(rest)) continue;
    return true;
  }
  return false;
}

/**
 * Where the act of a trigger is said: the trigger itself for an act or event phrase, else the act verb that governs a
 * thing noun in its clause (`did not impose new export controls` → `impose`), the trigger when there is none.
 */
export function actStart(text: string, seg: Clause, hit: TriggerHit): number {
  if (hit.rule.form !== "thing") return hit.start;
  const from = Math.max(seg.start, hit.start - 80);
  const words = actWords(text.slice(from, hit.start));
  const last = words[words.length - 1];
  return last && hit.start - (from + last.end) <= 40 ? from + last.index : hit.start;
}

/**
 * True when the trigger reports an act: an act trigger; an event noun that is not a bare reference; or a thing noun
 * with an act verb before it in its clause (not an adjectival `-ing` form: `China's tightening export controls`), a
 * participle or relative clause after it that reports its act, an amount (money types) or a date attached to it.
 */
export function isEventive(
  text: string,
  seg: Clause,
  hit: TriggerHit,
  periods: readonly LocalPeriod[],
  facts: SentenceFacts,
): boolean {
  hit.after ??= actAfter(text.slice(hit.end, hit.end + 80));
  if (hit.after > 0) return true;
  if (hit.inside) return false;
  const { form, type } = hit.rule;
  if (form === "act") return true;
  // The clause before the trigger, up to 80 characters: enough for a governing verb and a determiner.
  const from = Math.max(seg.start, hit.start - 80);
  const before = text.slice(from, hit.start);
  const after = text.slice(hit.end, seg.end);
  // The trigger names the kind of another noun (`investment decisions`, `policy makers`): not the thing itself.
  if (form === "thing" && COMPOUND_HEAD.test(after)) return false;
  const anaphoric = ANAPHORIC.exec(before);
  if (form === "event" && !anaphoric && !(BARE_THE.test(before) && !COMPLEMENT_AFTER.test(after)))
    return true;
  // A reference (`these controls`) is an event only when an act verb takes it (`expanded these controls`).
  if (anaphoric) return actRightBefore(before.slice(0, anaphoric.index));
  if (MONEY_TYPES.has(type) && clauseAmount(facts.money(), text, seg.start, seg.end, hit, false)) return true;
  // A component of a sum given before it (`will invest $200 million through an equity placement and a loan`).
  if (MONEY_TYPES.has(type) && COMPONENT_OF.test(before) && SUM_BEFORE.test(before)) return true;
  for (const p of periods) {
    if (p.start < seg.start || p.end > seg.end) continue;
    // A bare year before a quota or plan names the period it covers (`the 2023 quota`), not an act.
    if (p.end <= hit.start && NP_GAP.test(text.slice(p.end, hit.start)))
      if (!(PERIOD_NAMED_TYPES.has(type) && BARE_YEAR.test(p.text))) return true;
    if (p.start >= hit.end && ATTACHED_DATE.test(text.slice(hit.end, p.start))) return true;
  }
  // Last, as the dearest test: an act verb that governs the trigger.
  return actBefore(before);
}
