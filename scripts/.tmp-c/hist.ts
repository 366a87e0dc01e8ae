import { loadDataset } from "../../src/dataset/load.ts";
const r = await loadDataset(new URL("../../data", import.meta.url).pathname);
if (!r.ok) throw new Error("x");
const rows = r.value.figures.filter((f) => f.metric === "mine_production" && f.isLatest && f.value !== null);
const NAMES: Record<string, string> = { china: "China", united_states: "United States", myanmar: "Burma", australia: "Australia", nigeria: "Nigeria", thailand: "Thailand" };
const out: Record<string, Record<string, number>> = {};
for (let y = 2018; y <= 2025; y++) {
  const world = rows.find((f) => f.entity === "World total" && f.period === String(y))!.value!;
  let named = 0;
  for (const [id, name] of Object.entries(NAMES)) {
    const v = rows.find((f) => f.entity === name && f.period === String(y))?.value ?? 0;
    (out[id] ??= {})[y] = v; named += v;
  }
  (out.other ??= {})[y] = world - named;
  const all = rows.filter((f) => f.period === String(y) && f.entity !== "World total").reduce((a, f) => a + f.value!, 0);
  console.log(y, "world", world, "named", named, "other", world - named, "sum of all country rows", all);
}
console.log(JSON.stringify(out));
