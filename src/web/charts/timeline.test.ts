import { describe, expect, it } from "vitest";
import type { PolicyEvent } from "../types.ts";
import { policyTimeline, shortJurisdiction } from "./timeline.ts";

const ev = (id: string, jurisdiction: string) =>
  ({
    id,
    date: "2025-04-04",
    jurisdiction,
    actor: "",
    instruments: ["export_control"],
    title: id,
    status: "in_force",
    summary: "",
    source: {
      publisher: "P",
      published: "2025",
      url: "https://example.org",
      title: "",
      licence: "public-domain",
    },
  }) as unknown as PolicyEvent;

describe("policy timeline", () => {
  it("shortens known jurisdiction names on a phone, each part of a joint one", () => {
    expect(shortJurisdiction("United States; Japan")).toBe("US; Japan");
    expect(shortJurisdiction("European Union")).toBe("EU");
    expect(shortJurisdiction("China")).toBe("China");
  });
  it("gives a phone a narrower label column and a scrolling legend, the desktop the full names", () => {
    const events = [ev("a", "United States; Japan"), ev("b", "China")];
    const wide = policyTimeline(events) as { grid: { left: number }; legend: { type: string } };
    const narrow = policyTimeline(events, { narrow: true }) as typeof wide & {
      yAxis: { axisLabel: { formatter: (s: string) => string } };
    };
    expect(narrow.grid.left).toBeLessThan(wide.grid.left);
    expect(narrow.legend.type).toBe("scroll");
    expect(wide.legend.type).toBe("plain");
    expect(narrow.yAxis.axisLabel.formatter("United States; Japan")).toBe("US; Japan");
  });
});
