/**
 * @module tradeChanges: change on the previous period (m/m for months, q/q for quarters), year on year and year to date
 * for a series from GET /api/series. Changes are computed from the preferred values only: a gap, a bound (> or <) or a
 * range on either side gives null (shown blank), never 0 or NaN. Year to date is the API's (`ytd=true`: the range-total
 * rule over January..the period, the same number `lodestone series --from <year>-01 --to <period>` totals to); unit
 * values divide the preferred export value by the preferred volume of the same period.
 */

/** The part of a series item the changes read (GET /api/series items). */
export interface PeriodValue {
  period: string;
  value: number | null;
  qualifier: string | null;
  /** The source hedged the value (about, ~): anything computed from it is approximate too. */
  approx?: boolean;
}

export interface PeriodChange {
  period: string;
  /** On the previous period (month on month, quarter on quarter), %; null when either has no point value. */
  prevPct: number | null;
  /** Year on year, %; null when this or the same period a year before has no point value. */
  yoyPct: number | null;
  /** Year to date as the API gives it; null when it has none. */
  ytd: number | null;
  /** Some value a non-null figure above was computed from is approximate. */
  approx: boolean;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const point = (v: PeriodValue | null | undefined) =>
  v && v.value !== null && v.qualifier === null && Number.isFinite(v.value) ? v.value : null;
const pct = (now: number | null, before: number | null) =>
  now === null || before === null || before === 0 ? null : ((now - before) / before) * 100;

/** The period before `p` and the same period a year earlier (months and quarters); null for other periods. */
function neighbours(p: string): { prev: string; lastYear: string } | null {
  const m = MONTH.exec(p);
  if (m) {
    const y = Number(m[1]);
    const k = Number(m[2]);
    const key = (yy: number, kk: number) => `${yy}-${String(kk).padStart(2, "0")}`;
    return { prev: k === 1 ? key(y - 1, 12) : key(y, k - 1), lastYear: key(y - 1, k) };
  }
  const q = QUARTER.exec(p);
  if (q) {
    const y = Number(q[1]);
    const k = Number(q[2]);
    return { prev: k === 1 ? `${y - 1}-Q4` : `${y}-Q${k - 1}`, lastYear: `${y - 1}-Q${k}` };
  }
  return null;
}

/**
 * Changes for each period of `items`, in their order; `ytd` is the API's year to date, parallel to `items`
 * (GET /api/series?ytd=true). Periods that are neither months nor quarters give nulls.
 */
export function tradeChanges(
  items: readonly PeriodValue[],
  ytd: readonly (PeriodValue | null)[] = [],
): PeriodChange[] {
  const byPeriod = new Map(items.map((i) => [i.period, i]));
  return items.map((i, k) => {
    const n = neighbours(i.period);
    if (!n) return { period: i.period, prevPct: null, yoyPct: null, ytd: null, approx: false };
    const now = point(i);
    const hedged = (p: string) => !!byPeriod.get(p)?.approx;
    const prevPct = pct(now, point(byPeriod.get(n.prev)));
    const yoyPct = pct(now, point(byPeriod.get(n.lastYear)));
    const y = point(ytd[k]);
    const approx =
      (prevPct !== null && (!!i.approx || hedged(n.prev))) ||
      (yoyPct !== null && (!!i.approx || hedged(n.lastYear))) ||
      (y !== null && !!ytd[k]?.approx);
    return { period: i.period, prevPct, yoyPct, ytd: y, approx };
  });
}

/** Tonnes to kilograms, dollars unchanged: the factor from USD/t to USD/kg. */
const KG_PER_UNIT: Readonly<Record<string, number>> = { t: 1000, kg: 1 };

/**
 * Unit value in USD/kg per period: the preferred export value (USD) over the preferred volume of the same period.
 * Null where either is not a point value, the volume is zero, or the volume unit is not a mass in t or kg.
 */
export function unitValuesUsdPerKg(
  value: readonly PeriodValue[],
  volume: readonly PeriodValue[],
  volumeUnit: string,
): Map<string, { usdPerKg: number; approx: boolean } | null> {
  const kg = KG_PER_UNIT[volumeUnit];
  const vol = new Map(volume.map((i) => [i.period, i]));
  const out = new Map<string, { usdPerKg: number; approx: boolean } | null>();
  for (const i of value) {
    const usd = point(i);
    const v = vol.get(i.period);
    const mass = point(v);
    out.set(
      i.period,
      usd === null || mass === null || mass <= 0 || !kg
        ? null
        : { usdPerKg: usd / (mass * kg), approx: !!i.approx || !!v?.approx },
    );
  }
  return out;
}
