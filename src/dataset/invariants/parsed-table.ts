/** @module The rows of one checked file with their line numbers, as the invariants read them. */
import type { AnyTableSpec } from "../table.ts";

export interface ParsedRow {
  /** 1-based line where the record starts. */
  line: number;
  /** Cell text by column name, as written. */
  raw: Record<string, string>;
  /** The row as its schema parsed it (camelCase). */
  row: { sourceId: string } & Record<string, unknown>;
}

export interface ParsedTable {
  spec: AnyTableSpec;
  /** `data/file.csv`. */
  file: string;
  rows: ParsedRow[];
}
