/**
 * @module hostGuard: the Host header checked against an allow-list (host names, any port), so a page whose DNS name
 * is re-pointed at this machine (DNS rebinding) cannot read or write through the visitor's browser.
 */
import type { Context, MiddlewareHandler } from "hono";
import { ApiError } from "../error.ts";

/** The host name of a Host header value (or a bare name), lower case, without port or IPv6 brackets; "" when absent. */
export function hostName(host: string | undefined): string {
  if (!host) return "";
  const h = host.trim().toLowerCase();
  if (h.startsWith("[")) {
    const end = h.indexOf("]");
    return end > 0 ? h.slice(1, end) : h.slice(1);
  }
  const colon = h.indexOf(":");
  // One colon: name:port; several: a bare IPv6 address.
  return colon > 0 && colon === h.lastIndexOf(":") ? h.slice(0, colon) : h;
}

/** The Host header, or the URL's host when there is none (in-process requests; Node always has the header). */
export function requestHost(c: Context): string {
  return c.req.header("host") ?? new URL(c.req.url).host;
}

export const LOOPBACK_HOSTS: readonly string[] = ["localhost", "127.0.0.1", "::1"];

/** Refuses (421) a request whose Host is not in `allowed` (host names as `hostName` returns them). */
export function hostGuard(allowed: readonly string[]): MiddlewareHandler {
  const set = new Set(allowed.map((h) => hostName(h)));
  return async (c, next) => {
    const name = hostName(requestHost(c));
    if (!set.has(name))
      throw new ApiError(
        421,
        "host_not_allowed",
        `host "${name || "(none)"}" is not served here; allowed: ${[...set].join(", ")} (set LODESTONE_ALLOWED_HOSTS to add names)`,
      );
    await next();
  };
}
