import { describe, expect, it } from "vitest";
import { locate, segments, uploadProblem, worstVerdict } from "./claim-marks.ts";

const text = "Intro line. Exports were 300 t in May. Output was 20 t in 2024.";

describe("claim marks", () => {
  it("place quotes by offsets when they match, else by searching the text", () => {
    const a = text.indexOf("Exports");
    const spans = locate(text, [
      { n: 1, verdict: "consistent", quote: "Exports were 300 t in May.", start: a, end: a + 26 },
      { n: 2, verdict: "inconsistent", quote: "Output was 20 t in 2024.", start: 0, end: 5 },
      { n: 3, verdict: "unverifiable", quote: "not in the text" },
    ]);
    expect(spans[0]).toEqual([a, a + 26]);
    expect(spans[1]).toEqual([text.indexOf("Output"), text.length]);
    expect(spans[2]).toBeNull();
  });

  it("cut the text into segments that join back to it, overlapping quotes sharing a segment", () => {
    const marks = [
      { n: 1, verdict: "consistent" as const, quote: "Exports were 300 t in May." },
      { n: 2, verdict: "inconsistent" as const, quote: "300 t in May. Output" },
    ];
    const segs = segments(text, marks);
    expect(segs.map((s) => s.text).join("")).toBe(text);
    const shared = segs.find((s) => "marks" in s && s.marks.length === 2);
    expect(shared?.text).toBe("300 t in May.");
    expect(worstVerdict(marks)).toBe("inconsistent");
  });

  it("refuse a non-text or oversized upload with a reason naming the file", () => {
    expect(uploadProblem({ name: "a.pdf", type: "application/pdf", size: 10 }, 100)).toMatch(
      /"a.pdf" is not a text file/,
    );
    expect(uploadProblem({ name: "a.txt", type: "text/plain", size: 3 * 1024 * 1024 }, 1024 * 1024)).toMatch(
      /limit is 1 MB/,
    );
    expect(uploadProblem({ name: "a.md", type: "", size: 10 }, 100)).toBeNull();
  });
});
