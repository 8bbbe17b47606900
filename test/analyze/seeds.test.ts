import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/index.js';
import { key } from '../../src/text/index.js';
import { loadSeeds } from './seeds.js';

const seeds = loadSeeds();

describe.skipIf(seeds === null)('analysis of ../shared/seeds (one story, five outlets)', () => {
  const docs = seeds ?? [];
  const analysis = analyzeStory(docs);
  const persons = analysis.entities.filter((e) => e.type === 'person');
  const carrying = (needle: string) => docs.filter((d) => key(d.text).includes(key(needle))).map((d) => d.id);

  it('lists the Raqqa quote once, attributed to Carter, with every seed that carries it', () => {
    const quote = 'لقد بدأنا الاستعدادات لعزل الرقة';
    const found = analysis.quotes.filter((q) => key(q.text).includes(key(quote)));
    expect(found).toHaveLength(1);
    expect(found[0]?.mode).toBe('verbatim');
    expect(key(found[0]?.speaker ?? '')).toContain(key('كارتر'));
    expect([...(found[0]?.documents ?? [])].sort()).toEqual(carrying(quote).sort());
    expect(found[0]?.documents.length).toBeGreaterThanOrEqual(2);
  });

  it('merges Carter in all his spellings into one person', () => {
    const carter = persons.filter((e) => e.variants.some((v) => key(v).includes(key('كارتر'))));
    expect(carter).toHaveLength(1);
    const spellings = new Set(carter[0]?.variants.filter((v) => v.includes(' ')));
    expect(spellings.size).toBeGreaterThanOrEqual(2);
    expect(carter[0]?.documents).toHaveLength(docs.length);
  });

  it('merges Le Drian (جان إيف لو دوريان / جان-ايف لودريان) into one person', () => {
    const ledrian = persons.filter((e) => e.variants.some((v) => /لو ?د[و]?ريان/.test(key(v))));
    expect(ledrian).toHaveLength(1);
    expect(ledrian[0]?.variants.length).toBeGreaterThanOrEqual(2);
  });

  it('types الرقة، الموصل، منبج as places', () => {
    for (const name of ['الرقة', 'الموصل', 'منبج']) {
      const e = analysis.entities.find((x) => x.variants.some((v) => key(v) === key(name)));
      expect(e?.type, name).toBe('place');
    }
  });

  it('attributes every verbatim quote of the seeds that it lists to someone', () => {
    const verbatim = analysis.quotes.filter((q) => q.mode === 'verbatim');
    expect(verbatim.length).toBeGreaterThan(20);
    expect(verbatim.filter((q) => q.speaker === null)).toEqual([]);
  });
});
