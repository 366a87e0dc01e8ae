/**
 * @module ScenarioResult: what one scenario run returns (plain arrays, one per series; JSON paths are public).
 * `ScenarioResultOf<Float64Array>` is the same shape over the steps' typed arrays: what a Monte Carlo draw reads.
 */
export type ScenarioResult = ScenarioResultOf<number[]>;
export interface ScenarioResultOf<Series extends ArrayLike<number>> {
  id: string;
  years: number[];
  massBasis: "finished";
  demand: {
    total: Series;
    blankBasis: Series;
    byApplication: Record<string, Series>;
    byTechnology: Record<string, Series>;
    byRegion: Record<string, Series>;
    byMagnetType: { sintered_ndfeb: Series; bonded_ndfeb: Series; smco: Series; substituted: Series };
  };
  elements: { inMagnet: Record<string, Series>; reo: Record<string, Series>; reoTotal: Series };
  stock: { byApplication: Record<string, Series>; total: Series };
  eol: { total: Series; byElement: Record<string, Series> };
  /**
   * Post-consumer recycling (t REO per element and total) with its stages in t finished magnet: collected, feed
   * (after pre-processing and capacity); preConsumer: swarf recycled inside magnet making (t REO, reported only).
   */
  recycling: {
    byElement: Record<string, Series>;
    total: Series;
    collected: Series;
    feed: Series;
    preConsumer: Record<string, Series>;
  };
  supply: {
    mineTotal: Series;
    mineByCountry: Record<string, Series>;
    primaryByElement: Record<string, Series>;
    /** Primary REO of the balanced elements (Nd, Pr, Dy, Tb, Sm) by country, t REO; sums to Σ primaryByElement. */
    primaryByCountry: Record<string, Series>;
    /**
     * Undocumented output (t REO per element) of `supply.undocumented.country`: official × u / (1 − u) with u the
     * sourced undocumented share. Kept under this name (it held a fitted calibration term before 2026-12).
     */
    unrecordedByElement: Record<string, Series>;
    /** All undocumented output, t REO (not in `mineTotal`, which stays the published USGS figure). */
    undocumentedTotal: Series;
    stageShares: Record<string, Record<string, Series>>;
    hhi: Record<string, Series>;
    chinaMagnetProduction: Series;
    chinaMagnetExports: Series;
  };
  /** Supply − demand per element (t REO), signed; see `market` for how a gap is read. */
  balance: Record<string, Series>;
  market: {
    consumption: Record<string, Series>;
    unmetDemand: Record<string, Series>;
    surplus: Record<string, Series>;
    historyGap: Record<string, Series>;
    requiredNewSupply: Record<string, Series>;
    magnet: { demand: Series; consumption: Series; unmetDemand: Series };
  };
  requiredMine: Record<string, Series>;
  /** Gross shortfalls by item (t finished magnet or t REO), stockpile releases, and the consequences (t finished). */
  exportControls: {
    shortfall: Record<string, Series>;
    stockpileRelease: Record<string, Series>;
    withheldMagnets: Series;
    exChinaProductionLoss: Series;
    unmetMagnetDemand: Series;
  };
  checks: { maxMassBalanceResidual: number; minStock: number };
}
