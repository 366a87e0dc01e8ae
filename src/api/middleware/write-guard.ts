/**
 * @module writeGuard: what a request that is not a plain read must show. Every request other than GET/HEAD/OPTIONS
 * must be same-origin (an Origin header, when sent, names the Host; `Sec-Fetch-Site: cross-site` refused). A write
 * (any such request except the read-only POSTs listed in `READ_ONLY_POSTS`) also needs `Authorization: Bearer
 * <token>` and a JSON body, so a page on another site can neither forge one nor slip one in as a "simple" form post.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { ApiError } from "../error.ts";
import { requestHost } from "./host-guard.ts";

/**
 * POST routes that change nothing in the store: public like reads (still same-origin only). `/api/check-claims`
 * reads an article and compares it with the knowledge base; its cost is bounded by the body limit and the extraction
 * workers' queue, so a token would only lock the dashboard's News page out. Add export routes that only read here.
 */
export const READ_ONLY_POSTS: readonly string[] = ["/api/check-claims"];

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const digest = (s: string) => createHash("sha256").update(s).digest();

/** True when `origin` (an Origin header) is an http(s) origin whose host:port is `host` (the Host header). */
export function sameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    const u = new URL(origin);
    return (u.protocol === "http:" || u.protocol === "https:") && u.host === host.toLowerCase();
  } catch {
    return false;
  }
}

/** `token` undefined: writes are refused (the server always sets one; see src/cli/token.ts). */
export function writeGuard(token: string | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : undefined;
  return async (c, next) => {
    const method = c.req.method.toUpperCase();
    if (SAFE_METHODS.has(method)) return next();
    const origin = c.req.header("origin");
    if (origin !== undefined && !sameOrigin(origin, requestHost(c)))
      throw new ApiError(
        403,
        "cross_site_request",
        `request from origin "${origin}" refused: only pages served by this server may send ${method} requests`,
      );
    if (c.req.header("sec-fetch-site") === "cross-site")
      throw new ApiError(
        403,
        "cross_site_request",
        "cross-site request refused (Sec-Fetch-Site: cross-site)",
      );
    if (method === "POST" && READ_ONLY_POSTS.includes(c.req.path)) return next();
    const auth = c.req.header("authorization") ?? "";
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (!expected)
      throw new ApiError(
        403,
        "writes_disabled",
        "this server accepts no writes (it was started without a token)",
      );
    if (!m || !timingSafeEqual(digest(m[1]!), expected)) {
      c.header("WWW-Authenticate", 'Bearer realm="lodestone"');
      throw new ApiError(
        401,
        "unauthorized",
        m
          ? "wrong token in the Authorization header"
          : "writes need `Authorization: Bearer <token>`: the token is LODESTONE_TOKEN, or the one saved in LODESTONE_HOME/token at the server's first start",
      );
    }
    const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (c.req.raw.body && type !== "application/json")
      throw new ApiError(
        415,
        "unsupported_media_type",
        `writes take a JSON body (Content-Type: application/json), not "${type || "none"}"`,
      );
    await next();
  };
}
