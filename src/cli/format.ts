/** @module Output formats for the CLI: aligned text tables, CSV and JSON. */
/** Formats a number for people: thousands separators, up to `digits` decimals, "–" for null. */
export function formatNumber(v: number | null | undefined, digits = 3): string {
  if (v === null || v === undefined) return "–";
  return v.toLocaleString("en-US", { maximumFractionDigits: digits });
}

/** Renders rows as a plain-text table with a header rule; numbers right-aligned. */
export function toTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAlign: readonly number[] = [],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (rightAlign.includes(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return `${[line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n")}\n`;
}

export { toCsv } from "../domain/csv-text.ts";
