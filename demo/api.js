// The portal's calls to samsyn-server. The demo signs in with the public demo
// tokens (tokens.json, one per role); a real portal's sign-in (SAML or OIDC at
// its reverse proxy) gives each person a token of their own kommun and role.
const access = fetch('tokens.json').then((r) => r.json());

/** The demo token of Norrviks kommun for `role` (caseworker, analyst, admin). */
const tokenFor = async (role) => (await access).tokens.find((t) => t.kommun === 'norrvik' && t.role === role).token;

/**
 * Calls the API as `role`; resolves with `{ ok, status, body }`, the body
 * parsed when it is JSON. A network failure resolves with status 0 and never throws.
 */
export async function api(path, { role, method = 'GET', json, body, headers = {} } = {}) {
  try {
    const h = {
      authorization: `Bearer ${await tokenFor(role)}`,
      'accept-language': document.documentElement.lang === 'en' ? 'en' : 'sv',
      ...headers,
    };
    if (json !== undefined) h['content-type'] = 'application/json';
    const response = await fetch(path, { method, headers: h, body: json !== undefined ? JSON.stringify(json) : body });
    const type = response.headers.get('content-type') ?? '';
    const data = type.includes('json') ? await response.json() : await response.blob();
    return { ok: response.ok, status: response.status, body: data };
  } catch {
    return { ok: false, status: 0, body: null };
  }
}

/** The current year: the period the demo submits to and reports on. */
export const period = String(new Date().getFullYear());

/** A text in both languages, the portal's stylesheet showing the page's. */
export function bilingual(tag, sv, en, attrs = {}) {
  const el = document.createElement(tag);
  Object.assign(el, attrs);
  for (const [lang, text] of [['sv', sv], ['en', en]]) {
    const span = document.createElement('span');
    span.dataset.lang = lang;
    span.textContent = text;
    el.append(span);
  }
  return el;
}

/** The text of a localised name `{ sv, en }` (or a plain string) in `lang`. */
export const nameIn = (name, lang) => (typeof name === 'string' ? name : name?.[lang] ?? name?.sv ?? '');
