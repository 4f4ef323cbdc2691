// The article view's highlights: every extracted item is a [start, end) range of a section's
// text; overlapping ranges are cut into segments, each a <span> with the classes of all the
// items covering it. The text goes in as text nodes only.

import { cueLabel, el } from "./dom.js";

/** Annotations of one section (caption null: the body) from a record and its links. */
export function annotations(record, links, caption = null) {
  const out = [];
  const here = (item) => (item.caption ?? null) === caption;
  const add = (span, kind, fields, ref) => {
    if (Array.isArray(span) && span[1] > span[0]) out.push({ start: span[0], end: span[1], kind, fields, ref });
  };
  (record.quotes || []).forEach((q, i) => {
    if (!here(q)) return;
    const link = links?.quotes?.[i] || {};
    const fields = quoteFields(q, link);
    const pieces = q.content_spans?.length ? q.content_spans : [q.content_span];
    pieces.forEach((span) => add(span, "quote", fields, `quote-${i}`));
    add(q.speaker?.span, "speaker", fields, `quote-${i}`);
    add(q.cue?.span, "cue", fields, `quote-${i}`);
  });
  (record.places || []).forEach((p, i) => here(p) && add(p.span, "place", placeFields(p), `place-${i}`));
  (record.times || []).forEach((t, i) => here(t) && add(t.span, "time", timeFields(t), `time-${i}`));
  (record.quantities || []).forEach((q, i) => here(q) && add(q.span, "quantity", quantityFields(q), `quantity-${i}`));
  const text = (caption === null ? record.article?.text : record.article?.captions?.[caption]?.text) || "";
  (record.events || []).forEach((e, i) => here(e) && add(e.trigger_span, "event", eventFields(e, text), `event-${i}`));
  return out;
}

function quoteFields(q, link) {
  const contradicted = (link.contradictions || []).map((c) => `${c.asserted_by || "?"} (${c.outlet || c.doc_id.slice(7, 15)})`);
  return [
    ["Quote", q.kind],
    ["Speaker", [q.speaker?.name || q.speaker?.text || "unknown", q.speaker?.description].filter(Boolean).join(", ")],
    ["Cue", q.cue ? cueLabel(q.cue.text, q.cue.stance) : "none"],
    ["Hedges", (q.hedges || []).map((h) => h.text).join("; ") || "none"],
    ["Corroborated by", `${link.corroboration || 0} other document(s)`],
    ["Contradicted by", contradicted.join("; ") || "none found"],
  ];
}

function placeFields(p) {
  const located = p.latitude !== null && p.latitude !== undefined;
  const point = located ? `${p.latitude.toFixed(4)}, ${p.longitude.toFixed(4)}` : "";
  const where = located ? (p.reason ? `${point} (${p.reason})` : point) : p.reason || "no position";
  return [
    ["Place", p.name || `${p.text} (unresolved)`],
    ["Kind", [p.feature, p.role].filter(Boolean).join(", ")],
    ["Region", [p.admin1, p.country_code].filter(Boolean).join(", ") || "unknown"],
    ["Position", where],
    ["Gazetteer", p.gazetteer_id || "none"],
  ];
}

function timeFields(t) {
  const range = t.start === t.end ? t.start : `${t.start || "?"} – ${t.end || "?"}`;
  return [["Time", t.type], ["Resolved", range || "unresolved"], ["Precision", t.precision + (t.approx ? ", approximate" : "")], ["Duration", t.duration || "—"]];
}

function quantityFields(q) {
  const value = q.value ?? (q.low !== null && q.low !== undefined ? `${q.low}–${q.high}` : "vague");
  return [
    ["Quantity", `${value}${q.unit ? ` ${q.unit}` : ""}${q.approx ? " (approximate)" : ""}${q.bound ? ` (${q.bound})` : ""}`],
    ["Counts", [q.counts, q.of].filter(Boolean).join(": ") || "unknown"],
    ["Asserted by", q.asserted_by],
  ];
}

/** An actor's name with the words of the text that name it: Rebel Forces (Sudan) ("Sudanese rebels"). */
function actorLabel(name, span, text) {
  if (!name) return null;
  const words = Array.isArray(span) && span[1] <= text.length ? text.slice(span[0], span[1]) : "";
  return words && words !== name ? `${name} ("${words}")` : name;
}

function eventFields(e, text) {
  const actors = [actorLabel(e.actor1, e.actor1_span, text), actorLabel(e.actor2, e.actor2_span, text)];
  return [
    ["Event", `${e.type}: ${e.sub_type}`],
    ["Actors", actors.filter(Boolean).join(" → ") || "unknown"],
    ["Where", e.location || "unknown"],
    ["Date", e.date || "unknown"],
    ["Certainty", `${e.certainty} (asserted by ${e.asserted_by})`],
  ];
}

/** The text as nodes: plain text nodes between highlights, spans (class hl-<kind>...) over them. */
export function highlighted(text, items, target = null) {
  const cuts = new Set([0, text.length]);
  for (const a of items) {
    cuts.add(Math.max(0, Math.min(text.length, a.start)));
    cuts.add(Math.max(0, Math.min(text.length, a.end)));
  }
  if (target) [target.start, target.end].forEach((c) => cuts.add(Math.max(0, Math.min(text.length, c))));
  const points = [...cuts].sort((a, b) => a - b);
  const starts = [...items].sort((a, b) => a.start - b.start);
  const nodes = [];
  let active = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i += 1) {
    const [from, to] = [points[i], points[i + 1]];
    while (next < starts.length && starts[next].start <= from) active.push(starts[next++]);
    active = active.filter((a) => a.end > from);
    const covering = active.filter((a) => a.start <= from && a.end >= to);
    const piece = text.slice(from, to);
    const targeted = target && target.start <= from && to <= target.end;
    if (!covering.length && !targeted) {
      nodes.push(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(covering.map((a) => `hl-${a.kind}`))];
    const span = el("span", { className: ["hl", ...kinds, targeted ? "hl-target" : ""].join(" ").trim(), text: piece });
    span.annotations = covering;
    nodes.push(span);
  }
  return nodes;
}

/** The tooltip's content for the items under the pointer. */
export function describe(items) {
  return items.map((a) =>
    el("div", { className: `tip tip-${a.kind}` }, el("dl", {}, ...a.fields.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]))),
  );
}
