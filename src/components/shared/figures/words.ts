import { registerMessages } from '../../../i18n/catalogs.js';
import * as reportMessages from '../../../i18n/messages/report.js';
import type { FiguresWords } from '../figures.js';
import type { Localizer } from './categories.js';

registerMessages(reportMessages);

/** What the chart and the report say of figures they cannot show, in the element's language when shown. */
export function figuresWords(l: Localizer): FiguresWords {
  return {
    invalidResult: () => l.term('chartInvalidResult'),
    invalidField: (path) => l.term('chartInvalidField', path),
    notList: () => l.term('chartRecordsNotList'),
    invalidRecords: () => l.term('chartInvalidRecords'),
    byNotLinked: (by) => l.term('chartByNotLinked', by),
    allRejected: (count, reason) => l.term('chartRecordsRejected', l.number(count), reason),
    someRejected: (count) => l.term('chartRecordsPartlyRejected', l.number(count)),
    loadFailed: () => l.term('loadFailed'),
  };
}
