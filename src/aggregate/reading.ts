import * as z from 'zod/mini';
import { containsPersonalNumber } from '../schema/anonymity.js';
import { Kind, isPlain, type CompiledCondition, type CompiledDefinition, type CompiledQuestion } from './compile.js';
import { optionalKeys } from './record-extras.js';
import { buildFastCounter, buildFastReader, type Dimension, type FastCounter, type FastReader, type ReaderTargets } from './fast-reader.js';

const isoDate = z.iso.date();

/**
 * Reads records one by one into typed arrays for the counting step, reused
 * for every record: no allocation per record.
 *
 * `read()` is a fast structural check. It only accepts what the record
 * schema accepts; anything it is not sure of (an unusual object, a key with
 * an undefined value) it declines, and the caller asks the schema itself.
 * So the verdict is always the schema's, and the schema runs only for the
 * rare record that is odd or wrong.
 */
export class Reading {
  /** Per question: the option index, 1 for an answered many/number/text/date question, or -1 unanswered. */
  readonly values: Int32Array;
  /** Per question: the number answered (number questions). */
  readonly numbers: Float64Array;
  /** Option indices chosen in many questions, at each question's option offset; `manyLength` says how many. */
  readonly chosen: Int32Array;
  readonly manyLength: Int32Array;
  /** Per question: this record's answer, as found in its `answers`. */
  private readonly raw: unknown[];
  /** Which questions are shown to this respondent (1) or not (0). */
  private readonly shown: Uint8Array;
  /** Per option: the record number that last chose it, to find duplicates without a Set. */
  private readonly stamp: Uint32Array;
  private serial = 0;
  /** The reader generated for this definition, where code may be compiled. */
  private readonly fast: FastReader | undefined;
  private readonly targets: ReaderTargets;
  private readonly counters = new Map<string, FastCounter | undefined>();
  /** Where number answers go while a generated counter counts (set by the tally that counts). */
  numberSink: (question: number, value: number, group: number) => void = () => undefined;
  /**
   * The answer keys of the last record and their question indices. Records
   * mostly list their answers in the same order, and comparing a key with
   * the same (interned) key string is cheaper than a lookup.
   */
  private readonly lastKeys: string[];
  private readonly lastIndex: Int32Array;
  private readonly keyIndex: Map<string, number>;
  private readonly kinds: Uint8Array;
  private readonly required: Uint8Array;
  private readonly codes: Array<Map<unknown, number>>;
  private readonly offsets: Int32Array;
  /** A question id that plain objects inherit (such as `constructor`) would be read from the prototype by the schema: such definitions always ask it. */
  private readonly inheritedIds: boolean;

  constructor(readonly compiled: CompiledDefinition) {
    const qs = compiled.questions;
    const n = qs.length;
    this.values = new Int32Array(n);
    this.numbers = new Float64Array(n);
    this.manyLength = new Int32Array(n);
    this.raw = new Array<unknown>(n).fill(undefined);
    this.shown = new Uint8Array(n);
    this.chosen = new Int32Array(compiled.optionTotal);
    this.stamp = new Uint32Array(compiled.optionTotal);
    this.lastKeys = new Array<string>(n).fill('');
    this.lastIndex = new Int32Array(n);
    this.keyIndex = new Map(qs.map((q) => [q.id, q.index]));
    this.kinds = Uint8Array.from(qs.map((q) => q.kind));
    this.required = Uint8Array.from(qs.map((q) => (q.required ? 1 : 0)));
    this.codes = qs.map((q) => q.codes);
    this.offsets = Int32Array.from(qs.map((q) => q.optionOffset));
    this.inheritedIds = qs.some((q) => q.id in Object.prototype);
    this.targets = {
      values: this.values,
      numbers: this.numbers,
      chosen: this.chosen,
      manyLength: this.manyLength,
      shown: this.shown,
      other: (q, v, shown) => this.other(q, v, shown, false),
    };
    this.fast = buildFastReader(compiled, this.targets);
  }

  /** The generated counter for the cross-classification by `dims`, where code may be compiled. */
  counter(dims: readonly Dimension[]): FastCounter | undefined {
    const key = dims.map((d) => `${d.index}:${d.levels}`).join(' ');
    if (!this.counters.has(key)) {
      const counter = this.fast
        ? buildFastCounter(this.compiled, this.targets, dims, (q, v, g) => this.numberSink(q, v, g))
        : undefined;
      this.counters.set(key, counter);
    }
    return this.counters.get(key);
  }

  /** One reader per definition, reused: reading is synchronous, and the generated code stays warm. */
  static for(compiled: CompiledDefinition): Reading {
    let reading = readers.get(compiled);
    if (!reading) {
      reading = new Reading(compiled);
      readers.set(compiled, reading);
    }
    return reading;
  }

  /**
   * Reads one record. True: the record is valid (the schema would accept it)
   * and its answers are in `values`. False: not sure, ask the schema. With
   * `trusted` (a record the schema already accepted and returned clean),
   * only reads.
   */
  read(record: unknown, trusted = false): boolean {
    if (!trusted && this.fast) return this.fast(record);
    const c = this.compiled;
    if (!isPlain(record)) return false;
    const answers = record.answers;
    if (!isPlain(answers)) return false;
    let role: string | undefined;
    if (!trusted) {
      if (this.inheritedIds || record.definition !== c.ref) return false;
      let keys = 0;
      for (const _ in record) keys++;
      const r = record.role;
      // `unit` and `formType` are optional; each one present counts as a key.
      const extra = optionalKeys(record);
      if (extra < 0) return false;
      if (c.roles) {
        if (typeof r !== 'string' || !c.roles.includes(r) || keys !== 3 + extra) return false;
        role = r;
      } else if (r !== undefined || keys !== 2 + extra) return false;
    } else if (typeof record.role === 'string') {
      role = record.role;
    }
    const { raw, lastKeys, lastIndex, values, shown, kinds, required, codes } = this;
    const n = raw.length;
    for (let i = 0; i < n; i++) raw[i] = undefined;
    let position = 0;
    for (const key in answers) {
      let index: number;
      if (position < n && lastKeys[position] === key) {
        index = lastIndex[position];
      } else {
        // An unknown key (or more keys than questions): the schema says what is wrong.
        const found = this.keyIndex.get(key);
        if (found === undefined || position >= n) return false;
        lastKeys[position] = key;
        lastIndex[position] = found;
        index = found;
      }
      raw[index] = answers[key];
      position++;
    }
    const questions = c.questions;
    let sectionShown = 1;
    let section = -1;
    for (let i = 0; i < n; i++) {
      const q = questions[i];
      if (q.sectionIndex !== section) {
        section = q.sectionIndex;
        const s = c.sections[section];
        sectionShown = role !== undefined && s.roles && !s.roles.includes(role) ? 0 : 1;
        if (sectionShown && s.when) sectionShown = this.holds(s.when) ? 1 : 0;
      }
      let isShown = sectionShown;
      if (isShown && q.when) isShown = this.holds(q.when) ? 1 : 0;
      shown[i] = isShown;
      const v = raw[i];
      if (v === undefined || v === null) {
        values[i] = -1;
        if (!trusted && isShown && required[i]) return false;
        continue;
      }
      const kind = kinds[i];
      if (kind === Kind.One || kind === Kind.Scale) {
        const index = codes[i].get(v);
        if (index === undefined || (!isShown && !trusted)) return false;
        values[i] = index;
      } else if (!this.other(q, v, isShown === 1, trusted)) {
        return false;
      }
    }
    return true;
  }

  /** Checks and records a non-null answer to a question that is not single-choice; false when the schema must decide. */
  other(q: CompiledQuestion, v: unknown, isShown: boolean, trusted: boolean): boolean {
    const i = q.index;
    switch (q.kind) {
      case Kind.Many: {
        if (!Array.isArray(v)) return false;
        const length = v.length;
        if (length === 0) {
          this.values[i] = -1;
          return trusted || !(isShown && q.required);
        }
        if (!isShown && !trusted) return false;
        const base = this.offsets[i];
        const codes = this.codes[i];
        // Options of different questions never share a stamp, so a new serial per answer is enough.
        const serial = (this.serial = (this.serial + 1) >>> 0 || 1);
        let exclusive = false;
        for (let k = 0; k < length; k++) {
          const index = codes.get(v[k]);
          if (index === undefined) return false;
          if (this.stamp[base + index] === serial) return false;
          this.stamp[base + index] = serial;
          if (q.exclusive[index]) exclusive = true;
          this.chosen[base + k] = index;
        }
        if (exclusive && length > 1 && !trusted) return false;
        this.manyLength[i] = length;
        this.values[i] = 1;
        return true;
      }
      case Kind.Number: {
        if (typeof v !== 'number' || !Number.isFinite(v)) return false;
        if (!trusted) {
          if (!isShown) return false;
          if (q.integer && !Number.isSafeInteger(v)) return false;
          if (v < q.min || v > q.max) return false;
        }
        this.numbers[i] = v;
        this.values[i] = 1;
        return true;
      }
      case Kind.Text: {
        if (typeof v !== 'string') return false;
        if (v === '') {
          this.values[i] = -1;
          return trusted || !(isShown && q.required);
        }
        if (!trusted && (!isShown || v.length > q.maxLength || containsPersonalNumber(v))) return false;
        this.values[i] = 1;
        return true;
      }
      case Kind.Date: {
        if (typeof v !== 'string') return false;
        if (!trusted) {
          if (!isShown || !isoDate.safeParse(v).success) return false;
          if ((q.dateMin && v < q.dateMin) || (q.dateMax && v > q.dateMax)) return false;
        }
        this.values[i] = 1;
        return true;
      }
      default:
        return false;
    }
  }

  /** Whether a condition holds: its question is shown and its answer matches (as `isQuestionShown` decides). */
  private holds(cond: CompiledCondition): boolean {
    if (!this.shown[cond.target]) return false;
    const value = this.raw[cond.target];
    if (cond.equals) return cond.equals.includes(value);
    if (cond.includes) return Array.isArray(value) && value.some((v) => cond.includes!.includes(v as string));
    return false;
  }
}

const readers = new WeakMap<CompiledDefinition, Reading>();
