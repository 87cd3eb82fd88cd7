import type { Definition, ScaleQuestion } from '../schema/questionnaire.js';
import type { LocalizedText as Text } from '../schema/locale.js';
import { options } from './options.js';
import { shippedDefinition } from '../schema/shipped.js';

/** A five-point question with anchor labels and "Vet ej", asked only when the follow-up could be done. */
function scale(id: string, label: Text, low: Text, high: Text): ScaleQuestion {
  return { id, kind: 'scale', label, points: 5, anchors: { low, high }, dontKnow: true, required: true };
}

const notAtAll = { sv: 'Inte alls', en: 'Not at all' };
const completely = { sv: 'Helt och hållet', en: 'Completely' };
const veryPoor = { sv: 'Mycket dåligt', en: 'Very poorly' };
const veryWell = { sv: 'Mycket bra', en: 'Very well' };
const notSafe = { sv: 'Inte alls trygg', en: 'Not safe at all' };
const quiteSafe = { sv: 'Helt trygg', en: 'Completely safe' };

/** The rest of the form is asked only when the follow-up could be done: "could not be done" skips it. */
const whenDone = { question: 'followupDone', equals: ['yes'] };

/**
 * A sample follow-up of a placement (a child or young person in residential
 * care), on the model the UBU-VB description sets out: three respondents
 * (the caseworker, the young person, the guardian), each answering their own
 * sections on five-point scales, and a deviation path that records why a
 * follow-up could not be done.
 *
 * The questions are written for Samsyn on the areas that description names
 * (school, health, safety, trust in staff, influence over everyday life).
 * They are not the official UBU items; a kommun that uses UBU loads its own
 * definition in the same format.
 */
export const followupDefinition: Definition = /* @__PURE__ */ shippedDefinition({
  id: 'placement-followup-sample',
  version: '1',
  kind: 'followup',
  title: {
    sv: 'Uppföljning av placering (exempelformulär)',
    en: 'Follow-up of a placement (sample form)',
  },
  description: {
    sv: 'Ett exempel på ett uppföljningsformulär med tre svarspersoner: handläggaren, den unga och vårdnadshavaren. Frågorna besvaras på en femgradig skala när placeringen avslutas.',
    en: 'A sample follow-up form with three respondents: the caseworker, the young person and the guardian. The questions are answered on a five-point scale when the placement ends.',
  },
  roles: [
    { id: 'caseworker', label: { sv: 'Handläggare', en: 'Caseworker' } },
    { id: 'young-person', label: { sv: 'Den unga', en: 'The young person' } },
    { id: 'guardian', label: { sv: 'Vårdnadshavare', en: 'Guardian' } },
  ],
  notes: [
    'Sample questions written for Samsyn on the areas the UBU-VB description names (school, health, safety, trust in staff, influence over everyday life). They are NOT the official UBU questionnaire items and must not be presented or reported as UBU results.',
    'Every respondent\'s record starts with "Genomförande": a follow-up that could not be done is recorded with its reason (the deviation path) and skips the rest of the form.',
  ],
  sections: [
    {
      id: 'conduct',
      title: { sv: 'Genomförande', en: 'Conduct of the follow-up' },
      description: {
        sv: 'Om uppföljningen inte kunde göras med den här svarspersonen anges skälet, och resten av formuläret hoppas över.',
        en: 'If the follow-up could not be done with this respondent, give the reason; the rest of the form is then skipped.',
      },
      questions: [
        {
          id: 'followupDone',
          kind: 'one',
          label: {
            sv: 'Kunde uppföljningen genomföras med den här svarspersonen?',
            en: 'Could the follow-up be done with this respondent?',
          },
          required: true,
          options: options(
            ['yes', 'Ja', 'Yes'],
            ['no', 'Nej', 'No'],
          ),
        },
        {
          id: 'notDoneReason',
          kind: 'one',
          label: { sv: 'Varför kunde uppföljningen inte genomföras?', en: 'Why could the follow-up not be done?' },
          required: true,
          when: { question: 'followupDone', equals: ['no'] },
          options: options(
            ['declined', 'Svarspersonen ville inte delta', 'The respondent did not want to take part'],
            ['not-reached', 'Svarspersonen gick inte att nå', 'The respondent could not be reached'],
            ['not-appropriate', 'Det bedömdes inte lämpligt, till exempel på grund av hur den unga mår', 'It was judged not appropriate, for example because of how the young person is feeling'],
            ['other', 'Annat skäl', 'Another reason'],
          ),
        },
        {
          id: 'notDoneComment',
          kind: 'text',
          label: { sv: 'Kommentar om avvikelsen', en: 'Comment on the deviation' },
          maxLength: 500,
          multiline: true,
          when: { question: 'followupDone', equals: ['no'] },
        },
      ],
    },
    {
      id: 'caseworker-assessment',
      title: { sv: 'Handläggarens bedömning', en: 'The caseworker’s assessment' },
      roles: ['caseworker'],
      when: whenDone,
      questions: [
        {
          id: 'placementMonths',
          kind: 'number',
          label: { sv: 'Hur länge varade placeringen?', en: 'How long did the placement last?' },
          help: { sv: 'Räkna hela månader.', en: 'Count whole months.' },
          integer: true,
          min: 0,
          max: 240,
          unit: { sv: 'månader', en: 'months' },
          required: true,
        },
        scale(
          'goalsReached',
          {
            sv: 'I vilken grad har målen i genomförandeplanen nåtts?',
            en: 'To what extent have the goals of the implementation plan been reached?',
          },
          notAtAll,
          completely,
        ),
        scale(
          'caseworkerSchool',
          { sv: 'Hur väl har den unga fått stöd i sin skolgång?', en: 'How well has the young person been supported at school?' },
          veryPoor,
          veryWell,
        ),
        scale(
          'caseworkerHealth',
          {
            sv: 'Hur väl har den ungas behov av hälso- och sjukvård tillgodosetts?',
            en: 'How well have the young person’s health care needs been met?',
          },
          veryPoor,
          veryWell,
        ),
        scale(
          'caseworkerSafety',
          { sv: 'Hur trygg bedömer du att den unga har varit?', en: 'How safe do you judge the young person has been?' },
          notSafe,
          quiteSafe,
        ),
        scale(
          'caseworkerTrust',
          {
            sv: 'I vilken grad har den unga haft förtroende för personalen?',
            en: 'To what extent has the young person trusted the staff?',
          },
          notAtAll,
          completely,
        ),
        scale(
          'caseworkerInfluence',
          {
            sv: 'I vilken grad har den unga fått påverka sin vardag?',
            en: 'To what extent has the young person had a say in their everyday life?',
          },
          notAtAll,
          completely,
        ),
      ],
    },
    {
      id: 'young-person-school-health',
      title: { sv: 'Skola och hälsa', en: 'School and health' },
      roles: ['young-person'],
      when: whenDone,
      questions: [
        scale(
          'youngSchool',
          { sv: 'Hur mycket hjälp har du fått med skolan?', en: 'How much help have you had with school?' },
          { sv: 'Ingen hjälp', en: 'No help' },
          { sv: 'Mycket hjälp', en: 'A lot of help' },
        ),
        scale(
          'youngHealth',
          { sv: 'Hur har du mått under tiden du bott där?', en: 'How have you been feeling while you lived there?' },
          veryPoor,
          veryWell,
        ),
      ],
    },
    {
      id: 'young-person-safety-trust',
      title: { sv: 'Trygghet och tillit', en: 'Safety and trust' },
      roles: ['young-person'],
      when: whenDone,
      questions: [
        scale('youngSafety', { sv: 'Hur trygg har du känt dig där?', en: 'How safe have you felt there?' }, notSafe, quiteSafe),
        scale(
          'youngTrust',
          { sv: 'Hur mycket har du kunnat lita på personalen?', en: 'How much have you been able to trust the staff?' },
          notAtAll,
          completely,
        ),
      ],
    },
    {
      id: 'young-person-influence',
      title: { sv: 'Inflytande över vardagen', en: 'Influence over everyday life' },
      roles: ['young-person'],
      when: whenDone,
      questions: [
        scale(
          'youngInfluence',
          {
            sv: 'Hur mycket har du fått vara med och bestämma om din vardag?',
            en: 'How much have you had a say in your everyday life?',
          },
          notAtAll,
          { sv: 'Väldigt mycket', en: 'Very much' },
        ),
        scale(
          'youngListened',
          { sv: 'Har personalen lyssnat på vad du tycker?', en: 'Have the staff listened to what you think?' },
          { sv: 'Aldrig', en: 'Never' },
          { sv: 'Alltid', en: 'Always' },
        ),
      ],
    },
    {
      id: 'guardian-view',
      title: { sv: 'Vårdnadshavarens syn', en: 'The guardian’s view' },
      roles: ['guardian'],
      when: whenDone,
      questions: [
        scale(
          'guardianSchool',
          { sv: 'Hur väl har ditt barn fått stöd med skolan?', en: 'How well has your child been supported with school?' },
          veryPoor,
          veryWell,
        ),
        scale(
          'guardianHealth',
          { sv: 'Hur väl har ditt barns hälsa tagits om hand?', en: 'How well has your child’s health been looked after?' },
          veryPoor,
          veryWell,
        ),
        scale(
          'guardianSafety',
          { sv: 'Hur trygg tror du att ditt barn har varit?', en: 'How safe do you think your child has been?' },
          notSafe,
          quiteSafe,
        ),
        scale(
          'guardianTrust',
          { sv: 'Hur stort förtroende har du haft för personalen?', en: 'How much have you trusted the staff?' },
          notAtAll,
          completely,
        ),
        scale(
          'guardianInfluence',
          {
            sv: 'I vilken grad har ditt barn fått påverka sin vardag?',
            en: 'To what extent has your child had a say in their everyday life?',
          },
          notAtAll,
          completely,
        ),
      ],
    },
    {
      id: 'closing',
      title: { sv: 'Övrigt', en: 'Other comments' },
      when: whenDone,
      questions: [
        {
          id: 'comments',
          kind: 'text',
          label: { sv: 'Övriga synpunkter', en: 'Other comments' },
          maxLength: 1000,
          multiline: true,
        },
      ],
    },
  ],
});
