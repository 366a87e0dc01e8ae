/**
 * @module tradeChanges: month-on-month, year-on-year and year-to-date figures for a monthly series from GET /api/series,
 * computed from the preferred values only. A change needs both point values: a gap, a bound (> or <) or a range on
 * either side gives null (shown blank), never 0 or NaN. Year to date needs every month from January; unit values
 * divide the preferred export value by the preferred volume of the same period.
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
  /** Month on month, %; null when this or the previous month has no point value. */
  momPct: number | null;
  /** Year on year, %; null when this or the same month a year before has no point value. */
  yoyPct: number | null;
  /** Sum of January..this month; null when any of those months has no point value. */
  ytd: number | null;
  /** Some value a non-null figure above was computed from is approximate. */
  approx: boolean;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const point = (v: PeriodValue | undefined) =>
  v && v.value !== null && v.qualifier === null && Number.isFinite(v.value) ? v.value : null;
const pct = (now: number | null, before: number | null) =>
  now === null || before === null || before === 0 ? null : ((now - before) / before) * 100;
const monthKey = (y: number, m: number) => `${y}-${String(m).padStart(2, "0")}`;

/** Changes for each monthly period of `items`, in their order; periods that are not months give nulls. */
export function tradeChanges(items: readonly PeriodValue[]): PeriodChange[] {
  const byPeriod = new Map(items.map((i) => [i.period, i]));
  const at = (y: number, m: number) => point(byPeriod.get(monthKey(y, m)));
  return items.map((i) => {
    const match = MONTH.exec(i.period);
    if (!match) return { period: i.period, momPct: null, yoyPct: null, ytd: null, approx: false };
    const y = Number(match[1]);
    const m = Number(match[2]);
    const now = point(i);
    const prev = m === 1 ? monthKey(y - 1, 12) : monthKey(y, m - 1);
    const hedged = (p: string) => !!byPeriod.get(p)?.approx;
    let ytd: number | null = 0;
    let ytdApprox = false;
    for (let k = 1; k <= m && ytd !== null; k++) {
      const v = at(y, k);
      ytd = v === null ? null : ytd + v;
      ytdApprox ||= hedged(monthKey(y, k));
    }
    const momPct = pct(now, point(byPeriod.get(prev)));
    const yoyPct = pct(now, at(y - 1, m));
    const approx =
      (momPct !== null && (!!i.approx || hedged(prev))) ||
      (yoyPct !== null && (!!i.approx || hedged(monthKey(y - 1, m)))) ||
      (ytd !== null && ytdApprox);
    return { period: i.period, momPct, yoyPct, ytd, approx };
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
