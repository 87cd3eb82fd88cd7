/**
 * Texts in other languages than Swedish, fetched when they are wanted. The
 * build (scripts/language-chunks.mjs) moves each message area's English into
 * a module of its own, which installs it in its area when it is evaluated:
 * - the entries of the API (the all-in-one entry, schema, aggregate, sql)
 *   import the English of every area they reach, so a page or a server that
 *   calls them has every language at once, as before;
 * - an element asks for the texts of its language before it renders
 *   (`loadLanguage()`, called by SamsynElement), which fetches the English
 *   of every area evaluated so far that does not have it;
 * - a part loaded on first use (`import()`) is handed over only once the
 *   languages elements asked for are there for its areas too
 *   (`withLanguages()`, which the build wraps around every `import()`).
 * - reading a file in fetches the English of the area whose headers it may
 *   use in either language (`loadLanguage('en', area)`).
 * Until its English arrives an area's `en` is undefined and `translate()`
 * falls back to Swedish. Run from the sources (tests, Storybook), every area
 * has both languages from the start and nothing here waits.
 */

type Loader = () => Promise<unknown>;

/** Per language, the areas evaluated so far whose texts in it have not been fetched, by the area's Swedish (`sv`). */
const pending = new Map<string, Map<unknown, Loader>>();
/** Languages an element has asked for. */
const wanted = new Set<string>();
/** Per language, the fetches under way: an element asking meanwhile waits for them too. */
const inFlight = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

/** Runs whenever an area's texts in another language arrived (the catalogs take them, a failed check is made again). Gives back what stops it. */
export function onLanguageLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For the build's areas: an area's texts from their values alone, in the order of the Swedish's keys. */
export function languageValues<T extends object>(sv: T, values: readonly unknown[]): T {
  return Object.fromEntries(Object.keys(sv).map((key, i) => [key, values[i]])) as T;
}

/** For the build's English modules: an area's English has been installed. */
export function languageLoaded(): void {
  for (const listener of listeners) listener();
}

/** For the build's area modules: `load` fetches (and installs) the area's texts in `lang`; `area` is its Swedish (`sv`), where it has one. */
export function languageArea(lang: string, load: Loader, area: unknown = load): void {
  const loaders = pending.get(lang) ?? new Map<unknown, Loader>();
  loaders.set(area, load);
  pending.set(lang, loaders);
}

/**
 * Fetches the texts in `lang` of every area evaluated so far that does not
 * have them yet, and marks `lang` wanted for the parts loaded later.
 * Undefined when there is nothing to fetch or to wait for. Never rejects: a
 * text that cannot be fetched (offline, a path that does not match) is shown
 * in Swedish, and the next element asking tries again.
 *
 * With `area` (an area's Swedish, `sv`), the texts of that area alone, when
 * it has been evaluated, and `lang` is not wanted for anything else: a file
 * read in on a page in Swedish may use the plan's English headers.
 */
export function loadLanguage(lang: string, area?: object): Promise<void> | undefined {
  if (!area) wanted.add(lang);
  const loaders = pending.get(lang);
  const fetching = [...(loaders ?? [])].filter(([key]) => !area || key === area);
  if (!fetching.length) return inFlight.get(lang);
  const fetched = Promise.all(
    fetching.map(([key, load]) => {
      loaders!.delete(key);
      return load().catch(() => languageArea(lang, load, key));
    }),
  );
  const all: Promise<void> = Promise.all([inFlight.get(lang), fetched]).then(() => {
    if (inFlight.get(lang) === all) inFlight.delete(lang);
  });
  inFlight.set(lang, all);
  return all;
}

/** For the build: `module` once the languages elements asked for are there for the areas it brought. */
export function withLanguages<T>(module: Promise<T>): Promise<T> {
  return module.then((m) => {
    const texts = [...wanted].map((lang) => loadLanguage(lang)).filter((t): t is Promise<void> => t !== undefined);
    return texts.length ? Promise.all(texts).then(() => m) : m;
  });
}
