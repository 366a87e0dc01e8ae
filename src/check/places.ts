/** @module Place names in a sentence: where each country or bloc is named, for clause-level attribution checks. */
import { place } from "./compare.ts";

/** Countries and blocs with the spellings news uses; the first name is canonical (as `place()` returns it). */
const GAZETTEER: [string, string][] = [
  [
    "United States",
    String.raw`United States|U\.S\.(?:A\.)?(?!\w)|\bUSA\b|\bUS(?![\w$])|America(?!n)|Washington`,
  ],
  ["European Union", String.raw`European Union|\bEU(?:-27|27)?\b`],
  ["China", String.raw`\bChina\b|\bChinese\b|\bBeijing\b|中国`],
  ["world", String.raw`\bthe world\b|\bglobal(?:ly)?\b|\bworldwide\b|\bWorld\b`],
  ["Germany", String.raw`\bGermany\b|\bGerman\b`],
  ["Japan", String.raw`\bJapan(?:ese)?\b`],
  ["South Korea", String.raw`\bSouth Korea(?:n)?\b|\bKorea\b`],
  ["Vietnam", String.raw`\bViet ?nam(?:ese)?\b`],
  ["India", String.raw`\bIndia(?:n)?\b`],
  ["Australia", String.raw`\bAustralia(?:n)?\b`],
  ["Thailand", String.raw`\bThailand\b`],
  ["Mexico", String.raw`\bMexico\b`],
  ["Malaysia", String.raw`\bMalaysia(?:n)?\b`],
  ["Myanmar", String.raw`\bMyanmar\b|\bBurma\b`],
  ["Italy", String.raw`\bItaly\b`],
  ["France", String.raw`\bFrance\b`],
  ["Netherlands", String.raw`\bNetherlands\b`],
  ["Poland", String.raw`\bPoland\b`],
  ["Hungary", String.raw`\bHungary\b`],
  ["Spain", String.raw`\bSpain\b`],
  ["Czech Republic", String.raw`\bCzech(?: Republic|ia)\b`],
  ["Austria", String.raw`\bAustria\b`],
  ["Belgium", String.raw`\bBelgium\b`],
  ["Sweden", String.raw`\bSweden\b`],
  ["Slovenia", String.raw`\bSlovenia\b`],
  ["United Kingdom", String.raw`United Kingdom|\bUK\b|\bBritain\b`],
  ["Russia", String.raw`\bRussia(?:n)?\b`],
  ["Canada", String.raw`\bCanada\b`],
  ["Brazil", String.raw`\bBrazil\b`],
  ["Turkey", String.raw`\bTurkey\b|\bTürkiye\b`],
  ["Philippines", String.raw`\bPhilippines\b`],
  ["Indonesia", String.raw`\bIndonesia\b`],
  ["Taiwan", String.raw`\bTaiwan\b`],
  ["Hong Kong", String.raw`\bHong Kong\b`],
  ["Singapore", String.raw`\bSingapore\b`],
  ["Madagascar", String.raw`\bMadagascar\b`],
  ["Nigeria", String.raw`\bNigeria\b`],
  ["Laos", String.raw`\bLaos\b`],
  ["Greenland", String.raw`\bGreenland\b`],
  ["South Africa", String.raw`\bSouth Africa\b`],
  ["Tanzania", String.raw`\bTanzania\b`],
  ["Burundi", String.raw`\bBurundi\b`],
  ["Europe", String.raw`\bEurope\b(?!an Union)`],
];

const PATTERNS: [string, RegExp][] = GAZETTEER.map(([name, re]) => [place(name), new RegExp(re, "g")]);

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
