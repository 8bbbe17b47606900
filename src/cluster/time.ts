import { DAY_MS, instantOf } from '../core/index.js';

/** Days since 1970-01-01 of an ISO date or date-time (without a zone: UTC), or null when absent or unparseable. */
export function dayNumber(iso: string | null | undefined): number | null {
  if (iso === null || iso === undefined) return null;
  const ms = instantOf(iso);
  return Number.isNaN(ms) ? null : ms / DAY_MS;
}

/**
 * How much a date gap discounts similarity: 1 inside the story's date range widened by `graceDays`,
 * then exp(−extra / decayDays). Unknown dates on either side cost nothing.
 */
export function timeFactor(day: number | null, first: number | null, last: number | null, graceDays: number, decayDays: number): number {
  if (day === null || first === null || last === null) return 1;
  const gap = day < first ? first - day : day > last ? day - last : 0;
  return gap <= graceDays ? 1 : Math.exp(-(gap - graceDays) / decayDays);
}
