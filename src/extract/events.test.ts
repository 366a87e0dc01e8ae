/** Tests for events from their trigger's clause (sentences written for these tests, not taken from any article). */
import { describe, expect, test } from "vitest";
import { dedupeEvents } from "./event-dedupe.ts";
import { extractArticle } from "./extract.ts";
import type { ExtractedEvent } from "./schema.ts";

/** Events of a text as [type, date, actor]. 2025-11-20 is a Thursday. */
const events = (text: string, docDate: string | null = "2025-11-20") =>
  extractArticle(text, docDate ? { docDate } : {}).events.map((e) => [e.type, e.date, e.actor]);
const only = (text: string, docDate?: string) =>
  extractArticle(text, { docDate: docDate ?? "2025-11-20" }).events;

describe("triggers: an act, not a thing or a state", () => {
  test("a noun for an instrument is an event when an act verb takes it", () => {
    expect(events("The cabinet adopted a new mining policy on May 5.")).toEqual([
      ["policy", "2025-05-05", "China"],
    ]);
    expect(events("Ottawa announced export controls on cobalt alloys in March.")[0]?.[0]).toBe(
      "export_control",
    );
  });
  test("the same noun described, worried about or named as a kind is no event", () => {
    for (const text of [
      "Trade policy focuses on stockpiles and recycling.",
      "Export controls have disrupted supply chains across the region.",
      "Investors worry about new export restrictions.",
      "This note is not meant to guide investment decisions.",
      "Some of the main regulations include permit rules for smelters.",
    ])
      expect(events(text)).toEqual([]);
  });
  test("an adjectival -ing form does not act on the noun; a gerund of an act does", () => {
    expect(events("Buyers fret about the tightening export controls.")).toEqual([]);
    expect(events("The ministry is imposing steep tariffs on alloy imports.").map((e) => e[0])).toEqual([
      "tariff",
    ]);
  });
  test("'the 2023 quota' names a period, not an act; issuing the quotas is an act", () => {
    expect(events("Exports fell 20% last year under the 2023 quota.")).toEqual([]);
    expect(events("The ministry issued the first batch of 2025 mining quotas in March.")).toEqual([
      ["quota", "2025-03", "China"],
    ]);
  });
  test("'since the April controls' refers to the act reported elsewhere: no new event", () => {
    const text =
      "The ministry imposed export controls on seven metals on April 4.\nShipments have fallen sharply since the April controls.";
    expect(events(text)).toEqual([["export_control", "2025-04-04", "China"]]);
  });
  test("a reference (`these controls`) is an event only when an act verb takes it", () => {
    expect(events("Buyers say these export controls slow deliveries.")).toEqual([]);
    expect(events("A June 2 order tightened these export controls.").map((e) => e[0])).toEqual([
      "export_control",
    ]);
  });
  test("a recommendation (`must adopt`) is not an act", () => {
    expect(events("The think tank says the bloc must adopt a recycling strategy.")).toEqual([]);
  });
  test("a noun that modifies another trigger noun is not the thing itself (`policy loans`)", () => {
    expect(
      events("The agency will provide $90 million in policy loans to magnet makers.").map((e) => e[0]),
    ).toEqual(["loan"]);
  });
  test("a money noun is an event when an amount sizes it", () => {
    expect(events("A $40 million grant went to the recycler.").map((e) => e[0])).toEqual(["grant"]);
    expect(events("A grant programme would help recyclers.")).toEqual([]);
  });
  test("a plant built as the purpose of a loan or contract is not an event of its own", () => {
    expect(
      events("The bank approved a $90 million loan to build a separation plant.").map((e) => e[0]),
    ).toEqual(["loan"]);
  });
  test("a noun inside another trigger's phrase is an event only when a clause reports its own act", () => {
    const text =
      "The ministry said on November 5 it would suspend the export control measures it had announced on October 9.";
    expect(events(text)).toEqual([
      ["export_control_suspension", "2025-11-05", "China"],
      ["export_control", "2025-10-09", "China"],
    ]);
  });
  test("a heading glued to its sentence by a colon names no event", () => {
    expect(events("Bloc Adopts New Magnet Strategy: Officials met in Oslo to review supply.")).toEqual([]);
  });
});

describe("triggers: common act phrasings", () => {
  test.each([
    [
      "The ministry announced the suspension of two announcements on export rules on Friday.",
      "export_control_suspension",
    ],
    ["The agency awarded $35 million to a recycler on Monday.", "grant"],
    ["The state fund took a $400 million stake in the refiner in July.", "equity_investment"],
    ["The group will build a magnet production line in Ohio.", "facility"],
    ["The maker plans to expand capacity to 40,000 tonnes by 2027.", "facility"],
    ["The Ohio plant began producing magnets in April.", "facility"],
    ["The ministry said it had approved some export licence applications.", "export_license"],
    ["The refiner will supply up to 40% of its output to a carmaker.", "offtake"],
    ["The cabinet approved a $2 billion incentive scheme for recyclers on Monday.", "subsidy_scheme"],
  ])("%s", (text, type) => {
    expect(events(text).map((e) => e[0])).toContain(type);
  });
});

describe("headlines", () => {
  test("a headline's event gives way to the body's mention of it", () => {
    const text =
      "Bank approves $50 million loan for magnet plant\nThe bank approved a $50 million loan to the refiner on Monday.";
    expect(only(text).map((e) => [e.type, e.date, e.quote_start > 0])).toEqual([
      ["loan", "2025-11-17", true],
    ]);
  });
  test("an event only the headline names is kept and marked", () => {
    const [e] = only(
      "Bank approves $50 million loan for magnet plant\nThe refiner plans to start output in 2027.",
    );
    expect([e?.type, e?.note]).toEqual(["loan", "headline"]);
  });
  test("a title-case headline yields no event", () => {
    expect(only("Bank Approves Record Loan For Magnet Maker\nOutput rose.")).toEqual([]);
  });
});

describe("dates: the nearest date that governs the trigger's clause", () => {
  test("a date in another clause of the sentence is not the event's date", () => {
    expect(events("Exports fell in May as Beijing tightened export controls.")).toEqual([
      ["export_control", null, "China"],
    ]);
  });
  test("a complement takes the date of its reporting verb; a relative clause keeps its own", () => {
    expect(events("The agency said on Tuesday that it had approved a $30 million loan.")[0]?.[1]).toBe(
      "2025-11-18",
    );
  });
  test("the sentence's intro dates its main clause", () => {
    expect(events("In July, the cabinet launched a recycling initiative.")[0]?.[1]).toBe("2025-07");
  });
  test("a rule's 'from' date is its effective date, not its date", () => {
    const [e] = only("The government imposed a 15% tariff on magnet imports from January 1, 2026.");
    expect([e?.type, e?.date, e?.effective_date]).toEqual(["tariff", null, "2026-01-01"]);
  });
  test("a background clause dates itself only, and never with 'since'", () => {
    expect(events("Output recovered in August after officials eased export controls.")).toEqual([
      ["export_control", null, "China"],
    ]);
  });
  test("a day date of the governing clause or intro outranks a bare year in a document's name", () => {
    expect(
      events(
        "On 9 October 2025, the ministry issued Decree No. 8 of 2025, imposing export controls on alloys.",
      ),
    ).toEqual([["export_control", "2025-10-09", "China"]]);
  });
  test("an `until` date ends a suspension; it does not date it", () => {
    expect(
      events(
        "On 7 November 2025, the ministry announced that it would suspend Decree No. 8 until 10 November 2026.",
      ),
    ).toEqual([["export_control_suspension", "2025-11-07", "China"]]);
  });
  test("weekday dates resolve only when the article date is known", () => {
    const text = "The agency announced on Tuesday a $25 million grant for magnet recycling.";
    expect(events(text)[0]?.[1]).toBe("2025-11-18");
    expect(events(text, null)[0]?.[1]).toBeNull();
  });
  test("a date inside the trigger phrase is a last resort (`suspended its October controls on November 7`)", () => {
    expect(events("The ministry suspended its October export controls on November 7.")[0]?.[1]).toBe(
      "2025-11-07",
    );
  });
  test("a trailing '…, the company said on Monday' dates the act; '…, a newspaper reported' does not", () => {
    expect(
      events("The fund will provide a $50 million loan to the refiner, the company said on Monday.")[0]?.[1],
    ).toBe("2025-11-17");
    expect(
      events(
        "The fund will provide a $50 million loan to the refiner, a newspaper reported on Monday.",
      )[0]?.[1],
    ).toBeNull();
  });
  test("a plant takes the start date given later in its sentence", () => {
    expect(
      events("The group will build a magnet plant in Ohio, with output expected to start in 2028.")[0]?.[1],
    ).toBe("2028");
  });
  test("the items of a list take the date of its lead-in, the item's later sentences do not", () => {
    const text =
      "On March 3, 2025 the ministry published two decrees:\n• Alloys: exporters will require permits from May 1, 2025. Exporters need permits for each shipment.\n• Tools: the ministry added machines to its export control list.";
    const ev = only(text, "2025-06-01");
    expect(ev.map((e) => [e.type, e.date, e.effective_date])).toEqual([
      ["export_control", "2025-03-03", "2025-05-01"],
      ["export_control", "2025-03-03", null],
    ]);
  });
});

describe("actors: who acts in the trigger's clause", () => {
  test("the subject of the clause, not a name in a prepositional phrase", () => {
    expect(
      events("Under the accord with Korea Zinc, Solvay will buy up to 40% of the plant's output.")[0]?.[2],
    ).toBe("Solvay");
  });
  test("the agent of a passive and the source of money", () => {
    expect(events("Arafura was awarded a $70 million contract by the Pentagon.")[0]?.[2]).toBe(
      "US Department of Defense",
    );
    expect(events("Iluka received a A$1.65 billion loan from the Australian government.")[0]?.[2]).toBe(
      "Australia",
    );
    expect(events("Noveon raised $75 million in a round led by Baker Capital.")[0]?.[2]).toBe("Noveon");
  });
  test("a pronoun subject of a complement is the subject of the reporting clause", () => {
    expect(events("Arafura Rare Earths said on Friday it had signed an offtake agreement.")[0]?.[2]).toBe(
      "Arafura Rare Earths",
    );
  });
  test("a subject relative clause acts through its antecedent", () => {
    expect(
      events("The plant will serve the Pentagon, which has committed to buying all of the output.")[0]?.[2],
    ).toBe("US Department of Defense");
  });
  test("the name a rule's noun phrase hangs from: possessive or nationality", () => {
    expect(events("Demand slowed after Japan's new export restrictions took effect in May.")[0]?.[2]).toBe(
      "Japan",
    );
  });
  test("the parties of talks between two sides, from names or nationality adjectives", () => {
    expect(events("Talks between American and Chinese negotiators began in Geneva on Monday.")[0]?.[2]).toBe(
      "China; United States",
    );
  });
  test("two subjects joined by 'and', and the partner of a deal 'with' someone", () => {
    expect(events("Brazil and India signed a trade agreement on Friday.")[0]?.[2]).toBe("Brazil; India");
    expect(
      events("Solvay signed a partnership agreement with Neo Performance Materials on Monday.")[0]?.[2],
    ).toBe("Solvay; Neo Performance Materials");
  });
  test("a place before a plant says where, not who", () => {
    const text = "Title line\nVulcan Elements said it will open a U.S. magnet factory in 2027.";
    expect(events(text)[0]?.[2]).toBe("Vulcan Elements");
  });
  test("an unknown company is named as written, a possessive place dropped", () => {
    expect(
      events("Kenya's Ministry of Mining and Blue Economy approved a mining quota in June.")[0]?.[2],
    ).toBe("Ministry of Mining and Blue Economy");
  });
});

describe("amounts", () => {
  test("the figure that sizes the trigger, with currency and bounds", () => {
    const [e] = only("The agency will provide up to $134 million in funding for recyclers.");
    expect(e?.amount).toMatchObject({ value: 134e6, currency: "USD", unit: "USD", qualifier: "lte" });
  });
  test("a price floor keeps its per-unit price", () => {
    const [e] = only("The deal includes a minimum price of $110 per kilogram for the oxide.");
    expect(e?.amount).toMatchObject({ value: 110, unit: "USD/kg" });
  });
  test("each component of a deal keeps its own figure; a component without one has none", () => {
    const got = only(
      "The package includes a $400 million equity investment, a $150 million loan and a ten-year offtake agreement.",
    ).map((e) => [e.type, e.amount?.value ?? null]);
    expect(got).toEqual([
      ["equity_investment", 400e6],
      ["loan", 150e6],
      ["offtake", null],
    ]);
  });
  test("the parts a sum is made of are events of their own, without the sum's amount", () => {
    const got = only(
      "The state fund said on Tuesday it would invest A$80 million in the refiner through an equity placement and a loan.",
    ).map((e) => [e.type, e.date, e.amount?.value ?? null]);
    expect(got).toEqual([
      ["funding", "2025-11-18", 80e6],
      ["equity_investment", "2025-11-18", null],
      ["loan", "2025-11-18", null],
    ]);
  });
  test("a participle hanging from a dated clause takes its date, though that clause has a trigger of its own", () => {
    const got = only(
      "The cabinet on Monday unveiled a $3 billion minerals stockpile, backed by a $2 billion loan from the state bank.",
    ).map((e) => [e.type, e.date]);
    expect(got).toEqual([
      ["policy", "2025-11-17"],
      ["loan", "2025-11-17"],
    ]);
  });
  test("a figure without a currency is no amount", () => {
    expect(only("The ministry announced a grant for 12 recycling projects.")[0]?.amount).toBeNull();
  });
});

describe("dedupeEvents()", () => {
  const ev = (
    type: ExtractedEvent["type"],
    date: string | null,
    at: number,
    extra: Partial<ExtractedEvent> = {},
  ): ExtractedEvent =>
    ({
      type,
      date,
      quote_start: at,
      salience: "core",
      actor: "China",
      amount: null,
      ...extra,
    }) as ExtractedEvent;
  test("an undated mention with the type's only amount passes it to the dated mention it yields to", () => {
    const amount = { value: 7e9, currency: "USD" } as ExtractedEvent["amount"];
    const out = dedupeEvents([ev("loan", null, 0, { amount }), ev("loan", "2026-03-01", 80)]);
    expect(out.map((e) => [e.quote_start, e.amount?.value ?? null])).toEqual([[80, 7e9]]);
    // Two different undated amounts: which one the dated mention is remains open, so it gets none.
    const amount2 = { value: 5e9, currency: "USD" } as ExtractedEvent["amount"];
    const two = dedupeEvents([
      ev("loan", null, 0, { amount }),
      ev("loan", null, 40, { amount: amount2 }),
      ev("loan", "2026-03-01", 80),
    ]);
    expect(two.map((e) => e.amount)).toEqual([null]);
  });
  test("a month mention and a day mention of one act are one event, the day kept", () => {
    const out = dedupeEvents([ev("export_control", "2025-04", 0), ev("export_control", "2025-04-04", 50)]);
    expect(out.map((e) => e.quote_start)).toEqual([50]);
  });
  test("a background mention with a compatible date of a reported act is dropped", () => {
    const out = dedupeEvents([
      ev("export_control", "2025-04-04", 0),
      ev("export_control", "2025-04", 50, { salience: "peripheral" }),
      ev("export_control", "2025-10", 90, { salience: "peripheral" }),
    ]);
    expect(out.map((e) => e.quote_start)).toEqual([0, 90]);
  });
  test("background mentions in different months of one year are different acts", () => {
    const out = dedupeEvents([
      ev("export_control", "2025-04", 0, { salience: "peripheral" }),
      ev("export_control", "2025-10", 50, { salience: "peripheral" }),
      ev("export_control", "2025-10-09", 90, { salience: "peripheral" }),
    ]);
    expect(out.map((e) => e.quote_start)).toEqual([0, 50]);
  });
  test("undated events with different amounts are different events; a repeat without amount is not", () => {
    const money = (v: number) => ({ amount: { value: v, currency: "USD" } }) as Partial<ExtractedEvent>;
    const out = dedupeEvents([
      ev("loan", null, 0, money(150e6)),
      ev("loan", null, 40, money(90e6)),
      ev("loan", null, 80),
    ]);
    expect(out.map((e) => e.quote_start)).toEqual([0, 40]);
  });
  test("generic funding with the amount of a specific money event is that event", () => {
    const money = { amount: { value: 400e6, currency: "USD" } } as Partial<ExtractedEvent>;
    const out = dedupeEvents([ev("funding", null, 0, money), ev("equity_investment", null, 40, money)]);
    expect(out.map((e) => e.type)).toEqual(["equity_investment"]);
  });
  test("dated main-clause events of one type on one day are all kept", () => {
    const out = dedupeEvents([ev("export_control", "2025-10-09", 0), ev("export_control", "2025-10-09", 60)]);
    expect(out).toHaveLength(2);
  });
});

describe("appositions and datelines", () => {
  test("`as a …` after an act's object names what was unveiled, in the act's own clause and date", () => {
    const text =
      "Governor Alvarez unveiled Harbour Reserve on March 3, 2025 as a $4 billion strategic mineral stockpile.";
    expect(events(text).find((e) => e[0] === "policy")).toEqual(["policy", "2025-03-03", "Governor Alvarez"]);
  });
  test("`as a …` followed by a verb is still a clause of its own", () => {
    const text = "Prices climbed as a wave of buyers rushed back in March, traders said.";
    expect(events(text)).toEqual([]);
  });
  test("the line right under a dateline takes its day; the lines after it do not", () => {
    const body = [
      "Reserve news",
      "March 3, 2025",
      "Harbour bank approves $2 billion loan to Keystone Metals",
      "The ministry imposed export controls on cobalt alloys.",
    ].join("\n");
    const out = only(body, "2025-03-20");
    expect(out.map((e) => [e.type, e.date])).toEqual([
      ["loan", "2025-03-03"],
      ["export_control", null],
    ]);
  });
  test("a dateline on top makes the line under it the headline", () => {
    const body =
      "March 3, 2025\nHarbour Reserve gets $2 billion state loan\nThe bank approved the loan on March 1.";
    const loans = only(body, "2025-03-20").filter((e) => e.type === "loan");
    expect(loans.map((e) => [e.date, e.note])).toEqual([
      ["2025-03-03", "headline"],
      ["2025-03-01", null],
    ]);
  });
  test("an agency's undated act is not a restatement of another actor's dated act of the type", () => {
    const text =
      "On March 3, Canberra unveiled a national minerals strategy. The Pentagon is separately ramping up its National Defense Stockpile with up to $2 billion in purchases.";
    expect(events(text, "2026-03-20")).toEqual([
      ["policy", "2026-03-03", "Australia"],
      ["policy", null, "US Department of Defense"],
    ]);
  });
  test("the same agency's undated mention still yields to its dated act", () => {
    const text =
      "On March 3, the Pentagon unveiled a national minerals strategy. It said the Pentagon adopted a new stockpile policy to secure supply.";
    expect(events(text, "2026-03-20")).toEqual([["policy", "2026-03-03", "US Department of Defense"]]);
  });
});
