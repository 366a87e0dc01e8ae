/**
 * @module Act words: the verbs (every form) and nouns that report an act (`announced`, `imposing`, `the expansion of`).
 * A noun trigger is an event when one of them takes it (see `event-triggers.ts`). Words are matched by a word scan
 * and set look-ups, not by a regex alternation of several hundred forms.
 */

/**
 * Act verbs, base form with the irregular forms that the regular endings miss. Any of their forms before a `thing`
 * trigger in its clause makes it an event (`announced export controls`, `approved a $50 million loan`).
 */
const ACT_VERBS = (
  "announce | adopt | approve | impose | introduce | unveil | launch | issue | publish | release | " +
  "implement | expand | tighten | extend | pass | enact | sign | agree | reach | conclude | finalize | " +
  "finalise | set/set | raise | lift | cut/cut | suspend | relax | ease | lower | halt | revoke | " +
  "roll out/rolled out | propose | establish | create | form | provide | award | grant | receive | " +
  "secure | win/won | invest | commit | complete | close | open | build/built | construct | " +
  "commission | start | begin/began/begun | order | add | designate | restrict | ban | block | " +
  "allocate | allot | post | put/put | strengthen | renew | apply/applied/applies | seek/sought | " +
  "obtain | offer | arrange | strike/struck | enter | notify/notified/notifies | earmark | pledge | " +
  "back | fund | finance | guarantee | broaden | update | revise | amend | adjust | increase | " +
  "reduce | hike | slash | take/took/taken | make/made | include | select | choose/chose/chosen | " +
  "accelerate | step up/stepped up | ramp up/ramped up | mobilize | mobilise | allow | slap | levy | remove | " +
  "scrap | waive | exempt | reinstate | unveil | inaugurate | formalise | formalize | lend/lent | " +
  "clinch | seal | ink | win/won | approve | greenlight | endorse"
).split(" | ");

/** The regular forms of a base verb (`announce` → announces, announced, announcing). */
function forms(base: string): string[] {
  const [head, ...irregular] = base.split("/");
  const [verb, particle] = head!.split(" ");
  const tail = particle ? ` ${particle}` : "";
  const v = verb!;
  const out = [v];
  if (v.endsWith("e")) out.push(`${v}s`, `${v}d`, `${v.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(v)) out.push(`${v.slice(0, -1)}ies`, `${v.slice(0, -1)}ied`, `${v}ing`);
  else if (
    /^(?:ban|commit|cut|put|set|plan|step|ramp|win|begin|sign|slap|scrap)$/.test(v) &&
    /[^aeiou][aeiou][^aeiouwy]$/.test(v)
  )
    out.push(`${v}s`, `${v}${v.at(-1)}ed`, `${v}${v.at(-1)}ing`);
  else out.push(`${v}s`, `${v}ed`, `${v}ing`);
  return [...out.map((f) => f + tail), ...irregular];
}

/** Nouns that name an act on a thing (`the expansion of export controls`, `the imposition of tariffs`). */
const ACT_NOUNS = [
  "announcement",
  "introduction",
  "imposition",
  "adoption",
  "approval",
  "expansion",
  "extension",
  "suspension",
  "issuance",
  "publication",
  "implementation",
  "signing",
  "launch",
  "unveiling",
  "establishment",
  "creation",
  "tightening",
  "passage",
  "enactment",
  "allocation",
  "award",
];

const ALL_FORMS = [...new Set([...ACT_VERBS.flatMap(forms), ...ACT_NOUNS])];
/** One-word act words, and two-word ones (`rolled out`) by their first word. */
const ONE = new Set(ALL_FORMS.filter((f) => !f.includes(" ")));
const TWO = new Set(ALL_FORMS.filter((f) => f.includes(" ")));
/** The first words of the phrases of a set: a pair is looked up only after one of them (no string built per word). */
const firstWords = (set: Set<string>) =>
  new Set([...set].filter((f) => f.includes(" ")).map((f) => f.slice(0, f.indexOf(" "))));
const TWO_FIRST = firstWords(TWO);
/** The length of the longest word of an act word or pair. */
const LONGEST = Math.max(...[...ONE, ...TWO].flatMap((f) => f.split(" ")).map((w) => w.length));
/** Past participles and irregular past forms (`implemented`, `set`, `taken`), and the phrases of taking effect. */
const PARTICIPLE = new Set([
  ...ACT_VERBS.flatMap((v) => {
    const [head, ...irregular] = v.split("/");
    return [...forms(head!).filter((f) => /ed(?: \w+)?$/.test(f)), ...irregular];
  }),
  "took effect",
  "takes effect",
  "came into",
  "comes into",
]);
const PARTICIPLE_FIRST = firstWords(PARTICIPLE);
/** Words that may come between a trigger and the participle reporting its act (`the measures it announced`). */
const LINK = new Set([
  "that",
  "which",
  "it",
  "they",
  "were",
  "was",
  "are",
  "is",
  "have",
  "has",
  "had",
  "been",
  "will",
  "be",
  "to",
  "came",
  "comes",
]);

/** Spaces and at most an adverb. */
const SPACE_ADVERB = /^\s+(?:[a-z]+ly\s+)?$/i;

const INNER = "-'’";
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

export interface ActWord {
  index: number;
  end: number;
  word: string;
}

/** The act words of `text`, in text order. */
export function actWords(text: string): ActWord[] {
  const out: ActWord[] = [];
  // The previous word (lower case; "" when it is longer than any act word and so starts no pair) and its offset.
  let prevWord: string | null = null;
  let prevIndex = 0;
  // A hand-written word scan (letters, with inner hyphens or apostrophes): no regex iterator per call.
  for (let i = 0; i < text.length; ) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < text.length &&
      (isLetter(text.charCodeAt(j)) || (INNER.includes(text[j]!) && isLetter(text.charCodeAt(j + 1))))
    )
      j++;
    // A word longer than every act word is none, nor the first or last of a pair: it is not read.
    const word = j - i > LONGEST ? "" : text.slice(i, j).toLowerCase();
    if (prevWord !== null && TWO_FIRST.has(prevWord) && TWO.has(`${prevWord} ${word}`))
      out.push({ index: prevIndex, end: j, word: `${prevWord} ${word}` });
    else if (ONE.has(word)) out.push({ index: i, end: j, word });
    prevWord = word;
    prevIndex = i;
    i = j;
  }
  return out;
}

/**
 * The length of a phrase at the start of `text` (right after a noun trigger) that reports the noun's act: a past
 * participle, optionally after a relative pronoun or auxiliaries and an adverb (`implemented in April`, `it announced
 * on October 9`, `that took effect`, `were quietly lifted`); 0 when there is none.
 */
export function actAfter(text: string): number {
  const n = Math.min(text.length, 80);
  let i = 0;
  let links = 0;
  let adverb = false;
  let prev = "";
  // A hand-written word scan: most triggers are followed by a word that ends the search at once.
  while (i < n) {
    // Only a comma (before the first word) and spaces may separate the words.
    let j = i;
    while (j < n && (text.charCodeAt(j) === 32 || (j === 0 && text[j] === ","))) j++;
    if (j >= n || !isLetter(text.charCodeAt(j))) return 0;
    let k = j + 1;
    while (
      k < n &&
      (isLetter(text.charCodeAt(k)) || (INNER.includes(text[k]!) && isLetter(text.charCodeAt(k + 1))))
    )
      k++;
    const w = text.slice(j, k).toLowerCase();
    if (PARTICIPLE.has(w) || (PARTICIPLE_FIRST.has(prev) && PARTICIPLE.has(`${prev} ${w}`))) return k;
    if (LINK.has(w) && links < 4 && !adverb) links++;
    else if (w.endsWith("ly") && !adverb) adverb = true;
    else if (!(w === "effect" || w === "force")) return 0;
    prev = w;
    i = k;
  }
  return 0;
}

/** `text` ends with an act word, optionally and an adverb (`expanded these`, before the determiner). */
export function actRightBefore(text: string): boolean {
  const words = actWords(text.slice(-40));
  const last = words[words.length - 1];
  if (!last) return false;
  return SPACE_ADVERB.test(text.slice(text.length - Math.min(40, text.length) + last.end));
}

/**
 * Verbs whose `-ing` form is also an adjective of change (`tightening controls`, `expanding quotas`): right before a
 * trigger they describe it rather than act on it. `imposing steep tariffs` is an act.
 */
export const ERGATIVE_ING =
  /^(?:tightening|expanding|easing|relaxing|increasing|reducing|lowering|broadening|strengthening|extending|opening|closing|starting|beginning|accelerating|adjusting|growing|rising|falling|changing)$/i;
