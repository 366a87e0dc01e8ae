/**
 * @module Acts that did not happen or may not: a negated act (`has not approved`, `declined to issue`), a possibility
 * or threat (`could impose`, `threatened to restrict`, `is considering tariffs`), a condition (`If the talks fail,
 * Washington will raise tariffs`), what others expect (`analysts expect Beijing to impose quotas`) and questions. Such
 * triggers give no event; nor does a running total of money (`To date, the agency has invested …`).
 */
import type { Clause } from "./event-clauses.ts";

/** A negation right before the act (at most three or four words between). */
const NEGATION =
  /(?:\b(?:not|never|no longer)(?! only\b)|n['’]t)\s+(?:[\w-]+\s+){0,3}$|\b(?:no plans? to|no intention (?:of|to)|yet to|neither|nor|declin\w* to|refus\w* to|den(?:y|ies|ied)(?: it)?(?: had| has| would)?|reject\w*|ruled? out|rules out|fail\w* to)\s+(?:[\w-]+\s+){0,4}$/i;
/** A possibility, threat or deliberation right before the act. Lower-case `may` only: `May` is the month. */
const POSSIBLE =
  /\b(?:could|might|may|[Cc]ould|[Mm]ight|threaten\w* to|consider(?:s|ed|ing)?|mull\w*|weigh(?:s|ed|ing)?|contemplat\w*|explor(?:e|es|ed|ing)|reportedly plans? to)\s+(?:[\w-]+\s+){0,3}$/;
/** Others' expectation (`analysts expect Beijing to impose …`), anywhere before the trigger in its sentence. */
const OTHERS_EXPECT =
  /\b(?:analysts?|markets?|investors?|traders?|observers|economists|experts?|sources|industry insiders)\b[^.;]{0,30}\b(?:expect|predict|forecast|anticipat|speculat|bet|hope|want|urg|believ|argu)\w*\b/i;
/**
 * An open question or a wish before the act in its clause (`unclear whether it will receive …`, `hopes the state will
 * provide …`), or an act still being sought (`in talks to secure a loan`, `is seeking funding`).
 */
const OPEN =
  /\b(?:whether|unclear|uncertain|hope[sd]?|hoping|wish\w*|in (?:talks|discussions|negotiations) (?:to|over|on|about|for)|negotiating (?:to|for)|seek(?:s|ing)?|looking to)\b[^.;:!?]{0,50}$/i;
const CONDITION_OPENERS = new Set(["if", "unless"]);

/**
 * True when the trigger at `start` (sentence offset) in clause `ci` reports no real act: a question, a negated or
 * merely possible act, an act under a condition, or one others expect. `trigger` (default `start`) is where the trigger
 * itself begins, when its act verb comes before it (`is seeking $50 million in funding`).
 */
export function isUnreal(
  text: string,
  clauses: readonly Clause[],
  ci: number,
  start: number,
  trigger = start,
): boolean {
  if (text.trimEnd().endsWith("?")) return true;
  const seg = clauses[ci]!;
  // A complement's negation may sit on its reporting verb (`denied it had signed …`).
  const from = seg.kind === "complement" && seg.head >= 0 ? clauses[seg.head]!.start : seg.start;
  const before = text.slice(Math.max(from, start - 60), start);
  if (NEGATION.test(before) || POSSIBLE.test(before)) return true;
  if (OPEN.test(text.slice(Math.max(0, start - 60), Math.max(start, trigger)))) return true;
  if (OTHERS_EXPECT.test(text.slice(0, start))) return true;
  // `If the talks fail, Washington will raise tariffs`: a main clause after a leading condition.
  return (
    (seg.kind === "main" || seg.kind === "coord") &&
    clauses.some((c, i) => i < ci && c.kind === "sub" && CONDITION_OPENERS.has(c.opener ?? ""))
  );
}

/** Words that make a sum a running total (`To date, the department has invested …`), not one act. */
const CUMULATIVE =
  /\b(?:to date|so far|in total|cumulative(?:ly)?|since (?:19|20)\d\d|over the (?:last|past) (?:\w+ )?(?:years|decades|months))\b/i;

/** The money trigger's clause, or the sentence's opening adverbial, states a running total. */
export function isCumulative(text: string, clauses: readonly Clause[], ci: number): boolean {
  const seg = clauses[ci]!;
  if (CUMULATIVE.test(text.slice(seg.start, seg.end))) return true;
  // An opening adverbial (`To date, …`, `Since 2020, …`): the segments before the first main clause with a subject.
  const first = clauses[0]!;
  return (
    ci !== 0 &&
    COMMA_END.test(text.slice(first.start, first.end)) &&
    CUMULATIVE.test(text.slice(first.start, first.end))
  );
}
const COMMA_END = /,\s*$/;

/** A progress report on a plant (`Progress on the construction of … continues`), not an act. */
const PROGRESS = /\b(?:progress\w*|continu(?:e|es|ed|ing) to|on track|on schedule|remains? on)\b/i;

/** The facility trigger's clause reports progress on work under way rather than an act. */
export function isProgressReport(text: string, clauses: readonly Clause[], ci: number): boolean {
  const seg = clauses[ci]!;
  return PROGRESS.test(text.slice(seg.start, seg.end));
}
