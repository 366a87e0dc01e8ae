/** @module Column lists of the knowledge-base tables, as read from JSON by the set-based upsert. */
import type { Column } from "./upsert.ts";

const c = (name: string, type = "text"): Column => ({ name, type });

export const SOURCE_COLUMNS: Column[] = [
  c("id"),
  c("title"),
  c("publisher"),
  c("url"),
  c("published"),
  c("accessed", "date"),
  c("licence"),
  c("licence_note"),
  c("tier"),
  c("origin"),
];

export const FIGURE_COLUMNS: Column[] = [
  c("id"),
  c("dataset"),
  c("metric"),
  c("family"),
  c("entity"),
  c("counterparty"),
  c("material"),
  c("location"),
  c("period"),
  c("period_kind"),
  c("period_start", "date"),
  c("period_end", "date"),
  c("value", "double precision"),
  c("low", "double precision"),
  c("high", "double precision"),
  c("unit"),
  c("mass_basis"),
  c("vintage"),
  c("is_latest", "boolean"),
  c("is_derived", "boolean"),
  c("is_forecast", "boolean"),
  c("source_id"),
  c("note"),
  c("entity_id"),
  c("counterparty_id"),
  c("variant"),
  c("qualifier"),
  c("approx", "boolean"),
  c("exclude_reason"),
  c("series_key"),
  c("preferred", "boolean"),
  c("quality"),
  c("quality_reason"),
  c("confidence"),
  c("conflict", "boolean"),
];

export const RECORD_COLUMNS: Column[] = [c("kind"), c("id"), c("source_id"), c("data", "jsonb")];
