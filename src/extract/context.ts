/** @module What the claim and event rules know about the article and carry from sentence to sentence. */
import type { Organisations } from "./organisations.ts";
import type { PeriodContext, PeriodMention } from "./periods.ts";
import type { Span } from "./sentences.ts";

/** Facts about the whole article, fixed before its sentences are read. */
export interface ArticleContext {
  body: string;
  period: PeriodContext;
  /** Australian-convention copy: a bare `$` is AUD. */
  australian: boolean;
  /** The quarter the title or lead reports on (`Second Quarter 2025 Results`), YYYY-Qn; null if none is named. */
  reportingQuarter: string | null;
  /** Company the article is about (from title or most mentioned), for "the company". */
  mainEntity: string | null;
  /** The material the title names (`Rare Earth Magnets Market Size …`), for market figures that name none. */
  titleMaterial: string | null;
  /** Organisations the lexicon does not know, read from the body when first asked for (`organisations.ts`). */
  organisations: Organisations;
  docYear: number | null;
}

/** What one sentence's claims leave to the next ones. */
export interface ClaimState {
  /** The last period a level claim used (carried to a sentence that names none). */
  lastPeriod: PeriodMention | null;
  /** The last price unit (`CNY/t`), for a later price written without one. */
  lastPriceUnit: string | null;
  /** The material of the last market price, for a later price that names none. */
  lastPriceMaterial: string | null;
  /** The sentence before the current one (its subject is what `It`, `The plan` refer to). */
  prevSpan: Span | null;
  /** The destination of the last trade figure of the sentence before. */
  lastDestination: string | null;
  /** The metric of the last table cell, for a comparison cell (`(Q3 FY22: 4,945 tonnes)`) that names none. */
  lastCell: { unit: string | null; metric: string; family: string } | null;
  /** The metric of the last level claim (not a percentage), for a change stated alone in a sentence naming none. */
  lastLevel: { metric: string; family: string } | null;
  /** The period of the last forecast that named one, for a forecast in the next sentence that names none. */
  lastForecastPeriod: string | null;
  /** The product of the last market size (`the global bonded magnet market`), for later market figures. */
  lastMarket: string | null;
  /** The government of the last scheme outlay, for a part of it stated in a later sentence. */
  lastScheme: string | null;
  /** The importer of the last import figure that named one, for later import figures that name none. */
  lastImporter: string | null;
}
