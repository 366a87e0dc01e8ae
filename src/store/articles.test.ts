import { runArticleConformance } from "./articles.case.ts";
import { postgresSuite } from "../../test/support/needs.ts";
import { openTestStore } from "../../test/support/test-store.ts";

runArticleConformance("PGlite", () => openTestStore());

postgresSuite("PostgreSQL article storage", (open) => runArticleConformance("PostgreSQL", open));
