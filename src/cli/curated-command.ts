/** @module A command over a curated table: shared filters as options, table/csv/json output, clear errors and empty answers. */
import type { CsvCell } from "../domain/csv-text.ts";
import type { z } from "zod";
import type { Page } from "../store/query-fields.ts";
import type { SourceRef } from "../store/source-ref.ts";
import { FilterError } from "../store/query-fields.ts";
import type { Store } from "../store/store.ts";
import { describeEmpty, whyEmpty } from "../store/why-empty.ts";
import { parseCommandArgs, parseFormat } from "./args.ts";
import { commandStore } from "./config.ts";
import { ensureBundledData } from "./ensure-data.ts";
import { type Command, UsageError, unknownValuesError } from "./errors.ts";
import { toCsv, toTable } from "./format.ts";
import { SOURCE_CSV_HEADER, sourceCsvCells } from "../domain/csv-text.ts";

type Q = { limit: number; offset: number; excluded: "include" | "exclude" | "only" };

export interface CuratedCommandSpec<
  Query extends Q,
  Row extends { excludeReason: string; id: string; source: SourceRef },
> {
  name: string;
  /** Singular and plural noun for messages ("policy event", "policy events"). */
  noun: [string, string];
  help: string;
  /** The filter object: each field becomes an option (`startFrom` -> `--start-from`). */
  filters: z.ZodObject<z.ZodRawShape>;
  schema: z.ZodType<Query>;
  query: (store: Store, q: Query) => Promise<Page<Row>>;
  /** Table columns: header, cells per row, indexes of right-aligned columns. */
  table: (rows: Row[]) => { header: string[]; rows: string[][]; right: number[] };
  /** CSV columns: snake_case header and cells (the source columns are appended). */
  csv: (rows: Row[]) => { header: string[]; rows: CsvCell[][] };
}

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Builds the command: parse options, validate with the shared schema, query the store, print. */
export function curatedCommand<
  Query extends Q,
  Row extends { excludeReason: string; id: string; source: SourceRef },
>(spec: CuratedCommandSpec<Query, Row>): Command {
  const keys = Object.keys(spec.filters.shape);
  const options = Object.fromEntries([
    ...keys.map((k) => [kebab(k), { type: "string" as const }]),
    ["format", { type: "string" as const }],
    ["help", { type: "boolean" as const, short: "h" }],
  ]);
  return async (args, fx) => {
    const parsedArgs = parseCommandArgs(spec.name, args, options);
    const values = parsedArgs.values as Record<string, string | boolean | undefined>;
    const positionals = parsedArgs.positionals;
    if (values.help) {
      fx.stdout(spec.help);
      return 0;
    }
    if (positionals.length)
      throw new UsageError(`${spec.name}: unexpected argument "${positionals[0]}"\n${spec.help}`);
    const format = parseFormat(
      spec.name,
      values.format as string | undefined,
      ["table", "csv", "json"] as const,
      "table",
    );
    const input: Record<string, string> = {};
    for (const k of keys) {
      const v = values[kebab(k)];
      if (typeof v === "string") input[k] = v;
    }
    const parsed = spec.schema.safeParse(input);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => {
        const key = String(i.path[0]);
        const given = input[key] !== undefined ? ` "${input[key]}"` : "";
        return `invalid --${kebab(key)}${given}: ${i.message.replace(/\b(from|to|startFrom|startTo|publishedFrom|publishedTo)\b/g, (m) => `--${kebab(m)}`)}`;
      });
      throw new UsageError(`${spec.name}: ${lines.join("\n")}`);
    }
    const q = parsed.data;
    const store = await commandStore(fx);
    try {
      await ensureBundledData(store, (l) => fx.stderr(`${l}\n`));
      let page: Page<Row>;
      try {
        page = await spec.query(store, q);
      } catch (e) {
        if (!(e instanceof FilterError)) throw e;
        throw unknownValuesError(spec.name, e.issues, kebab);
      }
      fx.stdout(render(spec, page.items, format));
      if (page.total === 0) {
        const filters = Object.entries(input).filter(([k]) => k !== "limit" && k !== "offset");
        const reason = await whyEmpty(q, filters, (x) => spec.query(store, x));
        fx.stderr(`${describeEmpty(reason, spec.noun[1], (k, v) => `--${kebab(k)} ${v}`)}\n`);
      } else if (format === "table") {
        const shown = page.items.length;
        const [one, many] = spec.noun;
        fx.stderr(
          shown === page.total
            ? `${page.total} ${page.total === 1 ? one : many}\n`
            : `showing ${q.offset + 1}–${q.offset + shown} of ${page.total} ${many} (use --limit and --offset for more)\n`,
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  };
}

function render<Query extends Q, Row extends { excludeReason: string; id: string; source: SourceRef }>(
  spec: CuratedCommandSpec<Query, Row>,
  rows: Row[],
  format: "table" | "csv" | "json",
): string {
  if (format === "json") return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === "csv") {
    const t = spec.csv(rows);
    return toCsv(
      [...t.header, "exclude_reason", ...SOURCE_CSV_HEADER],
      t.rows.map((r, i) => {
        const x = rows[i]!;
        return [...r, x.excludeReason, ...sourceCsvCells(x.source)];
      }),
    );
  }
  if (rows.length === 0) return "";
  const t = spec.table(rows);
  const excluded = rows.filter((r) => r.excludeReason);
  const cells = t.rows.map((r, i) => (rows[i]!.excludeReason ? [`${r[0]} ✗`, ...r.slice(1)] : r));
  const notes = excluded.length
    ? `\n✗ excluded (never preferred, never backs a check):\n${excluded.map((r) => `  ${r.id}: ${r.excludeReason}`).join("\n")}\n`
    : "";
  return toTable(t.header, cells, t.right) + notes;
}
