/** @module Name matching for company and publisher filters: the full name, or words of it, case-insensitive. */

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * True when `value` names `name`: equal ignoring case, or a run of whole words of it (`JL Mag` names
 * `JL Mag Rare-Earth`; `Northern Rare Earth` names `China Northern Rare Earth`; `Mag` names neither).
 */
export function matchesName(value: string, name: string): boolean {
  const v = value.trim().toLowerCase();
  if (!v) return false;
  const n = name.toLowerCase();
  if (n === v) return true;
  return new RegExp(`(^|[^a-z0-9])${escapeRegExp(v)}($|[^a-z0-9])`).test(n);
}
