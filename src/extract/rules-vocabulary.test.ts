/**
 * The trigger vocabulary, one sentence per way of saying an act (verb, noun and passive forms), grouped by event type.
 * Every sentence was written for this test; none is taken from an article.
 */
import { describe, expect, test } from "vitest";
import { extractArticle } from "./extract.ts";

/** 2025-11-20 is a Thursday. */
const DOC = "2025-11-20";
const types = (text: string) => extractArticle(text, { docDate: DOC }).events.map((e) => e.type);
const first = (text: string) => extractArticle(text, { docDate: DOC }).events[0];

/** Each sentence gives (at least) an event of the type. */
function each(type: string, sentences: string[]) {
  for (const s of sentences) test(s, () => expect(types(s)).toContain(type));
}

describe("export controls", () => {
  each("export_control", [
    "Beijing restricted exports of seven medium and heavy rare earths on April 4.",
    "The ministry banned the export of magnet-making technology last week.",
    "The commerce ministry prohibited exports of lithium battery cathode technology in December.",
    "From now on, gallium and germanium exports require a licence.",
    "The rules require foreign firms to obtain a dual-use export licence for goods with Chinese content.",
    "Technologies for separating heavy rare earths will not be permitted without approval, the ministry said.",
    "The ministry added holmium and erbium to its export control list on October 9.",
    "Exporters now need permits to ship samarium abroad.",
    "The government imposed dual-use export controls on five more elements.",
    "China introduced an export licensing regime for graphite anodes in October.",
    "The cabinet tightened controls on tungsten and bismuth exports in February.",
  ]);
});

describe("suspensions of controls", () => {
  each("export_control_suspension", [
    "China suspended the October export restrictions for one year.",
    "Beijing will lift the curbs on gallium shipments to the United States.",
    "The ministry postponed the controls announced in early October.",
    "The export ban on antimony was revoked on Monday.",
    "China agreed to a one-year pause on the new controls.",
    "The commerce ministry announced the suspension of the licensing rules for magnets.",
  ]);
});

describe("licences and licence applications", () => {
  each("export_license", [
    "The ministry approved the first export licences for magnet makers in June.",
    "Several exporters have received general licences since December.",
    "Licences for shipments to European carmakers were granted on Tuesday.",
    "The magnet maker obtained export licences for three customers.",
    "The ministry approved exports of gallium to two buyers in December.",
  ]);
  each("export_license_application", [
    "Magnet makers applied for export licences in May.",
    "The company is seeking licences to ship dysprosium to Japan.",
    "Dozens of firms submitted licence applications last month.",
    "Magnet makers applied for export permits in May.",
  ]);
});

describe("quotas", () => {
  each("quota", [
    "The industry ministry issued the first batch of mining quotas on Friday.",
    "The government set the smelting and separation quota at 127,000 tonnes.",
    "The ministries released the total control indicators for rare earth mining in March.",
  ]);
  test("a year inside the quota's noun phrase, or a 'for this year' after it, names the period covered", () => {
    expect(
      first("The ministry set its 2024 rare earth mining output quota at 135,000 tonnes, it said on Friday.")
        ?.date,
    ).toBe("2025-11-14");
    expect(first("The ministry announced mining quotas for this year on Monday.")?.date).toBe("2025-11-17");
  });
});

describe("tariffs and trade restrictions", () => {
  each("tariff", [
    "Washington slapped a 25% tariff on imported permanent magnets.",
    "The European Union imposed anti-dumping duties on Chinese magnet imports in July.",
    "The government levied a 10% export tax on rare earth concentrates.",
    "The White House cut tariffs on Chinese goods to 47%.",
  ]);
  each("trade_restriction", [
    "The Commerce Department added two magnet makers to the entity list.",
    "The treasurer blocked a takeover of the rare earth miner by a foreign buyer.",
    "The government ordered four investors to divest their stakes in the rare earth developer.",
    "Beijing placed the defence contractor on its unreliable entity list in February.",
  ]);
});

describe("trade talks and agreements", () => {
  each("trade_talks", [
    "Negotiators held talks in Geneva on export licences.",
    "The two sides met with each other in Kuala Lumpur last weekend.",
    "Trade consultations between the two governments resumed on Monday.",
    "The leaders discussed rare earths at a summit in Busan.",
    "The two trade ministers held a phone call on Tuesday.",
    "Delegations from the two countries met in Madrid to discuss export licences.",
  ]);
  each("trade_agreement", [
    "The two governments signed a critical minerals framework at the White House.",
    "Canberra and Washington agreed a bilateral minerals deal worth $8.5 billion.",
    "The countries reached a trade truce in late October.",
    "The G7 unveiled a pact on critical minerals on Friday.",
    "The two countries reached a deal on rare earths on Sunday.",
  ]);
});

describe("money", () => {
  each("grant", [
    "The Department of Energy awarded a $17.5 million grant to the recycler.",
    "The state awarded $13 million to the county for road works at the plant site.",
    "The agency granted $50 million to a magnet recycler on June 3.",
  ]);
  each("loan", [
    "Export Finance Australia approved a A$1.25 billion loan for the refinery.",
    "The bank issued a letter of interest for up to $120 million.",
    "The energy department made a conditional commitment to the magnet maker.",
    "The development bank lent $300 million to the separation project.",
  ]);
  each("equity_investment", [
    "The Pentagon bought $400 million of preferred stock in the miner.",
    "The agency took a 10% stake in the magnet maker.",
    "The state fund acquired 15% of the company in a share placement.",
    "The government will receive a $100 million equity investment in the refinery.",
    "The agreement gives the state fund a 10% stake in the miner.",
  ]);
  each("funding", [
    "The start-up raised $65 million in a Series A round.",
    "The ministry will provide $94 million for equipment at the plant.",
    "The governments committed at least $1 billion each to priority projects.",
    "The miner will contribute an additional A$214 million for the project.",
    "The recycler secured $45 million from two venture funds on Tuesday.",
    "The explorer obtained A$120 million from a state lender in March.",
    "The battery firm won $75 million in federal backing in June.",
    "The start-up attracted $18 million from strategic investors.",
    "The state bank will finance the refinery with $400 million.",
  ]);
  test("money a company earns is no funding", () => {
    expect(types("The miner received $30 million in revenue from oxide sales.")).not.toContain("funding");
    expect(types("The magnet maker won $50 million in orders from carmakers.")).not.toContain("funding");
    expect(types("The company received $3 million from the sale of its smelter.")).not.toContain("funding");
    expect(types("The miner won A$5 million in a court case.")).not.toContain("funding");
  });
  each("contract_award", [
    "The Army awarded the magnet maker a $40 million contract for drone motors.",
    "The recycler won a contract to supply the navy.",
    "The company signed a $120 million follow-on contract with the defence department.",
    "The navy awarded the magnet maker a $30 million deal to build motors.",
    "The army selected the start-up to supply magnets for drones in June.",
  ]);
  each("subsidy_scheme", [
    "The cabinet approved a Rs 7,280 crore incentive scheme for magnet manufacturing.",
    "The government launched production-linked incentives for magnet makers.",
    "Congress extended the advanced manufacturing tax credit to magnet producers.",
  ]);
});

describe("deals and prices", () => {
  each("offtake", [
    "The refiner signed a binding offtake agreement with the mine in August.",
    "The carmaker agreed to buy magnets from the new plant for ten years.",
    "The buyer will purchase 50% of the mixed rare earth carbonate output.",
    "The parties signed an agreement for the supply of NdPr oxide.",
    "The magnet maker signed a long-term supply contract with the carmaker.",
    "The deal gives the trading house priority supply rights to the plant's oxide.",
  ]);
  each("price_floor", [
    "The deal sets a minimum price guarantee of $110 per kilogram.",
    "The agreement includes a price floor for NdPr oxide of $110/kg.",
    "The department guaranteed a price of $110 per kilogram for the oxide.",
  ]);
  each("price_listing", ["The state group published its listed prices for February."]);
  each("joint_venture", [
    "The two miners formed a joint venture to build a separation plant.",
    "The companies set up a JV in Saudi Arabia.",
    "The two miners set up a joint company in Malaysia in May.",
  ]);
  each("partnership", [
    "The recycler partnered with a carmaker to recover magnets from scrapped vehicles.",
    "The two firms signed a memorandum of understanding on magnet supply chains.",
    "The magnet maker joined forces with a university on sintering research.",
    "The company announced a strategic alliance with a Japanese trading house.",
    "Three carmakers have signed up to the minerals stockpile programme.",
    "Two magnet makers are taking part in the recycling initiative.",
    "Participants include two carmakers and a chip maker.",
  ]);
  test("the companies listed before or after a participation are its actors", () => {
    const actor = (s: string) =>
      extractArticle(s, { docDate: DOC }).events.find((e) => e.type === "partnership")?.actor;
    expect(actor("Alpha Motors, Beta Autos and Gamma Trucks joined the stockpile scheme on Monday.")).toBe(
      "Alpha Motors; Beta Autos; Gamma Trucks",
    );
    expect(actor("Members of the new alliance include Alpha Motors and Beta Autos.")).toBe(
      "Alpha Motors; Beta Autos",
    );
    expect(actor("Carmakers Alpha Motors and Beta Autos have signed up to the scheme.")).toBe(
      "Alpha Motors; Beta Autos",
    );
  });
});

describe("plants, decisions, rules and reports", () => {
  each("facility", [
    "The company started construction of its magnet plant in Narva.",
    "The miner opened a separation facility in Texas on Tuesday.",
    "The firm broke ground on a recycling hub in Tennessee.",
    "Production at the new oxide plant began in January.",
    "The miner restarted its separation plant in March.",
    "The company expanded its magnet factory last year.",
    "The refinery entered commercial production in the December quarter.",
    "The start-up is developing a magnet factory in North Carolina.",
    "The producer plans to expand its capacity to 10,000 tonnes a year.",
    "The prime minister attended the inauguration of the magnet factory on Friday.",
  ]);
  each("corporate_decision", [
    "The miner will stop shipping concentrate to China.",
    "The miner stopped sending ore to overseas refiners in April.",
    "The refiner resumed shipments to overseas buyers in January.",
  ]);
  each("regulation", [
    "The commission adopted the Critical Raw Materials Act in March.",
    "The ministries issued interim rules on total volume control of rare earths.",
    "The president signed an executive order on critical mineral production.",
    "The bill was signed into law in July.",
    "The ministry issued new rules on rare earth smelting in August.",
  ]);
  each("policy", [
    "The government launched a national critical minerals strategy.",
    "The agency unveiled a roadmap for magnet recycling.",
    "Washington plans to establish a strategic stockpile of rare earths.",
    "The ministry added six elements to its critical minerals list.",
    "The government unveiled a $5 billion critical minerals stockpile on Monday.",
    "The president launched a strategic reserve for rare earths in August.",
    "The agency will set up a national stockpile of cobalt, officials said on Monday.",
    "Washington announced the programme, a $10 billion reserve of critical minerals, on Monday.",
  ]);
  test("cash reserves, a company's spending plan and board members are no policy or partnership", () => {
    expect(types("The miner holds $2 billion in cash reserves.")).not.toContain("policy");
    expect(types("The company announced a $2 billion expansion plan on Monday.")).not.toContain("policy");
    expect(types("Board members are worried about the plan.")).not.toContain("partnership");
  });
  test("output that started to recover is no plant event", () => {
    expect(types("Production at the plant started to recover in the third quarter.")).toEqual([]);
  });
  test("ore reserves and a buyer's stocks are no policy", () => {
    expect(types("The deposit holds rare earth reserves of 2 million tonnes in 2024.")).not.toContain(
      "policy",
    );
    expect(types("Magnet buyers built up stockpiles ahead of the controls.")).not.toContain("policy");
  });
  each("report", ["The agency published its annual report on critical minerals in May."]);
});

describe("dates", () => {
  const date = (s: string) => first(s)?.date;
  test("month-day with ordinals, day-month, weekdays and relative days", () => {
    expect(date("The ministry imposed export controls on gallium on October 9th.")).toBe("2025-10-09");
    expect(date("The ministry imposed export controls on gallium on the 9th of October.")).toBe("2025-10-09");
    expect(date("The ministry imposed export controls on gallium yesterday.")).toBe("2025-11-19");
    expect(date("The ministry imposed export controls on gallium on Monday.")).toBe("2025-11-17");
    expect(date("The miner opened its separation plant in the December quarter.")).toBe("2024-Q4");
  });
  test("an act dated by the reporting frame of the next sentence", () => {
    expect(
      date(
        "The ministry imposed new export controls on tungsten alloys.\nThe ministry made the announcement on Monday.",
      ),
    ).toBe("2025-11-17");
    expect(
      date(
        "The agency has awarded the recycler a $20 million grant.\nThe agency said Tuesday the grant covers equipment.",
      ),
    ).toBe("2025-11-18");
  });
  test("a month after 'in' dates a plan or programme, though a 'for' phrase comes between", () => {
    expect(date("The cabinet launched a programme for magnet recycling in August.")).toBe("2025-08");
  });
  test("an act said 'also' right after a dated one of the same actor takes its date", () => {
    const text =
      "Alpha Mining announced on March 3 that it had signed an offtake agreement.\nThe company also secured a $40 million loan from a regional bank.";
    expect(extractArticle(text, { docDate: DOC }).events.map((e) => [e.type, e.date])).toEqual([
      ["offtake", "2025-03-03"],
      ["loan", "2025-03-03"],
    ]);
    // Past the lead (three sentences of running text), another actor's act, or an act two sentences later, is not
    // dated by it.
    const body =
      "Demand for magnets rose this year.\nPrices of oxide were steady.\nCarmakers kept buying.\nAlpha Mining announced on March 3 that it had signed an offtake agreement.\n";
    const other = `${body}Beta Metals also secured a $40 million loan from a regional bank.`;
    expect(extractArticle(other, { docDate: DOC }).events.find((e) => e.type === "loan")?.date).toBeNull();
    const later = `${body}The plant will be its first.\nThe company also secured a $40 million loan.`;
    expect(extractArticle(later, { docDate: DOC }).events.find((e) => e.type === "loan")?.date).toBeNull();
  });
  test("a part of a deal described after the lead takes the lead's date; an earlier act does not", () => {
    const text =
      "The agency on Monday unveiled a $5 billion critical minerals stockpile.\nIt will be financed by a $4 billion loan from the state bank.\nThree carmakers have joined the programme.\nThe bank lent $2 billion to a smelter in 2023.";
    const got = extractArticle(text, { docDate: DOC }).events.map((e) => [e.type, e.date, e.note]);
    expect(got).toEqual([
      ["policy", "2025-11-17", null],
      ["loan", "2025-11-17", "date from the lead"],
      ["partnership", "2025-11-17", "date from the lead"],
      ["loan", "2023", null],
    ]);
  });
  test("a reporting clause with 'that' and a modal: the act is reported, dated by the report", () => {
    expect(date("The cabinet said on Monday that it would impose tariffs on magnet imports.")).toBe(
      "2025-11-17",
    );
    expect(date("The cabinet said in a notice published on Monday that it will cut quotas.")).toBe(
      "2025-11-17",
    );
  });
  test("the act's own notice dates it; a newspaper's report does not", () => {
    expect(
      date("The ministry imposed export controls on bismuth, according to a notice dated November 3."),
    ).toBe("2025-11-03");
    expect(
      date("The ministry imposed export controls on bismuth, according to a newspaper on Monday."),
    ).toBeNull();
  });
  test("a next sentence that dates 'the announcement' or 'the move' dates the act", () => {
    expect(date("The ministry imposed export controls on bismuth.\nThe announcement came on Monday.")).toBe(
      "2025-11-17",
    );
    expect(
      date(
        "The ministry imposed export controls on bismuth.\nThe move, announced on Monday, covers four metals.",
      ),
    ).toBe("2025-11-17");
  });
  test("a participial aside on the subject dates what the deal includes", () => {
    const text =
      "The deal, announced on July 10, includes a $300 million equity investment and a $90 million loan.";
    expect(extractArticle(text, { docDate: DOC }).events.map((e) => [e.type, e.date])).toEqual([
      ["equity_investment", "2025-07-10"],
      ["loan", "2025-07-10"],
    ]);
  });
  test("a frame naming someone else does not date the act", () => {
    expect(
      date(
        "The agency has awarded the recycler a $20 million grant.\nAnalysts said on Tuesday that demand is weak.",
      ),
    ).toBeNull();
  });
});

describe("no event from an act that did not or may not happen", () => {
  for (const s of [
    "The ministry has not approved any export licences since April.",
    "China did not impose new export controls on magnets.",
    "The company didn't sign a supply agreement.",
    "The company denied it had signed a supply agreement with the carmaker.",
    "The ministry declined to approve the licence applications.",
    "Beijing has no plans to impose export controls on magnets.",
    "The ministry could impose export controls on magnets next year.",
    "Washington may impose tariffs on magnet imports.",
    "The ministry threatened to impose export controls on magnets.",
    "Officials are considering new tariffs on imported magnets.",
    "If the talks fail, Washington will raise tariffs.",
    "Analysts expect Beijing to impose new quotas.",
    "The firm said it might build a plant in Texas.",
    "Will Beijing impose new export controls on rare earths?",
    "The ministry has yet to approve any export licences.",
    "Neither firm has secured a supply agreement.",
    "It remains unclear whether the refiner will receive the $40 million loan.",
    "Investors hope the state will provide $2 billion in funding.",
    "The recycler is in talks to secure a $50 million loan.",
    "The developer is seeking $50 million in funding.",
    "Such a merger would require approval from regulators.",
  ])
    test(s, () => expect(types(s)).toEqual([]));
  test("'not only' and the month May are no negation or modal", () => {
    expect(types("China not only imposed export controls but also cut quotas.")).toEqual([
      "export_control",
      "quota",
    ]);
    expect(types("China in May imposed export controls on magnets.")).toEqual(["export_control"]);
  });
  test("a restriction worded with 'not … without approval' is an export control", () => {
    expect(
      types("Technologies for separating heavy rare earths will not be permitted without approval."),
    ).toEqual(["export_control"]);
  });
});

describe("highlights and headlines", () => {
  test("a list item before the running text gives way to the body's mention of the act", () => {
    const text =
      "Key points:\n- The ministry cuts tariffs on magnet imports\nThe ministry on Tuesday cut tariffs on magnet imports to 5%, it said.";
    const events = extractArticle(text, { docDate: DOC }).events;
    expect(events.map((e) => [e.type, e.date, e.note])).toEqual([["tariff", "2025-11-18", null]]);
  });
  test("a list item after the running text began is an event of the body", () => {
    const text =
      "The ministry published three decisions on Tuesday:\n- It cut tariffs on magnet imports.\n- It approved a $5 million grant for a recycler.";
    const events = extractArticle(text, { docDate: DOC }).events;
    expect(events.map((e) => [e.type, e.note])).toEqual([
      ["tariff", null],
      ["grant", null],
    ]);
  });
  test("a title-case line is a title, not an act", () => {
    expect(
      types("Analysis\nGovernment Partnership Secures Funding and Offtake\nPrices rose in May."),
    ).toEqual([]);
  });
});
