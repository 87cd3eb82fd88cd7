import { inventoryDefinition } from '../definitions/inventory.js';
import { DONT_KNOW, type Condition, type Definition } from '../schema/questionnaire.js';
import type { AnswerValue, SamsynRecord } from '../schema/record.js';
import { Kind, compileDefinition, type CompiledQuestion } from './compile.js';

export interface GenerateOptions {
  /** How many records. Default 350 (a middle-sized kommun's inventory). */
  count?: number;
  /** The same seed gives the same records, on every machine. Default 1. */
  seed?: number;
  /** The definition to fill in. Default: the national inventory. */
  definition?: Definition;
}

/** sfc32: small, fast and good enough for test data; the same sequence everywhere. */
function prng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/**
 * Shares loosely like the published inventories: Stockholm 2013 (seed 002:
 * 3,596 persons, 53 % women, 84 % in contact with both social services and
 * psychiatry, SIP for 941 + 160 in progress, 2,167 in ordinary housing, 45 %
 * with an occupation, 6 % cooperation with Försäkringskassan and 3 % with
 * Arbetsförmedlingen) and Tierp 2013 (seed 000). Weights per option code of
 * single-choice questions, by question id; other questions and options get
 * even weights.
 */
const oneWeights: Record<string, Record<string, number>> = {
  gender: { woman: 55, man: 45 },
  psychiatryContact: { 'social-services-and-psychiatry': 83, 'social-services-only': 11, unknown: 6 },
  sip: { established: 26, 'in-progress': 4.5, missing: 50, unknown: 19.5 },
  housing: {
    ordinary: 30,
    'ordinary-with-support': 30,
    'special-housing': 5.5,
    'with-relatives': 2.5,
    'social-contract': 9,
    'temporary-with-friends': 1,
    'placed-in-municipality': 12,
    'placed-elsewhere': 8,
    'homeless-institution': 0.6,
    'homeless-acute': 0.6,
  },
  education: {
    'compulsory-incomplete': 9,
    'compulsory-complete': 20,
    'upper-secondary-incomplete': 12,
    'upper-secondary-complete': 27,
    'university-incomplete': 5,
    'university-complete': 7,
    'other-post-secondary-incomplete': 2,
    'other-post-secondary-complete': 3,
    unknown: 15,
  },
  occupationStatus: { had: 45, 'had-not': 42, 'not-applicable': 5, unknown: 8 },
  occupationDifficulty: { none: 6, mild: 14, moderate: 30, severe: 28, complete: 10, unknown: 12 },
  needPsychiatric: { '0': 10, '1': 40, '2': 25, '3': 10, '9': 15 },
  healthCheck: { done: 35, 'not-done': 25, unknown: 40 },
  healthProblems: { yes: 45, no: 35, unknown: 20 },
  dentalProblems: { yes: 35, no: 30, unknown: 35 },
  relativesSupport: { 'practical-support': 35, 'no-support': 45, unknown: 20 },
};

/** Age bands by gender, from seed 002's table of persons with an intervention (per cent of everyone). */
const ageByGender: Record<string, Record<string, number>> = {
  man: { '18-24': 2, '25-34': 7, '35-44': 9, '45-54': 14, '55-64': 14, '65-plus': 1 },
  woman: { '18-24': 4, '25-34': 7, '35-44': 11, '45-54': 16, '55-64': 15, '65-plus': 1 },
};

/** Probability that each option of a multiple-choice question is chosen; exclusive options ("Ej känt") are chosen alone. */
const manyChances: Record<string, Record<string, number>> = {
  cooperation: {
    'social-services': 0.95,
    'labour-market-unit': 0.08,
    'private-for-municipality': 0.1,
    'outpatient-psychiatry': 0.8,
    'inpatient-psychiatry': 0.15,
    'forensic-psychiatry': 0.03,
    'primary-care': 0.3,
    'addiction-care': 0.1,
    'private-for-region': 0.05,
    'social-insurance-agency': 0.06,
    'employment-service': 0.03,
    'other-agency': 0.05,
  },
  occupationTypes: {
    'self-employed': 0.01,
    'open-labour-market': 0.08,
    association: 0.05,
    'sheltered-employment': 0.12,
    'social-enterprise': 0.06,
    'municipal-day-activity': 0.45,
    'open-day-activity': 0.25,
    studies: 0.08,
    other: 0.06,
    unknown: 0.03,
  },
  income: {
    salary: 0.08,
    'activity-compensation': 0.55,
    'sickness-benefit': 0.1,
    'parental-benefit': 0.01,
    'old-age-pension': 0.03,
    'study-allowance': 0.03,
    'financial-assistance': 0.2,
    other: 0.05,
    unknown: 0.04,
  },
  // Who the person lives with is drawn first (livesWith); these come on top.
  household: { alone: 0, partner: 0, parents: 0, 'other-adults': 0, 'own-children': 0.13, 'others-children': 0.03, unknown: 0.04 },
};

/** Who the person lives with: one of these, then perhaps children (the household question). */
const livesWith: Record<string, number> = { alone: 62, partner: 13, parents: 10, 'other-adults': 15 };

type Sampler = (random: () => number) => string;

function weighted(codes: readonly string[], weights: Record<string, number> | undefined): Sampler {
  // An option the profile does not know (a kommun's own) gets a small share.
  const cumulative = Float64Array.from(codes, (c) => weights?.[c] ?? 1);
  for (let i = 1; i < cumulative.length; i++) cumulative[i] += cumulative[i - 1];
  const top = cumulative[cumulative.length - 1];
  return (random) => {
    const x = random() * top;
    let i = 0;
    while (i < cumulative.length - 1 && cumulative[i] <= x) i++;
    return codes[i];
  };
}

const words = ['stöd', 'boende', 'kontakt', 'planering', 'samverkan', 'uppföljning', 'behov', 'insats', 'aktivitet', 'hälsa'];
const DAY = 86_400_000;

/** An answer generator per question: how a record answers it when it is asked. */
function answerer(q: CompiledQuestion): (random: () => number, answers: Record<string, AnswerValue>) => AnswerValue | undefined {
  const question = q.question;
  const optional = !q.required;
  const skip = (random: () => number, chance: number) => optional && random() > chance;
  switch (q.kind) {
    case Kind.One: {
      const plain = weighted(q.codeList, oneWeights[q.id]);
      const byGender =
        q.id === 'ageBand' ? Object.fromEntries(Object.entries(ageByGender).map(([g, w]) => [g, weighted(q.codeList, w)])) : undefined;
      return (random, answers) => {
        if (skip(random, 0.9)) return undefined;
        const sampler = byGender?.[answers.gender as string] ?? plain;
        return sampler(random);
      };
    }
    case Kind.Scale: {
      const points = q.codeList.filter((c) => c !== DONT_KNOW).length;
      const dontKnow = q.codeList.includes(DONT_KNOW);
      return (random) => {
        if (skip(random, 0.9)) return undefined;
        if (dontKnow && random() < 0.05) return DONT_KNOW;
        // Leaning to the upper middle, as satisfaction answers do.
        return Math.min(points, 1 + Math.floor(((random() + random() + random()) / 3) * points * 1.15));
      };
    }
    case Kind.Many: {
      const options = q.codeList;
      const known = manyChances[q.id];
      const chances = Float64Array.from(options, (code, k) => known?.[code] ?? (q.exclusive[k] ? 0.04 : 0.3));
      const exclusive = options.flatMap((_, k) => (q.exclusive[k] ? [k] : []));
      const others = options.filter((_, k) => !q.exclusive[k]);
      const lives = Object.keys(livesWith);
      const main =
        q.id === 'household' && lives.every((c) => options.includes(c)) ? weighted(lives, livesWith) : undefined;
      const fallback = weighted(others.length ? others : options, known);
      return (random) => {
        if (skip(random, 0.9)) return undefined;
        for (const k of exclusive) if (random() < chances[k]) return [options[k]];
        const first = main ? main(random) : undefined;
        // Definition order, as a form sends them.
        const chosen: string[] = [];
        for (let k = 0; k < options.length; k++) {
          if (q.exclusive[k]) continue;
          const code = options[k];
          if (code === first || (chances[k] > 0 && random() < chances[k])) chosen.push(code);
        }
        if (chosen.length === 0) chosen.push(fallback(random));
        return chosen;
      };
    }
    case Kind.Number: {
      const low = Number.isFinite(q.min) ? q.min : q.max < Infinity ? q.max - 100 : 0;
      const high = Number.isFinite(q.max) ? q.max : low + 100;
      const from = q.integer ? Math.ceil(low) : low;
      const to = q.integer ? Math.floor(high) : high;
      if (from > to) return () => undefined;
      return (random) => {
        if (skip(random, 0.9)) return undefined;
        // Skewed towards the low end: durations and ages of this kind mostly are.
        const x = from + (to - from) * random() * random();
        return q.integer ? Math.min(to, Math.max(from, Math.round(x))) : Math.min(to, Math.max(from, Math.round(x * 10) / 10));
      };
    }
    case Kind.Text: {
      const max = q.maxLength;
      return (random) => {
        if (skip(random, 0.3)) return undefined;
        const text = Array.from({ length: 1 + Math.floor(random() * 4) }, () => words[Math.floor(random() * words.length)]).join(' ');
        return text.slice(0, max);
      };
    }
    case Kind.Date: {
      const min = Date.parse(question.kind === 'date' && question.min ? question.min : '2012-06-01');
      const max = Date.parse(question.kind === 'date' && question.max ? question.max : '2016-12-31');
      const first = Math.min(min, max);
      const days = Math.floor((Math.max(min, max) - first) / DAY);
      return (random) => {
        if (skip(random, 0.9)) return undefined;
        return new Date(first + Math.floor(random() * (days + 1)) * DAY).toISOString().slice(0, 10);
      };
    }
  }
  return () => undefined;
}

/** Whether a condition holds, given the answers so far and which questions were asked. */
function holds(cond: Condition | undefined, answers: Record<string, AnswerValue>, asked: Uint8Array, indexOf: Map<string, number>): boolean {
  if (!cond) return true;
  if (!asked[indexOf.get(cond.question) ?? -1]) return false;
  const value = answers[cond.question];
  if (cond.equals) return (cond.equals as unknown[]).includes(value);
  if (cond.includes) return Array.isArray(value) && value.some((v) => cond.includes!.includes(v));
  return false;
}

/**
 * Deterministic synthetic records for the demo, stories, tests and
 * benchmarks: the same seed gives the same records. Every record is valid
 * for the definition (conditions, required answers and exclusive options
 * respected). For the national inventory the shares are loosely those of the
 * published inventories (seeds 000 and 002): about 55 % women, most aged
 * 45–64, a SIP for about a quarter and one in progress for 4–5 %, most in
 * ordinary housing. Fast enough for millions of records.
 */
export function generateRecords(options: GenerateOptions = {}): SamsynRecord[] {
  const count = options.count ?? 350;
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`generateRecords: count must be a whole number of 0 or more, not ${String(options.count)}.`);
  const definition = options.definition ?? inventoryDefinition;
  const compiled = compileDefinition(definition);
  const random = prng(options.seed ?? 1);
  const answerers = compiled.questions.map(answerer);
  const roles = compiled.roles;
  const records: SamsynRecord[] = new Array<SamsynRecord>(count);
  const indexOf = new Map(compiled.questions.map((q) => [q.id, q.index]));
  const asked = new Uint8Array(compiled.questions.length);
  for (let r = 0; r < count; r++) {
    const role = roles ? roles[Math.floor(random() * roles.length)] : undefined;
    const answers: Record<string, AnswerValue> = {};
    asked.fill(0);
    let section = -1;
    let sectionShown = true;
    for (const q of compiled.questions) {
      if (q.sectionIndex !== section) {
        section = q.sectionIndex;
        const s = q.section;
        sectionShown = !(role !== undefined && s.roles && !s.roles.includes(role)) && holds(s.when, answers, asked, indexOf);
      }
      if (!sectionShown || !holds(q.question.when, answers, asked, indexOf)) continue;
      asked[q.index] = 1;
      const value = answerers[q.index](random, answers);
      if (value !== undefined) answers[q.id] = value;
    }
    records[r] = role === undefined ? { definition: compiled.ref, answers } : { definition: compiled.ref, role, answers };
  }
  return records;
}
