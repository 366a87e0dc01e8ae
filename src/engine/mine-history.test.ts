/** The baseline's recorded mine output is the latest USGS edition of data/mine-production.csv, year by year. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../dataset/load.ts";
import { mineSharePercent, worldMineTonnes } from "./outputs.ts";
import { runScenario, type ScenarioResult } from "./run-scenario.ts";
import { parseScenario, type Scenario } from "./scenario-schema.ts";

/** Scenario country id -> USGS country name in data/mine-production.csv (USGS says Burma). */
const USGS_NAME: Record<string, string> = {
  china: "China",
  united_states: "United States",
  myanmar: "Burma",
  australia: "Australia",
  nigeria: "Nigeria",
  thailand: "Thailand",
  brazil: "Brazil",
};

let s: Scenario;
let r: ScenarioResult;
/** Latest-edition rows: USGS name -> year -> t REO. */
const latest = new Map<string, Map<number, number>>();

beforeAll(async () => {
  const parsed = parseScenario(
    parse(readFileSync(new URL("../../scenarios/baseline.yaml", import.meta.url), "utf8")),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  s = parsed.value;
  r = runScenario(s);
  const data = await loadDataset(new URL("../../data", import.meta.url).pathname);
  if (!data.ok) throw new Error(data.issues[0]?.message);
  for (const f of data.value.figures) {
    if (f.metric !== "mine_production" || !f.isLatest || f.value === null) continue;
    if (!latest.has(f.entity)) latest.set(f.entity, new Map());
    latest.get(f.entity)!.set(Number(f.period), f.value);
  }
});

/** Years with country rows in the data (2018 onward): the years the history must match. */
const dataYears = () => [...latest.get("China")!.keys()].sort((a, b) => a - b);

describe("baseline mine history", () => {
  it("covers every year with USGS country rows, with one point per year", () => {
    expect(dataYears()[0]).toBe(2018);
    for (const country of [...Object.keys(USGS_NAME), "other"]) {
      const points = s.supply.mine.history[country];
      expect(typeof points, country).toBe("object");
      for (const y of dataYears()) expect(points, `${country} ${y}`).toHaveProperty(String(y));
    }
  });

  it("equals the latest USGS edition for each named country and year (0 where USGS lists none)", () => {
    const diffs: string[] = [];
    for (const [id, name] of Object.entries(USGS_NAME))
      for (const y of dataYears()) {
        const want = latest.get(name)?.get(y) ?? 0;
        const got = r.supply.mineByCountry[id]![r.years.indexOf(y)]!;
        if (got !== want) diffs.push(`${id} ${y}: scenario ${got}, data ${want}`);
      }
    expect(diffs).toEqual([]);
  });

  it("puts the rest in `other`, so the world total is USGS's published world total", () => {
    for (const y of dataYears()) {
      const world = latest.get("World total")!.get(y)!;
      expect(worldMineTonnes(r, y), String(y)).toBe(world);
      const named = Object.keys(USGS_NAME).reduce(
        (a, id) => a + r.supply.mineByCountry[id]![r.years.indexOf(y)]!,
        0,
      );
      expect(r.supply.mineByCountry.other![r.years.indexOf(y)]!, `other ${y}`).toBe(world - named);
    }
  });

  it("gives China's 2024 share as the data does: China ÷ World total of the latest edition", () => {
    const share = (100 * latest.get("China")!.get(2024)!) / latest.get("World total")!.get(2024)!;
    expect(mineSharePercent(r, "china", 2024)).toBeCloseTo(share, 10);
    expect(Math.round(mineSharePercent(r, "china", 2024) * 10) / 10).toBe(71.1);
  });

  it("adds no project output in recorded years: projects start after the last history year", () => {
    const au = s.supply.mine.history.australia as Record<string, number>;
    const last = Math.max(...Object.keys(au).map(Number));
    const lynas = s.supply.mine.projects.find((p) => p.country === "australia" && p.start <= last);
    expect(lynas, "a project starting inside the recorded years").toBeDefined();
    const i = r.years.indexOf(last);
    expect(r.supply.mineByCountry.australia![i]).toBe(au[String(last)]);
    expect(r.supply.mineByCountry.australia![i + 1]!).toBeGreaterThan(au[String(last)]!);
  });
});

describe("mineSharePercent()", () => {
  it("names an unknown country and a year outside the run", () => {
    expect(() => mineSharePercent(r, "atlantis", 2024)).toThrow(
      /no mine history for atlantis \(known: china/,
    );
    expect(() => mineSharePercent(r, "china", 2200)).toThrow(
      /year 2200 is outside the scenario's years 1990–2050/,
    );
  });
});
