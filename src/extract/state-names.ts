/**
 * @module States as event actors beyond the lexicon's places: other countries and blocs that act in this industry,
 * capitals used for their governments (`Canberra agreed …`), and persons who speak for a state (`Chinese President Xi
 * Jinping`, `Trump`). The corpus names such actors by their state (`China; United States` for talks between the two
 * presidents). A title with a nationality or place (`US President …`, `Australian Prime Minister …`) names the state
 * without a table; the short table of heads of state and government covers the names used alone.
 */

/** Capitals standing for their governments (the countries themselves are the lexicon's `PLACES`), canonical name first. */
export const MORE_PLACES: [string, RegExp][] = [
  ["Australia", /\bCanberra\b/],
  ["Japan", /\bTokyo\b/],
  ["South Korea", /\bSeoul\b/],
  ["India", /\bNew Delhi\b/],
  ["European Union", /\bBrussels\b/],
  ["Canada", /\bOttawa\b/],
  ["United Kingdom", /\bLondon\b/],
  ["France", /\bParis\b/],
  ["Russia", /\bMoscow\b/],
  ["Ukraine", /\bKyiv\b/],
  ["Saudi Arabia", /\bRiyadh\b/],
  ["Vietnam", /\bHanoi\b/],
];

/**
 * Public bodies outside the lexicon's entities, canonical name first; patterns are plain alternatives (their words are
 * the anchor words). The Department of War is the Department of Defense's secondary name since 2025.
 */
export const MORE_BODIES: [string, RegExp][] = [
  ["US Department of Commerce", /\b(?:Department of Commerce|Commerce Department)\b/],
  ["US Department of Defense", /\b(?:Department of War|War Department)\b/],
  ["US Department of the Interior", /\b(?:Department of the Interior|Interior Department)\b/],
  ["Export-Import Bank of the United States", /\b(?:Export-Import Bank|EXIM|Ex-Im Bank)\b/],
  ["US International Development Finance Corporation", /\b(?:Development Finance Corporation|DFC)\b/],
  ["Export Finance Australia", /\b(?:Export Finance Australia|EFA)\b/],
  ["JOGMEC", /\b(?:JOGMEC|Japan Organization for Metals and Energy Security)\b/],
];

/** Nationality adjectives and the states they name. */
export const DEMONYM_STATE: Record<string, string> = {
  American: "United States",
  Chinese: "China",
  Japanese: "Japan",
  Australian: "Australia",
  Korean: "South Korea",
  "South Korean": "South Korea",
  Indian: "India",
  German: "Germany",
  Canadian: "Canada",
  British: "United Kingdom",
  French: "France",
  European: "European Union",
  Malaysian: "Malaysia",
  Russian: "Russia",
  Ukrainian: "Ukraine",
  Saudi: "Saudi Arabia",
  Brazilian: "Brazil",
  Vietnamese: "Vietnam",
};

/** Titles of persons who act for a state. */
export const STATE_TITLE =
  /\b(?:President|Premier|Prime Minister|Chancellor|Vice Premier|Vice President|(?:Commerce|Trade|Foreign|Finance|Resources|Industry|Mines|Energy|Defen[cs]e) (?:Minister|Secretary)|Minister|Secretary of (?:State|Commerce|the Treasury|Energy|the Interior|Defense|War)|Treasury Secretary|Commerce Secretary|Trade Representative)\b/;

/**
 * Heads of state and government and trade negotiators of the states of this industry, by the names articles use
 * alone (exact look-up). A person not listed is named as written.
 */
const PERSONS = new Map<string, string>(
  (
    [
      ["China", "Xi Jinping|Xi|Li Qiang|He Lifeng|Wang Wentao|Li Chenggang"],
      [
        "United States",
        "Donald Trump|Donald J. Trump|Trump|Joe Biden|Biden|Scott Bessent|Bessent|Howard Lutnick|Lutnick|Jamieson Greer|Greer",
      ],
      ["Australia", "Anthony Albanese|Albanese|Scott Morrison|Morrison|Madeleine King"],
      ["India", "Narendra Modi|Modi"],
      ["Japan", "Shigeru Ishiba|Ishiba|Sanae Takaichi|Takaichi|Fumio Kishida|Kishida"],
      ["South Korea", "Lee Jae-myung|Yoon Suk Yeol"],
      ["European Commission", "Ursula von der Leyen|von der Leyen"],
      ["Canada", "Mark Carney|Carney|Justin Trudeau"],
      ["Malaysia", "Anwar Ibrahim"],
    ] as const
  ).flatMap(([state, names]) => names.split("|").map((n) => [n, state] as [string, string])),
);

/** The state a person's name stands for, from the table; null for anyone else. */
export function personState(name: string): string | null {
  return PERSONS.get(name) ?? null;
}

/** A nationality adjective as a whole word (group 1). */
const DEMONYM = new RegExp(`\\b(${Object.keys(DEMONYM_STATE).join("|")})\\b`);

/**
 * The state a titled person acts for (`Chinese President Xi Jinping`, `US Commerce Secretary …`): the place named in
 * the phrase, else its nationality adjective; null when the phrase has no state title.
 */
export function titleState(phrase: string, place: string | null): string | null {
  if (!STATE_TITLE.test(phrase)) return null;
  if (place) return place;
  const d = DEMONYM.exec(phrase);
  return d ? DEMONYM_STATE[d[1]!]! : null;
}
