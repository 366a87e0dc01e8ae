/** @module Name matching for filters: registered aliases (US = United States, JL Mag = JL Mag Rare-Earth) and words of names. */
import { resolveEntity } from "../domain/entity.ts";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** True when `value` and `name` are the same registered entity (any alias), or equal ignoring case. */
export function sameEntity(value: string, name: string): boolean {
  if (value.trim().toLowerCase() === name.trim().toLowerCase()) return true;
  const a = resolveEntity(value);
  return a !== undefined && a === resolveEntity(name);
}

/**
 * True when `value` names `name`: the same registered entity, or a run of whole words of it, ignoring case
 * (`JL Mag` names `JL Mag Rare-Earth`; `Morgan Stanley` names `Morgan Stanley (via IEEE Spectrum)`; `Mag` names
 * neither).
 */
export function matchesName(value: string, name: string): boolean {
  const v = value.trim().toLowerCase();
  if (!v) return false;
  if (sameEntity(value, name)) return true;
  return new RegExp(`(^|[^a-z0-9])${escapeRegExp(v)}($|[^a-z0-9])`).test(name.toLowerCase());
}
