import { loadDataset } from "./src/dataset/load.ts";
import { openStore } from "./src/store/store.ts";
import { SeriesQuerySchema } from "./src/store/series-query.ts";
const r = await loadDataset("data");
if (!r.ok) throw new Error("x");
const store = await openStore();
await store.loadDataset(r.value);
const args = JSON.parse(process.argv[2]!);
try {
const s = await store.series(SeriesQuerySchema.parse(args));
for (const i of s.items) console.log(i.period, i.value, i.composition, i.quality, i.confidence, i.conflict, i.source?.id ?? "", i.reason, i.alternatives.map(a => `${a.value}:${a.whyNotPreferred}`).join(" | "));
console.log("TOTAL", s.total?.period, s.total?.value, s.total?.composition, s.total?.alternatives.map(a => `${a.value}:${a.whyNotPreferred}`).join(" | "));
console.log("sum items", s.items.reduce((a, i) => a + (i.value ?? 0), 0), s.reason);
} catch (e) { console.log(String(e)); }
await store.close();
