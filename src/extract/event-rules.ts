/**
 * @module Event trigger rules: what a rule is (event type, what the trigger is, its pattern and anchor words), the
 * table of all rules (kept by family in `event-rules-state.ts`, `event-rules-money.ts`, `event-rules-other.ts`), and
 * per-type facts (money types, state-only types, rules with an effective date). `events.ts` applies them.
 */
import { MONEY_RULES } from "./event-rules-money.ts";
import { OTHER_RULES } from "./event-rules-other.ts";
import { STATE_RULES } from "./event-rules-state.ts";
import type { EventType } from "./schema.ts";

/**
 * What a trigger is:
 * - `act`: a verb phrase that reports an act (`restricted exports`, `awarded … a contract`): an event by itself;
 * - `event`: a noun that names an act or meeting (`trade talks`, `a summit`): an event unless it only points back at
 *   one named before (`the talks`, `this deal`);
 * - `thing`: a noun that names an instrument or a state (`export controls`, `a policy`, `a loan`, `quotas`): an event
 *   only when its clause acts on it (an act verb governs it, a participle or relative clause reports its act, a date
 *   or, for money, an amount is attached). `US policy focuses on …` or `the 2023 quota` are not events.
 */
export type TriggerForm = "act" | "event" | "thing";

export interface EventRule {
  type: EventType;
  form: TriggerForm;
  /** Global, case-insensitive; no nested unbounded quantifiers. */
  pattern: RegExp;
  /** Lower-case substrings of which one must occur in the sentence for the pattern to run. */
  anchors: string[];
  /**
   * Narrower words of which one must occur as well, when an anchor is broader than the words the pattern needs
   * (`export licen` for `export licensing regime`): every match of the pattern contains one of them. They only
   * skip the rule; the anchors still place its search windows in long sentences.
   */
  gate?: string[];
  /**
   * The actors are every name listed in the trigger's clause, before the trigger (`A, B and C joined the programme`)
   * or after it (`participants include A, B and C`), rather than one subject.
   */
  listActors?: "before" | "after";
}

/**
 * The rule table: acts of states, money and deals, plants, decisions, rules and reports (one module each). A match
 * inside a longer match of another type is not a trigger of its own (`suspend … export control measures`); where two
 * rules of one type match the same words, the earlier one is kept.
 */
export const EVENT_RULES: EventRule[] = [...STATE_RULES, ...MONEY_RULES, ...OTHER_RULES];

/** Types whose amount is money (or a price) attached to the event. */
export const MONEY_TYPES = new Set<EventType>([
  "grant",
  "loan",
  "funding",
  "equity_investment",
  "contract_award",
  "offtake",
  "price_floor",
  "subsidy_scheme",
  "partnership",
  "joint_venture",
]);

/** Types only a state takes: their unnamed actor is the exporting state, China, in this domain. */
export const STATE_TYPES = new Set<EventType>([
  "export_control",
  "export_control_suspension",
  "export_license",
  "quota",
]);

/** Types that are rules: a date introduced by `from`, `effective`, `starting` is when they apply (`effective_date`). */
export const RULE_TYPES = new Set<EventType>([
  "export_control",
  "export_control_suspension",
  "export_license",
  "quota",
  "tariff",
  "trade_restriction",
  "regulation",
  "policy",
  "subsidy_scheme",
  "price_floor",
]);

/** Types whose year written before the trigger names the period they cover, not the act (`the 2024 quota`). */
export const PERIOD_NAMED_TYPES = new Set<EventType>(["quota", "policy", "subsidy_scheme", "regulation"]);
