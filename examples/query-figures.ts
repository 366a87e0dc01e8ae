// Example: load the bundled knowledge base into an in-memory store and ask it two questions.
// Run: node bin/run-ts.js examples/query-figures.ts
import { loadDataset } from "../src/dataset/load.ts";
import { FigureQuerySchema } from "../src/store/figure-query.ts";
import { openStore } from "../src/store/store.ts";

const dataset = await loadDataset("data");
if (!dataset.ok)
  throw new Error(`data/ has ${dataset.issues.length} problems; run: npx lodestone data check`);

const store = await openStore(); // PGlite in memory
await store.loadDataset(dataset.value);

// China's magnet exports to Germany by month in 2025, with the source of each value.
const exports = await store.figures(
  FigureQuerySchema.parse({
    metric: "export_volume",
    entity: "China",
    counterparty: "Germany",
    from: "2025-01",
    to: "2025-12",
    per: "month",
  }),
);
for (const f of exports.items)
  console.log(`${f.period}  ${f.value} ${f.unit}  (${f.source.publisher}, ${f.source.published})`);

// Rare-earth mine production by country, latest USGS vintage.
const mine = await store.figures(
  FigureQuerySchema.parse({ metric: "mine_production", from: "2024", to: "2024", vintage: "latest" }),
);
const world = mine.items.find((f) => f.entity === "World total");
for (const f of mine.items
  .filter((f) => f.entity !== "World total")
  .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
  .slice(0, 5)) {
  const share = world?.value && f.value ? ` (${((100 * f.value) / world.value).toFixed(1)}% of world)` : "";
  console.log(`${f.entity.padEnd(16)} ${f.value} ${f.unit}${share}  [${f.vintage}]`);
}
await store.close();
