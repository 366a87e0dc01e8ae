import { describe, expect, it } from "vitest";
import { ellipsize, leadingDate, sourceLabel } from "./source-label.ts";

// Publisher names and ids below are written for these tests.
describe("ellipsize()", () => {
  it("keeps text that fits and cuts the rest at a word boundary with one ellipsis", () => {
    expect(ellipsize("Daily Paper", 20)).toBe("Daily Paper");
    expect(ellipsize("Northern Statistics Office of Testland", 20)).toBe("Northern Statistics…");
    expect(ellipsize("Northern Statistics Office", 20)).toHaveLength(20);
  });

  it("never leaves an opened bracket, a dangling comma or half an abbreviation", () => {
    expect(ellipsize("Metals Wire (copy via Other Site)", 20)).toBe("Metals Wire…");
    expect(ellipsize("Test Agency, Mining Desk", 14)).toBe("Test Agency…");
    expect(ellipsize("U.S. Test Survey", 10)).toBe("U.S. Test…");
  });

  it("cuts inside a single word longer than the width", () => {
    expect(ellipsize("Supercalifragilistic", 8)).toBe("Superca…");
  });
});

describe("sourceLabel()", () => {
  const src = {
    id: "metals-wire-2025-07-abc123",
    publisher: "Metals Wire (via Other Site)",
    published: "2025-07-20 (updated 2025-07-22)",
  };

  it("renders publisher, leading date and the whole id when they fit", () => {
    expect(sourceLabel(src, 80)).toBe(
      "Metals Wire (via Other Site), 2025-07-20 [metals-wire-2025-07-abc123]",
    );
  });

  it("shortens the publisher first, then drops the date, and never cuts the id", () => {
    expect(sourceLabel(src, 58)).toBe("Metals Wire…, 2025-07-20 [metals-wire-2025-07-abc123]");
    const tight = sourceLabel(src, 40);
    expect(tight).toBe("Metals Wire… [metals-wire-2025-07-abc123]");
    expect(sourceLabel(src, 10)).toContain("[metals-wire-2025-07-abc123]");
  });

  it("reads the leading date of a published text of any precision", () => {
    expect(leadingDate("2026-03 (approx.)")).toBe("2026-03");
    expect(leadingDate("2024")).toBe("2024");
    expect(leadingDate("undated")).toBe("");
  });
});
