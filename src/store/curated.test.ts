import { randomBytes } from "node:crypto";
import { describe, it } from "vitest";
import { runCuratedConformance } from "./curated.case.ts";
import { openStore } from "./store.ts";

runCuratedConformance("PGlite", () => openStore());

const url = process.env.LODESTONE_TEST_DATABASE_URL;
if (url) {
  runCuratedConformance("PostgreSQL", () =>
    openStore({ url, schema: `t_${randomBytes(4).toString("hex")}` }),
  );
} else {
  describe.skip("PostgreSQL curated tables (set LODESTONE_TEST_DATABASE_URL to run it)", () => {
    it("needs a server", () => {});
  });
}
