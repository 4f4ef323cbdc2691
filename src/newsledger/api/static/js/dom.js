// Building the page from hostile data: every string goes in as text (textContent, text nodes,
// attribute values), never as markup: no HTML parsing of strings anywhere in the app.

const PROPS = new Set(["className", "title", "id", "type", "name", "value", "placeholder", "min", "max", "step", "checked", "disabled", "hidden", "htmlFor", "tabIndex"]);

/** el("a", {className: "x", href: url, text: "label", on: {click: f}, data: {k: v}}, ...children) */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === "text") node.textContent = String(value);
    else if (key === "on") for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    else if (key === "data") for (const [k, v] of Object.entries(value)) node.dataset[k] = String(v);
    else if (key === "href") {
      const safe = safeHref(value);
      if (safe) node.setAttribute("href", safe);
    } else if (key === "attrs") for (const [k, v] of Object.entries(value)) node.setAttribute(k, String(v));
    else if (PROPS.has(key)) node[key] = value;
    else throw new Error(`el: unknown property ${key}`);
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** In-app links (#...) and http(s) URLs only: no javascript:, data: or other schemes. */
export function safeHref(value) {
  const text = String(value);
  if (text.startsWith("#")) return text;
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Text with [start, end) ranges wrapped in <mark>, as nodes. */
export function marked(text, ranges, className = "") {
  const nodes = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > text.length || start >= end) continue;
    if (start > at) nodes.push(document.createTextNode(text.slice(at, start)));
    nodes.push(el("mark", { className, text: text.slice(start, end) }));
    at = end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

/** A CSS class fragment from any label: lower-case letters and dashes only. */
export function slug(text) {
  return String(text || "other").toLowerCase().replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "") || "other";
}

export const STANCE_LABEL = {
  neutral: "said",
  claim: "claimed",
  insist: "insisted",
  warn: "warned",
  deny: "denied",
  estimate: "estimated",
  report: "reported",
  belief: "believes",
};

export function stanceLabel(stance) {
  return STANCE_LABEL[stance] || stance || "—";
}

/** The cue as written ("insisting"), with its stance when the word does not say it ("told (claimed)"). */
export function cueLabel(cue, stance) {
  const label = stanceLabel(stance);
  if (!cue) return label;
  const same = !stance || stance === "neutral" || cue.toLowerCase().slice(0, 4) === label.slice(0, 4);
  return same ? cue : `${cue} (${label})`;
}

/** At most `size` characters, with an ellipsis. */
export function short(text, size = 70) {
  const value = String(text || "");
  return value.length > size ? `${value.slice(0, size - 1)}…` : value;
}

export function docLink(docId, extra = {}) {
  const params = new URLSearchParams({ doc: docId, ...extra });
  return `#article?${params}`;
}
