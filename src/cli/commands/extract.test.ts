import { describe, expect, test } from "vitest";
import { memoryEffects } from "../effects.ts";
import { UsageError, UserError } from "../errors.ts";
import { extractCommand } from "./extract.ts";

const ARTICLE =
  "title: Test\ndate: 2025-03-10\n---\nMagnet exports rose 8% from a month earlier to 3,210 tons in February.";

describe("extractCommand", () => {
  test("extractCommand() prints json with claims and events", async () => {
    const m = memoryEffects({ "a.txt": ARTICLE });
    expect(await extractCommand(["a.txt"], m.effects)).toBe(0);
    const out = JSON.parse(m.out());
    expect(out.claims[0].value).toBe(3210);
    expect(out.claims[0].period).toBe("2025-02");
    expect(Array.isArray(out.events)).toBe(true);
  });
  test("extractCommand() prints a table for a person", async () => {
    const m = memoryEffects({ "-": ARTICLE });
    await extractCommand(["-", "--format", "table"], m.effects);
    expect(m.out()).toMatch(/3210 +t +export volume/);
  });
  test("extractCommand() rejects a bad date and a bad format", async () => {
    const m = memoryEffects({ "a.txt": ARTICLE });
    await expect(extractCommand(["a.txt", "--date", "March"], m.effects)).rejects.toThrow(UsageError);
    await expect(extractCommand(["a.txt", "--format", "xml"], m.effects)).rejects.toThrow(UsageError);
    await expect(extractCommand([], m.effects)).rejects.toThrow(UsageError);
  });
  test("extractCommand() names an unreadable file", async () => {
    const m = memoryEffects({});
    await expect(extractCommand(["/nonexistent/x.txt"], m.effects)).rejects.toThrow(UserError);
  });
});
