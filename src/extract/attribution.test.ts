import { describe, expect, test } from "vitest";
import { clauseAt } from "./clauses.ts";
import { extractArticle } from "./extract.ts";

const claims = (text: string, docDate = "2025-07-20") => extractArticle(text, { docDate }).claims;
const by = (text: string, value: number, docDate?: string) => {
  const c = claims(text, docDate).find((x) => x.value === value || x.value_min === value);
  if (!c) throw new Error(`no claim with value ${value}`);
  return c;
};

describe("clauses", () => {
  test("clauseAt() splits at while, whereas, but and semicolons", () => {
    const s = "Exports to Germany rose to 1,288 t while shipments to the US were 420 t";
    const c = clauseAt(s, s.indexOf("420"));
    expect(s.slice(c.start, c.end)).toBe(" while shipments to the US were 420 t");
    const t = "Output was flat; sales to Japan were 40 t, whereas sales to Korea fell";
    const d = clauseAt(t, t.indexOf("40"));
    expect(t.slice(d.start, d.end)).toBe("; sales to Japan were 40 t");
  });
  test("clauseAt() makes a bracketed aside a clause of its own", () => {
    const s = "Revenue was RMB 3.1 billion (shipments to India were 50 t) in the quarter";
    const inside = clauseAt(s, s.indexOf("50"));
    expect(s.slice(inside.start, inside.end)).toBe("shipments to India were 50 t");
    const outside = clauseAt(s, s.indexOf("3.1"));
    expect(outside.asides).toHaveLength(1);
  });
});

describe("attribution from sentence structure", () => {
  test("a destination governs only the figures of its own clause", () => {
    const text = "Magnet exports to Germany rose to 1,288 t while shipments to the US were 420 t in June.";
    expect(by(text, 1288).counterparty).toBe("Germany");
    expect(by(text, 420).counterparty).toBe("United States");
  });
  test("a figure in a clause without a destination gets none from another clause", () => {
    const text = "Shipments to Japan rose to 300 t in May, but total magnet exports fell to 4,000 t.";
    expect(by(text, 300).counterparty).toBe("Japan");
    expect(by(text, 4000).counterparty).toBeNull();
  });
  test("a place labelling a list item is the destination of its figures", () => {
    expect(by("Germany: shipments fell 12% to 640 t in May.", 640).counterparty).toBe("Germany");
  });
  test("a sentence glued to the next heading does not lend it its period", () => {
    const text = "Exports rose 4% year-on-year.Jan-May Total: 21,500 tons, down 2%.";
    const list = claims(text, "2025-06-20");
    expect(by(text, 21500).period).toBe("2025-01..2025-05");
    expect(list.find((c) => c.change.value === 4)?.period).not.toBe("2025-01..2025-05");
  });
  test("a country opening a trade sentence as its subject is the destination", () => {
    const text = "Germany also saw a sharp rise as shipments reached 812 tons in June.";
    expect(by(text, 812).counterparty).toBe("Germany");
    const two = "Germany took 800 tons in June while Japan took 200 tons.";
    expect(by(two, 200).counterparty).toBeNull();
  });
  test("a country named as the exporter is not a destination", () => {
    const text = "Japan's magnet exports were 900 t in April, down 3% from March.";
    expect(by(text, 900).counterparty).toBeNull();
  });
  test("each price takes the material of its own clause", () => {
    const text =
      "Holmium oxide was quoted at 480,000-490,000 yuan/mt, while gadolinium metal stood at 210,000 yuan/mt.";
    expect(by(text, 480000).entity).toBe("holmium oxide");
    expect(by(text, 210000).entity).toBe("gadolinium metal");
  });
  test("the longest material name wins over a name inside it", () => {
    const text = "Praseodymium-neodymium oxide traded at 420,000 yuan/mt on the day.";
    expect(by(text, 420000).entity).toBe("NdPr oxide");
  });
  test("a stake taken by a public body belongs to the company it is taken in", () => {
    const text = "The Pentagon is taking a 12% stake in MP Materials to secure supply.";
    const c = by(text, 12);
    expect([c.entity, c.counterparty]).toEqual(["MP Materials", "US Department of Defense"]);
  });
  test("an award by a public body goes to the subject that received it", () => {
    const text = "Lynas was awarded a US$90 million contract by the US Department of Energy.";
    const c = by(text, 90e6);
    expect([c.entity, c.counterparty]).toEqual(["Lynas Rare Earths", "US Department of Energy"]);
  });
  test("magnet content per unit belongs to the product", () => {
    expect(by("Each vehicle needs about 2 kg of NdFeB magnets.", 2).entity).toBe("electric vehicles");
  });
});

describe("the article's company", () => {
  test("a company in the body is the main entity over a public body in the title; 'the company' is it", () => {
    const text = [
      "title: Energy Department backs a magnet maker",
      "---",
      "Cyclic Materials said demand is strong. Cyclic Materials plans a plant.",
      "The company will produce 2,000 tonnes of magnets a year.",
    ].join("\n");
    const c = by(text, 2000);
    expect(c.entity).toBe("Cyclic Materials");
  });
  test("a market price without a material takes the material of the price before it", () => {
    const text =
      "Terbium oxide rose to $900 per kilogram. That is twice the benchmark price of $450 per kilogram.";
    expect(by(text, 450).entity).toBe("terbium oxide");
  });
});

describe("table cells", () => {
  test("a value cell that names no metric takes it from its label line", () => {
    const text =
      "title: Widget Mining quarterly report\n---\nWidget Mining had a strong quarter.\n\nTotal oxide output:\n\n2,140 t\n";
    const c = by(text, 2140);
    expect([c.metric_family, c.metric]).toEqual(["production", "production volume"]);
  });
});

describe("no state between calls", () => {
  test("extractArticle() gives the same result whatever was extracted before", () => {
    const a =
      "title: Widget Metals quarterly\n---\nThe company sold 300 t of NdPr oxide at $60/kg in the June quarter.";
    const b =
      "Magnet exports to Japan were 900 tonnes in May 2024, while prices of terbium metal rose 5% last week.";
    const first = JSON.stringify(extractArticle(a, { docDate: "2025-07-30" }));
    extractArticle(b, { docDate: "2024-06-10" });
    extractArticle(b);
    expect(JSON.stringify(extractArticle(a, { docDate: "2025-07-30" }))).toBe(first);
  });
});

describe("attribution rules of round 5", () => {
  test("a funder that supports unnamed projects is the figure's entity; named recipients of a grant are not", () => {
    const text =
      "title: Magnet makers expand\n---\nKestrel Minerals Ltd makes magnets. The US Department of Energy said it would provide $75 million to support projects that recycle magnets.";
    const c = by(text, 75e6);
    expect([c.entity, c.counterparty]).toEqual(["US Department of Energy", null]);
    const g = by("The European Commission awarded €20 million to four start-ups.", 20e6);
    expect([g.entity, g.counterparty]).toEqual(["European Commission", "four start-ups"]);
  });
  test("a description that opens the sentence refers to the subject of the sentence before", () => {
    const text =
      "The European Commission adopted a new magnet plan on Monday. The plan will mobilise €2 billion for new plants.";
    expect(by(text, 2e9).entity).toBe("European Commission");
  });
  test("a share that opens its clause belongs to the population it is a share of", () => {
    const text = "About 60% of new wind farms and 25% of city buses use NdFeB magnets.";
    expect(by(text, 60).entity).toBe("new wind farms");
    expect(by(text, 25).entity).toBe("city buses");
    expect(by("Rare earth motors reach 90% adoption across premium e-bikes.", 90).entity).toBe(
      "premium e-bikes",
    );
    // Not a population: a metric (exports) or a share that is not the clause's subject.
    expect(by("About 40% of exports went to Japan in 2024.", 40).entity).not.toBe("exports");
  });
  test("demand and shares driven by a company named before them are the company's", () => {
    const text = "Output by Kestrel Minerals Ltd will add demand for 3,000 tons of NdFeB magnets.";
    expect(by(text, 3000).entity).toBe("Kestrel Minerals");
  });
  test("installed power capacity belongs to its energy source, the one named nearest before it", () => {
    const text =
      "Solar growth is strong, with global wind capacity at 900 GW and offshore wind rising to 70 GW.";
    expect(by(text, 900).entity).toBe("wind power");
    expect(by(text, 70).entity).toBe("offshore wind");
    const c = by("Each megawatt of offshore capacity needs about 650 kilograms of magnets.", 650);
    expect([c.unit, c.entity]).toEqual(["kg/MW", "offshore wind"]);
  });
  test("a cost share of a product belongs to the product", () => {
    const text =
      "A single robot needs 30 magnet rings, with magnets at about 12% of the robot's material cost.";
    expect(by(text, 12).entity).toMatch(/robots$/);
  });
  test("a name after the figure that it is set apart from does not own it", () => {
    const text =
      "The Pentagon is buying up to $2 billion of magnets for its own stockpile, distinct from Kestrel Minerals Ltd purchases.";
    expect(by(text, 2e9).entity).toBe("US Department of Defense");
  });
  test("a clause without a destination continues the destination of the clause before it", () => {
    const text =
      "Shipments to the EU rose to 2,400 tonnes, while export value climbed to $90 million in May 2025.";
    expect(by(text, 90e6).counterparty).toBe("European Union");
    const also = "Magnet exports to Japan rose to 700 tonnes in May 2025. Exports also rose 12% from April.";
    expect(claims(also, "2025-06-20").find((c) => c.change.value === 12)?.counterparty).toBe("Japan");
    const total = "Shipments to Japan rose to 300 t in May, but total magnet exports fell to 4,000 t.";
    expect(by(total, 4000).counterparty).toBeNull();
  });
  test("a material written high-performance keeps the qualifier", () => {
    const text = "Global consumption of high-performance NdFeB magnets rose to 90,000 tonnes in 2024.";
    expect(by(text, 90000).entity).toBe("high-performance NdFeB magnets");
  });
  test("a comparison cell takes the metric of the cell before it", () => {
    const text = [
      "title: Widget Mining quarterly report",
      "---",
      "Widget Mining had a strong quarter.",
      "",
      "Total oxide output:",
      "",
      "2,140 t",
      "",
      "(Q1",
      "",
      "FY24:",
      "",
      "1,980 t)",
      "",
    ].join("\n");
    expect(by(text, 1980).metric).toBe("production volume");
  });
});

describe("attribution rules of round 5, second rotation", () => {
  test("a participial clause has its own figures: a round total does not take the investor of the clause before", () => {
    const text =
      "Tamsin Metals raised $4 million from Orca Ventures, lifting its total funding to $30 million.";
    expect(by(text, 4e6).counterparty).toBe("Orca Ventures");
    expect(by(text, 30e6).counterparty).toBeNull();
  });
  test("REEs are rare earth elements", () => {
    expect(by("Less than 2% of REEs are recycled today.", 2).entity).toBe("rare earth elements");
  });
  test("a share of demand belongs to the material, not to the market's country", () => {
    expect(by("Permanent magnets took 40% of rare earth demand in China in 2023.", 40).entity).toBe(
      "permanent magnets",
    );
  });
  test("the owner of a stake in a named company funds it; an agreement's other side is the funder", () => {
    const stake = by("Borealis Metals Corp will own a 5% stake in Kestrel Minerals Ltd after the deal.", 5);
    expect([stake.entity, stake.counterparty]).toEqual(["Kestrel Minerals", "Borealis Metals"]);
    const text =
      "title: Kestrel Minerals secures loan\n---\nKestrel Minerals Ltd signed a deal on Monday. The agreement with Pellucid Ventures will also provide a $20 million loan.";
    const loan = by(text, 20e6);
    expect([loan.entity, loan.counterparty]).toEqual(["Kestrel Minerals", "Pellucid Ventures"]);
  });
  test("a supply figure's buyer is its counterparty, demonyms included", () => {
    const text =
      "Kestrel Minerals Ltd will supply up to 5,000 tonnes per annum of NdPr oxide to the Korean market.";
    expect(by(text, 5000).counterparty).toBe("South Korea");
  });
  test("wire copy that writes A$ and a bare $ means US dollars by the bare $", () => {
    const list = claims("Kestrel Minerals Ltd raised A$50 million ($33 million) from investors.");
    expect(list).toHaveLength(1);
    expect([list[0]!.currency, list[0]!.conversions[0]?.currency]).toEqual(["AUD", "USD"]);
  });
  test("per-year is a yearly rate", () => {
    expect(by("Talks resume when demand exceeds the 4,000 tonnes per-year threshold.", 4000).unit).toBe(
      "t/yr",
    );
  });
  test("the same percentage with another metric is not a repeat", () => {
    const text =
      "China makes about 90% of the world's magnets. In March 2025, magnets accounted for 90% of the rare earth products group.";
    expect(claims(text, "2025-04-20").filter((c) => c.value === 90)).toHaveLength(2);
    expect(claims(text, "2025-04-20").find((c) => c.value === 90 && c.period === "2025-03")?.entity).toBe(
      "rare earth magnets",
    );
  });
  test("a duty rate stated twice in one sentence is one claim", () => {
    const text =
      "Offers rose to RMB 320,000/tonne ($44,100/tonne before an export duty of 15%), or $50,700/tonne with 15% of export duties.";
    const duties = claims(text).filter((c) => c.value === 15);
    expect(duties.map((c) => c.metric)).toEqual(["export duty rate"]);
  });
  test("`but still up` goes on with the same level", () => {
    const text =
      "Exports were 5,100 tons in May 2025, down 3% month-on-month, but still up 12% year-on-year.";
    const c = by(text, 5100, "2025-06-20");
    expect([c.change.value, c.additional_changes[0]?.value]).toEqual([-3, 12]);
  });
});

describe("claim rules of round 5, third rotation", () => {
  test("an acronym in brackets is part of the phrase, not an aside", () => {
    const c = by(
      "Electric vehicle (EV) sales reached 9 million units in 2022, while magnets got dearer.",
      9e6,
    );
    expect(c.metric).toBe("NEV sales");
  });
  test("a change noun after a two-word basis makes a change (`a 35% year-on-year increase`)", () => {
    const c = by(
      "Bike sales reached 3 million units in 2024, representing a 12% year-on-year increase.",
      3e6,
    );
    expect([c.change.kind, c.change.value]).toEqual(["yoy", 12]);
  });
  test("a change in a clause with a new subject does not attach to the level before", () => {
    const text =
      "The plant's utilisation rate exceeded 85%, and the output of sintered magnets increased by about 30% year-on-year.";
    const list = claims(text, "2025-10-20");
    expect(list.find((c) => c.value === 85)?.change.value).toBeNull();
    expect(list.find((c) => c.value === null && c.change.value === 30)?.metric).toBe("production volume");
  });
  test("a compound growth rate does not attach to a share", () => {
    const text = "EV sales may reach 45% of all car sales by 2030, a 20% CAGR trajectory.";
    const list = claims(text, "2025-10-20");
    expect(list.find((c) => c.value === 45)?.change.kind).toBeNull();
    expect(list.find((c) => c.value === null)?.change).toMatchObject({ kind: "cagr", value: 20 });
  });
  test("a level with a comparison base gets the direction and basis, without a value", () => {
    const text = "The average selling price rose from $40.1/kg to $45.3/kg quarter-on-quarter.";
    expect(by(text, 45.3).change).toMatchObject({ kind: "qoq", value: null, direction: "up" });
    expect(by(text, 40.1).change.direction).toBeNull();
  });
  test("`on year` and `on month` state the basis", () => {
    expect(
      by("Imports for January-May dropped 11.2% on year to 50,100 tons.", 50100, "2025-06-20").change.kind,
    ).toBe("yoy");
  });
  test("an annual change measured from an earlier year is not year-on-year", () => {
    const c = by(
      "Capacity will reach 150,000 tons by 2026, up 40% compared with 2022.",
      150000,
      "2025-06-20",
    );
    expect(c.change.kind).toBeNull();
  });
  test("a headline line's figure gives way to the same figure in running text", () => {
    const text = [
      "title: Stockpile",
      "---",
      "Bank approves record $7 billion loan; carmakers among participants",
      "The plan combines $7 billion in bank financing with private money for a new magnet stockpile.",
    ].join("\n");
    expect(claims(text, "2026-02-03").find((c) => c.value === 7e9)?.quote).toMatch(/^The plan/);
  });
  test("a funder named with another amount is not the funder of the total", () => {
    const text =
      "Kestrel Minerals Ltd unveiled a $9 billion stockpile combining $6 billion in Export-Import Bank financing with $3 billion in private capital.";
    expect(by(text, 9e9).counterparty).toBeNull();
    expect(by(text, 6e9).counterparty).toBe("Export-Import Bank of the United States");
  });
  test("percentages under a growth label are changes; a market size without a material takes the title's", () => {
    const text = [
      "title: NdFeB Magnets Market Size and Forecast",
      "---",
      "Historical Market Growth (2019-2024) |",
      "7.2% |",
    ].join("\n");
    const c = claims(text, "2025-06-20")[0]!;
    expect([c.value, c.change.kind, c.change.value, c.metric]).toEqual([null, "cagr", 7.2, "market size"]);
    expect(c.entity).toBe("NdFeB magnets");
  });
  test("an efficiency is a specification, not a figure", () => {
    expect(claims("The motors reach efficiency exceeding 96% at full load.")).toHaveLength(0);
  });
  test("a company named once in passing is not the main entity", () => {
    const text =
      "title: Magnet outlook\n---\nMotors made by Tesla use magnets. Capacity reached 500 GW in 2024.";
    expect(by(text, 500, "2025-06-20").entity).not.toBe("Tesla");
  });
});

describe("claim rules of round 5, fourth rotation", () => {
  test("a multiplier verb that leads to a level gives the level a change without a value, and stays a claim", () => {
    const list = claims(
      "Oxide sales volumes more than doubled year over year to 310 metric tons in the quarter.",
    );
    expect(list.find((c) => c.value === 310)?.change).toMatchObject({
      kind: "yoy",
      value: null,
      direction: "up",
    });
    expect(list.find((c) => c.unit === "x")?.value).toBe(2);
  });
  test("an unqualified change of a half-year or annual figure is year-on-year, change-only claims too", () => {
    const text =
      "H1 2025 revenue: RMB 2.1 billion, down 12.5%. Global consumption of NdFeB magnets fell 2.4% in 2023.";
    expect(by(text, 2.1e9, "2025-08-20").change).toMatchObject({ kind: "yoy", value: -12.5 });
    expect(claims(text, "2025-08-20").find((c) => c.change.value === -2.4)?.change.kind).toBe("yoy");
  });
  test("a keyword in a relative clause after the figure does not give its metric", () => {
    const text = "Electric vehicle sales are set for a 25% CAGR trajectory that creates demand for magnets.";
    expect(claims(text, "2025-08-20")[0]?.metric).toBe("NEV sales");
  });
  test("`EV` and `car` are words, not letters inside others", () => {
    const c = by("The level of 12 million units was reached in every market.", 12e6);
    expect(c.metric).not.toBe("NEV sales");
  });
  test("a comparison base that is a change takes its own period first", () => {
    const text =
      "For the first seven months of 2025, exports were 25,100 tons. That marks a 12% decline on the same period last year, smaller than the 16.2% drop seen in the first half of the year.";
    const list = claims(text, "2025-08-20");
    expect(list.find((c) => c.change.value === -12)?.period).toBe("2025-01..2025-07");
    expect(list.find((c) => c.change.value === -16.2)?.period).toBe("2025-H1");
  });
});
