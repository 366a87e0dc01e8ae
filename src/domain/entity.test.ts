import { describe, expect, it } from "vitest";
import {
  assertSummable,
  contains,
  ENTITIES,
  entityIdOf,
  findOverlap,
  getEntity,
  overlaps,
  resolveEntity,
  suggestEntities,
} from "./entity.ts";

describe("resolveEntity()", () => {
  it.each([
    ["World", "world"],
    ["World total", "world"],
    ["global", "world"],
    ["US", "united-states"],
    ["U.S.", "united-states"],
    ["USA", "united-states"],
    ["United States", "united-states"],
    ["EU", "eu-27"],
    ["EU-27", "eu-27"],
    ["EU27", "eu-27"],
    ["European Union", "eu-27"],
    ["European Union (27)", "eu-27"],
    ["Burma", "myanmar"],
    ["Myanmar (Burma)", "myanmar"],
    ["Korea, Rep.", "south-korea"],
    ["Korea", "south-korea"],
    ["Turkiye", "turkey"],
    ["Czech Republic", "czechia"],
    ["Other", "other-countries"],
    ["Beijing Zhong Ke San Huan", "beijing-zhong-ke-san-huan-high-tech"],
    ["chn", "china"],
  ])("resolves %s to %s", (name, id) => {
    expect(resolveEntity(name)?.id).toBe(id);
  });

  it("returns undefined for a name it does not know", () => {
    expect(resolveEntity("Atlantis")).toBeUndefined();
  });
});

describe("entityIdOf()", () => {
  it("gives unregistered names a stable slug and registered names their id", () => {
    expect(entityIdOf("NdPr oxide")).toBe("ndpr-oxide");
    expect(entityIdOf("World total")).toBe("world");
    expect(entityIdOf("")).toBe("");
  });
});

describe("the registry", () => {
  it("lists EU-27 with its 27 members, each a registered country", () => {
    const eu = getEntity("eu-27")!;
    expect(eu.members).toHaveLength(27);
    const iso = new Set(ENTITIES.map((e) => e.iso3));
    expect(eu.members!.filter((m) => !iso.has(m))).toEqual([]);
  });

  it("has unique ids", () => {
    expect(new Set(ENTITIES.map((e) => e.id)).size).toBe(ENTITIES.length);
  });
});

describe("contains() and overlaps()", () => {
  it("knows EU-27 contains Germany and not Japan", () => {
    expect(contains("eu-27", "germany")).toBe(true);
    expect(contains("eu-27", "japan")).toBe(false);
    expect(overlaps("eu-27", "germany")).toBe(true);
    expect(overlaps("eu-27", "japan")).toBe(false);
  });

  it("knows the world contains everything, and 'world except the US' does not contain the US", () => {
    expect(contains("world", "eu-27")).toBe(true);
    expect(contains("world-excl-united-states", "germany")).toBe(true);
    expect(contains("world-excl-united-states", "united-states")).toBe(false);
    expect(overlaps("world-excl-united-states", "united-states")).toBe(false);
    expect(overlaps("world-excl-united-states", "world")).toBe(true);
  });

  it("treats regions without recorded membership as overlapping any place", () => {
    expect(overlaps("europe", "japan")).toBe(true);
    expect(overlaps("other-countries", "china")).toBe(true);
  });

  it("finds the overlapping pair in a list, or none for disjoint countries", () => {
    expect(findOverlap(["germany", "japan", "united-states"])).toBeNull();
    expect(findOverlap(["japan", "germany", "eu-27"])).toEqual(["germany", "eu-27"]);
    expect(() => assertSummable(["germany", "eu-27"])).toThrow(/cannot sum Germany and EU-27/);
  });
});

describe("suggestEntities()", () => {
  it("suggests the closest names for a typo", () => {
    expect(suggestEntities("Germny")).toContain("Germany");
    expect(suggestEntities("Wrld total")).toContain("World total");
  });
});
