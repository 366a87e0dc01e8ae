/** Tests for the rule table's gates: a gate may only skip a rule where its pattern cannot match. */
import { describe, expect, test } from "vitest";
import { EVENT_RULES } from "./event-rules.ts";
import { findTriggers } from "./event-triggers.ts";
import { scanAnchors } from "./triggers.ts";

/** Sentences that match each alternative of the gated rules (written for this test). */
const MATCHING = [
  "The ministry announced export controls on gallium.",
  "Beijing added export restrictions and export curbs last week.",
  "An export ban and an export embargo followed.",
  "Firms must apply for export permits under the new export licensing regime.",
  "The export licencing system changed in May.",
  "It imposed a control on graphite exports in July.",
  "It tightened controls on rare earth exports.",
  "New restrictions on magnet exports of dysprosium began.",
  "The control measures apply to seven elements.",
  "The licensing requirements were extended.",
  "The licencing regime covers magnets.",
  "Curbs on magnet exports eased.",
  "The dual-use controls cover technology.",
  "The fund bought preferred shares in the miner.",
  "It made an equity investment and raised equity financing.",
  "The carmaker took a minority stake in the refiner.",
  "The bank acquired 12% of the company.",
  "The deal gives the buyer a 9 percent shareholding.",
  "A state fund acquired 5 per cent interest in the group.",
  "The partner acquired a 4% holding in the miner.",
  "The state is now its largest shareholder.",
  "A sovereign fund joined as cornerstone investor.",
  "The company completed a share placement.",
  "Investors subscribed for new shares.",
];

describe("rule gates", () => {
  const gated = EVENT_RULES.filter((r) => r.gate);
  test("some rules are gated", () => {
    expect(gated.length).toBeGreaterThan(0);
  });
  test("every match of a gated rule contains one of its gate words", () => {
    let matches = 0;
    for (const rule of gated)
      for (const s of MATCHING)
        for (const m of s.matchAll(rule.pattern)) {
          matches++;
          const lower = m[0].toLowerCase();
          expect(
            rule.gate!.some((g) => lower.includes(g.replace(/\\b/g, ""))),
            m[0],
          ).toBe(true);
        }
    expect(matches).toBeGreaterThanOrEqual(MATCHING.length);
  });
  test("a gated rule still finds its triggers", () => {
    // `a control on`, `a 9 percent shareholding` and `a 4% holding` are in the gates for safety but among no anchor: the rules do
    // not run on them alone.
    const unanchored = (x: string) =>
      x.includes("a control on") || x.includes("percent shareholding") || x.includes("% holding");
    for (const s of MATCHING.filter((x) => !unanchored(x))) {
      const types = findTriggers(s, scanAnchors(s)).map((h) => h.rule.type);
      expect(
        types.some((t) => t === "export_control" || t === "equity_investment"),
        s,
      ).toBe(true);
    }
  });
  test("an anchor broader than the pattern no longer runs the rule", () => {
    const s =
      "Officials said export licences for terbium would be reviewed, and shareholders of the firm agreed.";
    const types = findTriggers(s, scanAnchors(s)).map((h) => h.rule.type);
    expect(types).not.toContain("export_control");
    expect(types).not.toContain("equity_investment");
  });
});
