import type { AggregateResult } from '../../../schema/aggregate-result.js';
import { LINKED_BREAKDOWNS } from '../../../aggregate/linked.js';
import { FiguresProblem, type FiguresInput, type FiguresOptions, type FiguresRun, type Outcome } from '../figures.js';
import type { Checked } from '../input.js';
import { isMarkedValid, markValid, rejectionReason } from '../results.js';
import type { InputProblem } from '../samsyn-element.js';
import { aggregateRecords, type AggregateRecordsOptions } from './aggregate-records.js';

/*
 * How `FiguresController` works out figures, and the one policy it holds
 * every figures element to. Fetched with the first figures an element has
 * to work out (a report starts fetching it when it is defined), so that the
 * controller itself costs a page little.
 */

/**
 * The outcome of `input`: at once when nothing has to be fetched or
 * computed (a result already checked, or checked at once, and figures derived
 * at once), else a promise that never rejects.
 */
export function figuresOf<F, M>(input: FiguresInput<F, M>, options: FiguresOptions<M>): Outcome<F> | Promise<Outcome<F>> {
  const { words } = options;
  const notList = words.notList ?? words.invalidResult;
  const invalidRecords = words.invalidRecords ?? words.invalidResult;
  const problem = (reason: InputProblem['reason'], property: string, message: () => string, issues?: InputProblem['issues']) =>
    new FiguresProblem(() => ({ reason, property, message: message(), issues }));
  const loadFailed = (property: string) => problem('load-failed', property, words.loadFailed);

  /** Records must come as a list; anything else (a string of JSON, a number) is a mistake of the page, not an empty inventory. */
  const list = (records: unknown, property: string): readonly unknown[] => {
    if (Array.isArray(records)) return records;
    throw problem('invalid-value', property, notList);
  };

  /** The result as the page gave it (the same object, not the schema's copy), marked so that every chart given it shows it at once. */
  const passed = (value: unknown, checked: Checked<AggregateResult>, property: string): AggregateResult => {
    if (!checked.success) {
      const issues = checked.error.issues.map((i) => ({ path: i.path, message: words.invalidField ? words.invalidField(i.path.join('.') || '–') : i.message }));
      throw problem('invalid-value', property, words.invalidResult, issues);
    }
    markValid(value as AggregateResult);
    return value as AggregateResult;
  };

  const checked = (value: unknown, property: string, loaded: M): AggregateResult | Promise<AggregateResult> => {
    if (isMarkedValid(value as object)) return value as AggregateResult;
    const checking = options.check(value, loaded);
    if (!(checking instanceof Promise)) return passed(value, checking, property);
    // A check that cannot run is a schema that could not be fetched.
    return checking.then((c) => passed(value, c, property), () => Promise.reject(loadFailed(property)));
  };

  /**
   * The records aggregated once per option set, under the policy: a failed aggregation, not one
   * record read, or a breakdown that may not be published from records is a problem.
   */
  const aggregated = async (records: readonly unknown[], sets: readonly AggregateRecordsOptions[], property: string): Promise<AggregateResult[]> => {
    let results: AggregateResult[];
    try {
      results = await aggregateRecords(records, sets);
    } catch (error) {
      throw problem('invalid-value', property, invalidRecords, issuesOf(error));
    }
    for (const result of results) {
      const { rejected, by } = result;
      if (records.length > 0 && rejected.count >= records.length) {
        // Nothing could be read: zeros would pass for an empty inventory, so say what went wrong instead.
        throw problem('records-rejected', property, () => words.allRejected(rejected.count, rejectionReason(rejected)));
      }
      if (by && !LINKED_BREAKDOWNS.includes(by)) {
        // Only the breakdowns protected together may be published from records (SECURITY.md).
        throw problem('invalid-value', 'by', () => words.byNotLinked?.(by) ?? invalidRecords());
      }
      markValid(result);
    }
    return results;
  };

  /** The figures derived from `results`, with a note for the page when records it handed over were left out. */
  const derived = (results: AggregateResult[], loaded: M, fromRecords: boolean): Outcome<F> | Promise<Outcome<F>> => {
    const run: FiguresRun = {
      aggregate: async (records, set, property) => (await aggregated(list(records, property), [set], property))[0],
      check: async (value, property) => checked(value, property, loaded),
    };
    const figures = input.derive(results, run, loaded);
    const rejected = fromRecords ? results[0].rejected.count : 0;
    const warning: (() => InputProblem) | undefined = rejected
      ? () => ({ reason: 'records-rejected', property: 'records', message: words.someRejected(rejected) })
      : undefined;
    return figures instanceof Promise ? figures.then((ready) => ({ figures: ready, warning })) : { figures, warning };
  };

  const loaded = (): Promise<M> => (options.load ? options.load().catch(() => Promise.reject(loadFailed('records'))) : Promise.resolve(undefined as M));

  let outcome: Outcome<F> | Promise<Outcome<F>>;
  try {
    const { result } = input;
    if (result == null) {
      const records = list(input.records, 'records');
      outcome = loaded().then(async (part) => derived(await aggregated(records, input.options ?? [{}], 'records'), part, true));
    } else {
      const fromResult = (part: M) => then(checked(result, input.resultProperty ?? 'result', part), (valid) => derived([valid], part, false));
      // Without a part to fetch, a result already checked (or checked at once) is shown in the same update.
      outcome = options.load ? loaded().then(fromResult) : fromResult(undefined as M);
    }
  } catch (error) {
    return failure(error, options);
  }
  return outcome instanceof Promise ? outcome.catch((error: unknown) => failure(error, options)) : outcome;
}

/** A run that threw: its problem, or for anything unforeseen the records that could not be counted. */
function failure<M>(error: unknown, { words }: FiguresOptions<M>): Outcome<never> {
  if (error instanceof FiguresProblem) return { problem: error.problem };
  const issues = issuesOf(error);
  return { problem: () => ({ reason: 'invalid-value', property: 'records', message: (words.invalidRecords ?? words.invalidResult)(), issues }) };
}

function issuesOf(error: unknown): InputProblem['issues'] {
  return error instanceof Error && error.message ? [{ path: [], message: error.message }] : [];
}

/** `f` of `value`, at once unless `value` is on its way. */
function then<T, U>(value: T | Promise<T>, f: (ready: T) => U | Promise<U>): U | Promise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}
