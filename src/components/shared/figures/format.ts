import type { Localizer } from './categories.js';

/**
 * The default series colours (`--samsyn-chart-color-1` … `-6` override them). Each has at least 4.5:1
 * against white: bars keep 3:1 against the background, and the white marks of the patterns and the
 * labels' white boxes stay visible on them.
 */
export const PALETTE = ['#1d5aa8', '#b34700', '#00697a', '#6a3d9a', '#a3195b', '#2e7d32'];

/** Number formats of charts and tables, per the element's language. */
export function formats(l: Localizer) {
  return {
    count: (n: number) => l.number(n),
    /** Chart labels and the text alternative: whole per cent, "54 %". */
    percent: (share: number) => l.number(share, { style: 'percent', maximumFractionDigits: 0 }),
    /** Table cells: per cent with one decimal, without the sign (the column says "%"). */
    percentValue: (share: number) => l.number(share * 100, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    perMille: (value: number) => l.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    decimal: (value: number) => l.number(value, { maximumFractionDigits: 1 }),
    signed: (value: number, digits = 0) =>
      l.number(value, { signDisplay: 'exceptZero', minimumFractionDigits: digits, maximumFractionDigits: digits }),
  };
}

