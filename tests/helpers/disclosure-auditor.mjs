// An independent disclosure-control auditor for Samsyn's published counts.
//
// It plays the attacker who holds every output made of the same records (the
// total, by gender, by age band) and knows the questionnaire: it writes down
// everything they publish as linear equations over the unknown counts of the
// finest columns (gender × age band), adds what the questionnaire itself
// implies (every record answers or does not answer each question; a required
// question asked on a condition is answered exactly by those who meet it),
// and then, for every hidden count whose true value is from 1 to
// minCount − 1, asks a linear-programming solver how small and how large that
// count can be. The standard is broken when the interval excludes 0 and stays
// below minCount: the reader then knows that a small group exists and how
// small it is.
//
// It knows Samsyn only through the published result shape and the
// questionnaire definition format; its counting of the records is its own.
import highsLoader from 'highs';
import { optionsOf, questionsOf } from 'samsyn/schema';

/** The breakdown questions: the finest columns are their combinations. */
export const DIMS = ['gender', 'ageBand'];
/** A finest column's value for a record that did not answer a dimension. */
export const NO_ANSWER = '(no answer)';
const TOL = 1e-6;

let loading;
/** HiGHS compiled to WebAssembly, loaded once. */
export function loadHighs() {
  loading ??= highsLoader();
  return loading;
}

const isAnswered = (v) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
const outputName = (result) => (result.by ? `by ${result.by}` : 'total');

/**
 * Every figure of a result, with the row and the column it counts:
 * `{ row, selector, count, path }`, where row is `{ kind: 'total' }` or
 * `{ kind: 'answered' | 'unanswered' | 'option' | 'bin', q, code? }` and
 * selector is `null` (everyone) or `{ dim, code }` (one group of `by`).
 */
export function figuresOf(result) {
  const figures = [];
  const selectors = [null, ...result.groups.map((g) => ({ dim: result.by, code: g.code }))];
  const split = (row, value, path) => {
    for (const selector of selectors) {
      const cell = selector ? value.groups[selector.code] : value.all;
      if (!cell) throw new Error(`${outputName(result)}: ${path} has no cell for ${selector ? selector.code : 'all'}`);
      const count = 'count' in cell ? cell.count : cell.n;
      figures.push({ row, selector, count, cell, path: `${path}${selector ? `[${selector.dim}=${selector.code}]` : '[all]'}` });
    }
  };
  split({ kind: 'total' }, result.total, 'total');
  for (const q of result.questions) {
    split({ kind: 'answered', q: q.id }, q.answered, `${q.id}.answered`);
    split({ kind: 'unanswered', q: q.id }, q.unanswered, `${q.id}.unanswered`);
    for (const o of q.options ?? []) split({ kind: 'option', q: q.id, code: o.code }, o.cells, `${q.id}.option(${o.code})`);
    for (const b of q.histogram ?? []) {
      split({ kind: 'bin', q: q.id, code: `${b.from}-${b.to}` }, b.cells, `${q.id}.bin(${b.from}–${b.to})`);
    }
  }
  return figures;
}

const rowKey = (row) => (row.kind === 'total' ? 'total' : `${row.q}:${row.kind}${row.code !== undefined ? `:${row.code}` : ''}`);
const selectorKey = (s) => (s ? `${s.dim}=${s.code}` : 'all');

/** The attacker's linear model of one set of records' outputs. */
class Model {
  constructor(definition, outputs) {
    this.definition = definition;
    this.entries = questionsOf(definition);
    this.byId = new Map(this.entries.map((e) => [e.question.id, e]));
    this.dims = DIMS.filter((id) => this.byId.get(id)?.question.kind === 'one');
    this.dimCodes = new Map(this.dims.map((d) => [d, optionsOf(this.byId.get(d).question).map((o) => o.code)]));
    // The finest columns: every combination of a dimension's options and "no answer".
    this.columns = [{}];
    for (const d of this.dims) {
      this.columns = this.columns.flatMap((c) => [...this.dimCodes.get(d), NO_ANSWER].map((v) => ({ ...c, [d]: v })));
    }
    this.names = [];
    this.index = new Map();
    this.layout = this.#layout(outputs);
    for (let c = 0; c < this.columns.length; c++) {
      this.v(`N|${c}`);
      for (const [q, l] of this.layout) {
        for (const r of l.rows) this.v(`X|${q}|${r}|${c}`);
        for (const o of l.many ?? []) this.v(`Y|${q}|${o}|${c}`);
      }
    }
    this.frozen = true;
  }

  /** Each non-dimension question's rows, taken from the published results. */
  #layout(outputs) {
    const layout = new Map();
    const first = outputs[0];
    for (const { question } of this.entries) {
      if (this.dims.includes(question.id)) continue;
      const published = first.questions.find((q) => q.id === question.id);
      if (!published) throw new Error(`The result has no question "${question.id}".`);
      for (const out of outputs) {
        const other = out.questions.find((q) => q.id === question.id);
        const codes = (x) => (x.options ?? []).map((o) => o.code).join(',');
        if (!other || codes(other) !== codes(published)) throw new Error(`"${question.id}" has other options in ${outputName(out)}.`);
      }
      switch (question.kind) {
        case 'one':
        case 'scale':
          layout.set(question.id, { kind: question.kind, codes: published.options.map((o) => o.code), rows: [...published.options.map((o) => o.code), 'unanswered'] });
          break;
        case 'number': {
          // The same bins in every output that has any; none at all: answered/unanswered only.
          let bins;
          for (const out of outputs) {
            const h = out.questions.find((q) => q.id === question.id).histogram ?? [];
            if (!h.length) continue;
            const these = h.map((b) => ({ from: b.from, to: b.to }));
            if (bins && JSON.stringify(bins) !== JSON.stringify(these)) throw new Error(`"${question.id}" has other histogram bins in ${outputName(out)}.`);
            bins = these;
          }
          layout.set(
            question.id,
            bins
              ? { kind: 'number', bins, codes: bins.map((b) => `${b.from}-${b.to}`), rows: [...bins.map((b) => `${b.from}-${b.to}`), 'unanswered'] }
              : { kind: 'number', bins: [], codes: ['answered'], rows: ['answered', 'unanswered'] },
          );
          break;
        }
        case 'many':
          layout.set(question.id, { kind: 'many', codes: ['answered'], rows: ['answered', 'unanswered'], many: published.options.map((o) => o.code) });
          break;
        default:
          layout.set(question.id, { kind: question.kind, codes: ['answered'], rows: ['answered', 'unanswered'] });
      }
    }
    return layout;
  }

  v(name) {
    let i = this.index.get(name);
    if (i === undefined) {
      if (this.frozen) throw new Error(`No variable ${name}`);
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
    }
    return i;
  }

  /** The variables whose sum is `row` in finest column c (every coefficient is 1). */
  rowVars(row, c) {
    if (row.kind === 'total') return [this.v(`N|${c}`)];
    if (this.dims.includes(row.q)) {
      const value = this.columns[c][row.q];
      const hit =
        row.kind === 'answered' ? value !== NO_ANSWER : row.kind === 'unanswered' ? value === NO_ANSWER : row.kind === 'option' && value === row.code;
      return hit ? [this.v(`N|${c}`)] : [];
    }
    const l = this.layout.get(row.q);
    if (!l) throw new Error(`No question "${row.q}" in the definition.`);
    switch (row.kind) {
      case 'answered':
        return l.codes.map((r) => this.v(`X|${row.q}|${r}|${c}`));
      case 'unanswered':
        return [this.v(`X|${row.q}|unanswered|${c}`)];
      case 'option':
        return l.kind === 'many' ? [this.v(`Y|${row.q}|${row.code}|${c}`)] : [this.v(`X|${row.q}|${row.code}|${c}`)];
      case 'bin':
        return [this.v(`X|${row.q}|${row.code}|${c}`)];
    }
    throw new Error(`Unknown row ${row.kind}`);
  }

  columnsOf(selector) {
    const all = this.columns.map((_, c) => c);
    if (!selector) return all;
    if (!this.dims.includes(selector.dim)) throw new Error(`The auditor models breakdowns by ${this.dims.join(' and ')}, not by "${selector.dim}".`);
    return all.filter((c) => this.columns[c][selector.dim] === selector.code);
  }

  /** A figure's variables: its row summed over the finest columns of its column. */
  figureVars(row, selector) {
    return this.columnsOf(selector).flatMap((c) => this.rowVars(row, c));
  }

  /** What the questionnaire implies, whatever the records: `{ terms: [[var, coef]], lo, hi, label }`. */
  structuralConstraints() {
    const out = [];
    for (let c = 0; c < this.columns.length; c++) {
      const n = this.v(`N|${c}`);
      for (const [q, l] of this.layout) {
        // Every record answers or does not answer, in exactly one row.
        out.push({ terms: [...l.rows.map((r) => [this.v(`X|${q}|${r}|${c}`), 1]), [n, -1]], lo: 0, hi: 0, label: `${q} rows add up to N, column ${c}` });
        // No option of a multiple-choice question is chosen by more than answered it.
        for (const o of l.many ?? []) {
          out.push({ terms: [[this.v(`Y|${q}|${o}|${c}`), 1], [this.v(`X|${q}|answered|${c}`), -1]], lo: -Infinity, hi: 0, label: `${q}.${o} ≤ answered, column ${c}` });
        }
      }
    }
    // Conditions: who is asked is known from the parent's answers.
    for (const { section, question } of this.entries) {
      if (this.dims.includes(question.id)) continue;
      const conditions = [question.when, section.when].filter(Boolean);
      if (conditions.length !== 1) continue;
      const [cond] = conditions;
      const parent = this.byId.get(cond.question)?.question;
      if (!parent) continue;
      let codes;
      if (cond.equals && parent.kind === 'one') codes = cond.equals.filter((e) => typeof e === 'string');
      else if (cond.equals && parent.kind === 'scale') codes = cond.equals.filter((e) => typeof e === 'number' || e === 'dont-know').map(String);
      else if (cond.includes && cond.includes.length === 1 && parent.kind === 'many') codes = cond.includes;
      else continue;
      const l = this.layout.get(parent.id);
      const known = this.dims.includes(parent.id) ? this.dimCodes.get(parent.id) : l.kind === 'many' ? l.many : l.codes;
      codes = [...new Set(codes)].filter((code) => known.includes(code));
      for (let c = 0; c < this.columns.length; c++) {
        const terms = new Map();
        for (const x of this.rowVars({ kind: 'answered', q: question.id }, c)) terms.set(x, (terms.get(x) ?? 0) + 1);
        for (const code of codes) for (const x of this.rowVars({ kind: 'option', q: parent.id, code }, c)) terms.set(x, (terms.get(x) ?? 0) - 1);
        out.push({
          terms: [...terms].filter(([, a]) => a !== 0),
          lo: question.required ? 0 : -Infinity,
          hi: 0,
          label: `${question.id} answered ${question.required ? '=' : '≤'} ${parent.id} in [${codes.join(', ')}], column ${c}`,
        });
      }
    }
    return out;
  }

  /** The true value of every variable, counted from the records. */
  truth(records, problems) {
    const t = new Float64Array(this.names.length);
    for (const [i, record] of records.entries()) {
      const a = record.answers ?? {};
      const col = {};
      for (const d of this.dims) col[d] = isAnswered(a[d]) ? a[d] : NO_ANSWER;
      const c = this.columns.findIndex((x) => this.dims.every((d) => x[d] === col[d]));
      if (c < 0) {
        problems.push(`record ${i}: no column for ${JSON.stringify(col)}`);
        continue;
      }
      t[this.v(`N|${c}`)]++;
      for (const [q, l] of this.layout) {
        const value = a[q];
        if (!isAnswered(value)) {
          t[this.v(`X|${q}|unanswered|${c}`)]++;
          continue;
        }
        let r = 'answered';
        if (l.kind === 'one' || l.kind === 'scale') r = String(value);
        else if (l.kind === 'number' && l.bins.length) {
          const last = l.bins.length - 1;
          const b = l.bins.findIndex((bin, k) => value >= bin.from && (value < bin.to || (k === last && value <= bin.to)));
          if (b < 0) problems.push(`record ${i}: ${q} = ${value} is in no published bin`);
          r = l.codes[b];
        }
        const x = this.index.get(`X|${q}|${r}|${c}`);
        if (x === undefined) {
          problems.push(`record ${i}: ${q} = ${JSON.stringify(value)} is not a published row`);
          continue;
        }
        t[x]++;
        if (l.kind === 'many') {
          for (const o of value) {
            const y = this.index.get(`Y|${q}|${o}|${c}`);
            if (y === undefined) problems.push(`record ${i}: ${q} has unknown option ${o}`);
            else t[y]++;
          }
        }
      }
    }
    return t;
  }
}

/** Bounds implied by the constraints (activity-based propagation; valid for the LP relaxation). */
function propagate(constraints, lo, hi, rounds = 100) {
  for (let round = 0; round < rounds; round++) {
    let changed = false;
    for (const k of constraints) {
      let minAct = 0, maxAct = 0, minInf = 0, maxInf = 0;
      for (const [x, a] of k.terms) {
        const l = a > 0 ? lo[x] : hi[x], u = a > 0 ? hi[x] : lo[x];
        if (Number.isFinite(l)) minAct += a * l; else minInf++;
        if (Number.isFinite(u)) maxAct += a * u; else maxInf++;
      }
      for (const [x, a] of k.terms) {
        const l = a > 0 ? lo[x] : hi[x], u = a > 0 ? hi[x] : lo[x];
        // The rest of the row's activity without x.
        const restMin = Number.isFinite(l) ? (minInf === 0 ? minAct - a * l : -Infinity) : minInf === 1 ? minAct : -Infinity;
        const restMax = Number.isFinite(u) ? (maxInf === 0 ? maxAct - a * u : Infinity) : maxInf === 1 ? maxAct : Infinity;
        // k.lo ≤ a·x + rest ≤ k.hi
        let newLo, newHi;
        if (a > 0) {
          newHi = (k.hi - restMin) / a;
          newLo = (k.lo - restMax) / a;
        } else {
          newLo = (k.hi - restMin) / a;
          newHi = (k.lo - restMax) / a;
        }
        if (Number.isFinite(newHi) && newHi < hi[x] - 1e-9) {
          hi[x] = Math.round(newHi * 1e6) / 1e6;
          changed = true;
        }
        if (Number.isFinite(newLo) && newLo > lo[x] + 1e-9) {
          lo[x] = Math.round(newLo * 1e6) / 1e6;
          changed = true;
        }
      }
    }
    if (!changed) return;
  }
}

/** One connected part of the LP, solved in a persistent HiGHS model that is re-optimised from its last basis. */
class Component {
  /** `index`: variable → its column here; every other variable of these rows is fixed at `lo`. */
  constructor(highs, vars, constraints, lo, hi, index) {
    this.highs = highs;
    this.vars = vars;
    this.points = [];
    const n = vars.length;
    const starts = [0], indices = [], values = [], rowLower = [], rowUpper = [];
    for (const k of constraints) {
      let offset = 0;
      for (const [x, a] of k.terms) {
        if (index.has(x)) {
          indices.push(index.get(x));
          values.push(a);
        } else offset += a * lo[x]; // fixed
      }
      starts.push(indices.length);
      rowLower.push(k.lo - offset);
      rowUpper.push(k.hi - offset);
    }
    const inf = highs.infinity;
    const clamp = (x) => (x === Infinity ? inf : x === -Infinity ? -inf : x);
    this.data = {
      numCols: n,
      numRows: constraints.length,
      colCost: new Float64Array(n),
      colLower: Float64Array.from(vars, (x) => lo[x]),
      colUpper: Float64Array.from(vars, (x) => clamp(hi[x])),
      rowLower: rowLower.map(clamp),
      rowUpper: rowUpper.map(clamp),
      matrix: { format: 'csr', numRows: constraints.length, numCols: n, starts, indices, values },
    };
  }

  /** min or max of Σ vars (local indices): `{ value, point }`; value ±Infinity when unbounded. */
  solve(localVars, sense) {
    if (!this.model) {
      this.model = this.highs.createModel(this.data);
      this.model.options.set('output_flag', false);
    }
    const cost = new Float64Array(this.vars.length);
    for (const i of localVars) cost[i] += 1;
    this.model.changeColsCost({ kind: 'range', from: 0, to: this.vars.length - 1 }, cost);
    this.model.changeObjectiveSense(this.highs.constants.objectiveSense[sense === 'min' ? 'minimize' : 'maximize']);
    const { modelStatus } = this.model.run();
    // The minimum is never unbounded (every variable is at least 0) and the true counts are a
    // feasible point, so "unbounded or infeasible" of a maximum means unbounded.
    if ((modelStatus === 10 || modelStatus === 9) && sense === 'max') return { value: Infinity };
    if (modelStatus !== 7) throw new Error(`HiGHS ended with model status ${modelStatus} (${sense}).`);
    const point = this.model.getSolution().colValue;
    if (this.points.length > 40) this.points.shift();
    this.points.push(point);
    let value = 0;
    for (const i of localVars) value += point[i];
    return { value, point };
  }

  dispose() {
    this.model?.dispose();
  }
}

/**
 * Audits outputs of the same records, published together.
 *
 * @param {object} input
 * @param {object} input.definition the questionnaire definition
 * @param {object[]} input.records the records the outputs count (for the true values)
 * @param {object[]} input.outputs AggregateResults: by none, by gender, by ageBand
 * @param {boolean} [input.exact] compute every sensitive cell's interval by LP (not only the broken ones)
 * @returns {Promise<object>} `{ minCount, outputs, hiddenFigures, sensitive, broken, cells, problems, ... }`:
 *   `cells` every hidden figure with a true count from 1 to minCount − 1 (`min`/`max` where solved),
 *   `broken` those whose interval excludes 0 and stays below minCount, `problems` what fails the
 *   sanity checks (a small count published, a figure that disagrees with the records, true counts
 *   outside the model). Definitions with respondent roles are `skipped`.
 */
export async function auditDisclosure({ definition, records, outputs, exact = false }) {
  const highs = await loadHighs();
  if (!outputs.length) throw new Error('Nothing to audit.');
  const minCount = outputs[0].minCount;
  if (definition.roles?.length) {
    // Who is asked then depends on the role too, which the model does not cover.
    return { minCount, outputs: outputs.length, skipped: 'a definition with respondent roles', hiddenFigures: 0, sensitive: 0, broken: [], cells: [], problems: [], lpSolves: 0 };
  }
  const problems = [];
  for (const out of outputs) {
    if (out.minCount !== minCount) problems.push(`${outputName(out)} has minCount ${out.minCount}, not ${minCount}`);
    if (out.rejected?.count) problems.push(`${outputName(out)} rejected ${out.rejected.count} records`);
  }
  const model = new Model(definition, outputs);
  const truth = model.truth(records, problems);
  const value = (vars, point = truth) => vars.reduce((s, x) => s + point[x], 0);

  // Every figure of every output, keyed by what it counts.
  const figures = new Map();
  let hiddenFigures = 0;
  for (const out of outputs) {
    for (const f of figuresOf(out)) {
      const key = `${rowKey(f.row)}@${selectorKey(f.selector)}`;
      let fig = figures.get(key);
      if (!fig) {
        const vars = model.figureVars(f.row, f.selector);
        fig = { key, row: f.row, selector: f.selector, vars, truth: value(vars), published: undefined, hiddenIn: [] };
        figures.set(key, fig);
      }
      if (f.count === null) {
        hiddenFigures++;
        fig.hiddenIn.push(outputName(out));
        continue;
      }
      if (f.count >= 1 && f.count < minCount) problems.push(`${outputName(out)}: ${f.path} publishes ${f.count}, below minCount ${minCount}`);
      if (f.count !== fig.truth) problems.push(`${outputName(out)}: ${f.path} publishes ${f.count}, but the records give ${fig.truth}`);
      if (fig.published !== undefined && fig.published !== f.count) problems.push(`${key} is published as ${fig.published} and as ${f.count}`);
      fig.published = f.count;
    }
  }

  const constraints = model.structuralConstraints();
  for (const fig of figures.values()) {
    if (fig.published === undefined) continue;
    const terms = new Map();
    for (const x of fig.vars) terms.set(x, (terms.get(x) ?? 0) + 1);
    constraints.push({ terms: [...terms], lo: fig.published, hi: fig.published, label: `published ${fig.key} = ${fig.published}` });
  }
  // The true counts satisfy every equation (else the auditor's model or counting is wrong).
  for (const k of constraints) {
    const act = k.terms.reduce((s, [x, a]) => s + a * truth[x], 0);
    if (act < k.lo - TOL || act > k.hi + TOL) problems.push(`the records do not satisfy ${k.label} (${act})`);
  }

  // Pin what the published figures already fix, merge counts that must be equal (x − y = 0),
  // then split the rest into independent parts.
  const nv = model.names.length;
  const lo = new Float64Array(nv), hi = new Float64Array(nv).fill(Infinity);
  const same = Int32Array.from({ length: nv }, (_, i) => i);
  const rep = (x) => {
    while (same[x] !== x) x = same[x] = same[same[x]];
    return x;
  };
  const fixed = (x) => hi[x] - lo[x] < 1e-9;
  let rows = constraints;
  for (let round = 0; round < 20; round++) {
    propagate(rows, lo, hi);
    let merged = false;
    for (const k of rows) {
      if (k.lo !== k.hi) continue;
      let constant = 0;
      const free = [];
      for (const [x, a] of k.terms) {
        if (fixed(x)) constant += a * lo[x];
        else free.push([x, a]);
      }
      if (free.length !== 2 || free[0][1] !== -free[1][1] || Math.abs(k.lo - constant) > 1e-9) continue;
      const x = rep(free[0][0]), y = rep(free[1][0]);
      if (x === y) continue;
      same[y] = x;
      lo[x] = Math.max(lo[x], lo[y]);
      hi[x] = Math.min(hi[x], hi[y]);
      merged = true;
    }
    if (!merged) break;
    // Rewrite every row over the representatives; a row left with no unknowns only has to hold.
    rows = rows.flatMap((k) => {
      const terms = new Map();
      for (const [x, a] of k.terms) terms.set(rep(x), (terms.get(rep(x)) ?? 0) + a);
      const kept = [...terms].filter(([, a]) => a !== 0);
      return kept.length ? [{ ...k, terms: kept }] : [];
    });
  }
  for (let x = 0; x < nv; x++) {
    const r = rep(x);
    if (truth[x] !== truth[r]) problems.push(`${model.names[x]} (${truth[x]}) is taken to equal ${model.names[r]} (${truth[r]})`);
    if (truth[x] < lo[r] - TOL || truth[x] > hi[r] + TOL) problems.push(`bounds of ${model.names[x]} [${lo[r]}, ${hi[r]}] exclude its true value ${truth[x]}`);
  }
  const parent = Int32Array.from({ length: nv }, (_, i) => i);
  const find = (x) => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const live = [];
  for (const k of rows) {
    const free = k.terms.filter(([x]) => !fixed(x));
    if (free.length < 2) continue; // its bounds already say all it says
    live.push(k);
    for (const [x] of free.slice(1)) parent[find(x)] = find(free[0][0]);
  }
  const groups = new Map();
  for (let x = 0; x < nv; x++) {
    if (rep(x) !== x || fixed(x)) continue;
    const r = find(x);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r).push(x);
  }
  const local = new Map();
  const comps = new Map();
  const compOf = (root) => {
    let comp = comps.get(root);
    if (!comp) {
      const vars = groups.get(root);
      const index = new Map(vars.map((x, i) => [x, i]));
      const rows = live.filter((k) => k.terms.some(([x]) => index.has(x)));
      comp = new Component(highs, vars, rows, lo, hi, index);
      for (const [x, i] of index) local.set(x, { component: comp, index: i });
      comp.points.push(Float64Array.from(vars, (x) => truth[x]));
      comps.set(root, comp);
    }
    return comp;
  };

  // Every hidden figure whose true value is small: how far can the reader narrow it?
  const cells = [];
  let lpSolves = 0;
  try {
    for (const fig of figures.values()) {
      if (!fig.hiddenIn.length || fig.truth < 1 || fig.truth > minCount - 1) continue;
      let constant = 0;
      const parts = new Map();
      for (const x of fig.vars.map(rep)) {
        if (fixed(x)) constant += lo[x];
        else {
          const comp = compOf(find(x));
          if (!parts.has(comp)) parts.set(comp, []);
          parts.get(comp).push(local.get(x).index);
        }
      }
      const bestKnown = (sense) => {
        let total = constant;
        for (const [comp, idx] of parts) {
          let best = sense === 'min' ? Infinity : -Infinity;
          for (const p of comp.points) {
            let s = 0;
            for (const i of idx) s += p[i];
            best = sense === 'min' ? Math.min(best, s) : Math.max(best, s);
          }
          total += best;
        }
        return total;
      };
      const solve = (sense) => {
        let total = constant;
        for (const [comp, idx] of parts) {
          lpSolves++;
          total += comp.solve(idx, sense).value;
        }
        return total;
      };
      const cell = { key: fig.key, label: describe(fig), truth: fig.truth, hiddenIn: fig.hiddenIn, min: undefined, max: undefined };
      cells.push(cell);
      // A feasible point with the cell at 0, or at minCount or more, settles it without an LP.
      if (!exact && bestKnown('min') <= TOL) continue;
      cell.min = solve('min');
      if (!exact && cell.min <= TOL) continue;
      if (!exact && bestKnown('max') >= minCount - TOL) continue;
      cell.max = solve('max');
      if (cell.min > fig.truth + TOL || cell.max < fig.truth - TOL) problems.push(`${cell.label}: interval [${cell.min}, ${cell.max}] excludes the true ${fig.truth}`);
      cell.interval = [Math.ceil(cell.min - TOL) + 0, Math.floor(cell.max + TOL) + 0];
      cell.broken = cell.interval[0] >= 1 && cell.interval[1] <= minCount - 1;
    }
  } finally {
    for (const comp of comps.values()) comp.dispose();
  }
  const broken = cells.filter((c) => c.broken);
  return {
    minCount,
    outputs: outputs.length,
    hiddenFigures,
    sensitive: cells.length,
    broken,
    cells,
    problems,
    variables: nv,
    freeVariables: groups.size ? [...groups.values()].reduce((s, g) => s + g.length, 0) : 0,
    constraints: constraints.length,
    liveConstraints: live.length,
    components: comps.size,
    lpSolves,
  };
}

function describe(fig) {
  const where = fig.selector ? `${fig.selector.dim} = ${fig.selector.code}` : 'everyone';
  const what = fig.row.kind === 'total' ? 'total' : `${fig.row.q} ${fig.row.kind}${fig.row.code !== undefined ? ` "${fig.row.code}"` : ''}`;
  return `${what}, ${where}`;
}

/** A one-line account of a broken cell: what, its true value, the interval the reader can work out. */
export function formatBroken(cell) {
  return `${cell.label}: true ${cell.truth}, hidden in ${cell.hiddenIn.join(' and ')}, reader's interval [${round(cell.min)}, ${round(cell.max)}]`;
}
const round = (x) => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : x);

// ---------------------------------------------------------------------------
// CSV: the export must not give a count the result hides.

/** RFC 4180 rows of `text` (any separator; quotes doubled). */
export function parseCsv(text, separator = ';') {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * What a CSV export gives that its result hides, or gives differently:
 * a list of problems (empty when the CSV keeps every hidden figure hidden).
 * Columns by position: question id, question, row type, code, option, group
 * code, group, count, share of answered, share of all, per mille, value.
 */
export function csvProblems(result, csv) {
  const problems = [];
  const [header, ...rows] = parseCsv(csv);
  if (header.length < 12) return [`the CSV has ${header.length} columns, not 12`];
  const byKey = new Map();
  for (const f of figuresOf(result)) {
    const type = f.row.kind === 'total' ? 'total' : f.row.kind;
    byKey.set(`${f.row.q ?? ''}|${type}|${f.row.code ?? ''}|${f.selector?.code ?? ''}`, f);
  }
  const stats = new Map();
  for (const q of result.questions) {
    if (!q.stats) continue;
    stats.set(`${q.id}|`, q.stats.all);
    for (const [g, s] of Object.entries(q.stats.groups)) stats.set(`${q.id}|${g}`, s);
  }
  const isNumber = (s) => /^-?\d/.test(s);
  const seen = new Set();
  for (const [n, r] of rows.entries()) {
    if (r.length === 1 && r[0] === '') continue;
    const [qid, , type, code, , group, , count, shareAnswered, shareAll, perMille, value] = r;
    const at = `CSV line ${n + 2} (${qid || 'total'} ${type} ${code} ${group || 'all'})`;
    if (['mean', 'median', 'min', 'max'].includes(type)) {
      const s = stats.get(`${qid}|${group}`);
      if (!s) problems.push(`${at}: no such statistic in the result`);
      else if (s.n === null && isNumber(value)) problems.push(`${at}: gives ${value} where the result hides n`);
      continue;
    }
    const key = `${qid}|${type}|${type === 'total' ? '' : code}|${group}`;
    const f = byKey.get(key);
    if (!f) {
      problems.push(`${at}: no such figure in the result`);
      continue;
    }
    seen.add(key);
    if (f.count === null) {
      for (const [name, s] of [['count', count], ['share of answered', shareAnswered], ['share of all', shareAll], ['per mille', perMille]]) {
        if (isNumber(s)) problems.push(`${at}: gives ${name} ${s} where the result hides the count`);
      }
      if (count !== '..') problems.push(`${at}: a hidden count is written "${count}", not ".."`);
    } else if (Number(count) !== f.count) problems.push(`${at}: gives ${count}, the result ${f.count}`);
  }
  for (const key of byKey.keys()) if (!seen.has(key)) problems.push(`the CSV has no row for ${key}`);
  return problems;
}
