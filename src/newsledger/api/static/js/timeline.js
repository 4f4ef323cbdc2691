// The timeline: events per day (or week, or month) as stacked SVG bars by type; drag across it
// to choose a date range (the map then shows only those events), click a bar for its period.

import { slug } from "./dom.js";

const SVG = "http://www.w3.org/2000/svg";
const HEIGHT = 96;
const AXIS = 18;
const DAY = 86400000;

function svg(tag, attrs = {}, text = null) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== null) node.textContent = text;
  return node;
}

const toTime = (iso) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
const toIso = (time) => new Date(time).toISOString().slice(0, 10);

/** The bin a date falls in: its day, its week (from Monday) or its month, as [start, end) times. */
function binOf(time, size) {
  if (size === "day") return [time, time + DAY];
  if (size === "week") {
    const start = time - ((new Date(time).getUTCDay() + 6) % 7) * DAY;
    return [start, start + 7 * DAY];
  }
  const d = new Date(time);
  return [Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)];
}

function binSize(first, last) {
  const days = (last - first) / DAY;
  return days <= 200 ? "day" : days <= 1400 ? "week" : "month";
}

export function createTimeline(container, onBrush) {
  const root = svg("svg", { class: "timeline-svg", height: HEIGHT, role: "img", "aria-label": "Events per date" });
  container.replaceChildren(root);
  let scale = null;

  function draw(items, range) {
    root.replaceChildren();
    const width = Math.max(container.clientWidth, 320);
    root.setAttribute("width", width);
    root.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
    const dated = items.filter((i) => /^\d{4}-\d{2}-\d{2}/.test(i.date || ""));
    if (!dated.length) {
      root.append(svg("text", { x: 8, y: HEIGHT / 2, class: "timeline-empty" }, "No dated events to show."));
      scale = null;
      return;
    }
    const times = dated.map((i) => toTime(i.date));
    const size = binSize(Math.min(...times), Math.max(...times));
    const first = binOf(Math.min(...times), size)[0];
    const last = binOf(Math.max(...times), size)[1];
    const bins = new Map();
    for (const item of dated) {
      const [start, end] = binOf(toTime(item.date), size);
      const bin = bins.get(start) || { start, end, total: 0, types: new Map() };
      bin.total += item.events;
      bin.types.set(item.type, (bin.types.get(item.type) || 0) + item.events);
      bins.set(start, bin);
    }
    const peak = Math.max(...[...bins.values()].map((b) => b.total));
    const x = (time) => 4 + ((time - first) / (last - first)) * (width - 8);
    scale = { x, invert: (px) => first + ((px - 4) / (width - 8)) * (last - first), size, bins };
    const plot = HEIGHT - AXIS;
    for (const bin of bins.values()) {
      let top = plot;
      const group = svg("g", { class: "bin" });
      for (const [type, count] of bin.types) {
        const h = Math.max(1, (count / peak) * (plot - 6));
        top -= h;
        const w = Math.max(1, x(bin.end) - x(bin.start) - 1);
        group.append(svg("rect", { x: x(bin.start), y: top, width: w, height: h, class: `bar ev-${slug(type)}` }));
      }
      group.append(svg("title", {}, `${toIso(bin.start)}${size === "day" ? "" : ` (${size})`}: ${bin.total} events`));
      root.append(group);
    }
    root.append(svg("line", { x1: 0, x2: width, y1: plot + 0.5, y2: plot + 0.5, class: "axis" }));
    const ticks = new Map(); // one tick per date: a short range would show its last date twice
    for (const time of [last - 1, first, (first + last) / 2]) {
      const label = toIso(binOf(time, "day")[0]);
      if (!ticks.has(label)) ticks.set(label, time);
    }
    for (const [label, time] of ticks) {
      const anchor = time === first ? "start" : time === last - 1 ? "end" : "middle";
      root.append(svg("text", { x: x(time), y: HEIGHT - 4, "text-anchor": anchor, class: "tick" }, label));
    }
    if (range.since || range.until) {
      const from = range.since ? x(toTime(range.since)) : 0;
      const to = range.until ? x(toTime(range.until) + DAY) : width;
      root.append(svg("rect", { x: from, y: 0, width: Math.max(2, to - from), height: plot, class: "selection" }));
    }
    root.append(brushArea(width, plot));
  }

  function brushArea(width, plot) {
    const area = svg("rect", { x: 0, y: 0, width, height: plot, class: "brush-area" });
    let start = null;
    let band = null;
    area.addEventListener("pointerdown", (event) => {
      start = event.offsetX;
      area.setPointerCapture(event.pointerId);
      band = svg("rect", { x: start, y: 0, width: 1, height: plot, class: "brush" });
      root.insertBefore(band, area);
    });
    area.addEventListener("pointermove", (event) => {
      if (start === null || !band) return;
      band.setAttribute("x", Math.min(start, event.offsetX));
      band.setAttribute("width", Math.max(1, Math.abs(event.offsetX - start)));
    });
    area.addEventListener("pointerup", (event) => {
      if (start === null || !scale) return;
      const [a, b] = [Math.min(start, event.offsetX), Math.max(start, event.offsetX)];
      start = null;
      if (b - a < 3) {
        const [from, to] = binOf(Math.floor(scale.invert(a) / DAY) * DAY, scale.size);
        onBrush(toIso(from), toIso(to - DAY));
      } else {
        onBrush(toIso(Math.floor(scale.invert(a) / DAY) * DAY), toIso(Math.floor(scale.invert(b) / DAY) * DAY));
      }
    });
    return area;
  }

  return { draw };
}
