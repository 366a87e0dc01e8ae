/** @module Monthly and year-to-date export figures grouped by series, counterparty and year, for the export invariants. */
import type { LocatedFigure } from "./located.ts";

/** Monthly metric, its year-to-date metric, and the change metrics that relate its months (volume only). */
export interface ExportFamily {
  month: string;
  ytd: string;
  yoy?: string;
  mom?: string;
  ytdYoy?: string;
}

export const EXPORT_FAMILIES: readonly ExportFamily[] = [
  {
    month: "export_volume",
    ytd: "export_volume_ytd",
    yoy: "export_change_yoy",
    mom: "export_change_mom",
    ytdYoy: "export_change_ytd_yoy",
  },
  { month: "export_value", ytd: "export_value_ytd" },
];

/** Every row of one quantity (several sources may report it), by month number 1..12. */
export type ByMonth = Map<number, LocatedFigure[]>;

export interface ExportYear {
  family: ExportFamily;
  counterparty: string;
  year: number;
  months: ByMonth;
  ytds: ByMonth;
  yoy: ByMonth;
  mom: ByMonth;
  ytdYoy: ByMonth;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const YTD = /^(\d{4})-01\.\.(\d{4})-(\d{2})$/;

/** Groups export figures into years per (family, counterparty); other metrics are ignored. */
export function exportYears(figures: readonly LocatedFigure[]): Map<string, ExportYear> {
  const years = new Map<string, ExportYear>();
  const get = (family: ExportFamily, counterparty: string, year: number) => {
    const key = `${family.month}|${counterparty}|${year}`;
    let y = years.get(key);
    if (!y) {
      y = {
        family,
        counterparty,
        year,
        months: new Map(),
        ytds: new Map(),
        yoy: new Map(),
        mom: new Map(),
        ytdYoy: new Map(),
      };
      years.set(key, y);
    }
    return y;
  };
  const put = (m: ByMonth, k: number, f: LocatedFigure) => m.set(k, [...(m.get(k) ?? []), f]);
  for (const lf of figures) {
    const f = lf.figure;
    for (const family of EXPORT_FAMILIES) {
      const month = MONTH.exec(f.period);
      const ytd = YTD.exec(f.period);
      if (month && f.metric === family.month)
        put(get(family, f.counterparty, Number(month[1])).months, Number(month[2]), lf);
      else if (ytd && ytd[1] === ytd[2] && f.metric === family.ytd)
        put(get(family, f.counterparty, Number(ytd[1])).ytds, Number(ytd[3]), lf);
      else if (month && family.yoy && f.metric === family.yoy)
        put(get(family, f.counterparty, Number(month[1])).yoy, Number(month[2]), lf);
      else if (month && family.mom && f.metric === family.mom)
        put(get(family, f.counterparty, Number(month[1])).mom, Number(month[2]), lf);
      else if (ytd && ytd[1] === ytd[2] && family.ytdYoy && f.metric === family.ytdYoy)
        put(get(family, f.counterparty, Number(ytd[1])).ytdYoy, Number(ytd[3]), lf);
    }
  }
  return years;
}

const NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** `Jan–Oct 2025`, `Jan 2025`. */
export const ytdLabel = (year: number, k: number) =>
  k === 1 ? `Jan ${year}` : `Jan–${NAMES[k - 1]} ${year}`;
export const monthLabel = (year: number, k: number) => `${NAMES[k - 1]} ${year}`;
