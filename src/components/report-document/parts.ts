import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import type { MethodCount, MethodFigures } from '../../aggregate/method.js';
import { questionsOf, type Definition } from '../../schema/questionnaire.js';
import { pick } from '../../schema/locale.js';
import { columnHeads } from '../shared/figure-cell.js';
import { formats } from '../shared/figures/format.js';
import { heading } from '../shared/heading.js';
import type { AnalysisRecord, ReportMeta } from './report-document.component.js';

/*
 * The method and the analysis of `samsyn-report-document`: what they say, as
 * plain text and rows for the page and the Word file alike, and how the page
 * shows them. `lang` is that of the kommun's own words where it differs from
 * the page's.
 */

type Localizer = Pick<LocalizeController, 'term' | 'number' | 'locale'>;
type Lang = string | typeof nothing;

/** A method table as plain rows. */
export interface MethodTable {
  caption: string;
  head: string[];
  rows: string[][];
  note?: string;
}

/** A section of the analysis: each question with what was written, paragraph by paragraph. */
export interface AnalysisSection {
  section: string;
  questions: Array<{ label: string; answer: string[] }>;
}

/** The kommun's own paragraphs of a text: separated by blank lines. */
export const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** The method's sentences: the period, the persons against the target, then the kommun's own text. */
export function methodText(l: Localizer, meta: ReportMeta | undefined, method: MethodFigures | undefined, period: string | undefined): string[] {
  const f = formats(l);
  const lines: string[] = [];
  if (period) lines.push(l.term('docMethodPeriod', period));
  const total = method?.total;
  const target = meta?.target;
  if (total && total.count !== null) {
    lines.push(
      typeof target === 'number' && target > 0
        ? l.term('docPersonsTarget', f.count(total.count), f.count(target), f.percent(total.count / target))
        : l.term('docPersons', f.count(total.count)),
    );
  }
  if (meta?.text) lines.push(...paragraphsOf(meta.text));
  return lines;
}

/** The method tables: records by unit, and by form type. */
export function methodTables(l: Localizer, m: MethodFigures | undefined): MethodTable[] {
  if (!m) return [];
  const f = formats(l);
  const cell = (c: MethodCount) => (c.suppressed ? l.term('suppressedSign') : c.count === null ? l.term('missingSign') : f.count(c.count));
  const tables = [];
  const noteIf = (counts: MethodCount[]) => (counts.some((c) => c.suppressed) ? l.term('docMethodProtected', m.minCount) : undefined);
  if (m.units.length) {
    tables.push({
      caption: l.term('docUnitsCaption'),
      head: [l.term('docUnit'), l.term('docRecords')],
      rows: m.units.map((u) => [u.unit, cell(u.records)]),
      note: noteIf(m.units.map((u) => u.records)),
    });
  }
  const forms = m.formTypes;
  tables.push({
    caption: l.term('docFormCaption'),
    head: [l.term('docFormType'), l.term('docRecords')],
    rows: [
      [l.term('docFormStaff'), cell(forms.staff)],
      [l.term('docFormInterview'), cell(forms.interview)],
      ...(forms.unknown.count === 0 ? [] : [[l.term('docFormUnknown'), cell(forms.unknown)]]),
      [l.term('docAll'), cell(m.total)],
    ],
    note: noteIf([m.total, ...Object.values(forms)]),
  });
  return tables;
}

/** The method on the page: its sentences (the kommun's own `text` in `lang`), then its tables, numbered by `tableNo`. */
export function renderMethod(lines: string[], tables: MethodTable[], ownText: string | undefined, lang: Lang, tableNo: () => number, l: Localizer): TemplateResult {
  const own = ownText ? lines.length - paragraphsOf(ownText).length : Infinity;
  return html`${lines.map((p, i) => html`<p lang=${i >= own ? lang : nothing}>${p}</p>`)}
  ${tables.map((t) => {
    const n = tableNo();
    const id = `table-${n}`;
    return html`<div class="table-wrap figure-block" role="region" tabindex="0" aria-labelledby=${id}>
      <table part="table">
        <caption id=${id}>${l.term('docTable', n, t.caption)}</caption>
        <thead><tr>${columnHeads(t.head)}</tr></thead>
        <tbody>
          ${t.rows.map((r) => html`<tr><th scope="row">${r[0]}</th>${r.slice(1).map((c) => html`<td>${c}</td>`)}</tr>`)}
        </tbody>
      </table>
      ${t.note ? html`<p class="note">${t.note}</p>` : nothing}
    </div>`;
  })}`;
}

/** The analysis, question by question under its sections: what the units that took part wrote. */
export function analysisAnswers(l: Localizer, def: Definition, analysis: AnalysisRecord | undefined): AnalysisSection[] {
  const answers = analysis?.answers ?? {};
  const sections = new Map<string, AnalysisSection['questions']>();
  for (const { section, question } of questionsOf(def)) {
    const title = pick(section.title, l.locale);
    const value = answers[question.id];
    // An empty text has no paragraphs.
    const lines = value === undefined || value === null ? [] : (Array.isArray(value) ? value : [value]).flatMap((v) => paragraphsOf(String(v)));
    if (!sections.has(title)) sections.set(title, []);
    sections.get(title)!.push({ label: pick(question.label, l.locale), answer: lines });
  }
  return [...sections].map(([section, questions]) => ({ section, questions }));
}

/** The analysis on the page, its sections' headings at `level`. */
export function renderAnalysis(sections: AnalysisSection[], level: number, lang: Lang, l: Localizer): TemplateResult {
  return html`${sections.map(
    (s) => html`<section class="analysis-section">
      ${heading(level, s.section, { part: 'title', class: 'sub-title' })}
      ${s.questions.map(
        (q) => html`<div class="answer">
          ${heading(level + 1, q.label, { class: 'question' })}
          ${q.answer.length ? q.answer.map((p) => html`<p class="pre" lang=${lang}>${p}</p>`) : html`<p class="muted">${l.term('docNotAnswered')}</p>`}
        </div>`,
      )}
    </section>`,
  )}`;
}
