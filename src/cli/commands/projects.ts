/** @module `lodestone projects`: capacity projects with capacity basis and qualifier, as GET /api/capacity-projects. */
import {
  type CapacityProjectRow,
  ProjectQueryObject,
  ProjectQuerySchema,
} from "../../store/capacity-projects.ts";
import { CAPACITY_PROJECT_FIELDS } from "../../dataset/tables/capacity-projects.ts";
import { curatedCommand } from "../curated-command.ts";
import { csvColumns } from "../curated-csv.ts";
import { cut, sourceText, valueText } from "../value-text.ts";

export const PROJECTS_HELP = `usage: lodestone projects [filters] [--format table|csv|json]
  --country NAME[,NAME]       country of the plant (aliases: US, UK ...)
  --company NAME[,NAME]       company name or words of it (JL Mag, Lynas)
  --stage S[,S]               mining, separation, metal_alloy, magnet, recycling
  --status S[,S]              operating, commissioning, construction, planned, uncertain, unknown
  --start-from Y --start-to Y start year (target year when no start year is given)
  --type TEXT                 text in magnet type or product (sintered, bonded, ferrite, blank ...)
  --basis B[,B]               mass basis: alloy, blank, finished, high_performance, element, not_applicable
  --q TEXT                    text search (id, company, site, product, capacity text, note)
  --excluded include|exclude|only
  --limit N --offset N        paging (default 100 rows)
Capacities of different bases (blank vs finished vs alloy vs REO) must not be added without a conversion.
examples:
  lodestone projects --country "United States" --stage magnet
  lodestone projects --company "JL Mag" --format csv
`;

export const projectsCommand = curatedCommand<
  ReturnType<typeof ProjectQuerySchema.parse>,
  CapacityProjectRow
>({
  name: "projects",
  noun: ["capacity project", "capacity projects"],
  help: PROJECTS_HELP,
  filters: ProjectQueryObject,
  schema: ProjectQuerySchema,
  query: (store, q) => store.capacityProjects(q),
  table: (rows) => ({
    header: [
      "id",
      "company",
      "country",
      "stage",
      "product",
      "capacity t/yr",
      "mass basis",
      "capacity basis",
      "status",
      "start",
      "target",
      "capex",
      "source",
    ],
    right: [5, 11],
    rows: rows.map((p) => [
      p.id,
      cut(p.company, 28),
      cut(p.country, 14),
      p.stage,
      cut(p.product, 26),
      valueText({
        value: p.capacityTpy,
        low: p.capacityLowTpy,
        high: p.capacityHighTpy,
        qualifier: p.capacityQualifier,
        approx: p.approx,
      }),
      p.massBasis,
      cut(p.capacityBasis, 28),
      p.status,
      p.startYear === null ? "" : String(p.startYear),
      p.targetYear === null ? "" : String(p.targetYear),
      p.capexAmount === null
        ? ""
        : `${valueText({ value: p.capexAmount, qualifier: p.capexQualifier, approx: p.capexApprox })} ${p.capexCurrency}`,
      sourceText(p.source),
    ]),
  }),
  csv: csvColumns(CAPACITY_PROJECT_FIELDS),
});
