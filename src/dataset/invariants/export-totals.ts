/** @module Invariant: reported monthly exports add up to the reported year-to-date totals, within rounding. */
import { type ExportYear, exportYears, monthLabel, ytdLabel } from "./export-series.ts";
import { at, type Finding, finding, type LocatedFigure, lineOf, pick } from "./located.ts";
import { halfUnit, show } from "./rounding.ts";

/** The reported (non-derived) value of one quantity, or undefined. */
const reported = (rows: readonly LocatedFigure[] | undefined) => {
  const p = pick(rows ?? []);
  return p && !p.figure.isDerived && p.figure.value !== null ? p : undefined;
};

/**
 * For each reported year-to-date total, the months since the previous reported total (or since January) must add
 * up to the difference of the two totals, when every one of those months is reported. Derived months are checked
 * against their inputs by checkExportDerivations instead. Tolerance: half a unit of the last written digit of
 * every number involved (5,774 t is 5,773.5-5,774.5).
 */
export function checkExportTotals(figures: readonly LocatedFigure[]): Finding[] {
  const out: Finding[] = [];
  for (const y of exportYears(figures).values()) out.push(...checkYear(y));
  return out;
}

function checkYear(y: ExportYear): Finding[] {
  const out: Finding[] = [];
  const totals = [...y.ytds.keys()]
    .sort((a, b) => a - b)
    .flatMap((k) => {
      const t = reported(y.ytds.get(k));
      return t ? [{ k, t }] : [];
    });
  let prev: { k: number; t: LocatedFigure } | null = null;
  for (const cur of totals) {
    const from = prev?.k ?? 0;
    const months: LocatedFigure[] = [];
    for (let m = from + 1; m <= cur.k; m++) {
      const r = reported(y.months.get(m));
      if (r) months.push(r);
    }
    if (months.length === cur.k - from) {
      const total = cur.t.figure.value!;
      const before = prev?.t.figure.value ?? 0;
      const sum = months.reduce((a, m) => a + m.figure.value!, 0);
      const diff = total - before - sum;
      const tol =
        halfUnit(total) +
        (prev ? halfUnit(before) : 0) +
        months.reduce((a, m) => a + halfUnit(m.figure.value!), 0);
      if (Math.abs(diff) > tol + 1e-9) {
        const unit = cur.t.figure.unit;
        const span = prev
          ? `${ytdLabel(y.year, cur.k)} minus ${ytdLabel(y.year, prev.k)}`
          : ytdLabel(y.year, cur.k);
        const parts = months
          .map((m, i) => `${monthLabel(y.year, from + 1 + i)} ${show(m.figure.value!)} (${lineOf(m)})`)
          .join(" + ");
        out.push(
          finding(
            "sum_mismatch",
            at(cur.t),
            "monthly-parts",
            `${y.family.ytd}:${y.counterparty}:${cur.t.figure.period}`,
            diff,
            `${span} to ${y.counterparty} is ${show(total - before)} ${unit}${prev ? ` (${lineOf(prev.t)})` : ""}, but the reported months add up to ${show(sum)} ${unit}: ${parts}; difference ${show(diff)} ${unit}, beyond the rounding of the numbers (±${show(tol)})`,
          ),
        );
      }
    }
    prev = cur;
  }
  return out;
}
