import type { SipPlan } from '../../schema/sip-plan.js';

/** Where a plan's next follow-up stands relative to `today`. */
export type FollowUpState =
  | { kind: 'closed' }
  | { kind: 'none' }
  | { kind: 'overdue'; date: string; days: number }
  | { kind: 'today'; date: string }
  | { kind: 'on-time'; date: string; days: number };

const DAY = 86_400_000;

/** Whole days from ISO date `from` to ISO date `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/**
 * A follow-up is overdue when its date is before `today` and the plan is not
 * closed; due on the day itself is not yet overdue.
 */
export function followUpState(plan: Pick<SipPlan, 'step' | 'nextFollowUp'>, today: string): FollowUpState {
  if (plan.step === 'closed') return { kind: 'closed' };
  const date = plan.nextFollowUp?.date;
  if (!date) return { kind: 'none' };
  const days = daysBetween(today, date);
  if (days < 0) return { kind: 'overdue', date, days: -days };
  if (days === 0) return { kind: 'today', date };
  return { kind: 'on-time', date, days };
}
