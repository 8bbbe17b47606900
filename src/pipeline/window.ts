/**
 * The digest's time window (`since`): a store kept across daily runs holds every story it ever made,
 * and a monitor reading today's digest wants today's news. An article is in the window when it was
 * published at or after `since`; when its publication time is unknown, when it arrived (the start of
 * the run that stored it). A story is in the digest when one of its articles is in the window, and
 * then with all of its articles, old ones included: they are the story's context and its summary's
 * sources.
 */
import { DAY_MS, instantOf } from '../core/index.js';
import type { RunRecord, StoredDocumentHead } from '../store/index.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_ONLY = /^\d{4}-\d\d-\d\d$/;

/** Whether a stored article is in the window that starts at `since` (milliseconds), given when each run started. */
export function windowTest(since: number, runs: readonly RunRecord[]): (d: StoredDocumentHead) => boolean {
  // A run number is shared by a crashed attempt and its rerun: the earliest start is when the articles came.
  const arrived = new Map<number, number>();
  for (const r of runs) {
    const t = instantOf(r.startedAt);
    if (t < (arrived.get(r.number) ?? Infinity)) arrived.set(r.number, t);
  }
  return (d) => {
    // A publication day without a time (`2026-11-21`) is the whole of that day: in a window starting during it.
    const published = d.published === null ? NaN : instantOf(d.published) + (DAY_ONLY.test(d.published.trim()) ? DAY_MS - 1 : 0);
    return (Number.isNaN(published) ? (arrived.get(d.run) ?? -Infinity) : published) >= since;
  };
}

// `--since` (CLI) and `?since=` (HTTP): the window's start as a date, a date and time, or an age.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const AGE = /^(\d{1,5})([hdw])$/i;
const AGE_UNIT_MS = { h: HOUR_MS, d: DAY_MS, w: 7 * DAY_MS } as const;

/**
 * The window's start as an ISO instant in UTC: `2026-11-20` is that day's start in UTC, a time without
 * a zone is UTC, an age counts back from `now` (milliseconds). An impossible date (`2026-02-30`) and a
 * start later than `now` are refused, with why (to follow the option's name: `--since takes …`).
 */
export function parseSince(value: string, now: number): { readonly ok: true; readonly since: string } | { readonly ok: false; readonly error: string } {
  const refuse = { ok: false, error: `takes a date (2026-11-20), a date and time (2026-11-20T06:00) or an age (36h, 3d, 2w), not "${value}"` } as const;
  const age = AGE.exec(value.trim());
  // To the minute: a client asking for `3d` twice a second gets one window, not two (the server keeps each window's digest).
  if (age) return { ok: true, since: new Date(Math.floor((now - Number(age[1]) * AGE_UNIT_MS[age[2]!.toLowerCase() as keyof typeof AGE_UNIT_MS]) / MINUTE_MS) * MINUTE_MS).toISOString() };
  const m = DATE_TIME.exec(value.trim());
  if (!m) return refuse;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone = 'Z'] = m;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (day.getUTCFullYear() !== Number(y) || day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d)) return refuse;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return refuse;
  const offset = /^[+-]\d{4}$/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone.toUpperCase();
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  if (Number.isNaN(ms)) return refuse;
  // A window that starts later than now would hide even this run's own inputs: a typo, not a wish.
  if (ms > now) return { ok: false, error: `${value} is later than now: the digest would hold nothing` };
  return { ok: true, since: new Date(ms).toISOString() };
}
