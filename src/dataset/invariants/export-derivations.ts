/** @module Invariant: derived export rows follow from the reported rows they come from. */
import { type ByMonth, type ExportYear, exportYears, monthLabel, ytdLabel } from "./export-series.ts";
import { at, type Finding, finding, type LocatedFigure, lineOf, pick } from "./located.ts";
import { halfUnit, show } from "./rounding.ts";

/** One way a derived value can be recomputed from other rows: the interval its inputs allow, and how. */
interface Reading {
  lo: number;
  hi: number;
  how: string;
}

const value = (rows: readonly LocatedFigure[] | undefined, not: LocatedFigure) => {
  const p = pick((rows ?? []).filter((r) => r !== not));
  return p && p.figure.value !== null ? p : undefined;
};

/** Every usable change rate of a month (all sources: the derivation may have used any of them). */
const rates = (m: ByMonth, k: number) =>
  (m.get(k) ?? []).filter((r) => !r.figure.excludeReason && r.figure.value !== null);

/** base / (1 + rate%), with the interval the rounding of base and rate allows. */
function fromChange(base: LocatedFigure, rate: LocatedFigure, how: string): Reading {
  const b = base.figure.value!;
  const r = rate.figure.value!;
  const hb = halfUnit(b);
  const hr = halfUnit(r);
  const a = (b - hb) / (1 + (r + hr) / 100);
  const c = (b + hb) / (1 + (r - hr) / 100);
  return { lo: Math.min(a, c), hi: Math.max(a, c), how: `${how} (${lineOf(base)}, ${lineOf(rate)})` };
}

/** Readings of a derived month k of year y from year-to-date windows and from changes. */
function monthReadings(d: LocatedFigure, k: number, y: ExportYear, next: ExportYear | undefined): Reading[] {
  const out: Reading[] = [];
  const totals = [0, ...y.ytds.keys()].sort((a, b) => a - b);
  for (const K of totals.filter((t) => t >= k)) {
    const top = value(y.ytds.get(K), d);
    if (!top) continue;
    for (const j of totals.filter((t) => t < k)) {
      const bottom = j === 0 ? undefined : value(y.ytds.get(j), d);
      if (j !== 0 && !bottom) continue;
      const others: LocatedFigure[] = [];
      for (let m = j + 1; m <= K; m++) {
        if (m === k) continue;
        const o = value(y.months.get(m), d);
        if (o) others.push(o);
      }
      if (others.length !== K - j - 1) continue;
      const mid =
        top.figure.value! - (bottom?.figure.value ?? 0) - others.reduce((a, o) => a + o.figure.value!, 0);
      const tol = [top, ...(bottom ? [bottom] : []), ...others].reduce(
        (a, o) => a + halfUnit(o.figure.value!),
        0,
      );
      const terms = [
        `${ytdLabel(y.year, K)} ${show(top.figure.value!)} (${lineOf(top)})`,
        ...(bottom ? [`${ytdLabel(y.year, j)} ${show(bottom.figure.value!)} (${lineOf(bottom)})`] : []),
        ...others.map((o) => `${o.figure.period} ${show(o.figure.value!)} (${lineOf(o)})`),
      ];
      out.push({ lo: mid - tol, hi: mid + tol, how: `${terms.join(" − ")} = ${show(mid)}` });
    }
  }
  if (next && y.family.yoy) {
    const base = value(next.months.get(k), d);
    if (base)
      for (const r of rates(next.yoy, k))
        out.push(
          fromChange(
            base,
            r,
            `${monthLabel(y.year + 1, k)} ${show(base.figure.value!)} at ${show(r.figure.value!)}% y/y`,
          ),
        );
  }
  if (y.family.mom) {
    const after = k === 12 ? next : y;
    const km = k === 12 ? 1 : k + 1;
    const base = after && value(after.months.get(km), d);
    if (after && base)
      for (const r of rates(after.mom, km))
        out.push(
          fromChange(
            base,
            r,
            `${monthLabel(after.year, km)} ${show(base.figure.value!)} at ${show(r.figure.value!)}% m/m`,
          ),
        );
  }
  return out;
}

/** Readings of a derived year-to-date total to month k. */
function ytdReadings(d: LocatedFigure, k: number, y: ExportYear, next: ExportYear | undefined): Reading[] {
  const out: Reading[] = [];
  const months = (from: number, to: number) => {
    const xs: LocatedFigure[] = [];
    for (let m = from; m <= to; m++) {
      const v = value(y.months.get(m), d);
      if (v) xs.push(v);
    }
    return xs.length === to - from + 1 ? xs : null;
  };
  for (const K of y.ytds.keys()) {
    const other = K === k ? undefined : value(y.ytds.get(K), d);
    if (!other) continue;
    const between = K > k ? months(k + 1, K) : months(K + 1, k);
    if (!between) continue;
    const s = between.reduce((a, o) => a + o.figure.value!, 0);
    const mid = K > k ? other.figure.value! - s : other.figure.value! + s;
    const tol = [other, ...between].reduce((a, o) => a + halfUnit(o.figure.value!), 0);
    out.push({
      lo: mid - tol,
      hi: mid + tol,
      how: `${ytdLabel(y.year, K)} ${show(other.figure.value!)} (${lineOf(other)}) ${K > k ? "−" : "+"} months ${show(s)} = ${show(mid)}`,
    });
  }
  const fromJan = months(1, k);
  if (fromJan) {
    const s = fromJan.reduce((a, o) => a + o.figure.value!, 0);
    const tol = fromJan.reduce((a, o) => a + halfUnit(o.figure.value!), 0);
    out.push({ lo: s - tol, hi: s + tol, how: `sum of months = ${show(s)}` });
  }
  if (next && y.family.ytdYoy) {
    const base = value(next.ytds.get(k), d);
    if (base)
      for (const r of rates(next.ytdYoy, k))
        out.push(
          fromChange(
            base,
            r,
            `${ytdLabel(y.year + 1, k)} ${show(base.figure.value!)} at ${show(r.figure.value!)}% y/y`,
          ),
        );
  }
  return out;
}

/** A derived export row and the readings of it its inputs allow (none when its inputs are not in the table). */
export interface DerivationTrace {
  row: LocatedFigure;
  label: string;
  readings: Reading[];
  ok: boolean;
}

/** Traces every derived monthly or year-to-date export row (not excluded) to its inputs. */
export function traceExportDerivations(figures: readonly LocatedFigure[]): DerivationTrace[] {
  const out: DerivationTrace[] = [];
  const years = exportYears(figures);
  for (const y of years.values()) {
    const next = years.get(`${y.family.month}|${y.counterparty}|${y.year + 1}`);
    const derived = [
      ...[...y.months].flatMap(([k, rs]) => rs.map((r) => ({ r, k, kind: "month" as const }))),
      ...[...y.ytds].flatMap(([k, rs]) => rs.map((r) => ({ r, k, kind: "ytd" as const }))),
    ].filter(({ r }) => r.figure.isDerived && r.figure.value !== null && !r.figure.excludeReason);
    for (const { r, k, kind } of derived) {
      const readings = kind === "month" ? monthReadings(r, k, y, next) : ytdReadings(r, k, y, next);
      const v = r.figure.value!;
      const h = halfUnit(v);
      out.push({
        row: r,
        label: `${kind === "month" ? monthLabel(y.year, k) : ytdLabel(y.year, k)} ${r.figure.metric} to ${y.counterparty}`,
        readings,
        ok: readings.some((x) => v >= x.lo - h - 1e-9 && v <= x.hi + h + 1e-9),
      });
    }
  }
  return out;
}

/**
 * Every derived monthly or year-to-date export row must be recomputable from the other rows of the table: a
 * year-to-date window minus the other months, the same month a year later and its y/y change, the next month and
 * its m/m change. It passes when one reading's interval (from the rounding of its inputs) contains it; a derived
 * row whose inputs are not in the table cannot be checked here (its note shows the arithmetic).
 */
export function checkExportDerivations(figures: readonly LocatedFigure[]): Finding[] {
  return traceExportDerivations(figures)
    .filter((t) => t.readings.length > 0 && !t.ok)
    .map(({ row, label, readings }) => {
      const v = row.figure.value!;
      const nearest = readings.reduce((a, r) => (dist(v, r) < dist(v, a) ? r : a));
      return finding(
        "derivation_mismatch",
        at(row),
        "derived-export",
        row.figure.id,
        v - (nearest.lo + nearest.hi) / 2,
        `derived ${label} is ${show(v)} ${row.figure.unit}, but its inputs give ${readings
          .map((r) => `${r.how} → ${show(r.lo)}–${show(r.hi)}`)
          .join("; ")}`,
      );
    });
}

const dist = (v: number, r: Reading) => (v < r.lo ? r.lo - v : v > r.hi ? v - r.hi : 0);
