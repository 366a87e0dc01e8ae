import { describe, expect, test } from "vitest";
import { clauseAt } from "./clauses.ts";
import { extractArticle } from "./extract.ts";
import { findOrganisations } from "./organisations.ts";

const names = (body: string) => [...findOrganisations(body).count.keys()];
const roleOf = (body: string, name: string) => findOrganisations(body).role.get(name);

describe("organisations the lexicon does not know", () => {
  test("a legal form makes a name and is dropped from it; the first word is an alias", () => {
    const body = "Kestrel Minerals Ltd said output rose. Later, Kestrel said the plant was running.";
    const orgs = findOrganisations(body);
    expect([...orgs.count]).toEqual([["Kestrel Minerals", 2]]);
    expect(orgs.mentions.map((m) => body.slice(m.start, m.end))).toEqual(["Kestrel Minerals Ltd", "Kestrel"]);
  });
  test("a possessive place before a name is not part of it", () => {
    expect(names("Canada’s Harbour Rare Earths Corp. signed a deal on Monday.")).toEqual([
      "Harbour Rare Earths",
    ]);
  });
  test("a head noun makes a name in running text, with a place-only name allowed when it is long enough", () => {
    expect(names("The deal with Japan Korea Rare Earths was signed in Tokyo.")).toEqual([
      "Japan Korea Rare Earths",
    ]);
    expect(names("Investors backed Tallow Magnetics in a new round.")).toEqual(["Tallow Magnetics"]);
  });
  test("an acronym in brackets after a name is an alias, and so are its initials", () => {
    const body =
      "The Borealis Organization for Metals Security (BOMS) holds a stake. Later BOMS said it would add more.";
    const orgs = findOrganisations(body);
    // The name, the acronym that defines it and the later acronym.
    expect(orgs.count.get("Borealis Organization for Metals Security")).toBe(3);
    expect(orgs.role.get("Borealis Organization for Metals Security")).toBe("public");
  });
  test("a descriptor before a single word makes it a name", () => {
    expect(names("Shares of magnet maker Vantor rose 4% on Friday.")).toEqual(["Vantor"]);
  });
  test("a ministry or department takes its country; banks are public bodies and funds are investors", () => {
    expect(names("the U.S. Department of Commerce said on Monday")).toEqual(["US Department of Commerce"]);
    expect(names("Brazil’s Ministry of Mines and Energy said on Monday")).toEqual([]);
    expect(
      roleOf("a loan from the Northland Development Bank was signed", "Northland Development Bank"),
    ).toBe("public");
    expect(roleOf("with money from Pellucid Ventures and others", "Pellucid Ventures")).toBe("investor");
  });
  test("headings, laws, events, people and generic phrases are not organisations", () => {
    expect(names("Sector:\nBasic Materials\nThe firm grew.")).toEqual([]);
    expect(names("under the Critical Minerals Supply Act, firms must report")).toEqual([]);
    expect(names("Chief Executive Anna Holt said demand for Heavy Rare Earths was strong")).toEqual([]);
    expect(names("at the Harbin Magnet Expo this week")).toEqual([]);
  });
  test("lexicon names keep their canonical names", () => {
    const text =
      "China Northern Rare Earth (Group) High-Tech Co., Ltd said its revenue was RMB 5.2 billion in 2024.";
    const c = extractArticle(text, { docDate: "2025-03-01" }).claims.find((x) => x.value === 5.2e9);
    expect(c?.entity).toBe("China Northern Rare Earth Group");
  });
});

describe("attribution with recognised organisations", () => {
  test("a company named only in the title and as 'the company' is the figures' entity", () => {
    const text = [
      "title: Tallis Magnetics posts record first half",
      "---",
      "Tallis Magnetics Inc said its first-half revenue was $48.2 million.",
      "The company produced 1,200 tonnes of NdFeB magnets in the period.",
    ].join("\n");
    const claims = extractArticle(text, { docDate: "2025-08-20" }).claims;
    expect(claims.find((c) => c.value === 48.2e6)?.entity).toBe("Tallis Magnetics");
    expect(claims.find((c) => c.value === 1200)?.entity).toBe("Tallis Magnetics");
  });
  test("a company named once in passing is not the article's company", () => {
    const text = [
      "title: Magnet demand outlook",
      "---",
      "Demand for magnets grew, and Orrin Motors Inc was among the buyers.",
      "Global NdFeB magnet consumption reached 240,000 tonnes in 2024.",
    ].join("\n");
    const c = extractArticle(text, { docDate: "2025-08-20" }).claims.find((x) => x.value === 240000);
    expect(c?.entity).toBe("NdFeB magnets");
  });
});

describe("comma asides", () => {
  test("an apposition after a name and a relative clause are asides", () => {
    const s = "Exports from Testland, the biggest maker of magnets anywhere, were 5,200 tons in May";
    const c = clauseAt(s, s.indexOf("5,200"));
    expect(c.asides.map((a) => s.slice(a.start, a.end))).toEqual([
      ", the biggest maker of magnets anywhere, ",
    ]);
    const t = "The May figure, which matched forecasts by the market, marked a 5% rise";
    expect(clauseAt(t, t.indexOf("5%")).asides).toHaveLength(1);
  });
  test("a keyword in an apposition does not give the figure its metric", () => {
    const text =
      "Outbound shipments from China, the largest producer of magnets, were 5,238 tons in March 2026.";
    const c = extractArticle(text, { docDate: "2026-04-20" }).claims.find((x) => x.value === 5238);
    expect([c?.metric, c?.entity]).toEqual(["export volume", "China"]);
  });
  test("a bracket inside a bracket belongs to the outer aside", () => {
    const s =
      "prices fell (taking terbium metal (tax included) as an example, it was 9,000 yuan/kg) last year";
    const c = clauseAt(s, s.indexOf("9,000"));
    expect(s.slice(c.start, c.end)).toContain("taking terbium metal");
  });
});
