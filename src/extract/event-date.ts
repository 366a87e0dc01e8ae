/**
 * @module Event dates: the nearest date that governs the trigger's clause. A date in the trigger's own clause wins;
 * a complement, relative or participial clause without one takes the date of the clause it depends on (`X announced
 * on Monday that it would …`), and the main clause the date of a sentence-initial intro (`On October 9, …`). A
 * background or condition clause dates itself only. For rules, `from`/`effective` dates are when they apply
 * (`effective_date`), not when they were made.
 */
import type { Clause } from "./event-clauses.ts";
import type { PeriodMention } from "./periods.ts";

export interface DateHit {
  period: string;
  text: string;
}

export interface EventDates {
  date: DateHit | null;
  effective: DateHit | null;
  /** The date was taken from a governing clause or the sentence's intro rather than the trigger's own clause. */
  inherited: boolean;
}

/** A period mention in sentence offsets. */
export interface LocalPeriod {
  start: number;
  end: number;
  period: string;
  text: string;
  /** Day precision (`October 9`, `on Thursday`). */
  isDate: boolean;
}

/** Words that make the following date the date of a report about the act (`…, a newspaper reported on Friday`). */
const REPORTED_BEFORE =
  /\b(?:reported|reports|according to (?!(?:a|an|the|its|their) (?:[\w-]+ )?(?:statement|notice|announcement|circular|decree|document|filing|release)\b)[^,;]{0,20})\s*(?:on\s*)?$/i;
/** A date introduced by `since` in a background clause dates a state that began earlier, not the act. */
const SINCE_BEFORE = /\bsince\s*(?:early |late |mid-?)?$/i;
/** Words before a date that make it the date a rule takes effect. */
const EFFECTIVE_BEFORE =
  /\b(?:from|effective(?: from| on| as of)?|starting(?: from| on)?|beginning(?: on)?|with effect from|as of|takes? effect(?: on| from)?|took effect(?: on| from)?|comes? into (?:force|effect)(?: on| from)?|came into (?:force|effect)(?: on| from)?|applies from|apply from)\s*$/i;
/** A comparison period (`the same month a year earlier`, `the previous quarter`): never an event date. */
const COMPARISON = /same|previous|prior/i;
/** A vague forward span (`within the next 12 months`): no date. */
const VAGUE_BEFORE = /\b(?:within|over|in)\s+(?:the\s+)?$/i;

/** `the` right before. */
const THE_BEFORE = /\bthe\s+$/i;
/** A capitalised word right after. */
const NAME_AFTER = /^\s[A-Z]/;
/** `next …`. */
const NEXT = /^next\b/i;
/** `since …`. */
const SINCE = /^since\b/i;
/** A bare year. */
const BARE_YEAR = /^\d{4}$/;
/** At most four words (inside a noun phrase: `2022 rare earth mining output quota`). */
const NP_WORDS = /^\s*(?:[\w-]+\s+){0,4}$/;
/** A `for` phrase after a quota or plan that names the period it covers (`quotas for rare earths this year`). */
const COVERS_AFTER = /^\s+(?:for|of)\b[^,;.]{0,40}$/;

/** A period of a month or a day (`2025-08`, `2025-08-14`). */
const MONTH_OR_DAY = /^\d{4}-\d{2}(?:-\d{2})?$/;
/** `in` or `on` right before. */
const IN_ON = /\b(?:in|on)\s+$/i;
const IN_ON_START = /^(?:in|on)\s/i;

/** Kinds whose missing date is taken from the clause they depend on. */
const INHERITS = new Set(["main", "complement", "relative", "participle", "purpose"]);

/** Period mentions of a sentence that can date an event, in sentence offsets. */
export function datable(periods: readonly PeriodMention[], text: string, sStart: number): LocalPeriod[] {
  const out: LocalPeriod[] = [];
  for (const p of periods) {
    if (p.period === null || COMPARISON.test(p.text)) continue;
    const start = p.start - sStart;
    const pre = text.slice(Math.max(0, start - 30), start);
    if (REPORTED_BEFORE.test(pre)) continue;
    if (NEXT.test(p.text) && VAGUE_BEFORE.test(pre)) continue;
    // `the 2022 CHIPS and Science Act`: a year inside a name.
    if (BARE_YEAR.test(p.text) && THE_BEFORE.test(pre) && NAME_AFTER.test(text.slice(p.end - sStart)))
      continue;
    out.push({ start, end: p.end - sStart, period: p.period, text: p.text, isDate: p.isDate });
  }
  return out;
}

const distance = (p: { start: number; end: number }, from: number, to: number) =>
  p.end <= from ? from - p.end : p.start >= to ? p.start - to : 0;

/** The answer for date `p`. */
function dated(p: LocalPeriod, inherited: boolean, effective: DateHit | null): EventDates {
  return { date: { period: p.period, text: p.text }, effective, inherited };
}

/**
 * The usable date in `seg` nearest to the span `at`. A date inside the span (the trigger phrase) modifies its object
 * (`its October export controls`): a last resort. A date nearer another trigger of the sentence belongs to it.
 */
function nearestIn(
  usable: readonly LocalPeriod[],
  others: readonly { start: number; end: number }[],
  seg: { start: number; end: number },
  at: { start: number; end: number },
): LocalPeriod | null {
  let best: LocalPeriod | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const p of usable) {
    if (p.start < seg.start || p.end > seg.end) continue;
    const d =
      p.start >= at.start && p.end <= at.end && at.end > at.start ? 200 : distance(p, at.start, at.end);
    if (d >= bestD) continue;
    if (others.some((o) => (o.end <= at.start || o.start >= at.end) && distance(p, o.start, o.end) < d))
      continue;
    best = p;
    bestD = d;
  }
  return best;
}

/**
 * A reporting frame after the act (`…, the company said on Tuesday.`, `…, according to a statement issued by the
 * ministry on Thursday.`): its date is when the act was announced.
 */
const SAID_FRAME =
  /\b(?:said|says|announced|stated|confirmed|added)\s+(?:on\s+|late\s+|earlier\s+)?$|\b(?:statement|notice|announcement|circular|press release)\b[^,;]{0,50}?\b(?:issued|published|released|posted|dated)\b[^,;]{0,40}?$/i;
/** Words before a date that make it the start of a planned plant's operation (`production expected to begin in 2028`). */
const START_BEFORE =
  /\b(?:begin|begins|start|starts|commence|commences|online|on stream|operational|operations|commissioned|commissioning|complete|completed|production)\b[^,;]{0,25}$/i;

/** Participles that report when a deal or measure was made (`The deal, announced on July 10, includes …`). */
const MADE =
  /^(?:announced|signed|unveiled|agreed|reached|approved|made|finali[sz]ed|struck|sealed|concluded|issued|published|adopted)$/i;

/**
 * The date of a participial aside on the subject between clause `h` and its dependent clause `c` (`The deal,
 * announced on July 10, includes a loan`): when the deal was made dates what it includes.
 */
function asideDate(
  clauses: readonly Clause[],
  h: number,
  c: number,
  usable: readonly LocalPeriod[],
): LocalPeriod | null {
  for (let k = h + 1; k < c; k++) {
    const a = clauses[k]!;
    if (a.kind !== "participle" || a.head !== h || !MADE.test(a.opener ?? "")) continue;
    const p = usable.find((x) => x.start >= a.start && x.end <= a.end);
    if (p) return p;
  }
  return null;
}

export interface DateOptions {
  /** The trigger is a rule: `from`/`effective` dates are split off as `effective_date`. */
  ruleType: boolean;
  /** A bare year written inside the trigger's noun phrase names the period it covers (`the 2024 quota`). */
  modifier: boolean;
  /** The trigger is in a background clause: it dates itself only. */
  background: boolean;
  /** A plant or project: a later `production to begin in 2028` in the sentence dates it. */
  facility: boolean;
}

/**
 * The dates of a trigger at [start, end) (sentence offsets) in segment `ci`. `others` are the spans of the
 * sentence's other triggers: a date nearer one of them belongs to it. In order: a date in the trigger's own clause
 * (one inside the trigger phrase only when no other: `suspended its October controls on November 7`); the date of a
 * governing clause; of the sentence's intro; a day date in a clause hanging from the trigger's (`… to build …
 * capacity on November 6`); for a plant, its start date later in the sentence; the date of a trailing reporting frame
 * (`…, the ministry said on Friday`).
 */
export function eventDates(
  text: string,
  clauses: readonly Clause[],
  ci: number,
  trigger: { start: number; end: number },
  periods: readonly LocalPeriod[],
  others: readonly { start: number; end: number }[],
  opts: DateOptions,
): EventDates {
  let effective: DateHit | null = null;
  const usable = periods.filter((p) => {
    const pre = text.slice(Math.max(0, p.start - 30), p.start);
    if (opts.background && (SINCE_BEFORE.test(pre) || SINCE.test(p.text))) return false;
    if (opts.modifier && BARE_YEAR.test(p.text) && NP_WORDS.test(text.slice(p.end, trigger.start)))
      return false;
    if (
      opts.modifier &&
      !p.isDate &&
      p.start >= trigger.end &&
      COVERS_AFTER.test(text.slice(trigger.end, p.start)) &&
      // `a programme for rare earths in August`: a month or day after `in` or `on` is when the act was made.
      !(MONTH_OR_DAY.test(p.period) && (IN_ON.test(pre) || IN_ON_START.test(p.text)))
    )
      return false;
    if (opts.ruleType && EFFECTIVE_BEFORE.test(pre)) {
      if (!effective || distance(p, trigger.start, trigger.end) < 80)
        effective = { period: p.period, text: p.text };
      return false;
    }
    return true;
  });
  // The trigger's own clause: every segment the trigger phrase spans (`factory …, expected to come online`).
  let last = ci;
  while (last + 1 < clauses.length && clauses[last + 1]!.start < trigger.end) last++;
  const own = nearestIn(usable, others, { start: clauses[ci]!.start, end: clauses[last]!.end }, trigger);
  if (own) return dated(own, false, effective);
  if (opts.background) return { date: null, effective, inherited: false };
  // Up the chain of governing clauses, while the segment is one that shares its head's time, then the sentence's
  // intro (`In July, …`, `On October 9, 2025, …`), which dates its main clause and what depends on it. The first day
  // date among them wins, else the first date: a bare year in a document's name (`Announcement No. 61 of 2025`) does
  // not outrank the day of the act.
  const governing: LocalPeriod[] = [];
  let c = ci;
  for (let hops = 0; hops < 4 && INHERITS.has(clauses[c]!.kind) && clauses[c]!.head >= 0; hops++) {
    const h = clauses[c]!.head;
    const seg = clauses[h]!;
    if (seg.kind === "background" || seg.kind === "sub" || seg.kind === "paren") break;
    // The governing clause's date holds for what hangs from it, even where another of its triggers stands nearer.
    const p =
      nearestIn(usable, [], seg, { start: seg.end, end: seg.end }) ?? asideDate(clauses, h, c, usable);
    if (p) governing.push(p);
    c = h;
  }
  // A sentence-initial date governs every clause after it, coordinated ones too (`On Monday, X did A, and Y did B`).
  const intro = clauses[0]!;
  if (
    intro.kind === "intro" &&
    ci !== 0 &&
    (INHERITS.has(clauses[ci]!.kind) || clauses[ci]!.kind === "coord")
  ) {
    const p = nearestIn(usable, others, intro, { start: intro.end, end: intro.end });
    if (p) governing.push(p);
  }
  const ruling = governing.find((p) => p.isDate) ?? governing[0];
  if (ruling) return dated(ruling, true, effective);
  // Later segments of the sentence: a day date in a clause hanging from the trigger's, a plant's start date, the date
  // of a trailing reporting frame.
  for (let k = last + 1; k < clauses.length; k++) {
    const seg = clauses[k]!;
    // A background clause (`before exporting …`) neither dates the act nor ends the search for a trailing frame.
    if (seg.kind === "background") continue;
    const dependent =
      (seg.kind === "purpose" || seg.kind === "participle") && seg.head >= ci && seg.head <= k - 1;
    for (const p of usable) {
      if (p.start < seg.start || p.end > seg.end) continue;
      const pre = text.slice(Math.max(seg.start, p.start - 40), p.start);
      if (dependent && p.isDate) return dated(p, true, effective);
      if (opts.facility && START_BEFORE.test(pre)) return dated(p, true, effective);
      if (seg.kind === "main" && SAID_FRAME.test(pre) && p.isDate) return dated(p, true, effective);
    }
    if (seg.kind === "coord") break;
  }
  return { date: null, effective, inherited: false };
}
