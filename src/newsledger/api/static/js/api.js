// The JSON API, same origin only. Errors come back as {ok: false, error, status}.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    for (const one of Array.isArray(value) ? value : [value]) query.append(key, String(one));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export async function getJSON(path, params = {}) {
  const response = await fetch(apiUrl(path, params), { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`${path}: not JSON (HTTP ${response.status})`, response.status);
  }
  if (!response.ok || body.ok === false) throw new ApiError(body.error || `HTTP ${response.status}`, response.status);
  return body;
}

/** Every page of a list, following `next`, up to `cap` items; `truncated` says if more were left. */
export async function getAll(path, params = {}, cap = 10000) {
  const items = [];
  let cursor = null;
  do {
    const page = await getJSON(path, { ...params, limit: Math.min(5000, cap - items.length), cursor });
    items.push(...page.items);
    cursor = page.next;
  } while (cursor && items.length < cap);
  return { items, truncated: Boolean(cursor) };
}
