/** @module A WHERE clause built from optional filters, with numbered parameters ($1, $2 ...) for both adapters. */

export interface Where {
  /** Adds a condition whose one `?` is replaced by the next parameter number. */
  add(condition: string, value: unknown): void;
  /** Adds a condition without a parameter. */
  raw(condition: string): void;
  /** Adds a parameter and returns its placeholder (`$3`), for a condition that uses it more than once. */
  param(value: unknown): string;
  /** `WHERE a AND b`, or an empty string when no condition was added. */
  readonly sql: string;
  readonly params: unknown[];
}

export function createWhere(): Where {
  const conditions: string[] = [];
  const params: unknown[] = [];
  return {
    add(condition, value) {
      params.push(value);
      conditions.push(condition.replace("?", `$${params.length}`));
    },
    raw(condition) {
      conditions.push(condition);
    },
    param(value) {
      return `$${params.push(value)}`;
    },
    get sql() {
      return conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
    },
    params,
  };
}
