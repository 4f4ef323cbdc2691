// The claim ledger: who said what, with which cue (said / claimed / insisted / denied), hedges,
// how many other documents corroborate it, and which statements contradict it.

import { getJSON } from "./api.js";
import { clear, cueLabel, docLink, el, short, STANCE_LABEL } from "./dom.js";
import { formParams, go } from "./state.js";

const FILTERS = ["asserted_by", "stance", "text", "min_corroboration", "contradicted", "outlet", "doc_id"];

export async function showLedger(params, root) {
  const widths = ["13%", "31%", "10%", "12%", "9%", "13%", "12%"];
  const table = el(
    "table",
    { className: "ledger" },
    el("colgroup", {}, ...widths.map((w) => el("col", { attrs: { width: w } }))),
    el("thead", {}, el("tr", {}, ...["Who", "Said what", "How", "Hedges", "Corroborated by", "Contradicted by", "Source"].map((h) => el("th", { text: h })))),
  );
  const rows = el("tbody", {});
  table.append(rows);
  const more = el("button", { className: "more", hidden: true, text: "More claims" });
  const count = el("p", { className: "meta" });
  clear(root).append(el("h2", { text: "Claim ledger" }), filterForm(params), count, table, more);
  const query = Object.fromEntries(FILTERS.map((k) => [k, params.get(k)]));
  let cursor = null;
  let shown = 0;
  const load = async () => {
    const page = await getJSON("/api/claims", { ...query, cursor, limit: 100 });
    for (const claim of page.items) rows.append(claimRow(claim));
    shown += page.items.length;
    cursor = page.next;
    more.hidden = !cursor;
    count.textContent = shown ? `${shown} claim${shown === 1 ? "" : "s"}${cursor ? " so far" : ""}` : "No claim matches.";
  };
  more.addEventListener("click", load);
  await load();
}

function filterForm(params) {
  const stance = el("select", { name: "stance", attrs: { "aria-label": "Cue" } }, el("option", { value: "", text: "any cue" }));
  for (const [value, label] of Object.entries(STANCE_LABEL)) stance.append(el("option", { value, text: label }));
  const contradicted = el("select", { name: "contradicted", attrs: { "aria-label": "Contradicted" } },
    el("option", { value: "", text: "contradicted or not" }),
    el("option", { value: "true", text: "contradicted" }),
    el("option", { value: "false", text: "not contradicted" }));
  const form = el(
    "form",
    { className: "toolbar", id: "ledger-filters", on: { submit: (e) => (e.preventDefault(), go("claims", formParams(e.target))) } },
    el("input", { name: "asserted_by", placeholder: "who (speaker, outlet)", attrs: { "aria-label": "Who" } }),
    stance,
    el("input", { name: "text", placeholder: "words in the claim", attrs: { "aria-label": "Words" } }),
    el("input", { name: "min_corroboration", type: "number", min: 0, placeholder: "min. corroboration", attrs: { "aria-label": "Minimum corroboration" } }),
    contradicted,
    el("button", { type: "submit", text: "Filter" }),
  );
  for (const field of form.elements) if (field.name) field.value = params.get(field.name) || "";
  return form;
}

function claimRow(c) {
  const who = c.asserted_by === "outlet" ? `${c.outlet || "the outlet"} (the outlet itself)` : c.asserted_by;
  const hedges = [...(c.hedges || [])];
  for (const part of (c.hedge || "").split(";").map((s) => s.trim())) {
    if (part && !(part in STANCE_LABEL) && !hedges.includes(part)) hedges.push(part); // stance words are shown as the cue
  }
  const how = c.cue || c.stance ? cueLabel(c.cue, c.stance) : c.asserted_by === "outlet" ? "reported" : "—";
  const target = c.quote !== null && c.quote !== undefined ? { quote: c.quote } : { claim: c.idx };
  return el(
    "tr",
    { className: c.contradictions?.length ? "contradicted" : "" },
    el("td", { className: "who", text: who }),
    el("td", { className: "what" }, el("q", { text: c.text })),
    el("td", {}, el("span", { className: `stance stance-${c.stance || "none"}`, text: how })),
    el("td", { className: "hedges", text: hedges.join("; ") || "—" }),
    el("td", { className: "corroboration" }, corroboration(c)),
    el("td", { className: "contradictions" }, contradictions(c)),
    el("td", { className: "source" }, el("a", { href: docLink(c.doc_id, target), text: short(c.title || c.doc_id, 60), title: c.title || "" }), el("div", { className: "meta", text: [c.outlet, c.published].filter(Boolean).join(" · ") })),
  );
}

function corroboration(c) {
  const n = c.corroboration || 0;
  const node = el("span", { className: n ? "badge corroborated" : "badge", text: n ? `${n} other source${n === 1 ? "" : "s"}` : "no other source" });
  node.title = (c.corroborated_by || []).map((d) => d.outlet || d.doc_id).join(", ");
  return node;
}

function contradictions(c) {
  if (!c.contradictions?.length) return "—";
  const more = c.contradictions.length - 3;
  return el(
    "ul",
    {},
    ...c.contradictions.slice(0, 3).map((x) =>
      el("li", {}, el("a", { href: docLink(x.doc_id, { [x.kind]: x.idx }), text: `${x.asserted_by || "unknown"}: “${x.text || "?"}”` }), el("span", { className: "meta", text: ` (${x.relation}, ${x.strength}${x.outlet ? `, ${x.outlet}` : ""})` })),
    ),
    more > 0 ? el("li", { className: "meta", text: `and ${more} more` }) : null,
  );
}
