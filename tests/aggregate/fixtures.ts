import type { Definition } from '../../src/schema/questionnaire.js';
import type { AnswerValue } from '../../src/schema/record.js';

/*
 * Small fixed data for the aggregate tests, with every figure worked out by
 * hand in the tests. The data is tests/fixtures/aggregate-survey.json, which
 * tests/node/aggregate.test.mjs reads too, to check the built module.
 */

export const rec = (answers: Record<string, AnswerValue>) => ({ definition: 'test-survey@1', answers });
type Fixture = { survey: Definition; valid: Array<ReturnType<typeof rec>>; invalid: unknown[] };
const data = (await (await fetch(new URL('../fixtures/aggregate-survey.json', import.meta.url))).json()) as Fixture;

/** A small definition with every kind of question and a condition. */
export const survey = data.survey;

/** Eight valid records: four women (r1, r2, r3, r7) and four men (r4, r5, r6, r8). */
export const valid = data.valid;
/**
 * Eight invalid ones, each with a known first problem: another definition,
 * not a record, a required answer missing, an answer to a question not
 * asked, an exclusive option with another, a personal identity number, an
 * unknown question, a scale value out of range.
 */
export const invalid = data.invalid;
