/** @module StoreUnavailableError: the database cannot be reached right now (restart, network); the API answers 503. */

/**
 * The store's database connection failed or was lost (server restarting, network down). The request may be repeated
 * later; the process stays up and reconnects by itself. The API maps it to 503 `store_unavailable`.
 */
export class StoreUnavailableError extends Error {
  readonly code = "store_unavailable";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreUnavailableError";
  }
}

// Node socket errors that mean the connection, not the statement, failed.
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
// SQLSTATEs of a server going away: admin_shutdown, crash_shutdown, cannot_connect_now, database_dropped.
const SERVER_CODES = new Set(["57P01", "57P02", "57P03", "57P04"]);
// node-postgres reports a lost socket or a connect timeout by message only.
const LOST = /connection terminated|not queryable|timeout exceeded when trying to connect|connection error/i;

/** True when `e` means the database connection failed (class 08, shutdown codes, socket errors), not the statement. */
export function isConnectionError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === "string" && (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith("08")))
    return true;
  return LOST.test(e.message);
}

/** True when the connection failed before the statement could reach the server, so repeating it cannot double it. */
export function isNotSent(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  return (
    code === "ECONNREFUSED" || code === "57P03" || /timeout exceeded when trying to connect/i.test(e.message)
  );
}
