import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { runBundledSeriesCase, runStoreConformance } from "./store.case.ts";
import { openStore } from "./store.ts";

runStoreConformance("PGlite", () => openStore());
runBundledSeriesCase("PGlite", () => openStore());

const url = process.env.LODESTONE_TEST_DATABASE_URL;
if (url) {
  runStoreConformance("PostgreSQL", () => openStore({ url, schema: `t_${randomBytes(4).toString("hex")}` }));
  runBundledSeriesCase("PostgreSQL", () => openStore({ url, schema: `t_${randomBytes(4).toString("hex")}` }));
} else {
  describe.skip("PostgreSQL store conformance (set LODESTONE_TEST_DATABASE_URL to run it)", () => {
    it("needs a server", () => {});
  });
}

describe("openStore()", () => {
  it("names the redacted URL when PostgreSQL is unreachable", async () => {
    await expect(openStore({ url: "postgres://u:secret@127.0.0.1:1/db" })).rejects.toThrow(
      /cannot connect to PostgreSQL at postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/db/,
    );
  });
});
