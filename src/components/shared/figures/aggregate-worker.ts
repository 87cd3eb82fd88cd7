import type * as AggregateModule from '../../../aggregate/aggregation.js';
import type { AggregateOptions } from '../../../aggregate/aggregate.js';
import { loadLanguage } from '../../../i18n/languages.js';
import type { AggregateResult } from '../../../schema/aggregate-result.js';

/**
 * Aggregation off the main thread. The same module runs twice: in the page,
 * where it is imported only to learn its own URL (so that the build needs no
 * worker plugin: the chunk's `import.meta.url` is where the worker loads it
 * from), and in a module worker, where it answers messages. The aggregation
 * code is imported in the worker alone, so the page does not evaluate it.
 * The worker fetches what the page's elements fetch: the aggregation alone
 * (not the API's entry, which brings every language and the synthetic
 * records), and the texts of a language other than Swedish only when a run
 * asks for it, before it runs (a rejection's reason, a question's label).
 *
 * Protocol: the page sends the records in slices (`{ id, records }`,
 * copied by the browser's structured clone), so that no single copy blocks
 * it; then `{ id, run: options[] }`. The worker answers `{ id, results }` or
 * `{ id, error }`.
 */
export const workerUrl = import.meta.url;

export type WorkerRequest = { id: number; records: unknown[] } | { id: number; run: AggregateOptions[] };
export type WorkerResponse = { id: number; results: AggregateResult[] } | { id: number; error: string };

interface Scope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

/** Answers requests on `scope`; the handler is in place at once, so no message is lost while `aggregation` loads. */
export function serve(scope: Scope, aggregation: Promise<typeof AggregateModule>): void {
  const received = new Map<number, unknown[][]>();
  scope.onmessage = ({ data }) => {
    if (!('run' in data)) {
      const slices = received.get(data.id) ?? [];
      slices.push(data.records);
      received.set(data.id, slices);
      return;
    }
    const records = (received.get(data.id) ?? []).flat();
    received.delete(data.id);
    // Asked once the aggregation is evaluated: a language is fetched for the areas evaluated so far.
    const languages = [...new Set(data.run.map((options) => options.locale ?? 'sv'))];
    aggregation
      .then(async (module) => {
        for (const lang of languages) await loadLanguage(lang);
        return module;
      })
      .then(({ aggregate }) => scope.postMessage({ id: data.id, results: data.run.map((options) => aggregate(records, options)) }))
      .catch((error: unknown) => scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) }));
  };
}

declare const WorkerGlobalScope: { new (): unknown } | undefined;
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  serve(self, import('../../../aggregate/aggregation.js'));
}
