import { describe, expect, it } from "vitest";
import { CapacityProjectRowSchema } from "./capacity-projects.ts";
import { CompanyResultRowSchema, companyResultsTable } from "./company-results.ts";
import { MarketEstimateRowSchema, publishedPeriod } from "./market-estimates.ts";
import { PolicyEventRowSchema } from "./policy-events.ts";

const event = {
  event_id: "CN-2025-02",
  date: "2025-04-04",
  effective_date: "",
  end_date: "",
  jurisdiction: "China",
  actor: "MOFCOM",
  instruments: "export_control",
  announcement_no: "Ministry Announcement No. 7 [2025]",
  title: "Announcement No. 7 [2025]: control of two elements",
  materials: "Dy;Tb",
  elements: "Dy;Tb",
  hs_codes: "85051110",
  amount: "",
  amount_qualifier: "",
  is_approx: "false",
  amount_unit: "",
  status: "in_force",
  summary: "",
  source_id: "x-2025",
  source_id_2: "",
  exclude_reason: "",
  note: "",
};

const result = {
  company: "Alpha Magnet Works",
  ticker: "123456.SZ",
  period: "2025-H1",
  period_as_published: "2025-H1",
  fiscal_period: "",
  period_end: "",
  item: "net_profit_attributable",
  value: "300000000",
  value_low: "",
  value_high: "",
  value_qualifier: "",
  is_approx: "false",
  unit: "CNY",
  yoy_pct: "12.5",
  qoq_pct: "",
  basis: "reported",
  source_id: "x-2025",
  exclude_reason: "",
  note: "",
};

const path = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => i.path.join("."));

describe("curated table schemas", () => {
  it("PolicyEventRowSchema reads elements as symbols and refuses a name, a lower-case symbol or a dotted HS code", () => {
    expect(PolicyEventRowSchema.safeParse(event).success).toBe(true);
    expect(path(PolicyEventRowSchema.safeParse({ ...event, elements: "dysprosium" }))).toEqual(["elements"]);
    expect(path(PolicyEventRowSchema.safeParse({ ...event, elements: "dy;Tb" }))).toEqual(["elements"]);
    expect(path(PolicyEventRowSchema.safeParse({ ...event, hs_codes: "8505.11.10" }))).toEqual(["hs_codes"]);
  });

  it("PolicyEventRowSchema rejects an instrument outside the list", () => {
    const listed = { ...event, instruments: "export_control;licence" };
    expect(PolicyEventRowSchema.safeParse(listed).success).toBe(true);
    expect(path(PolicyEventRowSchema.safeParse({ ...event, instruments: "export_control;embargo" }))).toEqual(
      ["instruments"],
    );
  });

  it("PolicyEventRowSchema refuses a qualifier without an amount", () => {
    expect(path(PolicyEventRowSchema.safeParse({ ...event, amount_qualifier: "gte" }))).toEqual([
      "amount_qualifier",
    ]);
  });

  it("CompanyResultRowSchema refuses a fiscal year filed as the calendar year it ends in", () => {
    const fy = {
      ...result,
      period_as_published: "FY2025",
      fiscal_period: "FY2025",
      period_end: "2025-06-30",
    };
    expect(path(CompanyResultRowSchema.safeParse({ ...fy, period: "2025" }))).toEqual(["period"]);
    expect(CompanyResultRowSchema.safeParse({ ...fy, period: "2024-07..2025-06" }).success).toBe(true);
  });

  it("CompanyResultRowSchema keeps a blank value blank and needs a note to say why", () => {
    const blank = CompanyResultRowSchema.safeParse({
      ...result,
      value: "",
      note: "absolute value not published",
    });
    expect(blank.success).toBe(true);
    expect(blank.data?.value).toBeNull();
    expect(companyResultsTable.toFigures!(blank.data!, { sourceYear: () => "2025" })).toEqual([]);
    expect(path(CompanyResultRowSchema.safeParse({ ...result, value: "" }))).toEqual(["value"]);
  });

  it("CompanyResultRowSchema reads a published range as low/high and refuses half a range or both forms", () => {
    const r = CompanyResultRowSchema.safeParse({
      ...result,
      value: "",
      value_low: "505000000",
      value_high: "550000000",
    });
    expect(r.data).toMatchObject({ value: null, valueLow: 505000000, valueHigh: 550000000 });
    const [f] = companyResultsTable.toFigures!(r.data!, { sourceYear: () => "2025" });
    expect(f).toMatchObject({ value: null, low: 505000000, high: 550000000, column: "value_low" });
    expect(path(CompanyResultRowSchema.safeParse({ ...result, value_low: "1", value_high: "2" }))).toEqual([
      "value",
    ]);
    expect(path(CompanyResultRowSchema.safeParse({ ...result, value: "", value_low: "1" }))).toEqual([
      "value_high",
    ]);
  });

  it("CompanyResultRowSchema carries a lower bound as value with qualifier gt into the figure", () => {
    const r = CompanyResultRowSchema.parse({
      ...result,
      item: "capacity_utilisation",
      value: "90",
      value_qualifier: "gt",
      unit: "%",
    });
    const [f] = companyResultsTable.toFigures!(r, { sourceYear: () => "2025" });
    expect(f).toMatchObject({ value: 90, qualifier: "gt", metric: "company_operating" });
  });

  it("CapacityProjectRowSchema refuses a capacity given both as a value and a range", () => {
    const p = {
      project_id: "TL-ABC-01",
      company: "Alpha",
      country: "Testland",
      site: "",
      stage: "magnet",
      magnet_type: "",
      product: "magnets",
      capacity_tpy: "2000",
      capacity_low_tpy: "1500",
      capacity_high_tpy: "2000",
      capacity_tpy_qualifier: "",
      is_approx: "false",
      capacity_basis: "",
      mass_basis: "finished",
      capacity_text: "",
      status: "planned",
      start_year: "",
      target_year: "",
      capex_amount: "",
      capex_amount_qualifier: "",
      capex_is_approx: "false",
      capex_currency: "",
      source_id: "x-2025",
      exclude_reason: "",
      note: "",
    };
    expect(path(CapacityProjectRowSchema.safeParse(p))).toEqual(["capacity_tpy"]);
    expect(CapacityProjectRowSchema.safeParse({ ...p, capacity_tpy: "" }).success).toBe(true);
  });

  it("MarketEstimateRowSchema refuses a qualifier on a missing value", () => {
    const m = {
      estimate_id: "DM-12",
      publisher: "Delta",
      publisher_type: "trade press",
      published_date: "2025 (mid)",
      metric: "NEV magnet demand",
      scope_basis: "",
      mass_basis: "finished",
      geography: "global",
      base_year: "2025",
      base_value: "60000",
      base_low: "",
      base_high: "",
      base_value_qualifier: "gt",
      target_year: "",
      target_value: "",
      target_low: "",
      target_high: "",
      target_value_qualifier: "",
      unit: "t",
      stated_cagr_pct: "",
      computed_cagr_pct: "",
      scenario: "",
      is_approx: "false",
      source_id: "x-2025",
      exclude_reason: "",
      note: "",
    };
    expect(MarketEstimateRowSchema.safeParse(m).success).toBe(true);
    expect(path(MarketEstimateRowSchema.safeParse({ ...m, base_value: "" }))).toEqual(["base_value"]);
  });

  it("publishedPeriod() reads the leading period of a loose publication date", () => {
    expect(["2025-10", "2025 (approx.)", "2024-06/2025", "2024-Q3", "unknown"].map(publishedPeriod)).toEqual([
      "2025-10",
      "2025",
      "2024-06",
      "2024-Q3",
      null,
    ]);
  });
});
