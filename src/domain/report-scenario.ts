/**
 * @module scenarioReport (pure): one scenario run as a printable report — demand, supply against demand and unmet
 * demand, export-control shortfall, China's stage shares and HHI at milestone years, Monte Carlo bands when run,
 * and the scenario file's sources and assumptions. Reads a run structurally, so the engine's result fits as is.
 */
import { APPLICATION_LABEL } from "./scenario-labels.ts";
import type { ReportCell, ReportDoc, ReportSection, ReportSource } from "./report-html.ts";

export interface ScenarioReportRun {
  years: number[];
  demand: { total: number[]; byApplication: Record<string, number[]> };
  elements: { reo: Record<string, number[]> };
  balance: Record<string, number[]>;
  recycling: { total: number[] };
  exportControls: { shortfall: Record<string, number[]> };
  /** The engine's market closure: unmet demand per element (t REO; zero in recorded years). */
  market: { unmetDemand: Record<string, number[]>; magnet: { unmetDemand: number[] } };
  supply: { hhi: Record<string, number[]>; stageShares: Record<string, Record<string, number[]>> };
}
export interface ScenarioReportInput {
  id: string;
  title: string;
  description: string;
  levers: string;
  run: ScenarioReportRun;
  monteCarlo?: {
    seed: number;
    draws: number;
    bands: Record<string, { p5: number[]; p50: number[]; p95: number[] }>;
  } | null;
  sources: ReportSource[];
  assumptions: string[];
  generatedAt: string;
  /** Years in the tables; default 2024, 2030, 2035, 2040, 2050 (those inside the run). */
  years?: number[];
}

const MILESTONES = [2024, 2030, 2035, 2040, 2050];
const SHOW_FROM = 2015;

export function scenarioReport(s: ScenarioReportInput): ReportDoc {
  const r = s.run;
  const years = (s.years ?? MILESTONES).filter((y) => r.years.includes(y));
  const at = (series: number[] | undefined, y: number) => series?.[r.years.indexOf(y)] ?? null;
  const from = Math.max(0, r.years.indexOf(SHOW_FROM));
  const x = r.years.slice(from).map(String);
  const cut = (v: number[]) => v.slice(from);
  const cite = `Lodestone model run of scenario "${s.id}"${s.levers ? ` with levers ${s.levers}` : ""}${s.monteCarlo ? `, Monte Carlo seed ${s.monteCarlo.seed}, ${s.monteCarlo.draws} draws` : ""}`;
  const row = (label: string, series: number[] | undefined): ReportCell[] => [
    label,
    ...years.map((y) => at(series, y)),
  ];
  const sum = (keys: string[]) =>
    r.years.map((_, t) => keys.reduce((a, k) => a + (r.balance[k]?.[t] ?? 0), 0));
  const unmet = (keys: string[]) =>
    r.years.map((_, t) => keys.reduce((a, k) => a + (r.market.unmetDemand[k]?.[t] ?? 0), 0));
  const china = (stage: string) => {
    const sh = r.supply.stageShares[stage];
    const k = sh && Object.keys(sh).find((c) => c.toLowerCase() === "china");
    return k ? sh[k]!.map((v) => 100 * v) : undefined;
  };
  const header = ["", ...years.map(String)];
  const sections: ReportSection[] = [
    {
      title: "Demand",
      paragraphs: ["NdFeB and SmCo magnet demand, t finished magnet per year (central run)."],
      chart: { x, unit: "t magnet", series: [{ name: "Total magnet demand", values: cut(r.demand.total) }] },
      table: {
        header,
        rows: [
          row("Total", r.demand.total),
          ...Object.entries(r.demand.byApplication)
            .filter(([, v]) => v.some((n) => n > 0))
            .map(([k, v]) => row(APPLICATION_LABEL[k] ?? k.replace(/_/g, " "), v)),
        ],
      },
      sources: [cite],
    },
    {
      title: "Supply, demand and unmet demand",
      paragraphs: [
        "t REO per year. Balance = supply (mine output × element basket + recycling + undocumented output) − demand; unmet demand is the part of demand supply does not cover after the base year (the engine's market closure; in recorded years a gap is the model's error, not a shortage).",
      ],
      chart: {
        x,
        unit: "t REO",
        series: [
          { name: "Nd + Pr unmet", values: cut(unmet(["Nd", "Pr"])) },
          { name: "Dy unmet", values: cut(unmet(["Dy"])) },
          { name: "Tb unmet", values: cut(unmet(["Tb"])) },
        ],
      },
      table: {
        header,
        rows: [
          row("Nd + Pr balance", sum(["Nd", "Pr"])),
          row("Dy balance", r.balance.Dy),
          row("Tb balance", r.balance.Tb),
          row("Recycled supply", r.recycling.total),
          row("Unmet magnet demand (t magnet)", r.market.magnet.unmetDemand),
        ],
      },
      sources: [cite],
    },
    {
      title: "Export-control shortfall",
      paragraphs: [
        Object.keys(r.exportControls.shortfall).length
          ? "Imports from China withheld by the scenario's controls: magnets in t magnet, elements in t REO."
          : "This scenario has no export-control shortfall.",
      ],
      table: {
        header,
        rows: Object.entries(r.exportControls.shortfall).map(([k, v]) => row(k, v)),
      },
      sources: [cite],
    },
    {
      title: "Concentration",
      paragraphs: ["China's share of each stage (%) and the Herfindahl–Hirschman index (0–10,000)."],
      table: {
        header,
        rows: [
          ...Object.keys(r.supply.stageShares).map((st) => row(`China's share, ${st} (%)`, china(st))),
          ...Object.entries(r.supply.hhi).map(([st, v]) => row(`HHI, ${st}`, v)),
        ],
      },
      sources: [cite],
    },
  ];
  const mc = s.monteCarlo;
  if (mc) {
    const band = (key: string, label: string): ReportCell[][] => {
      const b = mc.bands[key];
      return b
        ? [
            [`${label} P5`, ...years.map((y) => at(b.p5, y))],
            [`${label} P50`, ...years.map((y) => at(b.p50, y))],
            [`${label} P95`, ...years.map((y) => at(b.p95, y))],
          ]
        : [];
    };
    sections.push({
      title: "Uncertainty",
      paragraphs: [`P5 / P50 / P95 across ${mc.draws} Monte Carlo draws (seed ${mc.seed}).`],
      table: {
        header,
        rows: [
          ...band("demand.total", "Magnet demand"),
          ...band("balance.Dy", "Dy balance"),
          ...band("balance.Tb", "Tb balance"),
        ],
      },
      sources: [cite],
    });
  }
  return {
    title: `Scenario report: ${s.title}`,
    subtitle: s.description || s.id,
    generatedAt: s.generatedAt,
    sections,
    sources: s.sources,
    notes: [
      `Model outputs are Lodestone's own derivation (${cite}); inputs come from the sources above, and the scenario's stated assumptions are: ${s.assumptions.join("; ") || "none"}.`,
    ],
  };
}
