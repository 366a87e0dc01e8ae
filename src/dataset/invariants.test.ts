import { describe, expect, it } from "vitest";
import { FigureSchema, type FigureInput } from "../domain/figure.ts";
import { checkInvariants, type LocatedFigure, type ParsedTable } from "./invariants.ts";
import { evaluate } from "./invariants/expression.ts";
import { companyResultsTable } from "./tables/company-results.ts";
import { discrepanciesTable } from "./tables/discrepancies.ts";
import { policyEventsTable } from "./tables/policy-events.ts";
import { referenceFactsTable } from "./tables/reference-facts.ts";

// Every number below is a test input written for these tests, not a claim about the world.
let line = 1;
const fig = (
  f: Partial<FigureInput> & Pick<FigureInput, "metric" | "period" | "value">,
  column = "value",
): LocatedFigure => {
  line++;
  const figure = FigureSchema.parse({
    id: `t:${line}`,
    dataset: "t",
    family: "trade",
    entity: "China",
    counterparty: "World",
    unit: "t",
    massBasis: "finished",
    sourceId: "src-a",
    ...f,
  });
  return { figure, file: "data/t.csv", line, column };
};
const month = (period: string, value: number, more: Partial<FigureInput> = {}) =>
  fig({ metric: "export_volume", period, value, ...more }, "volume_t");
const ytd = (to: string, value: number, more: Partial<FigureInput> = {}) =>
  fig({ metric: "export_volume_ytd", period: `${to.slice(0, 4)}-01..${to}`, value, ...more }, "ytd_volume_t");

const run = (figures: LocatedFigure[], tables: ParsedTable[] = []) =>
  checkInvariants({ figures, tables: new Map(tables.map((t) => [t.spec.name, t])) });

describe("checkInvariants(): monthly parts against year-to-date totals", () => {
  it("passes when the months between two reported totals add up within rounding", () => {
    expect(run([ytd("2025-02", 100), ytd("2025-03", 160), month("2025-03", 60.4)])).toEqual([]);
  });

  it("reports the total's row, the months used and the difference when they do not add up", () => {
    line = 1;
    const issues = run([ytd("2025-02", 100), ytd("2025-03", 160), month("2025-03", 70)]);
    expect(issues).toEqual([
      {
        code: "sum_mismatch",
        path: "data/t.csv:3 (ytd_volume_t)",
        message:
          "Jan–Mar 2025 minus Jan–Feb 2025 to World is 60 t (t.csv:2), but the reported months add up to 70 t: Mar 2025 70 (t.csv:4); difference -10 t, beyond the rounding of the numbers (±1.5) [monthly-parts export_volume_ytd:World:2025-01..2025-03]",
      },
    ]);
  });

  it("uses a reported month over a derived one and never an excluded row", () => {
    const ok = run([
      ytd("2025-02", 100),
      month("2025-01", 60, { excludeReason: "test: wrong outlet" }),
      month("2025-01", 40),
      month("2025-02", 60),
    ]);
    expect(ok).toEqual([]);
  });
});

describe("checkInvariants(): derived export rows against their inputs", () => {
  it("accepts a derived month that a year-to-date window or a y/y change reproduces", () => {
    expect(
      run([ytd("2025-02", 100), month("2025-01", 40), month("2025-02", 60, { isDerived: true })]),
    ).toEqual([]);
    const yoy = fig({
      metric: "export_change_yoy",
      period: "2025-05",
      value: -50,
      unit: "%",
      massBasis: "not_applicable",
    });
    expect(run([month("2025-05", 100), yoy, month("2024-05", 200, { isDerived: true })])).toEqual([]);
  });

  it("reports a derived month its inputs do not give, with each reading", () => {
    line = 1;
    const issues = run([
      ytd("2025-02", 100),
      month("2025-01", 40),
      month("2025-02", 50, { isDerived: true }),
    ]);
    expect(issues).toEqual([
      {
        code: "derivation_mismatch",
        path: "data/t.csv:4 (volume_t)",
        message:
          "derived Feb 2025 export_volume to World is 50 t, but its inputs give Jan–Feb 2025 100 (t.csv:2) − 2025-01 40 (t.csv:3) = 60 → 59–61 [derived-export t:4]",
      },
    ]);
  });

  it("leaves alone a derived row whose inputs are not in the table", () => {
    expect(run([month("2023-07", 4000, { isDerived: true })])).toEqual([]);
  });
});

describe("checkInvariants(): countries against USGS world totals", () => {
  const mine = (entity: string, value: number | null, vintage = "MCS X") =>
    fig(
      {
        metric: "mine_production",
        family: "production",
        entity,
        counterparty: "",
        period: "2024",
        value,
        unit: "t REO",
        massBasis: "not_applicable",
        vintage,
      },
      "mine_production_t_reo",
    );

  it("accepts a world total within the rounding of its last significant digit (380,000 covers 384,000)", () => {
    expect(run([mine("A", 270000), mine("B", 114000), mine("World total", 380000)])).toEqual([]);
  });

  it("reports a world total the countries do not reach, naming the edition and the difference", () => {
    line = 1;
    const issues = run([mine("A", 100000), mine("B", 250000), mine("World total", 400000)]);
    expect(issues).toEqual([
      {
        code: "sum_mismatch",
        path: "data/t.csv:4 (mine_production_t_reo)",
        message:
          "MCS X mine_production 2024: the 2 countries with a value add up to 350,000 t REO, but the world total is 400,000 t REO (t.csv:4); difference -50,000 t REO, beyond USGS rounding of the total (unit 10,000) [world-total mine_production:MCS X:2024]",
      },
    ]);
  });

  it("lets countries that are not available fall short of the total, but never exceed it", () => {
    expect(run([mine("A", 100000), mine("B", null), mine("C", 200000), mine("World", 400000)])).toEqual([]);
    const over = run([mine("A", 300000), mine("B", null), mine("C", 200000), mine("World", 400000)]);
    expect(over.map((i) => i.code)).toEqual(["sum_mismatch"]);
  });
});

const table = (spec: ParsedTable["spec"], rows: Record<string, string>[]): ParsedTable => ({
  spec,
  file: `data/${spec.file}`,
  rows: rows.map((raw, i) => ({ line: i + 2, raw, row: { sourceId: raw.source_id ?? "" } })),
});

describe("checkInvariants(): reference facts against their derivations", () => {
  const facts = (value: string, derivation: string) =>
    table(referenceFactsTable, [{ fact_id: "share", value, unit: "%", derivation }]);
  const inputs = () => [
    fig({
      id: "m:a",
      metric: "mine_production",
      period: "2024",
      value: 270000,
      unit: "t REO",
      massBasis: "not_applicable",
    }),
    fig({
      id: "m:w",
      metric: "mine_production",
      period: "2024",
      value: 380000,
      unit: "t REO",
      massBasis: "not_applicable",
    }),
  ];

  it("accepts a fact equal to its derivation at the precision it is written with", () => {
    expect(run(inputs(), [facts("71.1", "{m:a} / {m:w} * 100")])).toEqual([]);
  });

  it("reports a fact computed from another edition's figures", () => {
    const issues = run(inputs(), [facts("69.2", "{m:a} / {m:w} * 100")]);
    expect(issues).toEqual([
      {
        code: "derivation_mismatch",
        path: "data/reference-facts.csv:2 (value)",
        message:
          "reference fact share is 69.2 %, but its derivation gives 71.0526 ({m:a} / {m:w} * 100); a value written as 69.2 allows ±0.05 [reference-fact share]",
      },
    ]);
  });

  it("reports an unknown figure id and an excluded input", () => {
    expect(run(inputs(), [facts("1", "{m:nope}")])[0]).toMatchObject({
      code: "invalid_value",
      path: "data/reference-facts.csv:2 (derivation)",
      message: "cannot evaluate the derivation: unknown figure id {m:nope}",
    });
    const [a, w] = inputs();
    a!.figure.excludeReason = "test: not usable";
    expect(run([a!, w!], [facts("71.1", "{m:a} / {m:w} * 100")]).map((i) => i.message)).toEqual([
      `the derivation uses excluded figures (${a!.figure.id}); an excluded row never backs a fact`,
    ]);
  });

  it("evaluate() follows precedence and parentheses and refuses stray text", () => {
    expect(evaluate("2 + 3 * (4 - 1) / 9", () => undefined)).toEqual({ ok: true, value: 3, refs: [] });
    expect(evaluate("2 +", () => undefined)).toMatchObject({ ok: false });
    expect(evaluate("1 / 0", () => undefined)).toMatchObject({ ok: false });
  });
});

describe("checkInvariants(): no blank turned into zero, policy text", () => {
  it("reports a 0 in a column that never holds a published zero, naming the row and column", () => {
    const issues = run([], [table(companyResultsTable, [{ value: "120" }, { value: "0" }, { value: "" }])]);
    expect(issues).toEqual([
      {
        code: "blank_as_zero",
        path: "data/company-results.csv:3 (value)",
        message:
          "value is 0, but this column never holds a published zero: a blank source cell turned into 0? Leave the cell empty when the source gives no number (and say why in the note)",
      },
    ]);
  });

  it("reports an element the title or materials name but elements omits, and an unlisted announcement number", () => {
    const issues = run(
      [],
      [
        table(policyEventsTable, [
          {
            title: "Announcement No. 9 [2025]: control of Ho items",
            materials: "Dy/Tb magnets",
            elements: "Dy;Tb",
            announcement_no: "",
          },
          {
            title: "Suspension of Announcement No. 7 [2024]",
            materials: "",
            elements: "",
            announcement_no: "",
          },
          {
            title: "Act",
            materials: "",
            elements: "",
            announcement_no: "Ministry Announcement No. 7 [2024]",
          },
        ]),
      ],
    );
    expect(issues).toEqual([
      {
        code: "inconsistent_value",
        path: "data/policy-events.csv:2 (elements)",
        message:
          'the title or materials name Ho, but elements is "Dy;Tb"; expected elements to list every element the title or materials name',
      },
      {
        code: "inconsistent_value",
        path: "data/policy-events.csv:2 (announcement_no)",
        message:
          'the title names "No. 9 [2025]", but announcement_no is empty and no other event has that number; expected announcement_no to give it',
      },
    ]);
  });
});

describe("checkInvariants(): recorded discrepancies", () => {
  const recorded = (difference: string, subject = "export_volume_ytd:World:2025-01..2025-03") =>
    table(discrepanciesTable, [
      { check: "monthly-parts", subject, difference, source_id: "src-a", reason: "test" },
    ]);
  const broken = () => [ytd("2025-02", 100), ytd("2025-03", 160), month("2025-03", 70)];

  it("reports a recorded discrepancy as a known_discrepancy warning", () => {
    const issues = run(broken(), [recorded("-10")]);
    expect(issues.map((i) => i.code)).toEqual(["known_discrepancy"]);
    expect(issues[0]!.message).toMatch(
      /^known discrepancy, recorded at data\/discrepancies\.csv:2: Jan–Mar 2025/,
    );
  });

  it("keeps the error when the difference changed, and flags a record that no longer occurs", () => {
    expect(run(broken(), [recorded("-12")]).map((i) => i.code)).toEqual(["sum_mismatch"]);
    expect(run([], [recorded("-10")])).toEqual([
      {
        code: "invalid_value",
        path: "data/discrepancies.csv:2",
        message:
          "recorded discrepancy monthly-parts export_volume_ytd:World:2025-01..2025-03 no longer occurs; remove the row (or fix its subject)",
      },
    ]);
  });
});
