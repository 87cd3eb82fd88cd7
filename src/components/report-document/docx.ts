import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { LocalizeController } from '../../i18n/localize.js';
import type { ActionPlan } from '../../schema/action-plan.js';
import type { AggregateResult, Count } from '../../schema/aggregate-result.js';
import type { Participation } from '../../schema/participation.js';
import type { Definition } from '../../schema/questionnaire.js';
import { inventoryDefinition } from '../../definitions/inventory.js';
import { pick } from '../../schema/locale.js';
import { formats } from '../shared/figures/format.js';
import { trend as trendOf } from '../../aggregate/trend.js';
import { koladaFigure, KOLADA_NATION, type KoladaValue } from '../../schema/kolada.js';
import type { AnalysisSection, MethodTable } from './parts.js';
import type { SamsynReportDocument } from './report-document.component.js';

/** What only the document knows of itself, worded in the page's language; the rest the export reads from its properties. */
export interface DocxWords {
  title: string;
  period: string | undefined;
  runningHead: string;
  method: string[];
  methodTables: MethodTable[];
  analysis: AnalysisSection[];
  /** The anonymity statement's text. */
  statement: string;
}

/** What the Word file is built from: the document's parts as plain data, worded in the page's language. */
interface DocxModel {
  kommun?: string;
  title: string;
  period?: string;
  responsible?: string;
  date?: string;
  runningHead: string;
  background?: string;
  method?: string[];
  methodTables: MethodTable[];
  result?: AggregateResult;
  /** Earlier inventories, oldest first: a table per question over every period. */
  history?: readonly AggregateResult[];
  /** Figures of others in Kolada's shape, beside the kommun's per-mille figures. */
  reference?: readonly KoladaValue[];
  definition?: Definition;
  images: Array<{ question: string; src: string; title: string; alt: string; label?: string; width: number; height: number }>;
  analysis?: AnalysisSection[];
  plan?: ActionPlan;
  participation?: Participation;
  statement?: { signatory: string; text: string; date?: string };
  outline: Array<{ id: string; title: string }>;
}

/** The document's parts as plain data; a part the document does not show is left out. */
async function modelOf(doc: SamsynReportDocument, words: DocxWords, l: LocalizeController): Promise<DocxModel> {
  return {
    kommun: doc.kommun,
    title: words.title,
    period: words.period,
    responsible: doc.responsible,
    date: doc.date ? l.date(doc.date) : undefined,
    runningHead: words.runningHead,
    background: doc.shows('background') ? doc.background : undefined,
    method: doc.shows('method') ? words.method : undefined,
    methodTables: doc.shows('method') ? words.methodTables : [],
    result: doc.shows('results') ? doc.report?.shownResult : undefined,
    history: doc.history,
    reference: doc.reference,
    definition: doc.definition,
    images: (await doc.report?.chartImages()) ?? [],
    analysis: doc.shows('analysis') ? words.analysis : undefined,
    plan: doc.shows('plan') ? doc.plan : undefined,
    participation: doc.shows('views') ? doc.participation : undefined,
    statement: doc.shows('statement') && doc.statement ? { ...doc.statement, text: words.statement } : undefined,
    outline: doc.outline,
  };
}

const H1 = HeadingLevel.HEADING_1;
const H2 = HeadingLevel.HEADING_2;
const H3 = HeadingLevel.HEADING_3;

/** The width an image is given on an A4 page between the margins, in pixels at 96 dpi. */
const PAGE_WIDTH_PX = 600;

/**
 * The Word file: Heading 1–3 styles for the outline (so Word's navigation
 * pane and table of contents work), real tables with header rows, and the
 * charts as PNG images whose description is their text alternative.
 */
export async function buildDocx(element: SamsynReportDocument, words: DocxWords, l: LocalizeController): Promise<Blob> {
  const model = await modelOf(element, words, l);
  const f = formats(l);
  const body: FileChild[] = [];
  let tables = 0;
  let figures = 0;
  const p = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
    new Paragraph({ children: [new TextRun({ text, ...options })], spacing: { after: 120 } });
  const h = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level, keepNext: true });
  const caption = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })], keepNext: true, spacing: { before: 120, after: 60 } });
  const table = (head: string[], rows: string[][]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: head.map((t, i) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: t, bold: true })], alignment: i ? AlignmentType.RIGHT : AlignmentType.LEFT })] })),
        }),
        ...rows.map(
          (r) =>
            new TableRow({
              cantSplit: true,
              children: r.map((t, i) => new TableCell({ children: [new Paragraph({ text: t, alignment: i ? AlignmentType.RIGHT : AlignmentType.LEFT })] })),
            }),
        ),
      ],
    });
  const numberedTable = (title: string, head: string[], rows: string[][], note?: string) => {
    body.push(caption(l.term('docTable', ++tables, title)), table(head, rows));
    if (note) body.push(p(note, { italics: true }));
  };

  // Cover.
  if (model.kommun) body.push(p(model.kommun, { bold: true }));
  body.push(new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }));
  for (const [label, value] of [
    [l.term('docPeriod'), model.period],
    [l.term('docResponsible'), model.responsible],
    [l.term('docDate'), model.date],
  ] as const) {
    if (value) body.push(new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }));
  }

  if (model.outline.length > 1) {
    body.push(
      new Paragraph({ text: l.term('docContents'), heading: H1, pageBreakBefore: true }),
      new TableOfContents(l.term('docContents'), {
        hyperlink: true,
        headingStyleRange: '1-2',
        cachedEntries: model.outline.map((e) => ({ title: e.title, level: 1 })),
      }),
      p(l.term('docTocNote'), { italics: true }),
    );
  }

  const part = (title: string) => body.push(new Paragraph({ text: title, heading: H1, pageBreakBefore: true }));

  if (model.background) {
    part(l.term('docBackground'));
    for (const para of model.background.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean)) body.push(p(para));
  }

  if (model.method) {
    part(l.term('docMethod'));
    for (const line of model.method) body.push(p(line));
    for (const t of model.methodTables) numberedTable(t.caption, t.head, t.rows, t.note);
  }

  if (model.result) {
    part(l.term('docResults'));
    const result = model.result;
    const definition = model.definition ?? inventoryDefinition;
    const count = (c: Count | undefined) =>
      !c ? l.term('missingSign') : c.suppressed && c.count === null ? l.term('suppressedSign') : c.count === null ? l.term('missingSign') : f.count(c.count);
    body.push(p(`${l.term('reportTotal')}: ${count(result.total.all)}`));
    const perMille = (c: Count | undefined) =>
      !c ? l.term('missingSign') : c.suppressed ? l.term('suppressedSign') : c.perMille == null ? l.term('missingSign') : f.perMille(c.perMille);
    const gender = result.questions.find((q) => q.id === 'gender')?.options ?? [];
    const woman = gender.find((o) => o.code === 'woman')?.cells;
    const man = gender.find((o) => o.code === 'man')?.cells;
    if (result.by === 'ageBand' && result.population) {
      body.push(h(l.term('reportPerMilleHeading'), H2));
      numberedTable(
        l.term('reportPerMilleCaption'),
        ['', ...gender.map((o) => pick(o.label, l.locale)), l.term('chartAll')],
        [
          ...result.groups.map((g) => [pick(g.label, l.locale), ...gender.map((o) => perMille(o.cells.groups[g.code])), perMille(result.total.groups[g.code])]),
          [l.term('chartAll'), ...gender.map((o) => perMille(o.cells.all)), perMille(result.total.all)],
        ],
      );
      const pop = result.population;
      if (pop.total) {
        const side = (code: string) => pop.byOption?.gender?.[code]?.total;
        body.push(p(l.term('reportDenominator', f.count(pop.total), side('woman') ? f.count(side('woman')!) : '-', side('man') ? f.count(side('man')!) : '-'), { italics: true }));
      }
      if (model.reference?.length) {
        body.push(h(l.term('referenceHeading'), H2));
        const name = (r: KoladaValue) =>
          r.label ? (typeof r.label === 'string' ? r.label : pick(r.label, l.locale)) : r.municipality === KOLADA_NATION ? l.term('referenceNation') : r.municipality;
        const ref = (r: KoladaValue, g: 'K' | 'M' | 'T') => {
          const v = koladaFigure(r, g);
          return v.value === null ? l.term('suppressedSign') : f.perMille(v.value);
        };
        numberedTable(
          l.term('referenceCaption'),
          [l.term('referenceWho'), l.term('referenceWomen'), l.term('referenceMen'), l.term('chartAll')],
          [
            [model.kommun ?? l.term('referenceOwn'), perMille(woman?.all), perMille(man?.all), perMille(result.total.all)],
            ...model.reference.map((r) => [name(r), ref(r, 'K'), ref(r, 'M'), ref(r, 'T')]),
          ],
          l.term('referenceNote'),
        );
      }
    }
    const sections = [...new Set(result.questions.map((q) => q.section))];
    const order = definition.sections.map((s) => s.id);
    sections.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    for (const sectionId of sections) {
      const section = definition.sections.find((s) => s.id === sectionId);
      const questions = result.questions.filter((q) => q.section === sectionId && (q.options?.length || q.histogram?.length));
      if (!questions.length) continue;
      body.push(h(section ? pick(section.title, l.locale) : sectionId, H2));
      for (const q of questions) {
        const label = pick(q.label, l.locale);
        body.push(h(label, H3));
        const image = model.images.find((i) => i.question === q.id);
        if (image) {
          const number = image.label ?? l.term('docFigure', ++figures);
          const scale = Math.min(1, PAGE_WIDTH_PX / image.width);
          body.push(
            new Paragraph({
              keepNext: true,
              children: [
                new ImageRun({
                  type: 'png',
                  data: dataOf(image.src),
                  transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
                  altText: { name: number, title: `${number} ${image.title}`, description: `${number} ${image.alt}` },
                }),
              ],
            }),
            p(`${number} ${image.title}`, { italics: true }),
          );
        }
        const rows = q.options?.length
          ? q.options.map((o) => [pick(o.label, l.locale), count(o.cells.all), o.cells.all.shareOfAnswered == null ? l.term('missingSign') : f.percent(o.cells.all.shareOfAnswered)])
          : (q.histogram ?? []).map((b) => [b.label ? pick(b.label, l.locale) : `${f.count(b.from)}–${f.count(b.to)}`, count(b.cells.all), b.cells.all.shareOfAnswered == null ? l.term('missingSign') : f.percent(b.cells.all.shareOfAnswered)]);
        numberedTable(label, [l.term('chartOption'), l.term('docRecords'), l.term('docShare')], rows);
      }
    }
    if (model.history?.length) {
      const t = trendOf([...model.history, result]);
      const first = t.periods[0];
      const last = t.periods[t.periods.length - 1];
      body.push(h(l.term('trendHeading', first, last), H2));
      for (const q of t.questions) {
        const label = pick(q.label, l.locale);
        numberedTable(
          l.term('trendCaption', label, first, last),
          [l.term('chartOption'), ...t.periods, l.term('reportPercentagePoints')],
          q.options.map((s) => [
            pick(s.label, l.locale),
            ...s.points.map((pt) =>
              pt.suppressed ? l.term('suppressedSign') : pt.count === null ? l.term('missingSign') : pt.share === null ? f.count(pt.count) : `${f.count(pt.count)} (${f.percent(pt.share)})`,
            ),
            s.change.percentagePoints === null ? (s.change.suppressed ? l.term('suppressedSign') : l.term('missingSign')) : f.signed(s.change.percentagePoints, 1),
          ]),
        );
      }
      body.push(p(l.term('trendNote'), { italics: true }));
    }
    const hidden = JSON.stringify(result).includes('"suppressed":true');
    if (hidden) body.push(p(l.term('suppressedNote', result.minCount), { italics: true }));
  }

  if (model.analysis) {
    part(l.term('docAnalysis'));
    for (const s of model.analysis) {
      body.push(h(s.section, H2));
      for (const q of s.questions) {
        body.push(h(q.label, H3));
        if (q.answer.length) for (const a of q.answer) body.push(p(a));
        else body.push(p(l.term('docNotAnswered'), { italics: true }));
      }
    }
  }

  if (model.plan) {
    part(l.term('docPlan'));
    const plan = model.plan;
    if (plan.title) body.push(h(plan.title, H2));
    numberedTable(
      plan.title || l.term('docPlan'),
      [l.term('docPlanGoal'), l.term('docPlanActivity'), l.term('docPlanResponsible'), l.term('docPlanDeadline')],
      plan.rows.map((r) => [r.goal ?? '', r.activity, r.responsible ?? '', r.deadline ? l.date(r.deadline) : (r.schedule ?? '')]),
    );
  }

  if (model.participation) {
    part(l.term('docViews'));
    const { organisations, views } = model.participation;
    numberedTable(
      l.term('docViewsOrganisations'),
      [l.term('docViewsOrganisation'), l.term('docViewsRepresentatives')],
      organisations.map((o) => [o.name, o.representatives ?? '']),
    );
    for (const v of views) {
      const by = organisations.find((o) => o.id === v.organisation)?.name;
      body.push(new Paragraph({ bullet: { level: 0 }, children: [...(by ? [new TextRun({ text: `${by}: `, bold: true })] : []), new TextRun(v.text)] }));
    }
  }

  if (model.statement) {
    part(l.term('docStatement'));
    body.push(p(model.statement.text));
    body.push(
      new Paragraph({
        spacing: { before: 480 },
        children: [
          new TextRun({ text: `${l.term('docSignedBy')}: `, bold: true }),
          new TextRun(model.statement.signatory),
          ...(model.statement.date ? [new TextRun(`, ${l.date(model.statement.date)}`)] : []),
        ],
      }),
    );
  }

  const small = { size: 18, color: '444444' };
  const doc = new Document({
    creator: model.kommun ?? 'Samsyn',
    title: model.title,
    description: model.runningHead,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1250, bottom: 1130, left: 1020, right: 1020 } }, titlePage: true },
        headers: {
          default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: model.runningHead, ...small })] })] }),
          first: new Header({ children: [] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ children: [`${l.term('docPageOf')} `, PageNumber.CURRENT, ` ${l.term('docPageOfPages')} `, PageNumber.TOTAL_PAGES], ...small }),
                ],
              }),
            ],
          }),
          first: new Footer({ children: [] }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBlob(doc);
}

/** The bytes of a `data:image/png;base64,…` URL. */
function dataOf(src: string): Uint8Array {
  const base64 = src.slice(src.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Offers the Word file for download, named after the report, the kommun and the period (lower case, letters,
 * digits and hyphens): an `<a download>` inside `container` (the element's shadow root) for one click, so the
 * page's DOM is not touched.
 */
export function saveDocx(blob: Blob, container: ParentNode, l: LocalizeController, ...parts: Array<string | undefined>): void {
  const name = [l.term('docFileName'), ...parts]
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-');
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${name}.docx`;
  a.hidden = true;
  container.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}
