/** The test stores (test/support/test-store.ts) start from the templates with the test settings applied. */
import { afterAll, describe, expect, it } from "vitest";
import { openTestStore, testHome } from "./support/test-store.ts";
import { openStore } from "../src/store/store.ts";
import { join } from "node:path";

describe("test stores", () => {
  const home = testHome("lodestone-test-stores-");
  afterAll(home.remove);

  it("an empty and a bundled store start with 16 MB of shared buffers, and each copy is its own", async () => {
    const empty = await openTestStore();
    const bundled = await openStore({ dataDir: join(home.home, "pgdata") });
    try {
      for (const s of [empty, bundled]) {
        const [row] = await s.sql.query<{ shared_buffers: string }>("SHOW shared_buffers");
        expect(row?.shared_buffers).toBe("16MB");
      }
      expect(await empty.datasetVersion()).toBeFalsy();
      expect((await bundled.datasetVersion())?.figures).toBeGreaterThan(19000);
    } finally {
      await empty.close();
      await bundled.close();
    }
  });
});
