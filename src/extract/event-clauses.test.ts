/** Tests for the event clause segmentation (sentences written for these tests). */
import { describe, expect, test } from "vitest";
import { type Clause, splitClauses } from "./event-clauses.ts";

/** Each segment as [kind, trimmed text]. */
const seg = (text: string) => splitClauses(text).map((c) => [c.kind, text.slice(c.start, c.end).trim()]);
/** The segment that contains `part`. */
const at = (text: string, part: string): Clause => {
  const i = text.indexOf(part);
  return splitClauses(text).find((c) => i >= c.start && i < c.end)!;
};

describe("splitClauses()", () => {
  test("segments cover the sentence in order, without overlaps", () => {
    const text =
      "The agency, which opened in 2019, said on Monday that it would fund two plants (one in Ohio).";
    const cs = splitClauses(text);
    expect(cs[0]!.start).toBe(0);
    expect(cs.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < cs.length; i++) expect(cs[i]!.start).toBe(cs[i - 1]!.end);
  });

  test("a reporting verb, with or without a date, opens a complement", () => {
    expect(seg("The ministry said on Monday that quotas would rise.")).toEqual([
      ["main", "The ministry said on Monday"],
      ["complement", "that quotas would rise."],
    ]);
    expect(at("Officials announced last week they would lift the ban.", "they would").kind).toBe(
      "complement",
    );
  });

  test("a pronoun after a noun opens a relative clause; its head is the clause before it", () => {
    const text = "Ottawa will review the rules it adopted on March 3 for mineral exports.";
    const c = at(text, "it adopted");
    expect(c.kind).toBe("relative");
    expect(text.slice(splitClauses(text)[c.head]!.start, c.start).trim()).toBe(
      "Ottawa will review the rules",
    );
  });

  test("background connectors open a background clause; 'since' before a date does not", () => {
    expect(at("Output fell after the agency tightened permits.", "tightened").kind).toBe("background");
    expect(at("Sales slowed amid new tariffs on steel.", "tariffs").kind).toBe("background");
    expect(at("Since March 3, 2025 the alloys need permits.", "need permits").kind).toBe("main");
    expect(at("Prices climbed since the spring quota cut.", "quota").kind).toBe("background");
  });

  test("'as' opens a clause, but not in 'such as' or 'as well as'", () => {
    expect(at("Shipments slid as the new permits took effect.", "permits").kind).toBe("background");
    expect(splitClauses("Metals such as terbium and dysprosium as well as magnets.")).toHaveLength(1);
  });

  test("a sentence-initial adverbial before a comma is an intro that depends on the main clause", () => {
    const text = "In June, the cabinet approved a new fund.";
    const cs = splitClauses(text);
    expect(cs[0]).toMatchObject({ kind: "intro", head: 1 });
    expect(cs[1]).toMatchObject({ kind: "main", head: -1 });
  });

  test("a date set off by commas is its own segment; a place or list after a comma continues the clause", () => {
    expect(at("The cabinet met after a long recess, on May 2, to approve the fund.", "on May 2").kind).toBe(
      "main",
    );
    expect(seg("The forum in Lagos, Nigeria, ended.").map((s) => s[0])).toEqual(["main", "main"]);
    expect(seg("The forum in Lagos, Nigeria, ended.")[0]![1]).toBe("The forum in Lagos, Nigeria,");
    expect(seg("Talks between Peru, the United Kingdom, and Chile began.")).toHaveLength(1);
  });

  test("', and' with a new clause is coordination; a participle after a comma is a participial clause", () => {
    expect(at("The fund invested $5m, and the bank lent $9m.", "the bank").kind).toBe("coord");
    expect(at("The fund bought shares, raising its stake to 12%.", "raising").kind).toBe("participle");
    expect(at("The permits, introduced by the ministry in May, cover alloys.", "introduced").kind).toBe(
      "participle",
    );
  });

  test("parentheses are segments of their own and the enclosing clause resumes after them", () => {
    const text = "The agency (a state body) approved the plan.";
    expect(seg(text).map((s) => s[0])).toEqual(["main", "paren", "main"]);
  });

  test("a purpose infinitive is a segment that hangs from the clause before it", () => {
    const text = "The lender approved $40m to build a smelter.";
    const c = at(text, "to build");
    expect(c.kind).toBe("purpose");
    expect(c.head).toBe(0);
  });

  test("commas inside numbers and dates do not split", () => {
    expect(seg("Exports reached 5,473 tonnes on October 9, 2025 at the port.")).toHaveLength(1);
  });
});
