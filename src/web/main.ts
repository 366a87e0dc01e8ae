/** @module Dashboard entry: hash routing between pages, navigation, loading and error states. */
import "./style.css";
import { errorBox, h, loading } from "./dom.ts";
import { disposeCharts } from "./live-charts.ts";
import { getFacets, getHealth } from "./state.ts";
type PageFn = (root: HTMLElement, query: URLSearchParams) => Promise<void>;

/**
 * Every page is its own chunk, loaded when opened (Vite preloads the chunk's own imports, ECharts included, in
 * parallel); the data a page needs first (facets) is requested by `route` before the page's code arrives.
 */
const PAGES: { path: string; label: string; render: () => Promise<PageFn>; hidden?: boolean }[] = [
  { path: "", label: "Overview", render: async () => (await import("./pages/overview.ts")).overviewPage },
  { path: "trade", label: "Trade", render: async () => (await import("./pages/trade.ts")).tradePage },
  {
    path: "supply-chain",
    label: "Supply chain",
    render: async () => (await import("./pages/supply-chain.ts")).supplyChainPage,
  },
  {
    path: "production",
    label: "Production",
    render: async () => (await import("./pages/production.ts")).productionPage,
  },
  { path: "prices", label: "Prices", render: async () => (await import("./pages/prices.ts")).pricesPage },
  {
    path: "projects",
    label: "Projects",
    render: async () => (await import("./pages/projects.ts")).projectsPage,
  },
  {
    path: "companies",
    label: "Companies",
    render: async () => (await import("./pages/companies.ts")).companiesPage,
  },
  {
    path: "outlooks",
    label: "Outlooks",
    render: async () => (await import("./pages/outlooks.ts")).outlooksPage,
  },
  { path: "figures", label: "Figures", render: async () => (await import("./pages/figures.ts")).figuresPage },
  { path: "sources", label: "Sources", render: async () => (await import("./pages/sources.ts")).sourcesPage },
  {
    path: "series",
    label: "Series",
    render: async () => (await import("./pages/series.ts")).seriesPage,
    hidden: true,
  },
  { path: "policy", label: "Policy", render: async () => (await import("./pages/policy.ts")).policyPage },
  { path: "news", label: "News", render: async () => (await import("./pages/news.ts")).newsPage },
  {
    path: "scenarios",
    label: "Scenarios",
    render: async () => (await import("./pages/scenarios.ts")).scenariosPage,
  },
];

const nav = document.getElementById("nav")!;
const main = document.getElementById("main")!;
const footer = document.getElementById("footer")!;
let generation = 0;

function parseHash(): { path: string; query: URLSearchParams } {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path = "", q = ""] = raw.split("?");
  return { path, query: new URLSearchParams(q) };
}

async function route(): Promise<void> {
  const gen = ++generation;
  const { path, query } = parseHash();
  const page = PAGES.find((p) => p.path === path);
  for (const a of nav.querySelectorAll("a"))
    a.classList.toggle("active", a.dataset.path === (page?.path ?? null));
  disposeCharts();
  const root = h("div", { class: "page", "data-page": page?.path || "overview" });
  main.replaceChildren(loading());
  if (!page) {
    main.replaceChildren(errorBox(new Error(`no page "${path}"`), "Not found"));
    main.setAttribute("data-ready", "not-found");
    return;
  }
  document.title = `${page.label} · Lodestone`;
  try {
    // Data first: the facets every data page starts from are requested while the page's code loads.
    void getFacets().catch(() => undefined);
    const pending = page.render().then((render) => render(root, query));
    main.replaceChildren(loading(), root);
    await pending;
    if (gen === generation) {
      main.querySelector(":scope > .loading")?.remove();
      // A permalink (`chart=<id>`) scrolls to its chart once the page has drawn.
      const chart = query.get("chart");
      if (chart) root.querySelector(`[data-chart-id="${CSS.escape(chart)}"]`)?.scrollIntoView();
    }
  } catch (e) {
    if (gen === generation) main.replaceChildren(root, errorBox(e));
  }
  if (gen === generation) {
    // The address the page was drawn for, so tests (and scripts) can wait for a filter change to land.
    main.setAttribute("data-hash", location.hash);
    main.setAttribute("data-ready", page.path || "overview");
  }
}

for (const p of PAGES.filter((x) => !x.hidden))
  nav.append(h("a", { href: `#/${p.path}`, "data-path": p.path }, p.label));
window.addEventListener("hashchange", () => {
  main.removeAttribute("data-ready");
  main.removeAttribute("data-hash");
  void route();
});
void route();
getHealth()
  .then((hl) => {
    footer.textContent = hl.dataset
      ? `Dataset ${hl.dataset.contentHash} · ${hl.dataset.figures.toLocaleString("en-GB")} figures from ${hl.dataset.sources} sources · loaded ${hl.dataset.loadedAt.slice(0, 16)} · store: ${hl.store}`
      : "No dataset loaded.";
  })
  .catch((e: Error) => {
    footer.textContent = `API unavailable: ${e.message}`;
  });
