/** @module Test helper: reads an XLSX workbook back (sheet names, then rows of strings, numbers and booleans) with fflate. */
import { strFromU8, unzipSync } from "fflate";

const xmlText = (s: string) =>
  s.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!,
  );

const column = (ref: string) => {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)![0]) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
};

export type ReadCell = string | number | boolean | null;

/** Every sheet of the workbook, by name, as rows of cells (blank cells null). */
export function readXlsx(bytes: Uint8Array): Map<string, ReadCell[][]> {
  const files = unzipSync(bytes);
  const text = (p: string) => (files[p] ? strFromU8(files[p]!) : "");
  const shared = [...text("xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    xmlText([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")),
  );
  const rels = new Map(
    [...text("xl/_rels/workbook.xml.rels").matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  );
  const out = new Map<string, ReadCell[][]>();
  for (const tag of text("xl/workbook.xml").match(/<sheet [^>]*>/g) ?? []) {
    const name = /\bname="([^"]+)"/.exec(tag)![1]!;
    const id = /\br:id="([^"]+)"/.exec(tag)![1]!;
    const xml = text(`xl/${rels.get(id)!.replace(/^\/?xl\//, "")}`);
    const rows: ReadCell[][] = [];
    for (const r of xml.matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)) {
      const row: ReadCell[] = [];
      for (const c of r[1]!.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const t = /t="(\w+)"/.exec(c[2]!)?.[1];
        const inner = c[3] ?? "";
        const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
        const is = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1];
        row[column(c[1]!)] =
          t === "s"
            ? shared[Number(v)]!
            : t === "b"
              ? v === "1"
              : t === "inlineStr"
                ? xmlText(is ?? "")
                : t === "str"
                  ? xmlText(v ?? "")
                  : v === undefined
                    ? null
                    : Number(v);
      }
      rows.push(Array.from(row, (x) => x ?? null));
    }
    out.set(xmlText(name), rows);
  }
  return out;
}
