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

describe("suppliers in an importer's article", () => {
  test("a place that supplied or shipped a tonnage after an importer's figures is an origin of its imports", () => {
    const t =
      "South Korea's imports of magnets from China were 640 tonnes in May.\nThailand supplied 72 tonnes, whereas Laos shipped 15 tonnes.";
    expect(by(t, 72)).toMatchObject({
      metric: "import volume",
      entity: "South Korea",
      counterparty: "Thailand",
    });
    expect(by(t, 15)).toMatchObject({ metric: "import volume", entity: "South Korea", counterparty: "Laos" });
  });
  test("without an importer named before, a shipping country stays an exporter's destination sentence", () => {
    expect(by("Vietnam shipped 88 tonnes in May.", 88).metric).toBe("export volume");
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

describe("respectively", () => {
  test("coordinated changes pair with coordinated levels by position", () => {
    const t = "Poland and Austria received 128 tonnes and 64 tonnes, up 3% and 9% respectively.";
    expect(by(t, 128)).toMatchObject({ counterparty: "Poland", change: { value: 3, direction: "up" } });
    expect(by(t, 64)).toMatchObject({ counterparty: "Austria", change: { value: 9, direction: "up" } });
    expect(run(t).claims.filter((c) => c.unit === "%")).toHaveLength(0);
  });
  test("coordinated materials pair with their prices, and the changes share the basis stated after them", () => {
    const t =
      "Samarium oxide and europium oxide fell 0.8% and 4.5% on the week to 2,150 yuan/kg and 9,300 yuan/kg respectively.";
    expect(by(t, 2150)).toMatchObject({ entity: "samarium oxide", change: { kind: "wow", value: -0.8 } });
    expect(by(t, 9300)).toMatchObject({ entity: "europium oxide", change: { kind: "wow", value: -4.5 } });
  });
});

describe("periods of rows and of the present", () => {
  test("a month abbreviation labelling a row gives that row its month", () => {
    const t = "Exports to Chile, tonnes: Apr 610, May 740, Jun 580; Q2 total 1,930.";
    expect(by(t, 610, "2025-07-20").period).toBe("2025-04");
    expect(by(t, 740, "2025-07-20").period).toBe("2025-05");
    expect(by(t, 1930, "2025-07-20").period).toBe("2025-Q2");
  });
  test("`at present` is the article's date, not a year carried from the paragraph before", () => {
    const t = "Output reached 12,000 tons in 2024.\nAt present, the price of terbium metal is 8,450 yuan/kg.";
    expect(by(t, 8450, "2025-03-04").period).toBe("2025-03-04");
  });
});

describe("changes stated as nouns and new subjects", () => {
  test("`a decrease of N%` after a level is that level's change, not a share", () => {
    const t =
      "Currently the price of cerium oxide is 9,100 yuan/t, a decrease of 2.7% compared with last month.";
    expect(by(t, 9100).change).toMatchObject({ value: -2.7, direction: "down" });
    expect(run(t).claims.filter((c) => c.unit === "%")).toHaveLength(0);
  });
  test("a change before a new subject with its own verb stays with the level before it", () => {
    const t =
      "In 2024 the county produced 7,400 tons of magnets, growth 11%, the sector's sales income reached 6.2 billion yuan.";
    expect(by(t, 7400).change).toMatchObject({ kind: "yoy", value: 11 });
    expect(by(t, 6.2e9).change.value).toBeNull();
  });
  test("`strives to` frames a target", () => {
    expect(by("By 2028 the city strives to lift magnet capacity to 40,000 tons.", 40000).is_forecast).toBe(
      true,
    );
  });
});

describe("government schemes", () => {
  test("a scheme's outlay is the government's it is for, and a part of it (`of which`) too", () => {
    const t =
      "The Commission cleared a €640 million aid scheme for Austria, of which €90 million is set aside for recycling.";
    expect(by(t, 640e6)).toMatchObject({ metric: "scheme outlay", entity: "Government of Austria" });
    expect(by(t, 90e6)).toMatchObject({ metric: "scheme outlay", entity: "Government of Austria" });
  });
  test("a scheme set up by a state's body is that state's; a condition in the next sentence continues it", () => {
    const t =
      "Canada's Ministry of Industry set aside C$300 million for a magnet scheme. Recipients must source at least 15% of their inputs from recycled scrap.";
    expect(by(t, 300e6).entity).toBe("Government of Canada");
    expect(by(t, 15)).toMatchObject({
      metric: "recycled content requirement",
      entity: "Government of Canada",
    });
  });
  test("a loan from a state's body to an unnamed joint venture is the body's", () => {
    const t =
      "Japan's Ministry of Economy, Trade and Industry will lend up to 18 billion yen in loans to a joint venture.";
    expect(by(t, 18e9)).toMatchObject({
      metric: "loan",
      entity: "Japan Ministry of Economy, Trade and Industry (METI)",
      currency: "JPY",
    });
  });
});

describe("fiscal years", () => {
  const t =
    "Hallam Magnetics (fiscal year ended 31 March 2025) reported turnover of £212.5 million, up 4.1% over the prior fiscal year. Net profit came to £9.8 million.\nFor fiscal year 2026 the board expects turnover of £220 million.";
  test("a fiscal year that ends in March is the twelve months to March, carried to the next sentence", () => {
    expect(by(t, 212.5e6, "2025-06-02")).toMatchObject({
      period: "2024-04..2025-03",
      change: { kind: "yoy" },
    });
    expect(by(t, 9.8e6, "2025-06-02").period).toBe("2024-04..2025-03");
  });
  test("`fiscal year 2026` follows the year-end the text states; without one it is the calendar year", () => {
    expect(by(t, 220e6, "2025-06-02")).toMatchObject({ period: "2025-04..2026-03", is_forecast: true });
    expect(by("In fiscal 2025 revenue rose to $80 million.", 80e6, "2025-06-02").period).toBe("2025");
    expect(
      by("Revenue for the year ended December 31, 2024 was $70 million.", 70e6, "2025-06-02").period,
    ).toBe("2024");
  });
});

describe("markets, shares of demand and rates", () => {
  test("a market named with a qualifier keeps it; a region's share of demand is the product's", () => {
    const t =
      "The bonded samarium-cobalt magnet market was worth US$ 260 million in 2024. North America accounts for about 22% of demand.";
    expect(by(t, 260e6, "2025-02-01").entity).toBe("bonded samarium-cobalt magnets");
    expect(by(t, 22, "2025-02-01")).toMatchObject({ metric: "share of demand" });
    expect(by(t, 22, "2025-02-01").entity).not.toBe("North America");
  });
  test("operating rates are capacity utilisation", () => {
    const t = "Separation plants ran at operating rates of 68% in October.";
    expect(by(t, 68)).toMatchObject({ metric: "capacity utilization rate", metric_family: "production" });
  });
});

describe("per-unit contents, mining, realised prices and demand", () => {
  test("each clause's per-unit figure takes its own product and unit", () => {
    const t =
      "An e-scooter motor holds roughly 0.2 kg of NdFeB magnets, whereas an onshore turbine needs around 250 kg per megawatt.";
    expect(by(t, 0.2)).toMatchObject({ metric: "magnet content per unit", unit: "kg/unit" });
    expect(by(t, 0.2).entity).not.toMatch(/wind/);
    expect(by(t, 250)).toMatchObject({ unit: "kg/MW", entity: "onshore wind" });
  });
  test("`mined` is production, `sold … at an average of` a realised price, both the company's", () => {
    const t =
      "Brindle Minerals mined 1,210 tonnes of NdPr in the December quarter. The company sold it at an average of A$79.50 per kg.";
    expect(by(t, 1210, "2026-02-03")).toMatchObject({
      metric: "production volume",
      entity: "Brindle Minerals",
    });
    expect(by(t, 79.5, "2026-02-03")).toMatchObject({
      metric: "average selling price",
      entity: "Brindle Minerals",
    });
  });
  test("`consumed N tonnes of magnets` is demand; `took` in a trade sentence stays a shipment", () => {
    expect(by("Wind turbines consumed 9,800 tonnes of magnets in 2024.", 9800).metric).toBe("demand");
    const t = "Spain and Italy took 140 tonnes and 95 tonnes of the magnets in May respectively.";
    expect(by(t, 95)).toMatchObject({ metric: "export volume", entity: "China", counterparty: "Italy" });
  });
});

describe("brackets and balances", () => {
  const t =
    "Cash stood at A$210 million at Dec. 31, whereas rival Pellam Resources held A$44 million (A$61 million at the end of September).";
  test("a period inside a bracket is the bracket's figure's, not the figure before it", () => {
    expect(by(t, 44e6, "2026-02-12").period).toBe("2025-12-31");
    expect(by(t, 61e6, "2026-02-12").period).toBe("2025-09-30");
  });
  test("a bracket that names nobody restates the figure before it: same entity and metric", () => {
    expect(by(t, 61e6, "2026-02-12")).toMatchObject({
      entity: "Pellam Resources",
      metric: "cash and short-term deposits",
    });
  });
});

describe("licences and the day of an act", () => {
  const t =
    "The trade ministry said it had approved 2,310 export licence applications for controlled magnet items in May, about 71% of those filed.";
  test("approved licence applications are a core count, and `N% of those filed` their approval rate", () => {
    expect(by(t, 2310)).toMatchObject({ metric: "license approvals", unit: "count", salience: "core" });
    expect(by(t, 71).metric).toBe("license approval rate");
  });
  test("a weekday dates the act; the figure takes the year its noun phrase names", () => {
    const q =
      "The ministry issued the first batch of 2027 mining quotas on Thursday, setting the total at 98,000 tonnes. The smelting quota was set at 91,000 tonnes.";
    expect(by(q, 98000, "2027-02-20").period).toBe("2027");
    expect(by(q, 91000, "2027-02-20").period).toBe("2027");
    expect(by("Oxide prices rose on Thursday to 610 yuan/kg.", 610, "2027-02-20").period).toBe("2027-02-18");
  });
});
