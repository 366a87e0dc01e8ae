/**
 * Extractor benchmark: throughput on several MB of synthetic article text (sentences written for this benchmark,
 * not taken from any corpus) and the median time per article-sized input.
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
  const t0 = performance.now();
  const r = extractArticle(big, { docDate: "2025-06-30" });
  const seconds = (performance.now() - t0) / 1000;
  const mb = big.length / (1024 * 1024);
  return {
    "extract.throughput_mb_per_s": Number((mb / seconds).toFixed(2)),
    "extract.input_mb": Number(mb.toFixed(2)),
    "extract.claims_per_mb": Math.round(r.claims.length / mb),
    "extract.p50_article_ms": Number(times[Math.floor(times.length / 2)]!.toFixed(3)),
    "extract.p95_article_ms": Number(times[Math.floor(times.length * 0.95)]!.toFixed(3)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await runExtractBench(), null, 2));
}
