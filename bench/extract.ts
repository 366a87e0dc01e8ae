/**
 * Extractor benchmark: throughput on several MB of synthetic article text (sentences written for this benchmark,
 * not taken from any corpus) and the median time per article-sized input. Two inputs:
 * - dense (`extract.throughput_mb_per_s`): every sentence carries two or three figures (one per ~35 characters),
 *   the worst case for the claim builder;
 * - typical (`extract.typical_throughput_mb_per_s`): news-style prose where most sentences carry no figure and the
 *   rest one or two (one figure per ~200 characters).
 * Run alone: node bin/run-ts.js bench/extract.ts
 */
import { pathToFileURL } from "node:url";
import { extractArticle } from "../src/extract/extract.ts";

const SENTENCES = [
  "Widget Metals said its quarterly revenue rose 12.5% year-on-year to RMB 2.34 billion in the third quarter.",
  "Outbound shipments of sintered magnets reached 4,812 tonnes in May, down 3.1% from April.",
  "The assessed price of dysprosium oxide held at 1.61-1.65 million yuan/mt as of March 3.",
  "A regional lender agreed to provide a $75 million loan to build a separation plant by 2027.",
  "Analysts expect demand for motor magnets to grow at a CAGR of 6.4% from 2025 to 2032.",
  "The ministry announced on June 2 that export licences for terbium would be reviewed within 45 days.",
  "Year to date, sales volume totalled 23,400 units, about 18% more than in the same period last year.",
  "Output capacity is planned to reach 8,000 tpa, with a further 2,000 t/yr under study.",
  "Net profit attributable to shareholders was 310.6 million yuan, -14.2% year over year.",
  "The average selling price climbed from A$41.7/kg to A$47.9/kg quarter-on-quarter.",
];

/** Prose for the "typical article" input: background sentences without figures and sentences with one or two. */
const TYPICAL = [
  "Magnet makers in the region have spent the past year reworking supply contracts as buyers look for second sources of heavy rare earths.",
  "Widget Metals reported first-half revenue of RMB 1.92 billion, while its order book for motor magnets grew 8.4% from a year earlier.",
  "Executives said the company would keep investing in grain boundary diffusion lines, which cut the amount of terbium needed per motor.",
  "Industry associations have asked the trade ministry to publish clearer guidance on how licence applications are reviewed and approved.",
  "Output at the northern separation plant reached 3,150 tonnes in the quarter.",
  "Several carmakers are testing motor designs that avoid heavy rare earths altogether, although none has moved such a design into volume production.",
  "Prices of praseodymium-neodymium oxide eased to 512,000 yuan/mt at the end of the month.",
  "Traders described the spot market as thin, with most buyers waiting for the next round of quota announcements before committing to new purchases.",
  "Analysts at a regional bank now see magnet demand from wind turbines growing at about 7% a year through the end of the decade.",
  "The company also said it had signed a memorandum with a recycling start-up to recover magnet scrap from its own production lines.",
  "Shipments to European customers fell to 412 tonnes, down 5.6% on the month.",
  "Local officials welcomed the plan, saying it would bring skilled jobs to an area that has long depended on coal mining and heavy industry.",
];

/** Figures in TYPICAL (values, changes and prices: 8). */
const TYPICAL_FIGURES = 8;

function buildArticle(seed: number): string {
  const lines = ["title: Synthetic benchmark article", "date: 2025-06-30", "---"];
  for (let i = 0; i < 24; i++) lines.push(SENTENCES[(seed + i * 7) % SENTENCES.length]!);
  return lines.join("\n");
}

export async function runExtractBench(): Promise<Record<string, number>> {
  const articles = Array.from({ length: 40 }, (_, i) => buildArticle(i));
  for (const a of articles.slice(0, 5)) extractArticle(a);
  const times: number[] = [];
  for (const a of articles) {
    const t = performance.now();
    extractArticle(a);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const body = Array.from({ length: 3 }, () => SENTENCES.join(" ")).join("\n");
  let big = "";
  while (big.length < 4 * 1024 * 1024) big += `${body}\n\n`;
  const paragraph = Array.from({ length: 4 }, (_, k) => TYPICAL.slice(k * 3, k * 3 + 3).join(" ")).join(
    "\n\n",
  );
  let typical = "";
  while (typical.length < 4 * 1024 * 1024) typical += `${paragraph}\n\n`;
  // Steady state: one warm-up pass over 1 MB of each input, then the best of five runs (the machine is shared).
  extractArticle(big.slice(0, 1024 * 1024), { docDate: "2025-06-30" });
  extractArticle(typical.slice(0, 1024 * 1024), { docDate: "2025-06-30" });
  const best = (input: string) => {
    let seconds = Number.POSITIVE_INFINITY;
    let r = extractArticle("");
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      r = extractArticle(input, { docDate: "2025-06-30" });
      seconds = Math.min(seconds, (performance.now() - t0) / 1000);
    }
    return { seconds, r };
  };
  const { seconds, r } = best(big);
  const mb = big.length / (1024 * 1024);
  const { seconds: typicalSeconds, r: rt } = best(typical);
  const typicalMb = typical.length / (1024 * 1024);
  return {
    "extract.throughput_mb_per_s": Number((mb / seconds).toFixed(2)),
    "extract.input_mb": Number(mb.toFixed(2)),
    "extract.claims_per_mb": Math.round(r.claims.length / mb),
    "extract.p50_article_ms": Number(times[Math.floor(times.length / 2)]!.toFixed(3)),
    "extract.p95_article_ms": Number(times[Math.floor(times.length * 0.95)]!.toFixed(3)),
    "extract.typical_throughput_mb_per_s": Number((typicalMb / typicalSeconds).toFixed(2)),
    "extract.typical_input_mb": Number(typicalMb.toFixed(2)),
    "extract.typical_claims_per_mb": Math.round(rt.claims.length / typicalMb),
    "extract.typical_chars_per_figure": Math.round(TYPICAL.join(" ").length / TYPICAL_FIGURES),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await runExtractBench(), null, 2));
}
