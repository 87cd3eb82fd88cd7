import type { ReactiveController } from 'lit';
import type { AggregateResult } from '../../schema/aggregate-result.js';
import { LINKED_BREAKDOWNS } from '../../aggregate/linked.js';
import type * as AggregateRecordsModule from './figures/aggregate-records.js';
import type { AggregateRecordsOptions } from './figures/aggregate-records.js';
import type { Checked } from './input.js';
import { isMarkedValid, markValid, rejectionReason } from './results.js';
import type { InputProblem } from './samsyn-element.js';

/** The words of an element's problems with its figures, read when shown so that they follow the page's language. */
export interface FiguresWords {
  /** A result that does not pass the schema. */
  invalidResult(): string;
  /** One field of such a result; without it, the schema's own message. */
  invalidField?(path: string): string;
  /** Records that are not a list. */
  notList(): string;
  /** Records the aggregation refused (an unknown `by`, a broken definition); its own message follows as an issue. */
  invalidRecords(): string;
  /** A breakdown that may not be published from records; without it, `invalidRecords`. */
  byNotLinked?(by: string): string;
  /** Not one of `count` records could be read; `reason` is the main one. */
  allRejected(count: number, reason: string): string;
  /** `count` records could not be read: the figures stand without them. */
  someRejected(count: number): string;
  /** A part the figures need could not be fetched. */
  loadFailed(): string;
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

/** How a run ended. */
type Outcome<F> = { figures: F; warning: (() => InputProblem) | undefined } | { problem: () => InputProblem };

/**
 * The figures of an element that shows aggregated results (the chart, the
 * report, the SIP overview): given a precomputed result or records, it checks
 * the result or aggregates the records (in a worker when there are many, see
 * `aggregateRecords`; its code fetched on first use), and applies one policy
 * to what the page handed over. Records that are not a list, a result that
 * fails the schema, an aggregation that fails, a breakdown that may not be
 * published, or records of which not one could be read are a `problem` (no
 * zeros passed off as an empty inventory); when only some could not be read
 * the figures stand and the page is told (`warn`). A result that needs no
 * waiting is there at once; otherwise the host's `updateComplete` waits for
 * it, the last figures stay until it comes, and a run overtaken by a newer
 * input is dropped.
 */
export class FiguresController<F, M = undefined> implements ReactiveController {
  /** The figures of the last run that gave any. */
  figures: F | undefined;
  /** Whether figures are on their way. */
  computing = false;
  private failed: (() => InputProblem) | undefined;
  private generation = 0;
  private release: (() => void) | undefined;

  constructor(
    private readonly host: FiguresHost,
    private readonly options: FiguresOptions<M>,
  ) {
    host.addController?.(this);
  }

  hostConnected(): void {}

  /** Why the figures cannot be shown, in the element's language of the moment. */
  get problem(): InputProblem | undefined {
    return this.failed?.();
  }

  /** No figures and no problem; a run still on its way is dropped. */
  clear(): void {
    this.drop();
    this.computing = false;
    this.apply(undefined);
  }

  /** Works out the figures of new inputs; without `result` and `records`, there are none. */
  set(input: FiguresInput<F, M>): void {
    this.drop();
    const generation = this.generation;
    const outcome = this.run(input);
    if (!(outcome instanceof Promise)) {
      this.computing = false;
      return this.apply(outcome);
    }
    this.computing = true;
    // The host waits for this run until it ends or a newer input drops it, not for work no one will see.
    const dropped = new Promise<void>((resolve) => (this.release = resolve));
    const ended = outcome.then((last) => {
      if (generation !== this.generation) return;
      this.release = undefined;
      this.computing = false;
      this.apply(last);
      this.options.arrived?.();
      this.host.requestUpdate();
    });
    void this.options.track(Promise.race([ended, dropped]));
  }

  /** Drops the run on its way, if any: its outcome is not applied, and the host no longer waits for it. */
  private drop(): void {
    this.generation++;
    this.release?.();
    this.release = undefined;
  }

  private apply(outcome: Outcome<F> | undefined): void {
    if (!outcome) {
      this.figures = undefined;
      this.failed = undefined;
    } else if ('problem' in outcome) {
      this.figures = undefined;
      this.failed = outcome.problem;
    } else {
      this.figures = outcome.figures;
      this.failed = undefined;
      if (outcome.warning) this.options.warn(outcome.warning());
    }
  }

  /** The outcome of `input`: at once when nothing has to be fetched or computed, else a promise that never rejects. */
  private run(input: FiguresInput<F, M>): Outcome<F> | undefined | Promise<Outcome<F>> {
    const { result, records } = input;
    if (result == null && records == null) return undefined;
    let outcome: Outcome<F> | Promise<Outcome<F>>;
    try {
      if (result == null) {
        const list = this.list(records, 'records');
        outcome = this.loaded().then(async (loaded) => this.derived(input, await this.aggregated(list, input.options ?? [{}], 'records'), loaded, true));
      } else {
        const property = input.resultProperty ?? 'result';
        const fromResult = (loaded: M) => then(this.checked(result, property, loaded), (checked) => this.derived(input, [checked], loaded, false));
        // Without a part to fetch, a result already checked (or checked at once) is shown in the same update.
        outcome = this.options.load ? this.loaded().then(fromResult) : fromResult(undefined as M);
      }
    } catch (error) {
      return this.failure(error);
    }
    return outcome instanceof Promise ? outcome.catch((error: unknown) => this.failure(error)) : outcome;
  }

  /** A run that threw: its problem, or for anything unforeseen the records that could not be counted. */
  private failure(error: unknown): Outcome<never> {
    if (error instanceof FiguresProblem) return { problem: error.problem };
    const issues = error instanceof Error && error.message ? [{ path: [], message: error.message }] : [];
    return { problem: () => ({ reason: 'invalid-value', property: 'records', message: this.options.words.invalidRecords(), issues }) };
  }

  /** The part `load` names, fetched; a failed fetch is a problem. */
  private loaded(): Promise<M> {
    const { load } = this.options;
    return load ? load().catch(() => Promise.reject(this.loadFailed('records'))) : Promise.resolve(undefined as M);
  }

  private loadFailed(property: string): FiguresProblem {
    return new FiguresProblem(() => ({ reason: 'load-failed', property, message: this.options.words.loadFailed() }));
  }

  /** The figures derived from `results`, with a note for the page when records it handed over were left out. */
  private derived(input: FiguresInput<F, M>, results: AggregateResult[], loaded: M, fromRecords: boolean): Outcome<F> | Promise<Outcome<F>> {
    const figures = input.derive(results, this.runFor(loaded), loaded);
    const rejected = fromRecords ? results[0].rejected.count : 0;
    const warning: (() => InputProblem) | undefined = rejected
      ? () => ({ reason: 'records-rejected', property: 'records', message: this.options.words.someRejected(rejected) })
      : undefined;
    return figures instanceof Promise ? figures.then((ready) => ({ figures: ready, warning })) : { figures, warning };
  }

  private runFor(loaded: M): FiguresRun {
    return {
      aggregate: async (records, options, property) => (await this.aggregated(this.list(records, property), [options], property))[0],
      check: async (value, property) => this.checked(value, property, loaded),
    };
  }

  /** Records must come as a list; anything else (a string of JSON, a number) is a mistake of the page, not an empty inventory. */
  private list(records: unknown, property: string): readonly unknown[] {
    if (Array.isArray(records)) return records;
    throw new FiguresProblem(() => ({ reason: 'invalid-value', property, message: this.options.words.notList() }));
  }

  /** A result that passed the schema (marked, so that every chart given it shows it at once); at once when the check is. */
  private checked(value: unknown, property: string, loaded: M): AggregateResult | Promise<AggregateResult> {
    if (isMarkedValid(value as object)) return value as AggregateResult;
    const checking = this.options.check(value, loaded);
    if (!(checking instanceof Promise)) return this.passed(value, checking, property);
    return checking.then(
      (checked) => this.passed(value, checked, property),
      () => Promise.reject(this.loadFailed(property)),
    );
  }

  /** The result as the page gave it (the same object, not the schema's copy), once it passed. */
  private passed(value: unknown, checked: Checked<AggregateResult>, property: string): AggregateResult {
    if (!checked.success) {
      const { issues } = checked.error;
      const { words } = this.options;
      throw new FiguresProblem(() => ({
        reason: 'invalid-value',
        property,
        message: words.invalidResult(),
        issues: issues.map((i) => ({ path: i.path, message: words.invalidField ? words.invalidField(i.path.join('.') || '–') : i.message })),
      }));
    }
    markValid(value as AggregateResult);
    return value as AggregateResult;
  }

  /**
   * The records aggregated once per option set, under the policy: a failed aggregation, not one
   * record read, or a breakdown that may not be published from records is a problem.
   */
  private async aggregated(records: readonly unknown[], options: readonly AggregateRecordsOptions[], property: string): Promise<AggregateResult[]> {
    const { words } = this.options;
    let aggregateRecords: typeof AggregateRecordsModule.aggregateRecords;
    try {
      ({ aggregateRecords } = await import('./figures/aggregate-records.js'));
    } catch {
      throw this.loadFailed(property);
    }
    let results: AggregateResult[];
    try {
      results = await aggregateRecords(records, options);
    } catch (error) {
      const issues = error instanceof Error && error.message ? [{ path: [], message: error.message }] : [];
      throw new FiguresProblem(() => ({ reason: 'invalid-value', property, message: words.invalidRecords(), issues }));
    }
    for (const result of results) {
      const { rejected, by } = result;
      if (records.length > 0 && rejected.count >= records.length) {
        // Nothing could be read: zeros would pass for an empty inventory, so say what went wrong instead.
        throw new FiguresProblem(() => ({ reason: 'records-rejected', property, message: words.allRejected(rejected.count, rejectionReason(rejected)) }));
      }
      if (by && !LINKED_BREAKDOWNS.includes(by)) {
        // Only the breakdowns protected together may be published from records (SECURITY.md).
        throw new FiguresProblem(() => ({ reason: 'invalid-value', property: 'by', message: words.byNotLinked?.(by) ?? words.invalidRecords() }));
      }
      markValid(result);
    }
    return results;
  }
}


/** `f` of `value`, at once unless `value` is on its way. */
function then<T, U>(value: T | Promise<T>, f: (ready: T) => U | Promise<U>): U | Promise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}
