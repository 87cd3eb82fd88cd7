#!/usr/bin/env node
// Converts a Samsyn questionnaire definition into a SurveyJS survey JSON, so
// that the peer renders the same questionnaire (same pages, questions, codes,
// labels in both languages, required answers and conditions) in the
// rendering benchmark.
//
//   node bench/to-surveyjs.mjs > inventory.surveyjs.json   the national inventory from the built dist/schema.js
//
// SurveyJS takes localized strings as `{ sv, en }` objects, as the definition
// has them, and picks one by the survey's `locale`.
import { pathToFileURL } from 'node:url';

const SCALE_DONT_KNOW = { sv: 'Vet ej', en: "Don't know" };

const quote = (v) => (typeof v === 'number' ? String(v) : `'${String(v).replaceAll("'", "\\'")}'`);

/** A Samsyn `when` condition as a SurveyJS `visibleIf` expression (`anyof` also means "contains any" for arrays). */
export function toExpression(cond) {
  const values = cond.equals ?? cond.includes ?? [];
  return `{${cond.question}} anyof [${values.map(quote).join(', ')}]`;
}

const choicesOf = (options) =>
  options.map((o) => ({ value: o.code, text: o.label, ...(o.exclusive ? { isExclusive: true } : {}) }));

function element(q) {
  const common = {
    name: q.id,
    title: q.label,
    ...(q.help ? { description: q.help } : {}),
    ...(q.required ? { isRequired: true } : {}),
    ...(q.when ? { visibleIf: toExpression(q.when) } : {}),
  };
  switch (q.kind) {
    case 'one':
      // SurveyJS has no option groups in a radio group: grouped options (housing) become one flat list, in order.
      return { type: 'radiogroup', ...common, choices: choicesOf(q.options ?? q.groups.flatMap((g) => g.options)) };
    case 'many':
      return { type: 'checkbox', ...common, choices: choicesOf(q.options) };
    case 'number':
      return {
        type: 'text',
        inputType: 'number',
        ...common,
        ...(q.min !== undefined ? { min: q.min } : {}),
        ...(q.max !== undefined ? { max: q.max } : {}),
        ...(q.integer ? { step: 1 } : {}),
      };
    case 'text':
      return { type: q.multiline ? 'comment' : 'text', ...common, maxLength: q.maxLength };
    case 'date':
      return {
        type: 'text',
        inputType: 'date',
        ...common,
        ...(q.min ? { min: q.min } : {}),
        ...(q.max ? { max: q.max } : {}),
      };
    case 'scale': {
      const points = q.points ?? 5;
      const values = Array.from({ length: points }, (_, i) => ({ value: i + 1, text: String(i + 1) }));
      return {
        type: 'rating',
        ...common,
        rateValues: q.dontKnow ? [...values, { value: 'dont-know', text: SCALE_DONT_KNOW }] : values,
        minRateDescription: q.anchors.low,
        maxRateDescription: q.anchors.high,
      };
    }
    default:
      throw new Error(`to-surveyjs: question "${q.id}" has kind "${q.kind}", which has no SurveyJS counterpart here`);
  }
}

/**
 * The SurveyJS JSON of `definition`: one page per section, one element per
 * question, the options as choices with the same codes in the same order.
 * Answers to questions that become hidden are cleared at once, as Samsyn's
 * form prunes them.
 */
export function toSurveyJs(definition, { locale = 'sv' } = {}) {
  return {
    title: definition.title,
    ...(definition.description ? { description: definition.description } : {}),
    locale,
    clearInvisibleValues: 'onHidden',
    pages: definition.sections.map((s) => ({
      name: s.id,
      title: s.title,
      ...(s.description ? { description: s.description } : {}),
      ...(s.when ? { visibleIf: toExpression(s.when) } : {}),
      elements: s.questions.map(element),
    })),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { inventoryDefinition } = await import('samsyn/schema');
  console.log(JSON.stringify(toSurveyJs(inventoryDefinition), null, 2));
}
