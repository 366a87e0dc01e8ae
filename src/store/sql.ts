/** @module Sql: the one seam that PGlite and node-postgres both satisfy (house habit 9). */

export interface Sql {
  /** Runs one parameterised statement ($1, $2 ...) and returns its rows. */
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** `pglite` or `postgres`, for messages. */
  readonly kind: "pglite" | "postgres";
}
