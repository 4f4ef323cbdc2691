// The view and its filters live in the URL hash (#view?key=value&...), so any view can be shared.

export function current() {
  const hash = window.location.hash.replace(/^#/, "");
  const [view, query = ""] = hash.split("?", 2);
  return { view: view || "map", params: new URLSearchParams(query) };
}

export function href(view, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "" || value === false) continue;
    for (const one of Array.isArray(value) ? value : [value]) query.append(key, String(one));
  }
  const text = query.toString();
  return `#${view}${text ? `?${text}` : ""}`;
}

export function go(view, params = {}) {
  window.location.hash = href(view, params);
}

/** Change some parameters of the current view; `quiet` rewrites the URL without re-rendering. */
export function update(changes, { quiet = false } = {}) {
  const { view, params } = current();
  const next = Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k)]));
  for (const [key, value] of Object.entries(changes)) next[key] = value;
  const target = href(view, next);
  if (quiet) window.history.replaceState(null, "", target);
  else window.location.hash = target;
}

export function formParams(form) {
  const out = {};
  for (const [key, value] of new FormData(form).entries()) if (String(value).trim()) out[key] = String(value).trim();
  return out;
}
