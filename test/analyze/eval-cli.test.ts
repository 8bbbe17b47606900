import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';
import { sameDate } from '../../src/eval/analysis.js';

describe('khulasa eval analysis', () => {
  it('prints precision and recall for quotes, entities and dates on each gold set', async () => {
    const io = memoryIo();
    expect(await main(['eval', 'analysis'], io)).toBe(0);
    const out = io.out.join('');
    expect(out).toContain('development set');
    for (const row of ['quotes with the right speaker', 'entity mentions (overlap, same type)', 'dates (overlap, same value)']) expect(out).toContain(row);
    for (const row of ['entity mentions: people', 'entity mentions: places', 'entity mentions: organizations']) expect(out).toContain(row);
  });

  it('counts entity mentions by type, the types summing to the whole', async () => {
    const io = memoryIo();
    expect(await main(['eval', 'analysis', '--json'], io)).toBe(0);
    type Count = { tp: number; predicted: number; gold: number };
    const report = JSON.parse(io.out.join('')) as Record<string, { entities: Count; entitiesByType: Record<string, Count> }>;
    for (const set of Object.values(report)) {
      const types = Object.values(set.entitiesByType);
      expect(types).toHaveLength(3);
      for (const k of ['tp', 'predicted', 'gold'] as const) expect(types.reduce((n, t) => n + t[k], 0)).toBe(set.entities[k]);
    }
    expect(report['development set (gold/)']?.entitiesByType['person']?.gold).toBeGreaterThan(0);
  });

  it('prints the full report as JSON with --json', async () => {
    const io = memoryIo();
    expect(await main(['eval', 'analysis', '--json'], io)).toBe(0);
    const report = JSON.parse(io.out.join('')) as Record<string, { quotes: { precision: number } }>;
    const dev = report['development set (gold/)'];
    expect(dev?.quotes.precision).toBeGreaterThan(0);
  });

  it('rejects an unknown option with exit code 2', async () => {
    const io = memoryIo();
    expect(await main(['eval', 'analysis', '--bogus'], io)).toBe(2);
    expect(io.err.join('')).toContain('--bogus');
  });
});

describe('sameDate', () => {
  it('compares a year by its number, as annotators write a first-millennium year both ways', () => {
    expect(sameDate('0750', '750')).toBe(true);
    expect(sameDate('0100-08', '100-08')).toBe(true);
    expect(sameDate('2004-03-15', '2004-03-15')).toBe(true);
    expect(sameDate('0750', '0751')).toBe(false);
    expect(sameDate('2004-03', '2004-03-15')).toBe(false);
    expect(sameDate('1750', '750')).toBe(false);
  });
});
