import type { Definition } from '../../src/schema/questionnaire.js';
import type { AnswerValue } from '../../src/schema/record.js';

/*
 * Small fixed data for the aggregate tests, with every figure worked out by
 * hand in the tests. The same data is in tests/node/aggregate.test.mjs,
 * which checks the built module.
 */

/** A small definition with every kind of question and a condition. */
export const survey: Definition = {
  id: 'test-survey',
  version: '1',
  kind: 'questionnaire',
  title: { sv: 'Testenkät', en: 'Test survey' },
  sections: [
    {
      id: 'about',
      title: { sv: 'Om dig', en: 'About you' },
      questions: [
        {
          id: 'gender',
          kind: 'one',
          label: { sv: 'Kön', en: 'Gender' },
          required: true,
          options: [
            { code: 'woman', label: { sv: 'Kvinna', en: 'Woman' } },
            { code: 'man', label: { sv: 'Man', en: 'Man' } },
          ],
        },
        { id: 'age', kind: 'number', label: { sv: 'Ålder', en: 'Age' }, integer: true, min: 18, max: 99, unit: { sv: 'år', en: 'years' } },
        {
          id: 'pets',
          kind: 'many',
          label: { sv: 'Husdjur', en: 'Pets' },
          options: [
            { code: 'cat', label: { sv: 'Katt', en: 'Cat' } },
            { code: 'dog', label: { sv: 'Hund', en: 'Dog' } },
            { code: 'none', label: { sv: 'Inga', en: 'None' }, exclusive: true },
          ],
        },
        {
          id: 'mood',
          kind: 'scale',
          label: { sv: 'Mående', en: 'Mood' },
          points: 5,
          dontKnow: true,
          anchors: { low: { sv: 'Mycket dåligt', en: 'Very bad' }, high: { sv: 'Mycket bra', en: 'Very good' } },
        },
      ],
    },
    {
      id: 'work',
      title: { sv: 'Arbete', en: 'Work' },
      questions: [
        {
          id: 'work',
          kind: 'one',
          label: { sv: 'Arbetar', en: 'Works' },
          required: true,
          options: [
            { code: 'yes', label: { sv: 'Ja', en: 'Yes' } },
            { code: 'no', label: { sv: 'Nej', en: 'No' } },
          ],
        },
        {
          id: 'workKind',
          kind: 'many',
          label: { sv: 'Typ av arbete', en: 'Kind of work' },
          required: true,
          when: { question: 'work', equals: ['yes'] },
          options: [
            { code: 'office', label: { sv: 'Kontor', en: 'Office' } },
            { code: 'field', label: { sv: 'Fält', en: 'Field' } },
          ],
        },
        { id: 'note', kind: 'text', label: { sv: 'Anteckning', en: 'Note' }, maxLength: 100 },
        { id: 'since', kind: 'date', label: { sv: 'Sedan', en: 'Since' } },
      ],
    },
  ],
};

export const rec = (answers: Record<string, AnswerValue>) => ({ definition: 'test-survey@1', answers });
/** Eight valid records: four women (r1, r2, r3, r7) and four men (r4, r5, r6, r8). */
export const valid = [
  rec({ gender: 'woman', age: 20, pets: ['cat'], mood: 4, work: 'yes', workKind: ['office'] }),
  rec({ gender: 'woman', age: 35, pets: ['cat', 'dog'], mood: 5, work: 'yes', workKind: ['office', 'field'], note: 'Hemlig anteckning' }),
  rec({ gender: 'woman', age: 41, pets: ['none'], mood: 'dont-know', work: 'no' }),
  rec({ gender: 'man', age: 58, pets: ['dog'], mood: 2, work: 'yes', workKind: ['field'], since: '2014-03-01' }),
  rec({ gender: 'man', pets: [], mood: 3, work: 'no' }),
  rec({ gender: 'man', age: 22, mood: 4, work: 'no' }),
  rec({ gender: 'woman', age: 29, pets: ['cat'], mood: 4, work: 'yes', workKind: ['field'] }),
  rec({ gender: 'man', age: 33, pets: ['cat', 'dog'], work: 'yes', workKind: ['office'] }),
];
/** Eight invalid ones, each with a known first problem. */
export const invalid: unknown[] = [
  { definition: 'other-survey@1', answers: { gender: 'woman', work: 'no' } },
  'hello',
  rec({ work: 'no' }),
  rec({ gender: 'man', work: 'no', workKind: ['office'] }),
  rec({ gender: 'man', work: 'no', pets: ['none', 'cat'] }),
  rec({ gender: 'man', work: 'no', note: 'ring 121212-1212' }),
  rec({ gender: 'man', work: 'no', shoeSize: 44 }),
  rec({ gender: 'man', work: 'no', mood: 7 }),
];
