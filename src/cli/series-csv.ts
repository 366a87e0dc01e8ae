/** @module `lodestone series --format csv`: the one series table (src/domain/series-table.ts), items only. */
import type { SeriesResult } from "../domain/series.ts";
import { seriesTable } from "../domain/series-table.ts";
import { toCsv } from "./format.ts";

/** The items as CSV; a share series adds the two values divided, their unit, editions and sources. */
export function seriesCsv(s: SeriesResult): string {
  const { header, rows } = seriesTable(s);
  return toCsv(header, rows);
}
