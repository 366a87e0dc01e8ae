/**
 * Extractor benchmark on UNIQUE synthetic text. Every sentence is generated from a template written for this
 * benchmark (never from the corpus) and filled from a running counter: numbers, company names, materials, places,
 * months and years change from sentence to sentence, so the extractor's de-duplication of repeated claims cannot
 * flatter the figures. Inputs are streams of article-sized texts (~2 KB each, a header block and a body), one
 * `extractArticle` call per article, as the extractor is used:
 * - dense (`extract.throughput_mb_per_s`, the number the ≥ 5 MB/s target applies to): 20 sentences per article,
 *   5 of every 7 carrying 1–3 figures (about one figure per 50 characters);
 * - typical (`extract.typical_throughput_mb_per_s`): news-style prose, 3 of every 5 sentences without a figure
 *   (one figure per ~200 characters, `extract.typical_chars_per_figure`);
 * - single input (`extract.single_input_throughput_mb_per_s`): the dense bodies joined into one ~4 MB input.
 * Timing: one warm-up pass over each input, then N passes (default 5). The machine is a noisy 2-vCPU VM, so the
 * streams are timed in chunks of 100 articles and each chunk's best time over the passes is kept (best-of-N per
 * chunk: a disturbance spoils one chunk, not the whole pass); the single input is the best of N - 2 runs.
 * p50/p95 per article come from the dense (and typical) pass with the lowest total.
 * Run alone: node bin/run-ts.js bench/extract.ts
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { extractArticle } from "../src/extract/extract.ts";

type Extract = (text: string, options?: { docDate?: string }) => { claims: unknown[] };

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const PREFIX = [
  "Northam",
  "Kestrel",
  "Ardent",
  "Silvan",
  "Meridian",
  "Orin",
  "Talon",
  "Vesta",
  "Corvid",
  "Halden",
  "Pyra",
];
const SUFFIX = ["Metals", "Magnetics", "Rare Earths", "Materials", "Resources", "Alloys", "Mining"];
const MATERIALS = ["neodymium", "praseodymium", "dysprosium", "terbium", "samarium", "lanthanum", "cerium"];
const PLACES = [
  "Jiangxi",
  "Inner Mongolia",
  "Western Australia",
  "Texas",
  "Estonia",
  "Malaysia",
  "Vietnam",
  "Ontario",
];
const ORDINAL = ["first", "second", "third", "fourth"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/** Deterministic generator: `n` is a running counter, each call of a helper mixes it differently. */
class Gen {
  n = 0;
  private k = 0;
  next(): number {
    // mulberry32 over a state that also takes the counter: deterministic, well mixed.
    this.k = (this.k + 0x6d2b79f5 + this.n) | 0;
    let t = this.k;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  int(lo: number, hi: number): number {
    return lo + (this.next() % (hi - lo + 1));
  }
  dec(lo: number, hi: number, digits: number): string {
    const f = 10 ** digits;
    return (this.int(lo * f, hi * f) / f).toFixed(digits);
  }
  grouped(lo: number, hi: number): string {
    return this.int(lo, hi).toLocaleString("en-US");
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.next() % xs.length]!;
  }
  company(): string {
    return `${this.pick(PREFIX)} ${this.pick(SUFFIX)}`;
  }
  month(): string {
    return this.pick(MONTHS);
  }
  year(): number {
    return this.int(2019, 2026);
  }
}

/** Sentences with figures: [text, number of figures]. */
const DENSE: ((g: Gen) => [string, number])[] = [
  (g) => [
    `${g.company()} said its quarterly revenue rose ${g.dec(1, 40, 1)}% year-on-year to RMB ${g.dec(1, 9, 2)} billion in the ${g.pick(ORDINAL)} quarter.`,
    2,
  ],
  (g) => [
    `Outbound shipments of sintered magnets reached ${g.grouped(1000, 9999)} tonnes in ${g.month()}, down ${g.dec(1, 20, 1)}% from ${g.month()}.`,
    2,
  ],
  (g) => {
    const a = g.dec(1, 3, 2);
    return [
      `The assessed price of ${g.pick(MATERIALS)} oxide held at ${a}-${(Number(a) + 0.04).toFixed(2)} million yuan/mt as of ${g.month()} ${g.int(1, 28)}.`,
      1,
    ];
  },
  (g) => [
    `A lender in ${g.pick(PLACES)} agreed to provide a $${g.int(20, 400)} million loan to build a separation plant by ${g.int(2026, 2031)}.`,
    1,
  ],
  (g) => {
    const y = g.int(2024, 2027);
    return [
      `Analysts at ${g.company()} expect demand for motor magnets to grow at a CAGR of ${g.dec(2, 15, 1)}% from ${y} to ${y + g.int(4, 9)}.`,
      1,
    ];
  },
  (g) => [
    `Year to date, ${g.company()} sold ${g.grouped(1000, 90000)} units, about ${g.int(2, 40)}% more than in the same period last year.`,
    2,
  ],
  (g) => [
    `Output capacity in ${g.pick(PLACES)} is planned to reach ${g.grouped(1000, 20000)} tpa by ${g.year() + 5}, with a further ${g.grouped(500, 5000)} t/yr under study.`,
    2,
  ],
  (g) => [
    `Net profit attributable to shareholders of ${g.company()} was ${g.dec(10, 900, 1)} million yuan in ${g.year()}, -${g.dec(1, 30, 1)}% year over year.`,
    2,
  ],
  (g) => [
    `The average selling price climbed from A$${g.dec(20, 60, 1)}/kg to A$${g.dec(61, 99, 1)}/kg quarter-on-quarter, while volumes rose ${g.int(2, 30)}%.`,
    3,
  ],
];

/** Background sentences without figures: a subject, a predicate and a tail, each varied by the counter. */
const SUBJECTS: ((g: Gen) => string)[] = [
  (g) => `Executives at ${g.company()}`,
  (g) => `Traders in ${g.pick(PLACES)}`,
  (g) => `Officials in ${g.pick(PLACES)}`,
  (g) => `Buyers of ${g.pick(MATERIALS)} magnets`,
  (g) => `Engineers at ${g.company()}`,
  (g) => `Several carmakers in ${g.pick(PLACES)}`,
];
const PREDICATES: ((g: Gen) => string)[] = [
  (g) =>
    `said the company would keep investing in grain boundary diffusion lines for ${g.pick(MATERIALS)} magnets`,
  (g) =>
    `described the ${g.pick(MATERIALS)} market as thin, with most buyers waiting for the next quota round`,
  (g) =>
    `said on ${g.pick(WEEKDAYS)} that export licences for ${g.pick(MATERIALS)} products would be reviewed case by case`,
  (g) => `are testing motor designs that avoid heavy rare earths such as ${g.pick(MATERIALS)}`,
  (g) => `signed a memorandum with a recycling start-up to recover magnet scrap in ${g.month()}`,
  (g) => `welcomed the plan for a processing hub in ${g.pick(PLACES)}, saying it would bring skilled jobs`,
];
const TAILS: ((g: Gen) => string)[] = [
  (g) => ` in ${g.month()} ${g.year()}`,
  (g) => `, according to people familiar with ${g.company()}`,
  (g) => ` after talks in ${g.pick(PLACES)}`,
  (g) => `, although ${g.company()} declined to comment`,
  (g) => ` ahead of the ${g.month()} review`,
  (g) => `, while suppliers in ${g.pick(PLACES)} kept prices unchanged`,
];
function prose(g: Gen): string {
  return `${g.pick(SUBJECTS)(g)} ${g.pick(PREDICATES)(g)}${g.pick(TAILS)(g)}.`;
}

/** Prose sentences with one figure, for the typical stream. */
const TYPICAL_FIGURE: ((g: Gen) => [string, number])[] = [
  (g) => [
    `Output at the ${g.pick(PLACES)} separation plant reached ${g.grouped(1000, 9000)} tonnes in the quarter.`,
    1,
  ],
  (g) => [
    `Prices of ${g.pick(MATERIALS)} oxide eased to ${g.grouped(300, 900)},000 yuan/mt at the end of ${g.month()}.`,
    1,
  ],
  (g) => [
    `Analysts at a regional bank now see magnet demand from wind turbines growing at about ${g.dec(3, 12, 1)}% a year through ${g.int(2029, 2035)}, ${g.company()} said.`,
    1,
  ],
  (g) => [
    `${g.company()} reported first-half revenue of RMB ${g.dec(1, 9, 2)} billion, while its order book for motor magnets grew ${g.dec(1, 20, 1)}% from a year earlier.`,
    2,
  ],
  (g) => [
    `Shipments to European customers fell to ${g.int(100, 900)} tonnes, down ${g.dec(1, 15, 1)}% on the month.`,
    2,
  ],
];

function header(g: Gen, i: number): string {
  const month = String(1 + (i % 12)).padStart(2, "0");
  const day = String(1 + (i % 28)).padStart(2, "0");
  return `title: ${g.company()} ${g.pick(MATERIALS)} update ${i}\ndate: 2025-${month}-${day}\n---\n`;
}

/** Dense article `i`: 20 sentences, 5 of every 7 with figures. Returns the text and its number of figures. */
function denseArticle(g: Gen, i: number): [string, number] {
  const parts: string[] = [];
  let figures = 0;
  for (let s = 0; s < 20; s++) {
    g.n++;
    if ((s + i) % 7 < 5) {
      const [t, f] = g.pick(DENSE)(g);
      parts.push(t);
      figures += f;
    } else parts.push(prose(g));
    if (s % 5 === 4) parts.push("\n\n");
    else parts.push(" ");
  }
  return [header(g, i) + parts.join("").trimEnd(), figures];
}

/** Typical article `i`: prose of ~2 KB, 2 of every 5 sentences with one or two figures. */
function typicalArticle(g: Gen, i: number): [string, number] {
  const parts: string[] = [];
  let figures = 0;
  for (let s = 0; s < 15; s++) {
    g.n++;
    if ((s + i) % 5 >= 2) parts.push(prose(g));
    else {
      const [t, f] = g.pick(TYPICAL_FIGURE)(g);
      parts.push(t);
      figures += f;
    }
    parts.push(s % 4 === 3 ? "\n\n" : " ");
  }
  return [header(g, i) + parts.join("").trimEnd(), figures];
}

/** `count` articles of one kind, each from its own counter range (no two sentences alike). */
export function buildStream(
  kind: "dense" | "typical",
  count: number,
): { articles: string[]; figures: number } {
  const g = new Gen();
  g.n = kind === "dense" ? 0 : 1_000_000;
  const articles: string[] = [];
  let figures = 0;
  for (let i = 0; i < count; i++) {
    const [text, f] = kind === "dense" ? denseArticle(g, i) : typicalArticle(g, i);
    articles.push(text);
    figures += f;
  }
  return { articles, figures };
}

interface StreamResult {
  mbPerS: number;
  mb: number;
  claimsPerMb: number;
  p50: number;
  p95: number;
}

/** Articles per timed chunk: the best time of each chunk over the passes is kept (a disturbance spoils one chunk). */
const CHUNK = 100;

/**
 * `runs` passes over the stream, one call per article, after one warm-up pass. Throughput is the stream size over the
 * sum of each chunk's best time; p50/p95 per article come from the pass with the lowest total.
 */
function timeStream(extract: Extract, articles: string[], runs: number): StreamResult {
  let chars = 0;
  for (const a of articles) chars += a.length;
  const mb = chars / (1024 * 1024);
  for (const a of articles) extract(a);
  const chunkBest = new Array<number>(Math.ceil(articles.length / CHUNK)).fill(Number.POSITIVE_INFINITY);
  let best = Number.POSITIVE_INFINITY;
  let bestTimes: number[] = [];
  let claims = 0;
  for (let k = 0; k < runs; k++) {
    const times = new Array<number>(articles.length);
    let n = 0;
    let total = 0;
    for (let c = 0; c < chunkBest.length; c++) {
      const c0 = performance.now();
      for (let i = c * CHUNK; i < Math.min(articles.length, (c + 1) * CHUNK); i++) {
        const t = performance.now();
        n += extract(articles[i]!).claims.length;
        times[i] = performance.now() - t;
      }
      const dt = performance.now() - c0;
      chunkBest[c] = Math.min(chunkBest[c]!, dt);
      total += dt;
    }
    if (total < best) {
      best = total;
      bestTimes = times;
      claims = n;
    }
  }
  const seconds = chunkBest.reduce((a, b) => a + b, 0) / 1000;
  bestTimes.sort((a, b) => a - b);
  return {
    mbPerS: mb / seconds,
    mb,
    claimsPerMb: claims / mb,
    p50: bestTimes[Math.floor(bestTimes.length / 2)]!,
    p95: bestTimes[Math.floor(bestTimes.length * 0.95)]!,
  };
}

/** One input made of the dense bodies (headers dropped), best of `runs` after a warm-up. */
function timeSingle(extract: Extract, articles: string[], runs: number): number {
  const big = articles.map((a) => a.slice(a.indexOf("\n---\n") + 5)).join("\n\n");
  extract(big, { docDate: "2025-06-30" });
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    extract(big, { docDate: "2025-06-30" });
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return big.length / (1024 * 1024) / best;
}

const round = (x: number, d = 2) => Number(x.toFixed(d));

export async function runExtractBench(
  extract: Extract = extractArticle,
  opts: { articles?: number; runs?: number } = {},
): Promise<Record<string, number>> {
  const count = opts.articles ?? 2000;
  const runs = opts.runs ?? 5;
  const dense = buildStream("dense", count);
  const typical = buildStream("typical", count);
  const d = timeStream(extract, dense.articles, runs);
  const t = timeStream(extract, typical.articles, runs);
  const single = timeSingle(extract, dense.articles, Math.max(2, runs - 2));
  const denseChars = dense.articles.reduce((n, a) => n + a.length, 0);
  const typicalChars = typical.articles.reduce((n, a) => n + a.length, 0);
  return {
    "extract.throughput_mb_per_s": round(d.mbPerS),
    "extract.input_mb": round(d.mb),
    "extract.articles": count,
    "extract.article_kb": round(denseChars / count / 1024),
    "extract.chars_per_figure": Math.round(denseChars / dense.figures),
    "extract.claims_per_mb": Math.round(d.claimsPerMb),
    "extract.p50_article_ms": round(d.p50, 3),
    "extract.p95_article_ms": round(d.p95, 3),
    "extract.typical_throughput_mb_per_s": round(t.mbPerS),
    "extract.typical_input_mb": round(t.mb),
    "extract.typical_claims_per_mb": Math.round(t.claimsPerMb),
    "extract.typical_chars_per_figure": Math.round(typicalChars / typical.figures),
    "extract.typical_p50_article_ms": round(t.p50, 3),
    "extract.typical_p95_article_ms": round(t.p95, 3),
    "extract.single_input_throughput_mb_per_s": round(single),
    ...corpusThroughput(extract),
  };
}

/**
 * Warm throughput on the real evaluation articles (../shared/news-corpus, read at run time, never copied), when
 * that folder is present: each article extracted 20 times per pass, best of 5 passes after 10 warm-up passes.
 */
function corpusThroughput(extract: Extract): Record<string, number> {
  const dir = fileURLToPath(new URL("../../shared/news-corpus/articles/", import.meta.url));
  if (!existsSync(dir)) return {};
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(dir, f), "utf8"));
  const mb = texts.reduce((n, t) => n + t.length, 0) / (1024 * 1024);
  for (let i = 0; i < 10; i++) for (const t of texts) extract(t);
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) for (const t of texts) extract(t);
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return {
    "extract.corpus_throughput_mb_per_s": round((20 * mb) / best),
    "extract.corpus_articles": texts.length,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await runExtractBench(), null, 2));
}
