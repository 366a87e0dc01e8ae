/** The test stores (test/support/test-store.ts) start from the templates with the test settings applied. */
import { describe, expect, it } from "vitest";
import { openTestStore } from "./support/test-store.ts";

describe("test stores", () => {
  it("start with 16 MB of shared buffers (the bundled template is a copy of the empty one, settings included)", async () => {
    const empty = await openTestStore();
    try {
      const [row] = await empty.sql.query<{ shared_buffers: string }>("SHOW shared_buffers");
      expect(row?.shared_buffers).toBe("16MB");
      expect(await empty.datasetVersion()).toBeFalsy();
    } finally {
      await empty.close();
    }
  });
});
