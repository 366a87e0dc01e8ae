/** @module Invariant: a policy event's announcement number and elements agree with its title and materials. */
import { elementsNamedIn } from "../../domain/element.ts";
import type { Issue } from "../../domain/issue.ts";
import type { ParsedTable } from "./parsed-table.ts";

/** Official numbers written in a title: `No. 18 [2025]`, `No. 785`, `Proclamation 11001`, `2024/1252`, `COM(2025) 945`. */
export function documentNumbers(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\bNo\.\s*(\d+)(\s*\[\d{4}\])?/g))
    out.add(`No. ${m[1]}${m[2] ? ` ${m[2].trim()}` : ""}`);
  for (const m of text.matchAll(/\bProclamation\s+(\d+)/g)) out.add(`Proclamation ${m[1]}`);
  for (const m of text.matchAll(/\b(\d{4}\/\d{3,5})\b/g)) out.add(m[1]!);
  for (const m of text.matchAll(/\bCOM\(\d{4}\)\s*\d+/g)) out.add(m[0].replace(/\s+/g, " "));
  return [...out];
}

const split = (s: string) =>
  s
    .split(";")
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * Every element the title or materials name (symbols such as Dy or Dy/Tb, names such as gallium) is listed in
 * `elements`; every official number the title names is the event's `announcement_no` or, as a cross-reference,
 * another event's.
 */
export function checkPolicyText(table: ParsedTable | undefined): Issue[] {
  if (!table) return [];
  const out: Issue[] = [];
  const numbers = table.rows.map((r) => r.raw.announcement_no ?? "").filter(Boolean);
  for (const { line, raw } of table.rows) {
    const listed = new Set(split(raw.elements ?? ""));
    const named = elementsNamedIn(`${raw.title ?? ""}; ${raw.materials ?? ""}`);
    const missing = named.filter((e) => !listed.has(e));
    if (missing.length)
      out.push({
        code: "inconsistent_value",
        path: `${table.file}:${line} (elements)`,
        message: `the title or materials name ${missing.join(", ")}, but elements is "${raw.elements ?? ""}"; expected elements to list every element the title or materials name`,
      });
    const own = raw.announcement_no ?? "";
    for (const n of documentNumbers(raw.title ?? "")) {
      if (own.includes(n) || numbers.some((x) => x !== own && x.includes(n))) continue;
      out.push({
        code: "inconsistent_value",
        path: `${table.file}:${line} (announcement_no)`,
        message: `the title names "${n}", but announcement_no is ${own ? `"${own}"` : "empty"} and no other event has that number; expected announcement_no to give it`,
      });
    }
  }
  return out;
}
