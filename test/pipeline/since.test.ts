import { describe, expect, it } from 'vitest';
import { parseSince } from '../../src/pipeline/index.js';

const NOW = Date.UTC(2026, 10, 22, 12);
const since = (value: string): string | null => {
  const r = parseSince(value, NOW);
  return r.ok ? r.since : null;
};

describe('--since', () => {
  it('reads a date as the start of that day in UTC, and a time without a zone as UTC', () => {
    expect(since('2026-11-20')).toBe('2026-11-20T00:00:00.000Z');
    expect(since('2026-11-20T06:00')).toBe('2026-11-20T06:00:00.000Z');
  });

  it('converts a time with a zone, written with or without the colon', () => {
    expect(since('2026-11-20T06:00+03:00')).toBe('2026-11-20T03:00:00.000Z');
    expect(since('2026-11-20T06:00:30+0300')).toBe('2026-11-20T03:00:30.000Z');
    expect(since('2026-11-20T06:00Z')).toBe('2026-11-20T06:00:00.000Z');
  });

  it('counts an age in hours, days or weeks back from now', () => {
    expect(since('36h')).toBe('2026-11-21T00:00:00.000Z');
    expect(since('3d')).toBe('2026-11-19T12:00:00.000Z');
    expect(since('2W')).toBe('2026-11-08T12:00:00.000Z');
  });

  it('starts an age\'s window on the minute, so that asking twice in a minute asks for one window', () => {
    expect(parseSince('1d', NOW + 42_500).ok && parseSince('1d', NOW + 42_500)).toEqual({ ok: true, since: '2026-11-21T12:00:00.000Z' });
  });

  it('refuses impossible dates and times, other words, and a start later than now', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-11-20T24:00', 'yesterday', '', '3m', '2026-11-23']) expect(since(bad), bad).toBeNull();
  });
});
