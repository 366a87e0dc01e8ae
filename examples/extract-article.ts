// Example: read a short article (written for this example) into claims and events.
// Run: node bin/run-ts.js examples/extract-article.ts
import { extractArticle } from "../src/extract/index.ts";

const article = `title: Example wire
date: 2025-08-20
---
China exported 5,500 metric tons of rare earth magnets in July, up 75% from June, customs data showed.
Shipments to Germany rose to 1,100 tons. The Ministry of Commerce said on April 4 it would require export licences for seven heavy rare earths.`;

const { claims, events } = extractArticle(article);
for (const c of claims)
  console.log(
    `claim  ${c.metric}: ${c.value} ${c.unit ?? ""} ${c.period ?? ""} ${c.counterparty ? `→ ${c.counterparty}` : ""}`,
  );
for (const e of events) console.log(`event  ${e.type} by ${e.actor} on ${e.date ?? "?"}`);
