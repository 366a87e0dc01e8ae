import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../extract/index.ts";
import type { Store } from "../store/store.ts";
import { openTestStore } from "../../test/support/test-store.ts";
import { checkClaims } from "./check-claims.ts";
import { loadKnowledgeBase } from "./load-knowledge-base.ts";

// An article written for this test (not from any news source); the Germany figure and the 25% quota are wrong on purpose.
const ARTICLE = `title: Test note on magnets
publisher: Test Wire
source: https://example.org/test-note
date: 2025-08-20
---
China exported 1,000 tonnes of rare earth magnets to Germany in July 2025, customs data showed.
The EU's Critical Raw Materials Act requires that permanent magnets contain 25% recycled material by 2030.
China's Ministry of Commerce imposed export controls on seven rare earths on April 4, 2025.
Demand for NdFeB magnets from humanoid robots could reach 300,000 tonnes in 2030, when 1 million humanoid robots are produced.
`;

let store: Store;
beforeAll(async () => {
  store = await openTestStore("bundled");
});
afterAll(() => store?.close());

describe("loadKnowledgeBase() with the bundled data", () => {
  it("fetches only the figures the claims need and checks the article end to end", async () => {
    const extraction = extractArticle(ARTICLE);
    const kb = await loadKnowledgeBase(store, extraction);
    const allowed = [
      "export_volume",
      "export_volume_ytd",
      "export_value",
      "export_value_ytd",
      "mine_production",
      // Small tables loaded whole for every article (prices, register amounts).
      "price",
      "oxide_price_annual",
      "policy_amount",
    ];
    expect(kb.figures.length).toBeGreaterThan(0);
    expect(kb.figures.filter((f) => !allowed.includes(f.metric))).toEqual([]);
    expect(kb.figures.some((f) => f.metric === "us_export_value")).toBe(false);
    // Company results, market estimates, capacity projects and sourced exchange and VAT rates come with every snapshot.
    expect(
      kb.companyResults.some((r) => r.item === "revenue" && r.source.publisher !== "(source not loaded)"),
    ).toBe(true);
    expect(kb.marketEstimates.length).toBeGreaterThan(10);
    expect(kb.capacityProjects.length).toBeGreaterThan(10);
    expect(
      kb.exchangeRates.find((r) => r.base === "USD" && r.quote === "CNY" && r.period === "2020"),
    ).toMatchObject({
      rate: 6.9042,
      source: { id: "federal-reserve-g5a-2024" },
    });
    expect(kb.taxRates.some((t) => t.jurisdiction === "China" && t.ratePct === 13)).toBe(true);
    expect(kb.provisions.map((p) => p.id)).toContain("EU-CRMA-ART29-MINIMUM");

    const { checks } = checkClaims(extraction, kb);
    const find = (re: RegExp) => checks.find((c) => re.test(c.claim.quote))!;
    const germany = checks.find((c) => "counterparty" in c.claim && c.claim.counterparty === "Germany")!;
    expect(germany.verdict).toBe("inconsistent");
    expect(germany.reasons[0]!.sources.map((s) => s.id)).toContain("reuters-2025-08-043a4d");
    const crma = checks.find((c) => c.subject === "claim" && /25% recycled/.test(c.claim.quote))!;
    expect(crma.verdict).toBe("inconsistent");
    expect(crma.reasons[0]!.message).toMatch(
      /sets no recycled content requirement.*EU-CRMA-BENCH-RECYCLING/s,
    );
    expect(crma.reasons[0]!.sources[0]!.url).toMatch(/eur-lex/);
    const control = checks.find((c) => c.subject === "event" && /April 4/.test(c.claim.quote))!;
    expect(control.verdict).toBe("consistent");
    expect(control.reasons[0]!.message).toMatch(/CN-2025-02/);
    expect(find(/humanoid/).reasons.some((r) => r.kind === "per_unit" && r.outcome === "inconsistent")).toBe(
      true,
    );
  });

  it("checks a share of world mine production against the latest USGS edition (entity 'World total')", async () => {
    // Written for this test: 90% is far from China's share in the USGS tables (about 69-71%).
    const text = `date: 2025-06-01
---
China accounts for 90% of global rare earth mine production, the ministry said.`;
    const extraction = extractArticle(text);
    const { checks } = checkClaims(extraction, await loadKnowledgeBase(store, extraction));
    const share = checks.find((c) => c.subject === "claim" && /90%/.test(c.claim.quote))!;
    expect(share.verdict).toBe("inconsistent");
    const reason = share.reasons.find((r) => r.kind === "known_share")!;
    expect(reason.sources.map((s) => s.id)).toContain("usgs-mcs-2026");
    expect(reason.expected?.value).toBeGreaterThan(60);
    expect(reason.expected?.value).toBeLessThan(75);
  });

  it("checks another country's share of world mine production, not only China's", async () => {
    // Written for this test.
    const text = `date: 2025-06-01
---
The United States mined about 12% of global rare earth output in 2024, the survey said.`;
    const extraction = extractArticle(text);
    const { checks } = checkClaims(extraction, await loadKnowledgeBase(store, extraction));
    const share = checks.find((c) => c.subject === "claim" && /12%/.test(c.claim.quote))!;
    const reason = share.reasons.find((r) => r.kind === "known_share")!;
    expect(reason.outcome).toBe("consistent");
    expect(reason.message).toMatch(/United States .* ÷ world .* in 2024/);
  });
});
