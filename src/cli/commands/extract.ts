/** @module `lodestone extract FILE|- [--format json|table] [--date YYYY-MM-DD]`: prints claims and events, stores nothing. */
import { toTable } from "../format.ts";
import { extractOrFail, parseArticleCommand, readArticle } from "../article-input.ts";
import type { Command } from "../errors.ts";
import type { Claim, Extraction } from "../../extract/index.ts";

const USAGE = "usage: lodestone extract FILE|- [--format json|table] [--date YYYY-MM-DD]";

function fmtNumber(v: number): string {
  return Math.abs(v) >= 1e4 ? v.toLocaleString("en-US", { maximumFractionDigits: 2 }) : String(v);
}

function valueCell(c: Claim): string {
  const q = { gt: ">", gte: "≥", lt: "<", lte: "≤", range: "", null: "" }[String(c.qualifier)] ?? "";
  if (c.value !== null) return `${c.approx ? "~" : ""}${q}${fmtNumber(c.value)}`;
  if (c.value_min !== null && c.value_max !== null)
    return `${fmtNumber(c.value_min)}–${fmtNumber(c.value_max)}`;
  return "—";
}

function changeCell(c: Claim): string {
  const ch = c.change;
  if (ch.value === null && ch.direction === null) return "";
  const v =
    ch.value === null ? (ch.direction ?? "") : `${ch.value > 0 ? "+" : ""}${ch.value}${ch.unit ?? ""}`;
  return ch.kind ? `${v} ${ch.kind}` : v;
}

/** Renders claims and events as aligned text columns for a person. */
export function formatExtractionTable(x: Extraction): string {
  const cut = (q: string) => {
    const one = q.replace(/\s+/g, " ");
    return one.length > 60 ? `${one.slice(0, 57)}...` : one;
  };
  const claims = toTable(
    ["value", "unit", "metric", "entity", "counterparty", "period", "change", "quote"],
    x.claims.map((c) => [
      valueCell(c),
      c.unit ?? "",
      c.metric,
      c.entity ?? "",
      c.counterparty ?? "",
      c.period ?? "",
      changeCell(c),
      cut(c.quote),
    ]),
  );
  const events = toTable(
    ["type", "date", "actor", "quote"],
    x.events.map((e) => [e.type, e.date ?? "—", e.actor, cut(e.quote)]),
  );
  return `${x.claims.length} claims\n${claims}\n${x.events.length} events\n${events}`;
}

export const extractCommand: Command = async (args, effects) => {
  const parsed = parseArticleCommand("extract", args, effects, {
    formats: ["json", "table"] as const,
    fallback: "json",
    usage: USAGE,
    target: "FILE or -",
  });
  if (!parsed) return 0;
  const { format, date, target } = parsed;
  const result = extractOrFail("extract", await readArticle("extract", target, effects), date, effects);
  if (format === "json")
    effects.stdout(`${JSON.stringify({ claims: result.claims, events: result.events }, null, 2)}\n`);
  else effects.stdout(formatExtractionTable(result));
  return 0;
};
