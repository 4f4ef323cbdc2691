// Search over everything: articles, quotes and claims (full text, with the matched words
// marked), and places by name.

import { getJSON } from "./api.js";
import { clear, cueLabel, docLink, el, marked } from "./dom.js";

export async function showSearch(params, root) {
  const q = params.get("q") || "";
  const list = el("ol", { className: "hits" });
  const more = el("button", { className: "more", hidden: true, text: "More results" });
  const placesBox = el("div", { className: "place-hits" });
  clear(root).append(el("h2", { text: q ? `Search: ${q}` : "Search" }), placesBox, list, more);
  if (!q.trim()) {
    list.append(el("li", { className: "empty", text: "Type words in the search box above." }));
    return;
  }
  let cursor = null;
  const load = async () => {
    const page = await getJSON("/api/search", { q, cursor, limit: 30 });
    if (page.places?.length) {
      clear(placesBox).append(el("span", { className: "meta", text: "Places: " }), ...page.places.map(placeChip));
    }
    for (const hit of page.items) list.append(hitRow(hit));
    if (!list.children.length) list.append(el("li", { className: "empty", text: "Nothing matches." }));
    cursor = page.next;
    more.hidden = !cursor;
  };
  more.addEventListener("click", load);
  await load();
}

function placeChip(p) {
  const at = p.latitude !== null ? `#map?at=${p.latitude},${p.longitude},9` : `#search?q=${encodeURIComponent(p.name)}`;
  return el("a", { className: "chip", href: at, text: `${p.name} (${p.mentions})` });
}

function hitRow(hit) {
  const target = hit.kind === "article" ? {} : { [hit.kind]: hit.idx };
  const who = hit.kind === "article" ? null : hit.asserted_by && hit.asserted_by !== "outlet" ? hit.asserted_by : hit.outlet;
  const how = hit.kind === "quote" && hit.cue ? ` (${cueLabel(hit.cue, hit.stance)})` : "";
  return el(
    "li",
    { className: `hit hit-${hit.kind}` },
    el("span", { className: `kind kind-${hit.kind}`, text: hit.kind }),
    who ? el("strong", { className: "who", text: `${who}${how}: ` }) : null,
    el("span", { className: "snippet" }, ...marked(hit.snippet || "", hit.highlights || [])),
    el(
      "div",
      { className: "meta" },
      el("a", { href: docLink(hit.doc_id, target), text: hit.title || hit.doc_id.slice(0, 15) }),
      ` · ${[hit.outlet, hit.published].filter(Boolean).join(" · ")}`,
    ),
  );
}
