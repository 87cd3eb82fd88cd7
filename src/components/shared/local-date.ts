/**
 * Today (or `date`) as an ISO date in the reader's time zone, not UTC: a
 * deadline or a follow-up due today is due in the kommun's day.
 */
export function localDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
