/**
 * @module Whose figure a demand or output claim states, for the model comparison: the one place governing its number
 * (the world or a country), and whether the subject is a company (the model has none).
 */
import type { Claim } from "../extract/schema.ts";
import { resolveEntity } from "../domain/entity.ts";
import { clauseOf, namesEntity, valueIndex } from "./attribution.ts";
import { governingPlaces } from "./clauses.ts";
import { place } from "./compare.ts";
import { placesIn } from "./places.ts";

const WORLD = /\b(?:global(?:ly)?|world(?:wide|'s)?)\b/i;
export const isPlace = (name: string) => {
  const kind = resolveEntity(name)?.kind;
  return kind === "country" || kind === "bloc" || kind === "world" || placesIn(name).length > 0;
};
/** Words of a product, material or use: an entity the extractor took from them is no company. */
const NOT_A_COMPANY =
  /magnet|NdFeB|oxide|rare[- ]earth|\bREO\b|neodym|praseodym|dysprosium|terbium|NdPr|metal|vehicle|\bN?EVs?\b|wind|robot|motor|market|industry|demand/i;

/** Words that end or make a company's name, and a company as the clause's subject ("the company produced …"). */
const COMPANY_NAME =
  /\b(?:Inc|Corp(?:oration)?|Ltd|Limited|Group|Co|Company|Holdings|Materials|Magnetics|Technologies|Industries|plc|AG|SA|GmbH|LLC|Resources|Mining)\b\.?$/i;
export const COMPANY_SUBJECT =
  /\b(?:the|its) (?:company|firm|group|plant|factory|producer|maker|manufacturer)\b|\b(?:largest|biggest|leading|top)(?: [\w-]+){0,3} (?:producer|maker|manufacturer|supplier)s?\b/i;
export function isCompany(entity: string): boolean {
  if (resolveEntity(entity)?.kind === "company" || COMPANY_NAME.test(entity.trim())) return true;
  return !isPlace(entity) && !NOT_A_COMPANY.test(entity);
}

/** The one place governing the claim's number (its clause, else the sentence before it), or why there is none. */
export function placeOf(c: Claim): { place: string } | { why: string } {
  const text = clauseOf(c);
  if (/outside China|ex-China|excluding China|rest of the world/i.test(text))
    return { why: "the figure excludes China; the model's regions do not split that way" };
  const at = Math.max(0, valueIndex(c));
  const governed = governingPlaces(c.quote, at);
  // "Global", "Worldwide" open sentences in any case; the gazetteer's world pattern is case-sensitive.
  const world = WORLD.test(governed.how === "clause" ? text : c.quote.slice(0, at));
  const places =
    governed.how === "clause"
      ? [...new Set([...governed.places, ...(world ? ["world"] : [])])]
      : world
        ? ["world"]
        : governed.places;
  if (places.length > 1) return { why: `the clause names several places (${places.join(", ")})` };
  if (!places.length) return { why: "the sentence names no place (world or a country) for the figure" };
  const p = places[0]!;
  // A country the sentence names as the figure's subject must be the place governing the number ("China's magnet
  // output reached 260,000 t, while Japan made 8,000 t": 8,000 t is Japan's, not China's); an entity the sentence
  // does not name was guessed by the extractor and yields to the sentence.
  if (c.entity && isPlace(c.entity) && namesEntity(c.quote, c.entity) && place(c.entity) !== p)
    return {
      why: `the figure is attributed to ${c.entity}, while its clause names ${p === "world" ? "the world" : p}`,
    };
  return { place: p };
}
