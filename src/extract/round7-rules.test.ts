import { describe, expect, test } from "vitest";
import { extractArticle } from "./extract.ts";

// Round 7 rules (issue 8), each with sentences written for it: importers, references, names and currencies.
const run = (text: string, docDate = "2025-11-14") => extractArticle(text, { docDate });
const by = (text: string, value: number, docDate?: string) => {
  const c = run(text, docDate).claims.find((x) => x.value === value);
  if (!c) throw new Error(`no claim with value ${value}`);
  return c;
};

describe("import figures", () => {
  test("the importer named as subject or possessive is the entity, the origin after `from` the counterparty", () => {
    const t = "South Korea's imports of sintered magnets from Vietnam rose to 212 tonnes in October.";
    expect(by(t, 212)).toMatchObject({
      metric: "import volume",
      entity: "South Korea",
      counterparty: "Vietnam",
    });
    const u = "Germany imported 95 tonnes of magnets from China in September.";
    expect(by(u, 95)).toMatchObject({ entity: "Germany", counterparty: "China" });
  });
  test("import figures that name no importer continue the last one named; China when none was", () => {
    const t =
      "India imported 640 tonnes of rare earth magnets in August.\nImports from Japan in the first eight months were 1,020 tonnes.";
    expect(by(t, 1020)).toMatchObject({ entity: "India", counterparty: "Japan", period: "2025-01..2025-08" });
    expect(by("Imports of the magnets amounted to 310 tonnes in October.", 310).entity).toBe("China");
  });
  test("rows of a list by origin are imports of the list's month, each from its label", () => {
    const t =
      "Canada imported 410 tonnes of magnets in June. By source:\n- China: 352 tonnes\n- Thailand: 31 tonnes";
    expect(by(t, 352)).toMatchObject({
      metric: "import volume",
      entity: "Canada",
      counterparty: "China",
      period: "2025-06",
    });
    expect(by(t, 31)).toMatchObject({ entity: "Canada", counterparty: "Thailand", period: "2025-06" });
  });
});

describe("changes and their references", () => {
  test("`N% less/more than` a reference is a change with the reference's basis", () => {
    const t = "Brazil imported 88 tonnes of magnets in May, 14% less than a year earlier.";
    expect(by(t, 88).change).toMatchObject({ kind: "yoy", value: -14, direction: "down" });
    const q = "The refiner produced 905 tonnes in the March quarter, 6% more than in the December quarter.";
    expect(by(q, 905, "2025-05-02").change).toMatchObject({ kind: "qoq", value: 6 });
  });
  test("a change stays with the figure before it when a new clause leads to the next level", () => {
    const t =
      "The group posted first-quarter sales of $61.5 million, down 4% on the previous quarter, as magnet output slipped to 730 tonnes.";
    const c = run(t, "2025-05-06").claims;
    expect(c.find((x) => x.value === 61.5e6)?.change).toMatchObject({ kind: "qoq", value: -4 });
    expect(c.find((x) => x.value === 730)?.change.value).toBeNull();
  });
  test("`the previous quarter` after a comparison word is a reference, not the period of the sentence's figures", () => {
    const t =
      "The group posted first-quarter sales of $61.5 million, down 4% on the previous quarter, as magnet output slipped to 730 tonnes.";
    expect(by(t, 730, "2025-05-06").period).toBe("2025-Q1");
  });
  test("guidance is a forecast", () => {
    const t = "The miner kept its full-year oxide production guidance of 5,100 tonnes.";
    expect(by(t, 5100, "2025-07-30").is_forecast).toBe(true);
  });
});

describe("names and currencies", () => {
  test("a serial list after `Ministry of` stays one name", () => {
    const t =
      "Thailand's Ministry of Industry, Energy and Mines approved a grant of $12 million for a magnet plant.";
    const e = run(t).events;
    expect(e.length).toBeGreaterThan(0);
    expect(e[0]!.actor).toContain("Ministry of Industry, Energy and Mines");
  });
  test("yen and won are currencies; `a` before a unit needs its space", () => {
    expect(by("The loan is worth 35 billion yen.", 35e9)).toMatchObject({ currency: "JPY", unit: "JPY" });
    expect(by("The fund set aside 210 billion won.", 210e9)).toMatchObject({ currency: "KRW", unit: "KRW" });
    expect(by("Cash stood at A$73 million at 30 June.", 73e6, "2025-08-20").unit).toBe("AUD");
  });
});
