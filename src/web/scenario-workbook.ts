/**
 * @module A scenario run as workbook tables (pure): demand, elements, supply and balance, shortfall, stage shares,
 * HHI, Monte Carlo bands, the scenario's sources (its own and those of the file it builds on) and an about sheet.
 */
import {
  aboutTable,
  checkWorkbook,
  sourcesTable,
  type WorkbookSource,
  type WorkbookTable,
} from "../domain/workbook.ts";
import type { MonteCarloResult, ScenarioResult } from "../engine/index.ts";
import type { ScenarioFile } from "./scenario-files.ts";
import { APPLICATION_LABEL } from "../domain/scenario-labels.ts";
import { elementBalance } from "./scenario-outputs.ts";

const wide = (name: string, years: number[], cols: [string, number[]][]): WorkbookTable => ({
  name,
  header: ["year", ...cols.map(([c]) => c)],
  rows: years.map((y, t) => [y, ...cols.map(([, s]) => s[t] ?? null)]),
});

export interface ScenarioWorkbookInput {
  file: ScenarioFile;
  /** The file it extends, whose citations the run also rests on. */
  parent?: ScenarioFile | undefined;
  result: ScenarioResult;
  mc: MonteCarloResult | null;
  levers: string;
  /** Licence of a cited address when the dataset's sources list it (by URL). */
  licenceOf?: (url: string) => string | undefined;
  generatedAt: string;
}

export function scenarioWorkbook(w: ScenarioWorkbookInput): WorkbookTable[] {
  const r = w.result;
  const y = r.years;
  const balance = ["Nd", "Pr", "Dy", "Tb", "Sm"].flatMap((e): [string, number[]][] => {
    if (!r.balance[e]) return [];
    const b = elementBalance(r, [e]);
    return [
      [`${e}_supply_t_reo`, b.supply],
      [`${e}_demand_t_reo`, b.demand],
      [`${e}_balance_t_reo`, b.balance],
      [`${e}_unmet_t_reo`, b.unmet],
    ];
  });
  const shares: WorkbookTable = {
    name: "stage_shares",
    header: ["year", "stage", "country", "share"],
    rows: Object.entries(r.supply.stageShares).flatMap(([stage, byC]) =>
      Object.entries(byC).flatMap(([c, s]) => y.map((yr, t) => [yr, stage, c, s[t] ?? null])),
    ),
  };
  const bands: WorkbookTable[] = w.mc
    ? [
        {
          name: "bands",
          header: ["year", "series", "p5", "p50", "p95"],
          rows: Object.entries(w.mc.bands).flatMap(([k, b]) =>
            y.map((yr, t) => [yr, k, b.p5[t]!, b.p50[t]!, b.p95[t]!]),
          ),
        },
      ]
    : [];
  const cited = [...w.file.sources, ...(w.parent?.sources ?? [])];
  const sources: WorkbookSource[] = cited.map((s) => ({
    publisher: s.publisher,
    published: s.date,
    url: s.url,
    licence: w.licenceOf?.(s.url) ?? "not recorded in the scenario file (see the address)",
  }));
  return [
    aboutTable([
      ["scenario", w.file.id],
      ["title", w.file.title],
      ["description", w.file.description],
      ["builds_on", w.parent?.id ?? null],
      ["levers", w.levers || "as written"],
      ["monte_carlo", w.mc ? `seed ${w.mc.seed}, ${w.mc.draws} draws` : "off"],
      ["mass_basis", "demand in t finished magnet; elements in t element; supply and balance in t REO"],
      ["assumptions", [...w.file.assumptions, ...(w.parent?.assumptions ?? [])].join(" | ") || null],
      ["generated_at", w.generatedAt],
      ["generated_by", "Lodestone engine, computed in the browser from the bundled scenario files"],
    ]),
    wide("demand_t_magnet", y, [
      ["total", r.demand.total],
      ...Object.entries(r.demand.byApplication).map(([k, s]): [string, number[]] => [
        APPLICATION_LABEL[k] ?? k,
        s,
      ]),
    ]),
    wide("elements_t_reo", y, [["total", r.elements.reoTotal], ...Object.entries(r.elements.reo)]),
    wide("supply_balance", y, [
      ["mine_total_t_reo", r.supply.mineTotal],
      ["recycled_t_reo", r.recycling.total],
      ...balance,
    ]),
    wide("shortfall", y, Object.entries(r.exportControls.shortfall)),
    shares,
    wide("hhi", y, Object.entries(r.supply.hhi)),
    ...bands,
    sourcesTable(sources),
  ];
}

/** Writes the tables to an XLSX Blob (the library loads only when a workbook is asked for). */
export async function workbookBlob(tables: WorkbookTable[]): Promise<Blob> {
  checkWorkbook(tables);
  const { default: writeXlsxFile } = await import("write-excel-file/universal");
  return writeXlsxFile(
    tables.map((t) => ({
      sheet: t.name,
      data: [t.header.map((v) => ({ value: v, fontWeight: "bold" as const })), ...t.rows],
      stickyRowsCount: 1,
    })),
  ).toBlob();
}
