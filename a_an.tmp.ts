import { loadDataset } from "./src/dataset/load.ts";
const r = await loadDataset("data");
if (!r.ok) { console.log(r.issues.slice(0,5)); process.exit(1); }
const figs = r.value.figures;
const by = new Map<string, number>();
const conflictKeys = new Map<string, typeof figs>();
for (const f of figs) {
  const k = `${f.dataset} ${f.quality} pref=${f.preferred} conf=${f.conflict}`;
  by.set(k, (by.get(k) ?? 0) + 1);
  if (f.conflict) { const kk = `${f.seriesKey}|${f.period}`; conflictKeys.set(kk, [...(conflictKeys.get(kk) ?? []), f]); }
}
for (const [k, v] of [...by].sort()) console.log(v, k);
console.log("conflict keys", conflictKeys.size);
const perDs = new Map<string, number>();
for (const [k, fs] of conflictKeys) perDs.set(fs[0]!.dataset, (perDs.get(fs[0]!.dataset) ?? 0) + 1);
console.log(perDs);
const show = process.argv[2];
if (show) for (const [k, fs] of conflictKeys) if (fs[0]!.dataset === show) console.log(k, fs.map(f => `${f.value}${f.preferred ? "*" : ""} ${f.sourceId} ${f.quality}`).join(" / "));
