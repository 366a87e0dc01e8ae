import { describe, expect, it } from "vitest";
import { runBundledSeriesCase, runStoreConformance } from "./store.case.ts";
import { openStore } from "./store.ts";
import { postgresSuite } from "../../test/support/needs.ts";
import { openTestStore } from "../../test/support/test-store.ts";

runStoreConformance("PGlite", () => openTestStore());
runBundledSeriesCase("PGlite", () => openTestStore("bundled"));

postgresSuite("PostgreSQL store", (open, openBundled) => {
  runStoreConformance("PostgreSQL", open);
  runBundledSeriesCase("PostgreSQL", openBundled);
});

describe("openStore()", () => {
  it("names the redacted URL when PostgreSQL is unreachable", async () => {
    await expect(openStore({ url: "postgres://u:secret@127.0.0.1:1/db" })).rejects.toThrow(
      /cannot connect to PostgreSQL at postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/db/,
    );
  });
});
