/** @module Place names in a sentence: where each country or bloc is named, for clause-level attribution checks. */
import { PLACES } from "../extract/lexicon.ts";
import { place } from "./compare.ts";

/**
 * The countries and blocs are the extractor's (`PLACES`: one list for reading a claim's counterparty and for checking
 * it); the checks add the spellings that only locate a place in a clause: the world, bare "Korea", "Viet Nam", EU-27.
 * The first name of each entry is canonical (as `place()` returns it).
 */
const CHECK_SPELLINGS: [string, string][] = [
  ["world", String.raw`\bthe world\b|\bglobal(?:ly)?\b|\bworldwide\b|\bWorld\b`],
  ["South Korea", String.raw`\bKorea\b`],
  ["Vietnam", String.raw`\bViet Nam\b`],
  ["European Union", String.raw`\bEU-?27\b`],
];

const PATTERNS: [string, RegExp][] = [
  ...PLACES.map(([name, re]): [string, RegExp] => [place(name), new RegExp(re.source, "g")]),
  ...CHECK_SPELLINGS.map(([name, re]): [string, RegExp] => [place(name), new RegExp(re, "g")]),
];

/** A place named in a text: canonical name (as `place()` gives it) and character span. */
export interface PlaceMention {
  place: string;
  start: number;
  end: number;
}

/** Every place named in `text`, in order; overlapping mentions keep the longer one ("South Korea" over "Korea"). */
export function placesIn(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const [name, re] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found.push({ place: name, start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PlaceMention[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}

/** True when `name` (any spelling `place()` knows) is a place in the gazetteer. */
export function isKnownPlace(name: string | null | undefined): boolean {
  if (!name) return false;
  const p = place(name);
  return PATTERNS.some(([n]) => n === p);
}
