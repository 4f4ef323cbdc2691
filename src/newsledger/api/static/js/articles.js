// The article list and the article view: the clean text with quotes, speakers, places, times,
// quantities and events highlighted; hovering a highlight shows its extracted fields.

import { getJSON } from "./api.js";
import { annotations, describe, highlighted } from "./annotate.js";
import { append, clear, docLink, el } from "./dom.js";
import { formParams, go } from "./state.js";

const KINDS = { quote: "quotes", speaker: "speakers", cue: "cues", place: "places", time: "times", quantity: "quantities", event: "events" };

export async function showArticles(params, root) {
  const form = el(
    "form",
    { className: "toolbar", id: "article-filters", on: { submit: (e) => (e.preventDefault(), go("articles", formParams(e.target))) } },
    el("input", { name: "q", placeholder: "words in the text", value: params.get("q") || "", attrs: { "aria-label": "Words" } }),
    el("input", { name: "outlet", placeholder: "outlet", value: params.get("outlet") || "", attrs: { "aria-label": "Outlet" } }),
    el("input", { name: "since", type: "date", value: params.get("since") || "", attrs: { "aria-label": "Since" } }),
    el("input", { name: "until", type: "date", value: params.get("until") || "", attrs: { "aria-label": "Until" } }),
    el("button", { type: "submit", text: "Filter" }),
  );
  const list = el("ol", { className: "article-list" });
  const more = el("button", { className: "more", hidden: true, text: "More articles" });
  clear(root).append(el("h2", { text: "Articles" }), form, list, more);
  const query = Object.fromEntries(["q", "outlet", "since", "until"].map((k) => [k, params.get(k)]));
  let cursor = null;
  const load = async () => {
    const page = await getJSON("/api/articles", { ...query, cursor, limit: 50 });
    for (const a of page.items) list.append(articleRow(a));
    if (!list.children.length) list.append(el("li", { className: "empty", text: "No article matches." }));
    cursor = page.next;
    more.hidden = !cursor;
  };
  more.addEventListener("click", load);
  await load();
}

function articleRow(a) {
  const counts = `${a.quotes} quotes · ${a.places} places · ${a.events} events · ${a.claims} claims`;
  return el(
    "li",
    {},
    el("a", { href: docLink(a.doc_id), className: "title", text: a.title || "(untitled)" }),
    el("div", { className: "meta", text: [a.outlet, a.published, `${a.words} words`, a.status === "error" ? "has errors" : null].filter(Boolean).join(" · ") }),
    el("div", { className: "meta", text: counts }),
  );
}

export async function showArticle(params, root) {
  const docId = params.get("doc") || "";
  clear(root).append(el("p", { className: "loading", text: "Loading the article…" }));
  const data = await getJSON(`/api/articles/${encodeURIComponent(docId)}`);
  const record = data.record;
  const article = record.article;
  clear(root);
  if (!article) {
    append(root, [el("h2", { text: "No article could be extracted" }), errorList(record.errors)]);
    return;
  }
  const target = targetOf(params, record);
  const tooltip = document.getElementById("tooltip");
  const targetIn = (caption) => (target && target.caption === caption ? target : null);
  const body = el("div", { className: "article-text", id: "article-text" }, ...highlighted(article.text, annotations(record, data.links), targetIn(null)));
  const captions = (article.captions || []).map((c, i) =>
    el("figure", { className: "caption" }, el("figcaption", {}, ...highlighted(c.text, annotations(record, data.links, i), targetIn(i)))),
  );
  append(root, [
    el("h2", { text: article.title || "(untitled)" }),
    el("div", { className: "meta", text: [article.outlet, (article.authors || []).join(", "), article.published].filter(Boolean).join(" · ") }),
    el("div", { className: "meta" }, el("a", { href: article.url || record.source?.uri || "", text: article.url || record.source?.uri || "", attrs: { rel: "noopener noreferrer", target: "_blank" } })),
    legend(root),
    el("div", { className: "article-layout" }, el("article", {}, body, ...captions), sidebar(record, data)),
    errorList(record.errors),
  ]);
  wireTooltip(root, tooltip);
  const hit = root.querySelector(".hl-target");
  if (hit) hit.scrollIntoView({ block: "center" });
}

/** What to highlight, in the body or a caption: ?event=i (its sentence), ?quote=i, ?claim=i, or ?hl=start-end (body). */
function targetOf(params, record) {
  const pick = (list, key, spanOf) => {
    const i = Number.parseInt(params.get(key) ?? "", 10);
    const item = Number.isInteger(i) ? (record[list] || [])[i] : null;
    const span = item ? spanOf(item) : null;
    return Array.isArray(span) ? { start: span[0], end: span[1], caption: item.caption ?? null } : null;
  };
  const hl = /^\d+-\d+$/.test(params.get("hl") || "") ? params.get("hl").split("-").map(Number) : null;
  return (
    pick("events", "event", (e) => e.sentence_span) ||
    pick("quotes", "quote", (q) => q.span) ||
    pick("claims", "claim", (c) => c.span) ||
    (hl ? { start: hl[0], end: hl[1], caption: null } : null)
  );
}

function legend(root) {
  const box = el("div", { className: "legend", attrs: { role: "group", "aria-label": "Highlights" } });
  for (const [kind, label] of Object.entries(KINDS)) {
    const input = el("input", { type: "checkbox", checked: true });
    input.addEventListener("change", () => root.classList.toggle(`hide-${kind}`, !input.checked));
    box.append(el("label", { className: `key hl-${kind}` }, input, ` ${label}`));
  }
  return box;
}

function sidebar(record, data) {
  const side = el("aside", { className: "article-side" });
  const events = record.events || [];
  side.append(el("h3", { text: `Events (${events.length})` }));
  const list = el("ol", {});
  events.forEach((e, i) => {
    const at = e.latitude !== null && e.latitude !== undefined ? `#map?at=${e.latitude},${e.longitude},9` : null;
    list.append(el("li", {}, el("a", { href: docLink(record.doc_id, { event: i }), text: `${e.sub_type} — ${e.location || "no place"}, ${e.date || "undated"}` }), at ? [" ", el("a", { href: at, className: "to-map", text: "map" })] : null));
  });
  side.append(list);
  const quotes = record.quotes || [];
  side.append(el("h3", { text: `Quotes (${quotes.length})` }));
  const speakers = new Map();
  for (const q of quotes) speakers.set(q.speaker?.name || "unknown", (speakers.get(q.speaker?.name || "unknown") || 0) + 1);
  const ranked = [...speakers].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  side.append(el("ul", {}, ...ranked.map(([name, n]) => el("li", {}, el("a", { href: `#claims?${new URLSearchParams({ asserted_by: name })}`, text: name }), ` (${n})`))));
  side.append(el("p", { className: "meta", text: `${data.doc_id}` }));
  return side;
}

function errorList(errors) {
  if (!errors || !errors.length) return null;
  return el("ul", { className: "errors" }, ...errors.map((e) => el("li", { text: `${e.code} (${e.stage}, ${e.severity}): ${e.message}` })));
}

function wireTooltip(root, tooltip) {
  root.addEventListener("mouseover", (event) => {
    const span = event.target.closest?.(".hl");
    if (!span || !span.annotations?.length) return;
    const seen = new Set();
    const unique = span.annotations.filter((a) => !seen.has(a.ref) && seen.add(a.ref));
    append(clear(tooltip), describe(unique));
    const box = span.getBoundingClientRect();
    tooltip.hidden = false;
    tooltip.style.left = `${Math.min(window.innerWidth - 360, Math.max(8, box.left))}px`;
    tooltip.style.top = `${box.bottom + 6}px`;
  });
  root.addEventListener("mouseout", (event) => {
    if (event.target.closest?.(".hl")) tooltip.hidden = true;
  });
}
