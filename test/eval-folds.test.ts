import { describe, expect, test } from "vitest";
import { assignFolds, fnv1a, isNewArticle, selectIds } from "../scripts/eval/folds.ts";
import { type ArticleScore, counterpartyAgrees, groupScore } from "../scripts/eval/groups.ts";

const ids = Array.from({ length: 30 }, (_, i) => `${String(i).padStart(3, "0")}-article-${i * 7}`);

describe("evaluation folds", () => {
  test("fnv1a() gives the published FNV-1a 32-bit test vectors", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });
  test("assignFolds() does not depend on the order of the ids", () => {
    const a = assignFolds(ids, 4);
    const b = assignFolds([...ids].reverse(), 4);
    for (const id of ids) expect(b.get(id)).toBe(a.get(id));
  });
  test("assignFolds() deals folds whose sizes differ by at most one", () => {
    const sizes = [0, 0, 0, 0];
    for (const f of assignFolds(ids, 4).values()) sizes[f - 1]!++;
    expect(sizes.reduce((x, y) => x + y)).toBe(30);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });
  test("assignFolds() refuses a fold count it cannot deal", () => {
    expect(() => assignFolds(ids, 0)).toThrow(/invalid fold count: 0/);
    expect(() => assignFolds(ids.slice(0, 3), 4)).toThrow(/only 3 articles/);
  });
  test("selectIds() takes ids and id prefixes, and names an entry that selects nothing", () => {
    expect(selectIds(ids, ["003", "010-article-70"])).toEqual(["003-article-21", "010-article-70"]);
    expect(() => selectIds(ids, ["999"])).toThrow(/"999"/);
  });
  test("isNewArticle() recognises the December 2026 additions by number", () => {
    expect(isNewArticle("105-some-weekly-review")).toBe(true);
    expect(isNewArticle("005-other")).toBe(false);
  });
});

describe("group scores", () => {
  const attrs = (right: number, of: number) => ({
    entity: { right, of },
    counterparty: { right: of, of },
    period: { right: 0, of },
    unit: { right: of, of },
    change: { right, of },
  });
  const art = (id: string, tp: number, fp: number, fn: number, strictTp: number): ArticleScore => ({
    id,
    claims: { gold: tp + fn, tp, fp, fn, strictTp },
    events: { gold: 1, tp: 1, fp: 0, fn: 0 },
    attrs: attrs(strictTp, tp),
  });
  test("groupScore() sums counts before dividing (micro average)", () => {
    const g = groupScore("g", [art("a", 3, 1, 0, 3), art("b", 1, 0, 2, 0)]);
    // TP 4, FP 1, FN 2: F1 = 8 / 11; P = 4 / 5; R = 4 / 6.
    expect(g.claims.f1).toBeCloseTo(8 / 11, 12);
    expect(g.claims.p).toBeCloseTo(0.8, 12);
    expect(g.claims.r).toBeCloseTo(4 / 6, 12);
    // strict TP 3 of 5 predicted and 6 gold: 6 / (6 + 2 + 3).
    expect(g.claims.strictF1).toBeCloseTo(6 / 11, 12);
    expect(g.attrs.entity).toBeCloseTo(3 / 4, 12);
    expect(g.attrs.period).toBe(0);
    expect(g.events.f1).toBe(1);
  });
  test("groupScore() reports no attribute accuracy when nothing matched", () => {
    expect(groupScore("empty", [art("a", 0, 2, 1, 0)]).attrs.entity).toBeNull();
  });
  test("counterpartyAgrees() compares normalised names and treats empty as null", () => {
    expect(counterpartyAgrees("United States", "united-states")).toBe(true);
    expect(counterpartyAgrees(null, "")).toBe(true);
    expect(counterpartyAgrees("Germany", "United States")).toBe(false);
    expect(counterpartyAgrees(null, "Japan")).toBe(false);
  });
});
