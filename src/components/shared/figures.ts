import type { ReactiveController } from 'lit';
import type { AggregateResult } from '../../schema/aggregate-result.js';
import type { AggregateRecordsOptions } from './figures/aggregate-records.js';
import type * as Run from './figures/figures-run.js';
import type { Checked } from './input.js';
import type { InputProblem } from './samsyn-element.js';

/** The words of an element's problems with its figures, read when shown so that they follow the page's language. */
export interface FiguresWords {
  /** A result that does not pass the schema. */
  invalidResult: () => string;
  /** One field of such a result; without it, the schema's own message. */
  invalidField?: (path: string) => string;
  /** Records that are not a list; without it, `invalidResult`. */
  notList?: () => string;
  /** Records the aggregation refused (an unknown `by`, a broken definition), its own message as an issue; without it, `invalidResult`. */
  invalidRecords?: () => string;
  /** A breakdown that may not be published from records; without it, `invalidRecords`. */
  byNotLinked?: (by: string) => string;
  /** Not one of `count` records could be read; `reason` is the main one. */
  allRejected: (count: number, reason: string) => string;
  /** `count` records could not be read: the figures stand without them. */
  someRejected: (count: number) => string;
  /** A part the figures need could not be fetched. */
  loadFailed: () => string;
}

/** What a figures element hands the controller when its inputs change. */
export interface FiguresInput<F, M> {
  /** A precomputed aggregated result: checked with the schema (once: see `markValid`), taken before `records`. */
  result?: unknown;
  /** The property `result` came from, which names its problem (default `result`). */
  resultProperty?: string;
  /** Records to aggregate, once per set of `options`: a list, or a problem. */
  records?: unknown;
  /** The option sets to aggregate `records` with: a result each (default one set, the aggregation's defaults). */
  options?: readonly AggregateRecordsOptions[];
  /**
   * The figures shown, from the results: the given result alone, or one per option set. It may
   * throw (or reject with) a `FiguresProblem` for another input that cannot be used.
   */
  derive(results: AggregateResult[], run: FiguresRun, loaded: M): F | Promise<F>;
}

/** What `derive` may do with another input of the element (an earlier inventory) under the same policy. */
export interface FiguresRun {
  /** Records aggregated as the element's own are, their problems named after `property`. */
  aggregate(records: unknown, options: AggregateRecordsOptions, property: string): Promise<AggregateResult>;
  /** A result checked as the element's own is, its problems named after `property`. */
  check(value: unknown, property: string): Promise<AggregateResult>;
}

export interface FiguresOptions<M> {
  /** The host's `track()`: its `updateComplete` waits for figures on their way. */
  track: <R>(work: Promise<R>) => Promise<R>;
  words: FiguresWords;
  /**
   * Checks a result with the schema (zod's `safeParse` shape); a promise where the schema is fetched
   * on first use, and when that promise rejects the problem is a `load-failed` one.
   */
  check: (value: unknown, loaded: M) => Checked<AggregateResult> | Promise<Checked<AggregateResult>>;
  /** A part `check` and `derive` need, fetched with the figures (a failed fetch is a `load-failed` problem). */
  load?: () => Promise<M>;
  /** Tells the page of a problem that leaves the figures standing: some records could not be read. */
  warn: (problem: InputProblem) => void;
  /** Called when figures or a problem that had to wait have arrived, before the host updates. */
  arrived?: () => void;
}

/** The controller's host: a Lit element, or what a part of one sees of it. */
export interface FiguresHost {
  requestUpdate(): void;
  addController?(controller: ReactiveController): void;
}

/** An input that cannot be used, thrown by `derive` (or the controller itself): its problem, worded when shown. */
export class FiguresProblem extends Error {
  constructor(readonly problem: () => InputProblem) {
    super('figures problem');
  }
}

/** How a run ended: its figures (and a note for the page), or its problem. */
export type Outcome<F> = { figures: F; warning: (() => InputProblem) | undefined } | { problem: () => InputProblem };

/** How figures are worked out, fetched with the first figures that have to be (see `figures-run.ts`). */
let run: typeof Run | undefined;

/** How figures are worked out, once it has arrived (then kept, for the next figures to start at once). */
const loadRun = (): Promise<typeof Run> => import('./figures/figures-run.js').then((module) => (run ??= module));

/**
 * Fetches how figures are worked out now, for an element that will work some out (the report, when it is
 * defined). Once it is here, the first figures start in the same turn as their input, not one turn later:
 * an import() of a module already loaded still resolves in a later task, after a frame the page did not need.
 */
export function preloadFiguresRun(): void {
  loadRun().catch(() => undefined);
}

/**
 * The figures of an element that shows aggregated results (the chart, the
 * report, the SIP overview): given a precomputed result or records, it checks
 * the result or aggregates the records (in a worker when there are many, see
 * `aggregateRecords`), and applies one policy to what the page handed over.
 * Records that are not a list, a result that fails the schema, an
 * aggregation that fails, a breakdown that may not be published, or records
 * of which not one could be read are a `problem` (no zeros passed off as an
 * empty inventory); when only some could not be read the figures stand and
 * the page is told (`warn`). The code that does it is fetched on first use;
 * once it is here, a result that needs no waiting (already checked, or
 * checked at once) is shown in the same update. Otherwise the host's
 * `updateComplete` waits for the figures, the last ones stay until they
 * come, and a run overtaken by a newer input is dropped and no longer waited
 * for.
 */
export class FiguresController<F, M = undefined> implements ReactiveController {
  /** The figures of the last run that gave any. */
  figures: F | undefined;
  private failed: (() => InputProblem) | undefined;
  private generation = 0;
  /** Ends the host's wait for the run on its way, if there is one. */
  private release: (() => void) | undefined;

  constructor(
    private readonly host: FiguresHost,
    private readonly options: FiguresOptions<M>,
  ) {
    host.addController?.(this);
  }

  hostConnected(): void {}

  /** Whether figures are on their way. */
  get computing(): boolean {
    return !!this.release;
  }

  /** Why the figures cannot be shown, in the element's language of the moment. */
  get problem(): InputProblem | undefined {
    return this.failed?.();
  }

  /** No figures and no problem; a run still on its way is dropped. */
  clear(): void {
    this.drop();
    this.apply(undefined);
  }

  /** Works out the figures of new inputs; without `result` and `records`, there are none. Until they come, the last ones stay. */
  set(input: FiguresInput<F, M>): void {
    if (input.result == null && input.records == null) return this.clear();
    this.drop();
    const { options } = this;
    const outcome = run
      ? run.figuresOf(input, options)
      : loadRun().then(
          (module) => module.figuresOf(input, options),
          (): Outcome<F> => ({ problem: () => ({ reason: 'load-failed', property: 'records', message: options.words.loadFailed() }) }),
        );
    if (!(outcome instanceof Promise)) return this.apply(outcome);
    const generation = this.generation;
    // The host waits for this run until it ends or a newer input drops it, not for work no one will see.
    const dropped = new Promise<void>((resolve) => (this.release = resolve));
    const ended = outcome.then((last) => {
      if (generation !== this.generation) return;
      this.release = undefined;
      this.apply(last);
      options.arrived?.();
      this.host.requestUpdate();
    });
    void options.track(Promise.race([ended, dropped]));
  }

  /** Drops the run on its way, if any: what it gives is not applied, and the host no longer waits for it. */
  private drop(): void {
    this.generation++;
    this.release?.();
    this.release = undefined;
  }

  private apply(outcome: Outcome<F> | undefined): void {
    this.figures = outcome && 'figures' in outcome ? outcome.figures : undefined;
    this.failed = outcome && 'problem' in outcome ? outcome.problem : undefined;
    if (outcome && 'warning' in outcome && outcome.warning) this.options.warn(outcome.warning());
  }
}
