// @ts-check
// Imports are read in worker threads (import-worker.mjs), not on the event
// loop: unpacking and parsing a spreadsheet, checking 20,000 rows and writing
// their inserts takes seconds of CPU, and while it ran every other request
// waited. A few workers
// (at most `threads` at once, the rest queued; past `queue` waiting, the
// import is refused as busy) each read one file at a time, with a heap of
// `memoryMb` and `timeoutMs` to finish: a file that needs more is refused,
// and only its worker is lost. An idle worker ends after `idleMs`.
import { EventEmitter } from 'node:events';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ImportRefused } from './import.mjs';
import { messages } from './messages.mjs';

/** @typedef {import('./messages.mjs').Locale} Locale */
/** @typedef {{ text: string, values: unknown[] }} Statement */
/**
 * @typedef {object} ReadResult
 * @property {Statement[]} statements The inserts that store every row (none when a row was refused).
 * @property {number} imported The rows they store.
 * @property {import('./import.mjs').ImportError[]} errors The first thousand errors.
 * @property {number} errorCount
 */
/** @typedef {{ locale: Locale, kommun: string, period: string }} ReadOptions */
/**
 * @typedef {object} Job
 * @property {number} id
 * @property {Uint8Array} bytes
 * @property {ReadOptions} options
 * @property {Statement[]} statements What the worker has sent so far.
 * @property {(result: ReadResult) => void} resolve
 * @property {(error: unknown) => void} reject
 */
/** @typedef {{ worker: Worker, job: Job | null, timer: NodeJS.Timeout | null }} Slot */

/** The import could not wait for a worker: too many are queued already. */
export class ImportBusy extends Error {}

export class ImportPool extends EventEmitter {
  /**
   * @param {object} options
   * @param {any} options.definition The questionnaire the rows are checked against (passed to each worker once).
   * @param {'duckdb' | 'postgres'} options.dialect The inserts' SQL dialect.
   * @param {string} options.table
   * @param {number} [options.threads] Workers at most; by default one core less than the machine has, at least 1, at most 2.
   * @param {number} [options.queue] Imports that may wait for a worker.
   * @param {number} [options.memoryMb] Each worker's heap.
   * @param {number} [options.timeoutMs]
   * @param {number} [options.idleMs]
   */
  constructor({ definition, dialect, table, threads = Math.max(1, Math.min(2, availableParallelism() - 1)), queue = 8, memoryMb = 512, timeoutMs = 120_000, idleMs = 60_000 }) {
    super();
    this.workerData = { definition, dialect, table };
    this.threads = threads;
    this.queueLimit = queue;
    this.memoryMb = memoryMb;
    this.timeoutMs = timeoutMs;
    this.idleMs = idleMs;
    /** @type {Set<Slot>} */
    this.slots = new Set();
    /** @type {Job[]} */
    this.waiting = [];
    this.nextId = 1;
    this.closed = false;
  }

  /**
   * The inserts that store the file's rows in `kommun` and `period`, or its
   * bad rows and columns; throws ImportRefused (with the status and message
   * the caller gets) or ImportBusy.
   * @param {Uint8Array} bytes
   * @param {ReadOptions} options
   * @returns {Promise<ReadResult>}
   */
  read(bytes, options) {
    if (this.closed) return Promise.reject(new Error('the import pool is closed'));
    const idle = [...this.slots].find((s) => !s.job);
    if (!idle && this.slots.size >= this.threads && this.waiting.length >= this.queueLimit) return Promise.reject(new ImportBusy());
    return new Promise((resolve, reject) => {
      // A copy of its own, handed over to the worker rather than copied again.
      /** @type {Job} */
      const job = { id: this.nextId++, bytes: new Uint8Array(bytes), options, statements: [], resolve, reject };
      if (idle) this.#run(idle, job);
      else if (this.slots.size < this.threads) this.#run(this.#spawn(), job);
      else this.waiting.push(job);
    });
  }

  /** Ends every worker; imports still reading are refused. */
  async close() {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new Error('the service is closing'));
    await Promise.all([...this.slots].map((slot) => this.#end(slot, new Error('the service is closing'))));
  }

  #spawn() {
    const worker = new Worker(new URL('./import-worker.mjs', import.meta.url), {
      workerData: this.workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
    });
    /** @type {Slot} */
    const slot = { worker, job: null, timer: null };
    this.slots.add(slot);
    worker.on('message', (/** @type {any} */ answer) => {
      const job = slot.job;
      if (!job || answer.id !== job.id) return;
      if (answer.statements) return void job.statements.push(...answer.statements);
      this.#settle(slot);
      if (answer.refused) job.reject(new ImportRefused(answer.refused.status, answer.refused.message));
      else if (answer.failed) job.reject(new Error(`import worker: ${answer.failed}`));
      else if (answer.errors) job.resolve({ statements: [], imported: 0, errors: answer.errors, errorCount: answer.errorCount });
      else job.resolve({ statements: job.statements, imported: answer.imported, errors: [], errorCount: 0 });
      this.#next(slot);
    });
    // Out of memory, or any other death: the file it was reading is refused, the next one gets a new worker.
    worker.on('error', (error) => void this.#end(slot, error));
    worker.on('exit', () => void this.#end(slot, new Error('the import worker stopped')));
    return slot;
  }

  /** @param {Slot} slot @param {Job} job */
  #run(slot, job) {
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => void this.#end(slot, Object.assign(new Error('timed out'), { code: 'TIMEOUT' })), this.timeoutMs);
    slot.timer.unref();
    slot.worker.postMessage({ id: job.id, bytes: job.bytes, ...job.options }, [/** @type {ArrayBuffer} */ (job.bytes.buffer)]);
    this.emit('start', job.id);
  }

  /** Clears the job's timer and says it ended. @param {Slot} slot */
  #settle(slot) {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const id = slot.job?.id;
    slot.job = null;
    this.emit('end', id);
  }

  /** The next queued job, or idle (ending after idleMs). @param {Slot} slot */
  #next(slot) {
    const job = this.waiting.shift();
    if (job) return this.#run(slot, job);
    slot.worker.unref();
    slot.timer = setTimeout(() => void this.#end(slot, null), this.idleMs);
    slot.timer.unref();
  }

  /**
   * Ends a worker; its job, if any, is refused with what `error` means.
   * @param {Slot} slot
   * @param {unknown} error
   */
  async #end(slot, error) {
    if (!this.slots.delete(slot)) return;
    const job = slot.job;
    if (job) this.#settle(slot);
    else if (slot.timer) clearTimeout(slot.timer);
    await slot.worker.terminate();
    if (job) {
      const code = /** @type {any} */ (error)?.code;
      const demanding = code === 'ERR_WORKER_OUT_OF_MEMORY' || code === 'TIMEOUT';
      job.reject(demanding ? new ImportRefused(413, messages[job.options.locale].spreadsheetTooDemanding) : error);
    }
    // A queued job gets a worker of its own in the place of this one.
    const queued = !this.closed && this.waiting.shift();
    if (queued) this.#run(this.#spawn(), queued);
  }
}
