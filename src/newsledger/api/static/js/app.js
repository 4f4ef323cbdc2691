// newsledger's page: one module per view, the view and its filters in the URL hash.

import { clear, el } from "./dom.js";
import { showArticle, showArticles } from "./articles.js";
import { showLedger } from "./ledger.js";
import { showMap } from "./map.js";
import { showSearch } from "./search.js";
import { current, go } from "./state.js";

const VIEWS = {
  map: { section: "view-map", nav: "map" },
  claims: { section: "view-claims", nav: "claims", render: showLedger },
  articles: { section: "view-articles", nav: "articles", render: showArticles },
  article: { section: "view-article", nav: "articles", render: showArticle },
  search: { section: "view-search", nav: "search", render: showSearch },
};

async function route() {
  const { view, params } = current();
  const spec = VIEWS[view] || VIEWS.map;
  for (const section of document.querySelectorAll("main > section")) section.hidden = section.id !== spec.section;
  for (const link of document.querySelectorAll("nav a")) link.classList.toggle("active", link.dataset.view === spec.nav);
  document.getElementById("tooltip").hidden = true;
  const input = document.getElementById("q");
  input.value = view === "search" ? params.get("q") || "" : "";
  document.body.dataset.view = view;
  document.body.dataset.ready = "false";
  try {
    if (spec.render) await spec.render(params, document.getElementById(spec.section));
    else showMap(params);
  } catch (error) {
    const section = document.getElementById(spec.section);
    const target = spec.render ? clear(section) : section;
    target.prepend(el("p", { className: "error", text: `Could not load this view: ${error.message}` }));
  } finally {
    document.body.dataset.ready = "true";
  }
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = document.getElementById("q").value.trim();
  if (q) go("search", { q });
});
window.addEventListener("hashchange", route);
route();
