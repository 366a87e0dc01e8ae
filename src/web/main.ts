/** @module Dashboard entry: hash routing between pages, navigation, loading and error states. */
import "./style.css";
import { errorBox, h, loading } from "./dom.ts";
import { disposeCharts } from "./echarts.ts";
import { getHealth } from "./state.ts";
import { companiesPage } from "./pages/companies.ts";
import { figuresPage } from "./pages/figures.ts";
import { newsPage } from "./pages/news.ts";
import { outlooksPage } from "./pages/outlooks.ts";
import { overviewPage } from "./pages/overview.ts";
import { policyPage } from "./pages/policy.ts";
import { pricesPage } from "./pages/prices.ts";
import { projectsPage } from "./pages/projects.ts";
import { productionPage } from "./pages/production.ts";
import { seriesPage } from "./pages/series.ts";
import { sourcesPage } from "./pages/sources.ts";
import { tradePage } from "./pages/trade.ts";

type PageFn = (root: HTMLElement, query: URLSearchParams) => Promise<void>;

const PAGES: { path: string; label: string; render: PageFn; hidden?: boolean }[] = [
  { path: "", label: "Overview", render: overviewPage },
  { path: "trade", label: "Trade", render: tradePage },
  {
    path: "supply-chain",
    label: "Supply chain",
    render: async (root, q) => (await import("./pages/supply-chain.ts")).supplyChainPage(root, q),
  },
  { path: "production", label: "Production", render: productionPage },
  { path: "prices", label: "Prices", render: pricesPage },
  { path: "projects", label: "Projects", render: projectsPage },
  { path: "companies", label: "Companies", render: companiesPage },
  { path: "outlooks", label: "Outlooks", render: outlooksPage },
  { path: "figures", label: "Figures", render: figuresPage },
  { path: "sources", label: "Sources", render: sourcesPage },
  { path: "series", label: "Series", render: seriesPage, hidden: true },
  { path: "policy", label: "Policy", render: policyPage },
  { path: "news", label: "News", render: newsPage },
  // Lazy: the engine, the YAML parser and the scenario files load only when this page is opened.
  {
    path: "scenarios",
    label: "Scenarios",
    render: async (root, q) => (await import("./pages/scenarios.ts")).scenariosPage(root, q),
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
    const pending = page.render(root, query);
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
