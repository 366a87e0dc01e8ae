import { describe, expect, it } from "vitest";
import { ApplicationParameterRowSchema } from "./application-parameters.ts";
import { ChinaMagnetExportRowSchema, chinaMagnetExportsTable } from "./china-magnet-exports.ts";
import { MineProductionRowSchema, mineProductionTable } from "./mine-production.ts";
import { PricePointRowSchema, pricePointsTable } from "./price-points.ts";

const mine = {
  country: "China",
  iso3: "CHN",
  year: "2024",
  mine_production_t_reo: "270000",
  status: "estimated",
  vintage: "USGS MCS 2026 v1.3",
  is_latest_vintage: "true",
  source_id: "usgs-mcs-2026",
  note: "",
};
const price = {
  date: "2025-07",
  date_precision: "month",
  material: "NdPr oxide",
  product_as_published: "NdPr oxide",
  purity: "",
  location_basis: "China domestic spot (ex-works)",
  tax_basis: "",
  price_type: "spot",
  price_low: "440000",
  price_high: "460000",
  currency: "CNY",
  unit: "CNY/t",
  assessor: "SMM",
  source_id: "smm-2025-07-abcdef",
  note: "",
  price_low_qualifier: "",
  price_high_qualifier: "",
  is_approx: "false",
  vintage: "",
  exclude_reason: "",
};

// A made-up export row for these tests (not a claim about the world).
const exportRow = {
  month: "2025-05",
  destination: "World",
  destination_type: "world",
  volume_t: "1200",
  value_usd: "60000000",
  unit_value_usd_per_t: "",
  mom_pct: "",
  yoy_pct: "",
  share_of_world_pct: "",
  rank_by_volume: "",
  ytd_volume_t: "",
  ytd_value_usd: "",
  ytd_unit_value_usd_per_t: "",
  ytd_yoy_pct: "",
  product_scope: "HS 85051110 rare-earth permanent magnets (China customs)",
  data_origin: "customs",
  is_derived: "false",
  source_id: "x-2025",
  note: "",
  is_approx: "false",
  approx_columns: "value_usd",
  exclude_reason: "",
};

describe("row schemas", () => {
  it("ChinaMagnetExportRowSchema marks only the hedged measure approximate and carries an exclusion", () => {
    const figs = chinaMagnetExportsTable.toFigures!(ChinaMagnetExportRowSchema.parse(exportRow), {
      sourceYear: () => null,
    });
    expect(figs.map((f) => [f.metric, f.approx])).toEqual([
      ["export_volume", false],
      ["export_value", true],
    ]);
    const excluded = chinaMagnetExportsTable.toFigures!(
      ChinaMagnetExportRowSchema.parse({ ...exportRow, exclude_reason: "test reason" }),
      { sourceYear: () => null },
    );
    expect(excluded.every((f) => f.excludeReason === "test reason")).toBe(true);
  });

  it("ChinaMagnetExportRowSchema keeps another product scope apart as another material", () => {
    const row = ChinaMagnetExportRowSchema.parse({
      ...exportRow,
      product_scope: "magnets plus magnet alloys",
    });
    const [f] = chinaMagnetExportsTable.toFigures!(row, { sourceYear: () => null });
    expect(f!.material).toBe("rare earth magnets and magnet alloys");
  });

  it("MineProductionRowSchema parses a row into camelCase typed fields", () => {
    const row = MineProductionRowSchema.parse(mine);
    expect(row).toMatchObject({ iso3: "CHN", year: 2024, mineProductionTReo: 270000, isLatestVintage: true });
    expect(mineProductionTable.toFigures!(row, { sourceYear: () => null })[0]).toMatchObject({
      metric: "mine_production",
      entity: "China",
      period: "2024",
      unit: "t REO",
      vintage: "USGS MCS 2026 v1.3",
    });
  });

  it("MineProductionRowSchema rejects an unknown status, a thousands separator and a bad year", () => {
    const r = MineProductionRowSchema.safeParse({
      ...mine,
      status: "guess",
      mine_production_t_reo: "270,000",
      year: "24",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["mine_production_t_reo", "status", "year"]);
  });

  it("PricePointRowSchema keeps a range as low/high with no invented midpoint", () => {
    const row = PricePointRowSchema.parse(price);
    const [f] = pricePointsTable.toFigures!(row, { sourceYear: () => null });
    expect(f).toMatchObject({ value: null, low: 440000, high: 460000, unit: "CNY/t", period: "2025-07" });
  });

  it("PricePointRowSchema reads a one-sided price as a bound with its qualifier, and refuses one without", () => {
    const above = PricePointRowSchema.parse({ ...price, price_high: "", price_low_qualifier: "gt" });
    expect(pricePointsTable.toFigures!(above, { sourceYear: () => null })[0]).toMatchObject({
      value: 440000,
      qualifier: "gt",
      low: null,
      high: null,
    });
    const bare = PricePointRowSchema.safeParse({ ...price, price_high: "" });
    expect(bare.success).toBe(false);
    expect(bare.error?.issues[0]?.path).toEqual(["price_low_qualifier"]);
    const ranged = PricePointRowSchema.safeParse({ ...price, price_low_qualifier: "gt" });
    expect(ranged.success).toBe(false);
  });

  it("PricePointRowSchema carries exclusion and hedging into the figure", () => {
    const row = PricePointRowSchema.parse({ ...price, is_approx: "true", exclude_reason: "test reason" });
    expect(pricePointsTable.toFigures!(row, { sourceYear: () => null })[0]).toMatchObject({
      approx: true,
      excludeReason: "test reason",
    });
  });

  it("PricePointRowSchema rejects a row with no price and an unknown material", () => {
    expect(PricePointRowSchema.safeParse({ ...price, price_low: "", price_high: "" }).success).toBe(false);
    expect(PricePointRowSchema.safeParse({ ...price, material: "unobtainium" }).success).toBe(false);
  });

  it("ApplicationParameterRowSchema requires is_assumption exactly for grade U", () => {
    const p = {
      application: "PHEV",
      parameter: "magnet_mass_per_unit",
      value: "1.5",
      low: "1",
      high: "2.5",
      unit: "kg/unit",
      mass_basis: "finished",
      confidence: "U",
      is_assumption: "true",
      reasoning: "Assumption (grade U).",
      source_id: "lodestone-assumption",
    };
    expect(ApplicationParameterRowSchema.safeParse(p).success).toBe(true);
    expect(ApplicationParameterRowSchema.safeParse({ ...p, is_assumption: "false" }).success).toBe(false);
  });
});
