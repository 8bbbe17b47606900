import { describe, expect, it } from 'vitest';
import { persons, places } from './probes.js';

describe('session 12: towns that are common words, settled by a preposition (data/towns.ts SETTLED_TOWNS)', () => {
  it('reads the town right after a preposition or joined by و to a place', () => {
    expect(places('وهطلت أمطار غزيرة في حائل مساء الخميس.')).toEqual(['حائل']);
    expect(places('ونقل الجرحى من القصير إلى حمص.')).toEqual(['القصير', 'حمص']);
  });

  it('reads the common word elsewhere (حائل: a barrier; القصير: short)', () => {
    expect(places('ووقف الجدار حائلا بين الحيين، وكان حائل الخوف أكبر.')).toEqual([]);
    expect(places('وتوقع الخبراء تحسنا على المدى القصير.')).toEqual([]);
    expect(persons('وتوقع الخبراء تحسنا على المدى القصير.')).toEqual([]);
  });
});
