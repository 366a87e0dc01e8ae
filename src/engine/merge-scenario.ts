/** @module `extends`: a scenario overrides its base by deep merge (objects merge, arrays and values replace). */

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Keys whose objects replace as a whole: a citation, a lifetime or a distribution is never a patch. */
const WHOLE = new Set(["source", "lifetime", "dist"]);

/** Deep-merges `override` onto `base` (plain data, before validation); `extends` is dropped. */
export function mergeScenario(base: unknown, override: unknown): unknown {
  if (!isObject(base) || !isObject(override)) return override === undefined ? base : override;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(override)) {
    if (k === "extends") continue;
    out[k] =
      isObject(v) && isObject(base[k]) && !isPoints(v) && !WHOLE.has(k) ? mergeScenario(base[k], v) : v;
  }
  return out;
}

/** Year-keyed point series replace as a whole (a new series, not a patch). */
function isPoints(v: Record<string, unknown>): boolean {
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => /^\d{4}$/.test(k));
}
