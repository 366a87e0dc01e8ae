/**
 * @module XLSX exports: GET /api/export/figures.xlsx and GET /api/export/series.xlsx take the same parameters as
 * /api/figures and /api/series and give a workbook with the data, a sources sheet with each source's licence, and an
 * about sheet (query, dataset, time). Written with write-excel-file (MIT, one dependency: fflate).
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import writeXlsxFile from "write-excel-file/universal";
import { SeriesError } from "../../domain/series.ts";
import { seriesTable } from "../../domain/series-table.ts";
import type { SeriesResult } from "../../domain/series-types.ts";
import {
  aboutTable,
  checkWorkbook,
  parseCsv,
  sourcesTable,
  type WorkbookCell,
  type WorkbookSource,
  type WorkbookTable,
} from "../../domain/workbook.ts";
import { figuresToCsv } from "../../store/figure-csv.ts";
import { FigureQuerySchema, unknownFilterValues } from "../../store/figure-query.ts";
import type { FigureRow, Store } from "../../store/store.ts";
import { ApiError, ErrorSchema, invalidInput, unknownFilterValue } from "../error.ts";
import { parseSeriesQuery } from "./series.ts";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Rows a figures workbook may hold; a larger query is refused (narrow it). */
export const MAX_XLSX_ROWS = 200_000;

const anyQuery = z.object({}).loose().openapi({ description: "The parameters of the matching JSON route" });
/** The responses of every XLSX route: the workbook, or the JSON error of a bad parameter. */
export const XLSX_RESPONSES = {
  200: {
    description: "XLSX workbook",
    content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: "binary" }) } },
  },
  400: {
    description: "Invalid or unknown parameter",
    content: { "application/json": { schema: ErrorSchema } },
  },
};
const figuresRoute = createRoute({
  method: "get",
  path: "/api/export/figures.xlsx",
  summary:
    "Figures as an XLSX workbook: the figures (the CSV's columns), sources with licences, and the query",
  request: { query: anyQuery },
  responses: XLSX_RESPONSES,
});
const seriesRoute = createRoute({
  method: "get",
  path: "/api/export/series.xlsx",
  summary: "One series as an XLSX workbook: values, alternatives, sources with licences, and the query",
  request: { query: anyQuery },
  responses: XLSX_RESPONSES,
});

/** A CSV cell back to a workbook cell: numbers and booleans as such (so Excel can add them up), blanks as empty. */
function typed(v: string): WorkbookCell {
  if (v === "") return null;
  if (v === "true" || v === "false") return v === "true";
  if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(v) && !/^0\d/.test(v)) return Number(v);
  return v;
}

/** The figures sheet: exactly the CSV export's columns and values (one answer in every format). */
export function figuresTable(items: readonly FigureRow[]): WorkbookTable {
  const [header = [], ...rows] = parseCsv(figuresToCsv(items));
  return { name: "figures", header, rows: rows.map((r) => r.map(typed)) };
}

export function seriesTables(s: SeriesResult): WorkbookTable[] {
  // The one series table (the CLI's CSV has the same columns); blanks stay empty cells.
  const { header, rows } = seriesTable(s);
  const values: WorkbookTable = { name: "series", header, rows: rows.map((r) => r.map((v) => v ?? null)) };
  const alts: WorkbookTable = {
    name: "alternatives",
    header: [
      "period",
      "value",
      "low",
      "high",
      "quality",
      "source_id",
      "source_publisher",
      "source_published",
      "why_not_preferred",
    ],
    rows: s.items.flatMap((i) =>
      i.alternatives.map((a) => [
        a.period,
        a.value,
        a.low,
        a.high,
        a.quality,
        a.source?.id ?? null,
        a.source?.publisher ?? null,
        a.source?.published ?? null,
        a.whyNotPreferred,
      ]),
    ),
  };
  return [values, alts];
}

/** Sends the workbook (sheet names and row widths checked first). */
export async function write(c: Context, tables: WorkbookTable[], filename: string): Promise<Response> {
  checkWorkbook(tables);
  const blob = await writeXlsxFile(
    tables.map((t) => ({
      sheet: t.name,
      data: [t.header.map((v) => ({ value: v, fontWeight: "bold" as const })), ...t.rows],
      stickyRowsCount: 1,
    })),
  ).toBlob();
  c.header("content-type", XLSX_TYPE);
  c.header("content-disposition", `attachment; filename="${filename}"`);
  return c.body(await blob.arrayBuffer(), 200);
}

/** The about sheet of an export: what, the query, the dataset and the time. */
export async function about(store: Store, what: string, query: Record<string, string>) {
  const v = await store.datasetVersion();
  return aboutTable([
    ["export", what],
    ["query", new URLSearchParams(query).toString()],
    ["dataset", v?.contentHash ?? "none loaded"],
    ["dataset_loaded_at", v?.loadedAt ?? null],
    ["generated_at", new Date().toISOString()],
    [
      "generated_by",
      "Lodestone (https://github.com/ — see README); every value's source and licence are in its row and the sources sheet",
    ],
  ]);
}

export function exportRoutes(app: OpenAPIHono, store: Store) {
  app.openapi(figuresRoute, async (c) => {
    const raw = c.req.query();
    const parsed = FigureQuerySchema.safeParse({ ...raw, limit: 10_000, offset: 0 });
    if (!parsed.success) throw invalidInput("invalid_query", parsed.error);
    const unknown = unknownFilterValues(parsed.data, await store.facets());
    if (unknown.length) throw unknownFilterValue(unknown);
    const items: FigureRow[] = [];
    for (let offset = 0; ; offset += 10_000) {
      const page = await store.figures({ ...parsed.data, offset });
      if (page.total > MAX_XLSX_ROWS)
        throw new ApiError(
          400,
          "too_many_rows",
          `the query matches ${page.total} figures; a workbook holds at most ${MAX_XLSX_ROWS}: narrow it (metric, entity, from, to)`,
        );
      items.push(...page.items);
      if (items.length >= page.total || !page.items.length) break;
    }
    const sources: WorkbookSource[] = items.map((f) => ({
      id: f.source.id,
      publisher: f.source.publisher,
      title: f.source.title,
      published: f.source.published,
      url: f.source.url,
      licence: f.source.licence,
      tier: f.source.tier,
    }));
    return write(
      c,
      [figuresTable(items), sourcesTable(sources), await about(store, "figures", raw)],
      "lodestone-figures.xlsx",
    );
  });
  app.openapi(seriesRoute, async (c) => {
    const raw = c.req.query();
    const q = await parseSeriesQuery(raw, store);
    let s: SeriesResult;
    try {
      s = await store.series(q);
    } catch (e) {
      if (e instanceof SeriesError) throw new ApiError(400, e.code, e.message);
      throw e;
    }
    const sources: WorkbookSource[] = s.items.flatMap((i) => (i.source ? [i.source] : []));
    const altSources = s.items.flatMap((i) => i.alternatives.flatMap((a) => (a.source ? [a.source] : [])));
    const all = await store.sources({ id: [...new Set(altSources.map((a) => a.id))] });
    return write(
      c,
      [
        ...seriesTables(s),
        sourcesTable([...sources, ...all]),
        await about(
          store,
          `series ${s.metric} · ${s.entity}${s.counterparty ? ` → ${s.counterparty}` : ""}`,
          raw,
        ),
      ],
      "lodestone-series.xlsx",
    );
  });
}
