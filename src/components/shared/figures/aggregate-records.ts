import type { AggregateOptions } from '../../../aggregate/aggregate.js';
import type { AggregateResult, Population } from '../../../schema/aggregate-result.js';
import type { Definition } from '../../../schema/questionnaire.js';
import type { Locale } from '../../../schema/locale.js';
import type { WorkerResponse } from './aggregate-worker.js';
import type * as Aggregation from '../../../aggregate/aggregation.js';
import { preloadFiguresRun } from '../figures.js';

export interface AggregateRecordsOptions {
  definition?: Definition | undefined;
  by?: string | undefined;
  population?: Population | undefined;
  minCount?: number | undefined;
  period?: string | undefined;
  locale?: Locale;
}

/** From this many records the work moves to a worker: below it, one pass takes a few tens of milliseconds. */
export const WORKER_THRESHOLD = 10_000;
/** Records per message to the worker at first; then as many as the browser copies in about `SLICE_MS`. */
const SLICE = 1_000;
const SLICE_MS = 8;
/**
 * At most this many records per message, however quick the last copy was: on
 * a busy machine a copy can take several times what the one before it took
 * (the thread is descheduled, the collector runs), and a bounded slice bounds
 * that task too. 1,000,000 records are 50 messages or more.
 */
const MAX_SLICE = 20_000;

class WorkerUnavailable extends Error {}

/**
 * Aggregates records with `samsyn/aggregate` once per set of options. The
 * aggregation code is fetched with import() the first time, so a page that
 * hands the elements precomputed results never downloads it. Many records
 * are aggregated in a module worker, handed over as the browser copies
 * objects between threads (a structured clone, no JSON written and read
 * back), in slices sized so that each copy takes a few milliseconds, with
 * the page free to paint and take input between them: a million records
 * never hold the page for long. Where workers are not allowed
 * (a strict Content-Security-Policy, a cross-origin script), it runs here.
 * Throws the aggregation's own Error for unusable options (an unknown `by`).
 */
export async function aggregateRecords(
  records: readonly unknown[],
  optionsList: readonly AggregateRecordsOptions[],
  { threshold = WORKER_THRESHOLD }: { threshold?: number } = {},
): Promise<AggregateResult[]> {
  const options = optionsList.map(withoutUndefined);
  if (records.length >= threshold && typeof Worker !== 'undefined') {
    try {
      return await inWorker(records, options);
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  const { aggregate } = aggregation ?? (await loadAggregation());
  return options.map((o) => aggregate(records, o));
}

/** The aggregation code, once it has arrived: used at once rather than through another import(), which would wait a task. */
let aggregation: typeof Aggregation | undefined;
let loadingAggregation: Promise<typeof Aggregation> | undefined;

function loadAggregation(): Promise<typeof Aggregation> {
  // A failed fetch is tried again by the next count, which reports it if it fails again.
  loadingAggregation ??= import('../../../aggregate/aggregation.js').then(
    (module) => (aggregation = module),
    (error: unknown) => {
      loadingAggregation = undefined;
      throw error;
    },
  );
  return loadingAggregation;
}

/**
 * Starts fetching the aggregation code now, for an element that will aggregate records: it arrives
 * while the page makes or fetches them, with the code that works out an element's figures
 * (`figures-run.ts`). A failure waits for the aggregation itself, which reports it.
 */
export function preloadAggregation(): void {
  loadAggregation().catch(() => undefined);
  preloadFiguresRun();
}

async function inWorker(records: readonly unknown[], options: AggregateOptions[]): Promise<AggregateResult[]> {
  const { workerUrl } = await import('./aggregate-worker.js');
  let worker: Worker;
  try {
    worker = new Worker(trustedWorkerUrl(workerUrl), { type: 'module' });
  } catch {
    throw new WorkerUnavailable();
  }
  try {
    const answer = new Promise<WorkerResponse>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<WorkerResponse>) => resolve(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        reject(new WorkerUnavailable());
      };
      worker.onmessageerror = () => reject(new WorkerUnavailable());
    });
    // A worker the page refuses fails while the records are still being sent, before anything awaits the answer:
    // the failure is handled below (the records are counted here), so it must not reach the page as unhandled.
    answer.catch(() => undefined);
    const id = 1;
    let size = SLICE;
    for (let start = 0; start < records.length; ) {
      const slice = records.slice(start, start + size);
      const began = performance.now();
      try {
        worker.postMessage({ id, records: slice });
      } catch {
        // A record the structured clone cannot copy (a function, a DOM node): let the main thread reject it.
        throw new WorkerUnavailable();
      }
      start += slice.length;
      // Keep each copy near SLICE_MS, whatever the records and the machine.
      const took = performance.now() - began;
      // At most twice the last slice: one quick copy (a warm cache, a quiet moment) must not make the next one a long task.
      size = Math.max(SLICE, Math.min(MAX_SLICE, slice.length * 2, Math.round((slice.length * SLICE_MS) / Math.max(took, 0.5))));
      await nextTask();
    }
    worker.postMessage({ id, run: options });
    const response = await answer;
    if ('error' in response) throw new Error(response.error);
    return response.results;
  } finally {
    worker.terminate();
  }
}

// The DOM typings know no Trusted Types; a TrustedScriptURL goes wherever `new Worker()` takes a string.
interface ScriptUrlPolicy {
  createScriptURL(url: string): string;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

let workerPolicy: ScriptUrlPolicy | null | undefined;
/** The one URL the policy vouches for; module state, so that the policy's rule holds on to nothing else. */
let allowedWorkerUrl = '';

/**
 * The policy's rule, at module level: a closure made inside a call would keep
 * that call's scope (its records) alive for as long as the policy lives,
 * which is as long as the page.
 */
const workerRules = {
  createScriptURL: (candidate: string): string => {
    if (candidate !== allowedWorkerUrl || new URL(candidate).origin !== globalThis.location.origin) {
      throw new TypeError('samsyn: only the aggregation worker may be loaded');
    }
    return candidate;
  },
};

/**
 * The worker's URL as a TrustedScriptURL where the page enforces Trusted
 * Types (`require-trusted-types-for 'script'`), which refuses a plain string
 * for `new Worker()`. The policy, named `samsyn` (a portal's `trusted-types`
 * allow-list must name it), is created once and vouches for this one URL,
 * which this module computed itself, and nothing else. Where the policy
 * cannot be created (the allow-list leaves it out), the string goes as it is:
 * the page then refuses the worker and the records are aggregated here.
 */
function trustedWorkerUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  allowedWorkerUrl = url;
  if (workerPolicy === undefined) {
    try {
      workerPolicy = factory.createPolicy('samsyn', workerRules);
    } catch {
      workerPolicy = null;
    }
  }
  return workerPolicy ? workerPolicy.createScriptURL(url) : url;
}

/** Lets the page handle input and paint before going on; a message, not a timer, so no 4 ms clamp. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function withoutUndefined(options: AggregateRecordsOptions): AggregateOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}
