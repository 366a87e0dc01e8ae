/** @module Overview page: headline cards and China's monthly magnet exports with a destination picker. */
import { exportsChart } from "../charts/exports.ts";
import { card } from "../card.ts";
import { api } from "../client.ts";
import { empty, errorBox, h, loading } from "../dom.ts";
import { mountChart } from "../echarts.ts";
import { formatNumber, formatPct } from "../format.ts";
import { priceCard } from "../price-card.ts";
import { formatShare, mineShareParams } from "../share.ts";
import { getFacets, getHealth, pick } from "../state.ts";
import type { Facets, SeriesResult } from "../types.ts";

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

/** The latest year with a world total, from GET /api/series (World = World total), and China's share that year. */
async function productionCard(f: Facets) {
  if (!f.metrics.includes("mine_production") || !f.entityIds.includes("world"))
    return card("production", "World mine production", "–", null, "no data");
  const world = await api.series({ metric: "mine_production", entity: "World", per: "year" });
  const last = world.items.filter((i) => i.value !== null).at(-1);
  if (!last) return card("production", "World mine production", "–", null, "no world total in the data");
  // The same answer as `lodestone series ... --share-of World`: one edition for both values.
  const share = formatShare((await api.series(mineShareParams("China", last.period))).items[0]);
  return card(
    "production",
    `World mine production, ${last.period}`,
    `${formatNumber(last.value)} ${last.unit}`,
    last.value,
    h("span", { "data-testid": "china-share", "data-value": share.value }, share.text),
    last.source ?? undefined,
  );
}

/** The latest month of the destination's series and its change from the month before. */
function exportsCard(series: SeriesResult, destination: string) {
  const items = series.items;
  const at = items.findLastIndex((i) => i.value !== null);
  const last = items[at];
  if (!last) return card("exports", "China magnet exports", "–", null, "no monthly data");
  const prev = items[at - 1];
  const mom = prev?.value != null ? ((last.value! - prev.value) / prev.value) * 100 : null;
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
      last.quality === "derived" ? " · value derived" : "",
      last.conflict ? " · sources disagree" : "",
    ),
    last.source ?? undefined,
  );
}

/** The latest NdPr oxide price in USD/kg without VAT, from GET /api/prices (the Prices page's series). */
async function latestPriceCard(f: Facets) {
  const material = pick(f.materials, "NdPr oxide");
  if (!material || !f.metrics.includes("price"))
    return card("price", "NdPr oxide price", "–", null, "no price points");
  return priceCard(await api.prices({ material }), material);
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
        "Tonnes per month, China customs (HS 8505 11): one preferred value per month when several outlets report it (the tooltip lists the others and why they lost; more destinations, totals and CSV on the Trade page). Hollow red diamonds are months derived by Lodestone from reported totals or growth rates (see the tooltip note).",
      ),
      chartSlot,
    ),
  );
  const canExport = facets.metrics.includes("export_volume") && !!pick(facets.entities, "China");
  /** The destination's monthly series (HS 85051110 magnets; other product scopes are another series). */
  const exportSeries = (destination: string) =>
    api.series({
      metric: "export_volume",
      entity: "China",
      counterparty: destination,
      material: "rare earth magnets",
      per: "month",
    });
  const settle = (r: PromiseSettledResult<HTMLElement>) =>
    r.status === "fulfilled" ? r.value : errorBox(r.reason, "Card unavailable");
  // The chart's series is requested with the cards, not after them.
  const firstDest = picker.value;
  let first = canExport && firstDest ? exportSeries(firstDest) : null;
  first?.catch(() => undefined);
  const [production, price, count] = (
    await Promise.allSettled([productionCard(facets), latestPriceCard(facets), countCard()])
  ).map(settle);
  const drawExports = async () => {
    const dest = picker.value;
    const pending = dest === firstDest ? first : null;
    first = null;
    const series = canExport && dest ? await (pending ?? exportSeries(dest)) : null;
    const [exports] = (
      await Promise.allSettled([
        series ? Promise.resolve(exportsCard(series, dest)) : Promise.reject(new Error("no export data")),
      ])
    ).map(settle);
    cards.replaceChildren(production!, exports!, price!, count!);
    if (series?.items.some((i) => i.value !== null))
      mountChart(chartSlot, exportsChart(series, { destination: dest }));
    else chartSlot.replaceChildren(empty(`No monthly exports to ${dest || "any destination"} in the data.`));
  };
  picker.addEventListener("change", () => {
    drawExports().catch((e) => chartSlot.replaceChildren(errorBox(e)));
  });
  await drawExports();
}
