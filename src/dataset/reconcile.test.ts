import { describe, expect, it } from "vitest";
import { FigureSchema, type FigureInput, type ReconciledFigure } from "../domain/figure.ts";
import { bundledDataset } from "../../test/support/bundled-data.ts";
import { independenceGroup, reconcile } from "./reconcile.ts";
import { testSource } from "../domain/source-fixture.ts";

// Sources and values below are test inputs written for these tests, not claims about the world.
const source = (id: string, tier: string, publisher: string, published = "2025-08", origin = "") =>
  testSource(id, { tier, publisher, published, origin });

const SOURCES = [
  source("stat", "official", "Statistics Office", "2025-09"),
  source("wire-a", "wire", "Newswire (via Portal)", "2025-08-20"),
  source("wire-copy", "press", "Daily Paper", "2025-08-21", "Newswire"),
  source("paper", "press", "Other Daily", "2025-08-22"),
  source("digest", "aggregator", "Digest Site", "2025-08-25"),
  source("ed-1", "official", "Statistics Office", "2024-01"),
  source("ed-2", "official", "Statistics Office", "2025-01"),
];

const fig = (f: Partial<FigureInput> & Pick<FigureInput, "id" | "sourceId">) =>
  FigureSchema.parse({
    dataset: "test",
    metric: "export_volume",
    family: "trade",
    entity: "Testland",
    counterparty: "World",
    material: "magnets",
    period: "2025-07",
    value: 100,
    unit: "t",
    massBasis: "finished",
    ...f,
  });

const byId = (rows: ReconciledFigure[]) => new Map(rows.map((r) => [r.id, r]));

describe("reconcile()", () => {
  it("prefers an official statistic over wire and press reports of the same quantity", () => {
    const r = byId(
      reconcile(
        [
          fig({ id: "a", sourceId: "paper", value: 101 }),
          fig({ id: "b", sourceId: "stat", value: 100 }),
          fig({ id: "c", sourceId: "wire-a", value: 100 }),
        ],
        SOURCES,
      ),
    );
    expect([...r.values()].filter((f) => f.preferred).map((f) => f.id)).toEqual(["b"]);
  });

  it("never prefers an excluded row, even when it is the best source, and prefers none when all are excluded", () => {
    const r = reconcile(
      [
        fig({ id: "a", sourceId: "stat", value: 50, excludeReason: "contradicts every other report" }),
        fig({ id: "b", sourceId: "digest", value: 100 }),
        fig({ id: "c", sourceId: "stat", period: "2025-08", excludeReason: "test: wrong month" }),
      ],
      SOURCES,
    );
    const m = byId(r);
    expect(m.get("a")).toMatchObject({ preferred: false, quality: "excluded", confidence: "low" });
    expect(m.get("a")!.qualityReason).toBe("contradicts every other report");
    expect(m.get("b")!.preferred).toBe(true);
    expect(m.get("b")!.conflict).toBe(false);
    expect(m.get("c")!.preferred).toBe(false);
  });

  it("prefers reported over derived, and marks derived rows", () => {
    const m = byId(
      reconcile(
        [
          fig({ id: "a", sourceId: "stat", value: 99, isDerived: true }),
          fig({ id: "b", sourceId: "digest", value: 100 }),
        ],
        SOURCES,
      ),
    );
    expect(m.get("b")!.preferred).toBe(true);
    expect(m.get("a")).toMatchObject({ preferred: false, quality: "derived" });
  });

  it("prefers the latest edition of a revised statistic and marks older editions superseded", () => {
    const m = byId(
      reconcile(
        [
          fig({ id: "old", sourceId: "ed-1", value: 390, vintage: "Edition 1", isLatest: false }),
          fig({ id: "new", sourceId: "ed-2", value: 380, vintage: "Edition 2", isLatest: true }),
        ],
        SOURCES,
      ),
    );
    expect(m.get("new")).toMatchObject({ preferred: true, quality: "reported", conflict: false });
    expect(m.get("old")).toMatchObject({ preferred: false, quality: "superseded" });
    expect(m.get("old")!.qualityReason).toContain("Edition 2");
  });

  it("marks an older edition not latest even when its table did not say so", () => {
    const m = byId(
      reconcile(
        [
          fig({ id: "old", sourceId: "ed-1", value: 260, vintage: "Edition 1", isLatest: true }),
          fig({ id: "new", sourceId: "ed-2", value: 257, vintage: "Edition 2", isLatest: true }),
        ],
        SOURCES,
      ),
    );
    expect(m.get("new")).toMatchObject({ preferred: true, isLatest: true });
    expect(m.get("old")).toMatchObject({ preferred: false, quality: "superseded", isLatest: false });
  });

  it("resolves aliases so that World and World total are one quantity", () => {
    const r = reconcile(
      [
        fig({ id: "a", sourceId: "stat", counterparty: "World total" }),
        fig({ id: "b", sourceId: "paper", counterparty: "World" }),
      ],
      SOURCES,
    );
    expect(new Set(r.map((f) => f.seriesKey)).size).toBe(1);
    expect(r.map((f) => f.counterpartyId)).toEqual(["world", "world"]);
    expect(r.filter((f) => f.preferred)).toHaveLength(1);
  });

  it("flags a conflict beyond rounding on every row of the key, keeping both values", () => {
    const r = reconcile(
      [fig({ id: "a", sourceId: "wire-a", value: 5473 }), fig({ id: "b", sourceId: "paper", value: 4343.5 })],
      SOURCES,
    );
    expect(r.map((f) => [f.value, f.conflict])).toEqual([
      [5473, true],
      [4343.5, true],
    ]);
    expect(r.find((f) => f.preferred)!.value).toBe(5473);
  });

  it("treats values that agree within rounding as agreement, not conflict", () => {
    const r = reconcile(
      [fig({ id: "a", sourceId: "wire-a", value: 5774 }), fig({ id: "b", sourceId: "paper", value: 5773 })],
      SOURCES,
    );
    expect(r.every((f) => !f.conflict)).toBe(true);
  });

  it("raises confidence when an independent publisher agrees, but not for a copy of the same wire story", () => {
    const alone = reconcile([fig({ id: "a", sourceId: "wire-a" })], SOURCES)[0]!;
    const copied = byId(
      reconcile([fig({ id: "a", sourceId: "wire-a" }), fig({ id: "b", sourceId: "wire-copy" })], SOURCES),
    ).get("a")!;
    const independent = byId(
      reconcile([fig({ id: "a", sourceId: "wire-a" }), fig({ id: "b", sourceId: "paper" })], SOURCES),
    ).get("a")!;
    expect(alone.confidence).toBe("medium");
    expect(copied.confidence).toBe("medium");
    expect(independent.confidence).toBe("high");
  });

  it("lowers confidence when a source of the same tier disagrees", () => {
    const m = byId(
      reconcile(
        [fig({ id: "a", sourceId: "wire-a", value: 101 }), fig({ id: "b", sourceId: "paper", value: 137 })],
        SOURCES,
      ),
    );
    expect(m.get("a")!.confidence).toBe("medium");
    expect(m.get("b")!.confidence).toBe("low");
  });

  it("marks hedged numbers approximate and prefers an exact report of the same tier", () => {
    const m = byId(
      reconcile(
        [
          fig({ id: "a", sourceId: "paper", value: 60, approx: true }),
          fig({ id: "b", sourceId: "wire-copy", value: 58 }),
        ],
        SOURCES,
      ),
    );
    expect(m.get("a")).toMatchObject({ quality: "approximate", preferred: false });
    expect(m.get("b")!.preferred).toBe(true);
  });
});

describe("independenceGroup()", () => {
  it("groups a copy with its origin and a republished page with its publisher", () => {
    expect(independenceGroup({ publisher: "Newswire (via Portal)", origin: "" })).toBe("newswire");
    expect(independenceGroup({ publisher: "Daily Paper", origin: "Newswire" })).toBe("newswire");
  });
});

describe("reconcile() on the bundled data", () => {
  it("keeps exactly one preferred row per (series key, period) unless every row is excluded", async () => {
    const r = await bundledDataset();
    if (!r.ok) throw new Error("dataset failed");
    const keys = new Map<string, ReconciledFigure[]>();
    for (const f of r.value.figures) {
      const k = `${f.seriesKey}|${f.period}`;
      keys.set(k, [...(keys.get(k) ?? []), f]);
    }
    const bad = [...keys].filter(([, fs]) => {
      const n = fs.filter((f) => f.preferred).length;
      return fs.every((f) => f.excludeReason) ? n !== 0 : n !== 1;
    });
    expect(bad.map(([k]) => k)).toEqual([]);
    expect(r.value.figures.filter((f) => f.preferred && f.excludeReason)).toEqual([]);
  });

  it("excludes the October 2025 export row whose source contradicts customs, so it backs nothing", async () => {
    const r = await bundledDataset();
    if (!r.ok) throw new Error("dataset failed");
    const oct = r.value.figures.filter(
      (f) => f.metric === "export_volume" && f.counterpartyId === "world" && f.period === "2025-10",
    );
    expect(oct.length).toBeGreaterThanOrEqual(2);
    const preferred = oct.find((f) => f.preferred)!;
    expect(preferred.excludeReason).toBe("");
    expect(oct.filter((f) => f.quality === "excluded").map((f) => f.value)).not.toContain(preferred.value);
    expect(preferred.conflict).toBe(false);
  });
});
