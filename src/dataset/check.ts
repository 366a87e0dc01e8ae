/** @module Checks the text of every data file and builds the Dataset, collecting all issues (pure: no fs). */
import type { Figure } from "../domain/figure.ts";
import type { Issue } from "../domain/issue.ts";
import type { StoredRecord } from "../domain/record.ts";
import type { Source } from "../domain/source.ts";
import { parseCsv } from "./csv.ts";
import type { Dataset, DatasetItem } from "./dataset.ts";
import { checkInvariants, type LocatedFigure, type ParsedTable } from "./invariants.ts";
import type { ParsedRow } from "./invariants/parsed-table.ts";
import { reconcile } from "./reconcile.ts";
import {
  CANONICAL,
  checkFigure,
  checkProvenance,
  checkUnit,
  isError,
  type SourceEntry,
} from "./provenance.ts";
import type { AnyTableSpec, TableContext } from "./table.ts";
import { toFigure } from "./table.ts";
import { TABLES, sourcesTable } from "./tables/index.ts";
import { type SourceRow, toSource } from "./tables/sources.ts";

export interface CheckedData {
  dataset: Dataset;
  issues: Issue[];
  /** Rows read per file (file name -> count), plus `figures` and `sources`. */
  counts: Record<string, number>;
}

/** Parses one file: header check, CSV structure and row schemas. Bad rows are reported and dropped. */
function parseTable(
  spec: AnyTableSpec,
  text: string | undefined,
  label: string,
  issues: Issue[],
): ParsedRow[] {
  const file = `${label}/${spec.file}`;
  if (text === undefined) {
    issues.push({ code: "missing_file", path: file, message: `file not found; expected ${file}` });
    return [];
  }
  const csv = parseCsv(text, file);
  if (!csv.ok) issues.push(...csv.issues);
  const { header, rows } = csv.value;
  const missing = spec.columns.filter((c) => !header.includes(c));
  for (const c of missing)
    issues.push({
      code: "missing_column",
      path: `${file}:1`,
      message: `missing column '${c}'; expected header ${spec.columns.join(",")}`,
    });
  header.forEach((h, i) => {
    if (!spec.columns.includes(h))
      issues.push({
        code: "unexpected_column",
        path: `${file}:1:${i + 1}`,
        message: `unexpected column '${h}'; expected only ${spec.columns.join(",")}`,
      });
  });
  if (missing.length > 0) return [];
  const out: ParsedRow[] = [];
  for (const r of rows) {
    const raw: Record<string, string> = {};
    header.forEach((h, i) => {
      raw[h] = r.fields[i]!;
    });
    const parsed = spec.schema.safeParse(raw);
    if (parsed.success) {
      out.push({ line: r.line, raw, row: parsed.data });
      continue;
    }
    for (const zi of parsed.error.issues) {
      const column = String(zi.path[0] ?? "");
      const found = column in raw ? ` (found '${raw[column]}')` : "";
      issues.push({
        code: "invalid_value",
        path: `${file}:${r.line} (${column})`,
        message: `${zi.message}${found}`,
      });
    }
  }
  return out;
}

const keyOf = (spec: AnyTableSpec, raw: Record<string, string>) => spec.key.map((k) => raw[k]).join(":");

/** Checks every file (name -> text; undefined = missing) and builds the Dataset from the rows that passed. */
export function checkFiles(files: ReadonlyMap<string, string>, label = "data"): CheckedData {
  const issues: Issue[] = [];
  const counts: Record<string, number> = {};
  const cited = new Set<string>();
  let known: ReadonlySet<string> = new Set();
  /** Records a citation; an unknown id is reported at the citing cell. */
  const cite = (id: string, file: string, line: number, column: string) => {
    cited.add(id);
    if (!known.has(id))
      issues.push({
        code: "unknown_source",
        path: `${file}:${line} (${column})`,
        message: `source '${id}' is not in sources.csv; expected a source_id listed there`,
      });
  };

  const sourceRows = parseTable(sourcesTable, files.get(sourcesTable.file), label, issues);
  counts[sourcesTable.file] = sourceRows.length;
  const sources: Source[] = [];
  const entries: SourceEntry[] = [];
  const years = new Map<string, string>();
  checkKeys(sourcesTable, sourceRows, label, issues);
  for (const p of sourceRows) {
    const s = toSource(p.row as SourceRow);
    sources.push(s);
    entries.push({ id: s.id, licence: s.licence, path: `${label}/${sourcesTable.file}:${p.line}` });
    years.set(s.id, /^\d{4}/.exec(s.published)?.[0] ?? s.accessed.slice(0, 4));
  }
  known = new Set(sources.map((s) => s.id));
  const ctx: TableContext = { sourceYear: (id) => years.get(id) ?? null };

  const figures: Figure[] = [];
  const tables = new Map<string, ParsedTable>();
  const located: LocatedFigure[] = [];
  const records: StoredRecord[] = [];
  const items: DatasetItem[] = [];
  for (const spec of TABLES) {
    const file = `${label}/${spec.file}`;
    const rows = parseTable(spec, files.get(spec.file), label, issues);
    counts[spec.file] = rows.length;
    tables.set(spec.name, { spec, file, rows });
    if (spec.keyScope !== "figure") checkKeys(spec, rows, label, issues);
    const figureIds = new Map<string, number>();
    for (const { line, raw, row } of rows) {
      cite(row.sourceId, file, line, "source_id");
      if ("sourceId2" in row && typeof row.sourceId2 === "string" && row.sourceId2)
        cite(row.sourceId2, file, line, "source_id_2");
      let unitCellChecked = false;
      if (spec.unitColumn) {
        const unit = raw[spec.unitColumn] ?? "";
        if (!CANONICAL.has(unit)) issues.push(checkUnit(unit, `${file}:${line} (${spec.unitColumn})`)!);
        unitCellChecked = true;
      }
      const key = keyOf(spec, raw);
      for (const d of spec.toFigures?.(row, ctx) ?? []) {
        const metric = checkFigure(d, file, line, issues, unitCellChecked);
        if (!metric) continue;
        const f = toFigure(spec.name, key, d, metric.family);
        const first = figureIds.get(f.id);
        if (first !== undefined) {
          // With a row-scoped key the duplicate row was already reported by checkKeys.
          if (spec.keyScope === "figure")
            issues.push({
              code: "duplicate_key",
              path: `${file}:${line}`,
              message: `duplicate figure ${f.id}; first at line ${first} (expected key ${spec.key.join(", ")} plus measure to be unique)`,
            });
          continue;
        }
        figureIds.set(f.id, line);
        located.push({ figure: f, file, line, column: d.column });
        if (spec.serveFigures !== false) figures.push(f);
      }
      if (spec.toRecord)
        records.push({
          kind: spec.toRecord.kind,
          id: spec.toRecord.id(row),
          sourceId: row.sourceId as Source["id"],
          data: row,
        });
      if (spec.toItem) items.push(spec.toItem(row));
    }
  }
  issues.push(...checkProvenance(entries, cited));
  const typed = collect(items);
  const policyEvents = typed.policyEvents;
  // Provisions describe acts of the policy register: their event ids must resolve there.
  const eventIds = new Set(policyEvents.map((e) => e.id));
  for (const r of records)
    if (r.kind === "policy_provision" && !eventIds.has(String(r.data.eventId)))
      issues.push({
        code: "invalid_value",
        path: `${label}/policy-provisions.csv (event_id)`,
        message: `provision ${r.id} refers to unknown policy event "${String(r.data.eventId)}"; expected an event_id of policy-events.csv`,
      });
  counts.figures = figures.length;
  counts.sources = sources.length;
  // Figures citing an unknown source were reported above; reconciliation needs every source's tier.
  const reconciled = reconcile(
    figures.filter((f) => known.has(f.sourceId)),
    sources,
  );
  const dataset: Dataset = { sources, figures: reconciled, ...typed, records };
  // Invariants run on files without row errors (a rejected row would make every total look wrong), and read the
  // dataset's own figures where it serves them (reconciled, with `preferred`).
  const broken = new Set(issues.filter(isError).map((i) => i.path.split(":")[0]!));
  const served = new Map<string, Figure>(dataset.figures.map((f) => [f.id, f]));
  const all = located.map((l) => ({ ...l, figure: served.get(l.figure.id) ?? l.figure }));
  issues.push(
    ...checkInvariants({
      tables: new Map([...tables].filter(([, t]) => !broken.has(t.file))),
      figures: all.filter((l) => !broken.has(l.file)),
      partial: broken.size > 0,
      lookup: all,
    }),
  );
  return { dataset, issues, counts };
}

function checkKeys(spec: AnyTableSpec, rows: readonly ParsedRow[], label: string, issues: Issue[]): void {
  const seen = new Map<string, number>();
  for (const { line, raw } of rows) {
    const key = keyOf(spec, raw);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line);
    else
      issues.push({
        code: "duplicate_key",
        path: `${label}/${spec.file}:${line}`,
        message: `duplicate key (${spec.key.join(", ")}) = (${key.split(":").join(", ")}); first at line ${first}`,
      });
  }
}

/** Sorts typed items into the Dataset's arrays. */
function collect(items: readonly DatasetItem[]) {
  const out: Pick<Dataset, "policyEvents" | "capacityProjects" | "companyResults" | "marketEstimates"> = {
    policyEvents: [],
    capacityProjects: [],
    companyResults: [],
    marketEstimates: [],
  };
  for (const i of items) {
    if (i.kind === "policy_event") out.policyEvents.push(i.value);
    else if (i.kind === "capacity_project") out.capacityProjects.push(i.value);
    else if (i.kind === "company_result") out.companyResults.push(i.value);
    else out.marketEstimates.push(i.value);
  }
  return out;
}
