/** Tests for `eachMatch`: the same matches as `matchAll`, no state left on the pattern. */
import { describe, expect, test } from "vitest";
import { eachMatch } from "./each-match.ts";

const viaEach = (text: string, re: RegExp) => {
  const out: [number, string][] = [];
  eachMatch(text, re, (i, m) => out.push([i, m]));
  return out;
};
const viaMatchAll = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

describe("eachMatch", () => {
  const cases: [string, RegExp][] = [
    ["The loan, the loans and a LOAN.", /\bloans?\b/gi],
    ["a1 b22 c333", /([a-z])(\d+)/g],
    ["x=1; y=22", /(?<key>[a-z])=(?<value>\d+)/g],
    ["abc", /x*/g],
    ["supply contracts and a contract", /(?<!supply )\bcontracts?\b/gi],
  ];
  test.each(cases)("matches %s as matchAll does", (text, re) => {
    const expected = viaMatchAll(text, re);
    expect(viaEach(text, re)).toEqual(expected);
    expect(re.lastIndex).toBe(0);
  });
  test("finds nothing where nothing matches", () => {
    expect(viaEach("no figures here", /\d+/g)).toEqual([]);
  });
  test("refuses a pattern without the global flag", () => {
    expect(() => eachMatch("a", /a/, () => {})).toThrow(/must be global/);
  });
});
