/** @module Overview page: headline cards and China's monthly magnet exports with a destination picker. */
import { exportsChart } from "../charts/exports.ts";
import { isWorld } from "../charts/production.ts";
import { onePerPeriod } from "../charts/series.ts";
import { allFigures } from "../client.ts";
import { empty, errorBox, h, html, loading } from "../dom.ts";
import { mountChart } from "../echarts.ts";
import { formatNumber, formatPct, formatValue, sourceHtml } from "../format.ts";
import { getFacets, getHealth, onlyDataset, pick } from "../state.ts";
import type { Facets, Figure } from "../types.ts";

const DESTINATIONS = [
  "World",
  "Germany",
  "United States",
  "EU-27",
  "Japan",
  "South Korea",
  "India",
  "Vietnam",
];

function card(
  id: string,
  title: string,
  value: string,
  raw: number | null,
  sub: Node | string,
  source?: Figure["source"],
) {
  return h(
    "div",
    { class: "card", "data-testid": `card-${id}`, "data-value": raw ?? "" },
    h("div", { class: "card-title" }, title),
    h("div", { class: "card-value" }, value),
    h("div", { class: "card-sub" }, sub),
    source ? h("div", { class: "card-src" }, html(sourceHtml(source))) : null,
  );
}

async function productionCard(f: Facets) {
  if (!f.metrics.includes("mine_production"))
    return card("production", "World mine production", "–", null, "no data");
  const rows = await allFigures({
    metric: "mine_production",
    vintage: "latest",
    per: "year",
    ...onlyDataset(f, "mine-production"),
  });
  const world = rows
    .filter((r) => isWorld(r.entity) && r.value !== null)
    .sort((a, b) => a.period.localeCompare(b.period))
    .at(-1);
  if (!world) return card("production", "World mine production", "–", null, "no world total in the data");
  const china = rows.find((r) => r.entity === "China" && r.period === world.period && r.value !== null);
  const share = china ? (china.value! / world.value!) * 100 : null;
  return card(
    "production",
    `World mine production, ${world.period}`,
    `${formatNumber(world.value)} ${world.unit}`,
    world.value,
    h(
      "span",
      { "data-testid": "china-share" },
      share === null
        ? "China share –"
        : `China ${share.toFixed(0)}% (${formatNumber(china!.value)} t) · derived`,
    ),
    world.source,
  );
}

async function exportsCard(rows: Figure[], destination: string) {
  const series = onePerPeriod(
    rows.filter((r) => r.counterparty === destination && r.value !== null && r.periodKind === "month"),
  );
  const last = series.at(-1);
  if (!last) return card("exports", "China magnet exports", "–", null, "no monthly data");
  const prev = series.at(-2);
  const sameRun =
    prev &&
    Number(last.period.slice(0, 4)) * 12 +
      Number(last.period.slice(5)) -
      (Number(prev.period.slice(0, 4)) * 12 + Number(prev.period.slice(5))) ===
      1;
  const mom = sameRun ? ((last.value! - prev.value!) / prev.value!) * 100 : null;
  const momText = mom === null ? "m/m –" : `${formatPct(mom)} m/m (derived from ${prev!.period})`;
  return card(
    "exports",
    `China magnet exports to ${destination}, ${last.period}`,
    `${formatNumber(last.value)} ${last.unit}`,
    last.value,
    h(
      "span",
      { class: mom === null ? "" : mom >= 0 ? "up" : "down" },
      momText,
      last.isDerived ? " · value derived" : "",
    ),
    last.source,
  );
}

async function priceCard(f: Facets) {
  const material = pick(f.materials, "NdPr oxide");
  if (!material || !f.metrics.includes("price"))
    return card("price", "NdPr oxide price", "–", null, "no price points");
  const rows = await allFigures({ metric: "price", material, ...onlyDataset(f, "price-points") });
  const last = rows.sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.id.localeCompare(b.id)).at(-1);
  if (!last) return card("price", "NdPr oxide price", "–", null, "no price points");
  return card(
    "price",
    `NdPr oxide price, ${last.period}`,
    `${formatValue(last)} ${last.unit}`,
    last.value ?? last.low,
    last.location || "basis not stated",
    last.source,
  );
}

async function countCard() {
  const hl = await getHealth();
  const d = hl.dataset;
  return card(
    "figures",
    "Sourced figures",
    d ? formatNumber(d.figures) : "–",
    d?.figures ?? null,
    h(
      "span",
      { "data-testid": "sources-count", "data-value": d?.sources ?? "" },
      d ? `from ${formatNumber(d.sources)} sources · ` : "",
      h("a", { href: "#/sources" }, "see sources"),
    ),
  );
}

export async function overviewPage(root: HTMLElement): Promise<void> {
  const facets = await getFacets();
  const cards = h("div", { class: "cards" }, loading());
  const chartSlot = h("div", { class: "chart", "data-testid": "exports-chart" });
  const picker = h("select", { id: "destination", "aria-label": "Destination" });
  const destinations = DESTINATIONS.map((d) => pick(facets.counterparties, d)).filter(
    (d): d is string => !!d,
  );
  if (!destinations.length && facets.counterparties.length) destinations.push(...facets.counterparties);
  for (const d of destinations) picker.append(h("option", { value: d }, d));
  root.append(
    h("h1", {}, "Overview"),
    h(
      "p",
      { class: "lede" },
      "Headline figures for the rare-earth permanent-magnet chain. Every number carries its source; values computed by Lodestone are marked ",
      h("span", { class: "tag tag-derived" }, "derived"),
      ".",
    ),
    cards,
    h(
      "section",
      { class: "panel" },
      h(
        "div",
        { class: "panel-head" },
        h("h2", {}, "China's monthly rare-earth magnet exports"),
        h("label", {}, "Destination ", picker),
      ),
      h(
        "p",
        { class: "hint" },
        "Tonnes per month, China customs (HS 8505 11). Hollow red diamonds are months derived by Lodestone from reported totals or growth rates (see the tooltip note).",
      ),
      chartSlot,
    ),
  );
  const exportRows =
    facets.metrics.includes("export_volume") && pick(facets.entities, "China")
      ? allFigures({
          metric: "export_volume",
          entity: "China",
          per: "month",
          ...onlyDataset(facets, "china-magnet-exports"),
        })
      : Promise.resolve([] as Figure[]);
  const settle = (r: PromiseSettledResult<HTMLElement>) =>
    r.status === "fulfilled" ? r.value : errorBox(r.reason, "Card unavailable");
  const [production, price, count] = (
    await Promise.allSettled([productionCard(facets), priceCard(facets), countCard()])
  ).map(settle);
  const drawExports = async () => {
    const rows = await exportRows;
    const dest = picker.value;
    const [exports] = (await Promise.allSettled([exportsCard(rows, dest)])).map(settle);
    cards.replaceChildren(production!, exports!, price!, count!);
    if (!rows.some((r) => r.counterparty === dest))
      chartSlot.replaceChildren(empty(`No monthly exports to ${dest || "any destination"} in the data.`));
    else mountChart(chartSlot, exportsChart(rows, { destination: dest }));
  };
  picker.addEventListener("change", () => {
    drawExports().catch((e) => chartSlot.replaceChildren(errorBox(e)));
  });
  await drawExports();
}
