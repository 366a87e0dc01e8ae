/** @module Entities: one id per country, bloc, region, aggregate or company, whatever the spelling; overlap rules for sums. */
import { ENTITY_ENTRIES, type EntityEntry, type EntityKind } from "./entities.ts";
import { closest } from "./suggest.ts";

export type { EntityKind };

export interface Entity {
  /** Stable id: the kebab-case display name (`united-states`, `eu-27`, `world`). */
  id: string;
  name: string;
  kind: EntityKind;
  aliases: readonly string[];
  /** ISO 3166 alpha-3 for countries; empty otherwise. */
  iso3: string;
  /** Member countries (ISO3) of a bloc; null when the membership is not recorded (or not a bloc). */
  members: readonly string[] | null;
  /** For "world except ..." aggregates: the excluded countries (ISO3). */
  excludes: readonly string[] | null;
  note: string;
}

/** Lowercase, accents and punctuation removed: "U.S." = "US" = "us", "EU-27" = "EU 27" = "eu27". */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Kebab-case id of a name ("World excl. United States" -> `world-excl-united-states`). */
export function slugOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

const toEntity = (e: EntityEntry): Entity => ({
  id: slugOf(e.name),
  name: e.name,
  kind: e.kind,
  aliases: e.aliases ?? [],
  iso3: e.iso3 ?? "",
  members: e.members ?? null,
  excludes: e.excludes ?? null,
  note: e.note ?? "",
});

/** Every registered entity, in registry order (world and blocs first, then countries, then companies). */
export const ENTITIES: readonly Entity[] = ENTITY_ENTRIES.map(toEntity);

const BY_ID = new Map(ENTITIES.map((e) => [e.id, e]));
const BY_NAME = (() => {
  const m = new Map<string, Entity>();
  for (const e of ENTITIES)
    for (const n of [e.name, e.id, e.iso3, ...e.aliases]) {
      const k = normalizeName(n);
      if (!k) continue;
      const other = m.get(k);
      if (other && other !== e) throw new Error(`entity name "${n}" names both ${other.id} and ${e.id}`);
      m.set(k, e);
    }
  return m;
})();

/** The registered entity a name, alias, id or ISO3 code stands for; undefined when unregistered. */
export function resolveEntity(name: string): Entity | undefined {
  return BY_NAME.get(normalizeName(name));
}

export function getEntity(id: string): Entity | undefined {
  return BY_ID.get(id);
}

/**
 * The id stored with a figure: the registered id, or for an unregistered name (a material, an application,
 * a subsidiary) its kebab-case slug, so the same spelling always gets the same id. Empty for an empty name.
 */
export function entityIdOf(name: string): string {
  if (!name.trim()) return "";
  return resolveEntity(name)?.id ?? slugOf(name);
}

/** Every name a user may type for registered entities (names, aliases, ids, ISO3), for suggestions. */
export function entityNames(): string[] {
  return ENTITIES.flatMap((e) => [e.name, ...e.aliases]);
}

/** Up to `n` registered or `extra` names closest to a name nobody knows. */
export function suggestEntities(name: string, extra: readonly string[] = [], n = 3): string[] {
  return closest(name, [...entityNames(), ...extra], n);
}

const GEOGRAPHIC = new Set<EntityKind>(["world", "country", "bloc", "region", "aggregate"]);

/**
 * What `id` covers, as a set of ISO3 codes: a country itself, a bloc's members, `"*"` for the world, or
 * `{except: [...]}` for the world minus some countries. Null when not recorded (regions, residual groups,
 * unregistered names), which the overlap test treats as "may overlap anything".
 */
function coverage(id: string): { all: true; except: ReadonlySet<string> } | ReadonlySet<string> | null {
  const e = BY_ID.get(id);
  if (!e) return null;
  if (e.kind === "world") return { all: true, except: new Set() };
  if (e.kind === "country") return new Set([e.iso3]);
  if (e.excludes) return { all: true, except: new Set(e.excludes) };
  if (e.members) return new Set(e.members);
  return null;
}

/** True when `outer` covers every country of `inner` (EU-27 contains Germany; the world contains everything). */
export function contains(outer: string, inner: string): boolean {
  if (outer === inner) return true;
  const a = coverage(outer);
  const b = coverage(inner);
  if (!a || !b) return false;
  if ("all" in a) {
    if ("all" in b) return [...a.except].every((x) => b.except.has(x));
    return [...b].every((x) => !a.except.has(x));
  }
  if ("all" in b) return false;
  return [...b].every((x) => a.has(x));
}

/**
 * True when a sum of figures for `a` and `b` could count something twice: the same entity, one containing
 * the other, shared members, or a membership that is not recorded. Companies overlap only themselves;
 * a company and a place are different things and never overlap (they must not be summed for other reasons).
 */
export function overlaps(a: string, b: string): boolean {
  if (a === b) return true;
  const ea = BY_ID.get(a);
  const eb = BY_ID.get(b);
  const geoA = ea ? GEOGRAPHIC.has(ea.kind) : false;
  const geoB = eb ? GEOGRAPHIC.has(eb.kind) : false;
  if (ea?.kind === "company" || eb?.kind === "company") return false;
  if (!geoA || !geoB) return true;
  const ca = coverage(a);
  const cb = coverage(b);
  if (!ca || !cb) return true;
  if ("all" in ca && "all" in cb) return true;
  if ("all" in ca) return [...(cb as ReadonlySet<string>)].some((x) => !ca.except.has(x));
  if ("all" in cb) return [...ca].some((x) => !cb.except.has(x));
  return [...ca].some((x) => (cb as ReadonlySet<string>).has(x));
}

/** The first pair of ids that overlap (so a sum over them would double count), or null when all are disjoint. */
export function findOverlap(ids: readonly string[]): [string, string] | null {
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) if (overlaps(ids[i]!, ids[j]!)) return [ids[i]!, ids[j]!];
  return null;
}

/** Throws when summing figures of `ids` would double count, naming the overlapping pair. */
export function assertSummable(ids: readonly string[]): void {
  const pair = findOverlap(ids);
  if (!pair) return;
  const name = (id: string) => BY_ID.get(id)?.name ?? id;
  throw new Error(
    `cannot sum ${name(pair[0])} and ${name(pair[1])}: they overlap (one contains the other, they share members, or a membership is not recorded)`,
  );
}
