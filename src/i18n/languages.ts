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
 * Until its English arrives an area's `en` is undefined and `translate()`
 * falls back to Swedish. Run from the sources (tests, Storybook), every area
 * has both languages from the start and nothing here waits.
 */

type Loader = () => Promise<unknown>;

/** Per language, the areas evaluated so far whose texts in it have not been fetched. */
const pending = new Map<string, Set<Loader>>();
/** Languages an element has asked for. */
const wanted = new Set<string>();
/** Per language, the fetches under way: an element asking meanwhile waits for them too. */
const inFlight = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

/** Runs whenever an area's texts in another language arrived (the catalogs take them). */
export function onLanguageLoaded(listener: () => void): void {
  listeners.add(listener);
}

/** For the build's areas: an area's texts from their values alone, in the order of the Swedish's keys. */
export function languageValues<T extends object>(sv: T, values: readonly unknown[]): T {
  return Object.fromEntries(Object.keys(sv).map((key, i) => [key, values[i]])) as T;
}

/** For the build's English modules: an area's English has been installed. */
export function languageLoaded(): void {
  for (const listener of listeners) listener();
}

/** For the build's area modules: `load` fetches (and installs) the area's texts in `lang`. */
export function languageArea(lang: string, load: Loader): void {
  const loaders = pending.get(lang) ?? new Set<Loader>();
  loaders.add(load);
  pending.set(lang, loaders);
}

/**
 * Fetches the texts in `lang` of every area evaluated so far that does not
 * have them yet, and marks `lang` wanted for the parts loaded later.
 * Undefined when there is nothing to fetch or to wait for. Never rejects: a
 * text that cannot be fetched (offline, a path that does not match) is shown
 * in Swedish, and the next element asking tries again.
 */
export function loadLanguage(lang: string): Promise<void> | undefined {
  wanted.add(lang);
  const loaders = pending.get(lang);
  if (!loaders?.size) return inFlight.get(lang);
  pending.delete(lang);
  const fetched = Promise.all(
    [...loaders].map((load) =>
      load().catch(() => {
        const again = pending.get(lang) ?? new Set<Loader>();
        again.add(load);
        pending.set(lang, again);
      }),
    ),
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
    const texts = [...wanted].map(loadLanguage).filter((t): t is Promise<void> => t !== undefined);
    return texts.length ? Promise.all(texts).then(() => m) : m;
  });
}
