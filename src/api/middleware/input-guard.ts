/**
 * @module inputGuard: text no part of Lodestone can store or compare is refused at the edge with a 400 naming the
 * field: a NUL character (PostgreSQL text cannot hold it) or a lone UTF-16 surrogate (not Unicode; JSON escapes such
 * as "\ud800" can carry one) in the path, any query parameter or any string of a JSON or text body.
 */
import type { Context, MiddlewareHandler } from "hono";
import { ApiError } from "../error.ts";

const BAD = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `s` cannot be accepted, or undefined. */
export function badText(s: string): string | undefined {
  const m = BAD.exec(s);
  if (!m) return undefined;
  const code = m[0].charCodeAt(0);
  return code === 0
    ? `contains a NUL character (U+0000) at character ${m.index}`
    : `contains a lone surrogate (U+${code.toString(16).toUpperCase()}) at character ${m.index}; send well-formed Unicode`;
}

function refuse(field: string, why: string): never {
  throw new ApiError(400, "invalid_text", `${field}: ${why}`, [
    { code: "invalid_text", path: field, message: why },
  ]);
}

/** Deeper JSON than any request of this API needs; refused rather than walked (no stack exhaustion). */
const MAX_DEPTH = 32;

/** Checks every string (keys too) of a parsed JSON value; `path` as zod writes it (`a.b.0`). */
function walk(v: unknown, path: string, depth = 0): void {
  if (depth > MAX_DEPTH) refuse(path, `nested more than ${MAX_DEPTH} levels deep`);
  if (typeof v === "string") {
    const why = badText(v);
    if (why) refuse(path || "body", why);
  } else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) walk(v[i], path ? `${path}.${i}` : String(i), depth + 1);
  } else if (v && typeof v === "object")
    for (const [k, x] of Object.entries(v)) {
      const at = path ? `${path}.${k}` : k;
      const why = badText(k);
      if (why) refuse(at, `key ${why}`);
      walk(x, at, depth + 1);
    }
}

async function checkBody(c: Context) {
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  if (type.includes("application/json")) {
    const body = await c.req.json().catch(() => undefined); // malformed JSON: the route's own 400
    walk(body, "");
  } else if (type.startsWith("text/")) {
    const why = badText(await c.req.text());
    if (why) refuse("body", why);
  }
}

export function inputGuard(): MiddlewareHandler {
  return async (c, next) => {
    if (/%00/i.test(c.req.path) || badText(c.req.path)) refuse("path", "contains a NUL character");
    for (const [key, values] of Object.entries(c.req.queries())) {
      if (badText(key)) refuse(key, `parameter name ${badText(key)}`);
      for (const v of values) {
        const why = badText(v);
        if (why) refuse(key, why);
      }
    }
    if (c.req.raw.body) await checkBody(c);
    await next();
  };
}
