/** @module `lodestone policy`: the policy and export-control register, with the filters of GET /api/policy-events. */
import { type PolicyEventRow, PolicyQueryObject, PolicyQuerySchema } from "../../store/policy-events.ts";
import { POLICY_EVENT_FIELDS } from "../../dataset/tables/policy-events.ts";
import { curatedCommand } from "../curated-command.ts";
import { csvColumns } from "../curated-csv.ts";
import { cut, sourceText, valueText } from "../value-text.ts";

export const POLICY_HELP = `usage: lodestone policy [filters] [--format table|csv|json]
  --jurisdiction NAME[,NAME]  country or bloc (aliases: US, EU ...)
  --instrument I[,I]          export_control, suspension, licence, funding, regulation, tariff, price_floor,
                              stockpile, trade_agreement, production_quota, investigation, offtake, other
  --status S[,S]              in_force, suspended, expired, planned, completed, superseded, reported
  --element E[,E]             element symbols or names the act names (Dy, Tb, samarium ...)
  --material TEXT             text in the materials covered (magnet, graphite ...)
  --hs CODE[,CODE]            HS code or its first digits (8505, 8505.11)
  --announcement TEXT         text in the announcement number ("No. 18", "[2025]")
  --from P --to P             date or effective date in the range (2025, 2025-04, 2025-Q2)
  --q TEXT                    text search (id, title, summary, materials, note)
  --excluded include|exclude|only
  --limit N --offset N        paging (default 100 rows)
examples:
  lodestone policy --jurisdiction China --instrument export_control --from 2025
  lodestone policy --element Dy --format json
`;

export const policyCommand = curatedCommand<ReturnType<typeof PolicyQuerySchema.parse>, PolicyEventRow>({
  name: "policy",
  noun: ["policy event", "policy events"],
  help: POLICY_HELP,
  filters: PolicyQueryObject,
  schema: PolicyQuerySchema,
  query: (store, q) => store.queryPolicyEvents(q),
  table: (rows) => ({
    header: [
      "id",
      "date",
      "effective",
      "jurisdiction",
      "instrument",
      "announcement",
      "elements",
      "status",
      "amount",
      "unit",
      "title",
      "source",
    ],
    right: [8],
    rows: rows.map((e) => [
      e.id,
      e.date,
      e.effectiveDate ?? "",
      cut(e.jurisdiction, 22),
      e.instruments.join(";"),
      cut(e.announcementNo, 38),
      e.elements.join(";"),
      e.status,
      e.amount === null ? "" : valueText({ value: e.amount, qualifier: e.amountQualifier, approx: e.approx }),
      e.amountUnit,
      cut(e.title, 48),
      sourceText(e.source),
    ]),
  }),
  csv: csvColumns(POLICY_EVENT_FIELDS),
});
