import { describe, expect, it } from "vitest";
import { reconcile } from "../dataset/reconcile.ts";
import { FigureSchema, type FigureInput } from "./figure.ts";
import { periodSpan } from "./period.ts";
import { SeriesError, type SeriesFigure } from "./series.ts";
import { buildShareSeries, type ShareOptions } from "./series-share.ts";
import type { Source } from "./source.ts";
import { testSource } from "./source-fixture.ts";

// Every number below is a test input written for these tests, not a claim about the world.
const SOURCES: Source[] = [
  testSource("stat", { tier: "official", publisher: "Statistics Office", published: "2025-10" }),
  testSource("wire", { tier: "wire", publisher: "Newswire", published: "2025-10-20" }),
];

let n = 0;
/** A mine-production figure (t REO) of `entity`; other fields by `f`. */
const mine = (entity: string, period: string, value: number | null, f: Partial<FigureInput> = {}) =>
  FigureSchema.parse({
    id: `m${++n}`,
    dataset: "test",
    metric: "mine_production",
    family: "production",
    entity,
    counterparty: "",
    material: "rare earths (REO)",
    period,
    value,
    unit: "t REO",
    massBasis: "not_applicable",
    sourceId: "stat",
    ...f,
  });
/** An export figure (t, finished magnets) from China to `to`. */
const exp = (to: string, period: string, value: number, f: Partial<FigureInput> = {}) =>
  mine("China", period, value, {
    metric: "export_volume",
    family: "trade",
    counterparty: to,
    material: "magnets",
    unit: "t",
    massBasis: "finished",
    sourceId: "wire",
    ...f,
  });

/** Reconciles test figures and shapes them as the store serves them. */
function rows(...figures: ReturnType<typeof mine>[]): SeriesFigure[] {
  const byId = new Map(SOURCES.map((s) => [s.id as string, s]));
  return reconcile(figures, SOURCES).map((f) => {
    const span = periodSpan(f.period)!;
    const s = byId.get(f.sourceId)!;
    const { id, title, publisher, url, published, licence, tier } = s;
    return {
      ...f,
      periodStart: span.start,
      periodEnd: span.end,
      source: { id, title, publisher, url, published, licence, tier },
    };
  });
}

/** Splits reconciled rows into the part's and the aggregate's, as the store fetches them. */
function share(
  all: SeriesFigure[],
  o: Partial<ShareOptions> & { metric: string },
  part = "china",
  of = "world",
) {
  const key = o.replaces === "counterparty" ? "counterpartyId" : "entityId";
  return buildShareSeries(
    all.filter((r) => r[key] === part),
    all.filter((r) => r[key] === of),
    { replaces: "entity", part: { name: part, id: part }, of: { name: of, id: of }, ...o },
  );
}

const editions = (v: string, latest: boolean) => ({ vintage: v, isLatest: latest });

describe("buildShareSeries()", () => {
  it("divides each period's preferred value by the aggregate's, in percent, listing both values and sources", () => {
    const s = share(
      rows(mine("China", "2024", 300), mine("World", "2024", 400), mine("World", "2023", 350)),
      {
        metric: "mine_production",
      },
    );
    expect(s.unit).toBe("%");
    expect(s.share).toMatchObject({ of: "World", ofId: "world", replaces: "entity", unit: "t REO" });
    expect(s.items.map((i) => i.period)).toEqual(["2024"]);
    const [i] = s.items;
    expect(i).toMatchObject({ value: 75, composition: "share", quality: "derived", unit: "%" });
    expect(i!.share!.part).toMatchObject({ value: 300, name: "China", id: "china" });
    expect(i!.share!.whole).toMatchObject({ value: 400, name: "World", source: { id: "stat" } });
  });

  it("uses the latest edition for both, or the edition asked for", () => {
    const r = rows(
      mine("China", "2024", 270, editions("E1", false)),
      mine("China", "2024", 270, editions("E2", true)),
      mine("World", "2024", 390, editions("E1", false)),
      mine("World", "2024", 380, editions("E2", true)),
    );
    const latest = share(r, { metric: "mine_production" }).items[0]!;
    expect(latest.value).toBeCloseTo((100 * 270) / 380, 12);
    expect(latest.share!.whole.edition).toBe("E2");
    const old = share(r, { metric: "mine_production", vintage: "E1" }).items[0]!;
    expect(old.value).toBeCloseTo((100 * 270) / 390, 12);
    expect([old.share!.part.edition, old.share!.whole.edition]).toEqual(["E1", "E1"]);
  });

  it("takes the aggregate from the part's edition when the preferred values come from different editions", () => {
    const r = rows(
      mine("China", "2023", 200, editions("E1", true)),
      mine("World", "2023", 300, editions("E1", false)),
      mine("World", "2023", 320, editions("E2", true)),
    );
    const i = share(r, { metric: "mine_production" }).items[0]!;
    expect(i.value).toBeCloseTo((100 * 200) / 300, 12);
    expect(i.share!.whole.edition).toBe("E1");
    // No edition in common: no share, and the item says why.
    const apart = rows(
      mine("China", "2023", 200, editions("E1", true)),
      mine("World", "2023", 320, editions("E2", true)),
    );
    const j = share(apart, { metric: "mine_production" }).items[0]!;
    expect(j).toMatchObject({ value: null, composition: "missing" });
    expect(j.reason).toMatch(/China is from E1 and World from E2/);
  });

  it("says why an item has no share when the aggregate has no value for the period", () => {
    const s = share(
      rows(mine("China", "2023", 200), mine("China", "2024", 300), mine("World", "2024", 400)),
      {
        metric: "mine_production",
      },
    );
    expect(s.items.map((i) => i.value)).toEqual([null, 75]);
    expect(s.items[0]!.reason).toMatch(/no World value for 2023 to divide by/);
  });

  it("gives no share of a bound", () => {
    const s = share(rows(mine("China", "2024", 300, { qualifier: "gt" }), mine("World", "2024", 400)), {
      metric: "mine_production",
    });
    expect(s.items[0]).toMatchObject({ value: null, composition: "missing" });
    expect(s.items[0]!.reason).toMatch(/bound or a range/);
  });

  it("refuses an aggregate that does not contain the entity, and accepts a bloc that does", () => {
    const r = rows(mine("China", "2024", 300), mine("Germany", "2024", 10), mine("EU-27", "2024", 40));
    expect(() => share(r, { metric: "mine_production" }, "china", "eu-27")).toThrow(SeriesError);
    expect(() => share(r, { metric: "mine_production" }, "china", "eu-27")).toThrow(
      /EU-27 does not contain China/,
    );
    expect(share(r, { metric: "mine_production" }, "germany", "eu-27").items[0]!.value).toBe(25);
  });

  it("refuses to divide values in different dimensions (oxide by magnet tonnes)", () => {
    const r = rows(
      mine("China", "2024", 300),
      mine("World", "2024", 400, { unit: "t", massBasis: "finished" }),
    );
    expect(() => share(r, { metric: "mine_production" })).toThrow(/different units or mass bases/);
  });

  it("scales units of one dimension before dividing (kg of t)", () => {
    const r = rows(exp("Germany", "2025-01", 500, { unit: "kg" }), exp("World", "2025-01", 2, { unit: "t" }));
    const s = share(r, { metric: "export_volume", replaces: "counterparty" }, "germany", "world");
    expect(s.items[0]!.value).toBeCloseTo(25, 12);
  });

  it("replaces the counterparty for trade: the share of China's exports that goes to a destination", () => {
    const r = rows(
      exp("Germany", "2025-01", 50),
      exp("Germany", "2025-02", 60),
      exp("World", "2025-01", 200),
      exp("World", "2025-02", 300),
    );
    const s = share(
      r,
      { metric: "export_volume", replaces: "counterparty", per: "month" },
      "germany",
      "world",
    );
    expect(s.share).toMatchObject({ replaces: "counterparty", of: "World", unit: "t", basis: "finished" });
    expect(s.items.map((i) => i.value)).toEqual([25, 20]);
    // The range total is the share of the two months' sums.
    expect(s.total).toMatchObject({ period: "2025-01..2025-02", value: 22 });
  });
});
