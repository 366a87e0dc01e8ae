/** @module `lodestone extract FILE|- [--format json|table] [--date YYYY-MM-DD]`: prints claims and events, stores nothing. */
import { parseCommandArgs, parseFormat } from "../args.ts";
import { extractOrFail, parseDateOption, readArticle } from "../article-input.ts";
import { type Command, UsageError } from "../errors.ts";
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
  const rows = [["value", "unit", "metric", "entity", "period", "change", "quote"]];
  for (const c of x.claims) {
    const quote = c.quote.replace(/\s+/g, " ");
    rows.push([
      valueCell(c),
      c.unit ?? "",
      c.metric,
      c.entity ?? "",
      c.period ?? "",
      changeCell(c),
      quote.length > 60 ? `${quote.slice(0, 57)}...` : quote,
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  const out = [`${x.claims.length} claims`, ...lines, "", `${x.events.length} events`];
  for (const e of x.events) out.push(`${e.type.padEnd(26)} ${(e.date ?? "—").padEnd(10)} ${e.actor}`);
  return `${out.join("\n")}\n`;
}

export const extractCommand: Command = async (args, effects) => {
  const { values, positionals } = parseCommandArgs("extract", args, {
    format: { type: "string" },
    date: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    effects.stdout(`${USAGE}\n`);
    return 0;
  }
  const format = parseFormat("extract", values.format, ["json", "table"] as const, "json");
  if (positionals.length !== 1) throw new UsageError(`extract: expected one FILE or -\n${USAGE}`);
  const date = parseDateOption("extract", values.date);
  const result = extractOrFail("extract", await readArticle("extract", positionals[0]!, effects), date);
  if (format === "json")
    effects.stdout(`${JSON.stringify({ claims: result.claims, events: result.events }, null, 2)}\n`);
  else effects.stdout(formatExtractionTable(result));
  return 0;
};
