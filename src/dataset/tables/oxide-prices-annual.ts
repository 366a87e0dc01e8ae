/** @module oxide-prices-annual.csv: USGS annual average oxide prices (Argus-sourced, FOB, USD/kg), vintages kept. */
import { z } from "zod";
import { bool, number, required, sourceId, text, year } from "../fields.ts";
import { camelKeys, defineTable, joinNote } from "../table.ts";

/** Canonical names of priced rare-earth materials (oxides, metals and mixtures). */
export const MATERIALS = [
  "NdPr oxide",
  "Nd oxide",
  "Pr oxide",
  "Dy oxide",
  "Tb oxide",
  "Ce oxide",
  "La oxide",
  "Sm oxide",
  "Eu oxide",
  "Gd oxide",
  "Ho oxide",
  "Er oxide",
  "Yb oxide",
  "Lu oxide",
  "Y oxide",
  "mischmetal",
  "Nd metal",
  "NdPr metal",
  "RE concentrate",
  "rare earth magnets",
] as const;
export const MaterialSchema = z.enum(MATERIALS);

export const OxidePriceRowSchema = z
  .object({
    material: MaterialSchema,
    product_as_published: required,
    purity: text,
    year,
    price_usd_per_kg: number,
    status: z.enum(["reported", "estimated"]),
    vintage: required,
    is_latest_vintage: bool,
    source_id: sourceId,
  })
  .transform(camelKeys);

export const oxidePricesAnnualTable = defineTable({
  name: "oxide-prices-annual",
  file: "oxide-prices-annual.csv",
  columns: [
    "material",
    "product_as_published",
    "purity",
    "year",
    "price_usd_per_kg",
    "status",
    "vintage",
    "is_latest_vintage",
    "source_id",
  ],
  schema: OxidePriceRowSchema,
  key: ["material", "year", "vintage"],
  toFigures: (r) => [
    {
      metric: "oxide_price_annual",
      column: "price_usd_per_kg",
      entity: r.material,
      material: r.material,
      location: "FOB (USGS, Argus-sourced annual average)",
      period: String(r.year),
      value: r.priceUsdPerKg,
      unit: "USD/kg",
      vintage: r.vintage,
      isLatest: r.isLatestVintage,
      sourceId: r.sourceId,
      note: joinNote(r.purity && `purity ${r.purity}`, r.status === "estimated" && "estimated"),
    },
  ],
});
