import { randomBytes } from "node:crypto";
import { describe, it } from "vitest";
import { runArticleConformance } from "./articles.case.ts";
import { openStore } from "./store.ts";

runArticleConformance("PGlite", () => openStore());

const url = process.env.LODESTONE_TEST_DATABASE_URL;
if (url) {
  runArticleConformance("PostgreSQL", () =>
    openStore({ url, schema: `t_${randomBytes(4).toString("hex")}` }),
  );
} else {
  describe.skip("PostgreSQL article storage (set LODESTONE_TEST_DATABASE_URL to run it)", () => {
    it("needs a server", () => {});
  });
}
