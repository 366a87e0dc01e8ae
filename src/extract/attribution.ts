/**
 * @module Step 6: whose figure it is. Trade figures belong to the exporting country (China) with the destination as
 * counterparty; market prices and sizes to the material or product; market shares and demand to the place, else the
 * material; other figures to the entity the sentence names, else the article's main entity.
 */
import type { ArticleContext } from "./context.ts";
import { findCanonical, PLACES } from "./lexicon.ts";
import { ENTITY, MATERIAL, PLACE, type Sentence } from "./sentence.ts";

export interface Attribution {
  entity: string;
  counterparty: string | null;
  material: string | null;
}

/** A destination after `to`/`into`/`for`, or before `-bound`/`received`. */
const DESTINATION =
  /\b(?:to|into|for) (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*)?)|([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:-bound| received)/;

/** Entity, counterparty and material of a figure of `metric` (in `family`) in `sentence`. */
export function attribute(
  family: string,
  metric: string,
  sentence: Sentence,
  ctx: ArticleContext,
): Attribution {
  const ent = sentence.canonical(ENTITY);
  const mat = sentence.canonical(MATERIAL);
  let entity: string | null = null;
  let counterparty: string | null = null;
  if (family === "trade") {
    entity = "China";
    const to = DESTINATION.exec(sentence.text);
    const place = to ? findCanonical(PLACES, to[0]) : null;
    if (place && place.name !== "China") counterparty = place.name;
  } else if (family === "price" && metric === "price") entity = mat?.name ?? ent?.name ?? null;
  else if (family === "market" && metric === "market size") entity = mat?.name ?? ent?.name ?? null;
  else if (family === "market" || family === "demand")
    entity = sentence.canonical(PLACE)?.name ?? mat?.name ?? ent?.name ?? null;
  else entity = ent?.name ?? ctx.mainEntity;
  return { entity: entity ?? ctx.mainEntity ?? "China", counterparty, material: mat?.name ?? null };
}
