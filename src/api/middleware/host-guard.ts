/**
 * @module hostGuard: the Host header checked against an allow-list (host names, any port), so a page whose DNS name
 * is re-pointed at this machine (DNS rebinding) cannot read or write through the visitor's browser.
 */
import type { MiddlewareHandler } from "hono";
import { ApiError } from "../error.ts";

/** The host name of a Host header value, lower case, without port or IPv6 brackets; "" when absent. */
export function hostName(host: string | undefined): string {
  if (!host) return "";
  const h = host.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(1, h.indexOf("]") > 0 ? h.indexOf("]") : undefined);
  const colon = h.lastIndexOf(":");
  return colon > 0 ? h.slice(0, colon) : h;
}

export const LOOPBACK_HOSTS: readonly string[] = ["localhost", "127.0.0.1", "::1"];

/** Refuses (421) a request whose Host is not in `allowed` (host names as `hostName` returns them). */
export function hostGuard(allowed: readonly string[]): MiddlewareHandler {
  const set = new Set(allowed.map((h) => hostName(h)));
  return async (c, next) => {
    const name = hostName(c.req.header("host"));
    if (!set.has(name))
      throw new ApiError(
        421,
        "host_not_allowed",
        `host "${name || "(none)"}" is not served here; allowed: ${[...set].join(", ")} (set LODESTONE_ALLOWED_HOSTS to add names)`,
      );
    await next();
  };
}
