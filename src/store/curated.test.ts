import { runCuratedConformance } from "./curated.case.ts";
import { postgresSuite } from "../../test/support/needs.ts";
import { openTestStore } from "../../test/support/test-store.ts";

runCuratedConformance("PGlite", () => openTestStore());

postgresSuite("PostgreSQL curated tables", (open) => runCuratedConformance("PostgreSQL", open));
