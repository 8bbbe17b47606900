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

  it('merges داعش, الدولة الإسلامية and تنظيم الدولة الإسلامية (aliases named by the issue) into one organization', () => {
    const isState = (v: string): boolean => ['داعش', 'الدولة الإسلامية'].some((n) => key(v).replace(/^تنظيم /, '') === key(n));
    const found = analysis.entities.filter((e) => e.variants.some(isState) || isState(e.name));
    expect(found.map((e) => e.name)).toHaveLength(1);
  });

  it('never names as a speaker a phrase that opens with a particle (a topic, not a person)', () => {
    const particle = /^(اما|في|من|على|عن|الى|بال\S+|لل\S+|كال\S+)$/;
    const speakers = analysis.quotes.map((q) => q.speaker).filter((s): s is string => s !== null);
    expect(speakers.filter((s) => particle.test(key(s).split(' ')[0] ?? ''))).toEqual([]);
  });

  it('attributes Le Drian\'s "as planned" quotes to him, not to the object of another verb before them', () => {
    const planned = analysis.quotes.filter((q) => key(q.text).includes(key('مطابق')));
    expect(planned.length).toBeGreaterThanOrEqual(2);
    for (const q of planned) expect(key(q.speaker ?? '').replace(/[\s-]/g, ''), q.text).toMatch(/لود[و]?ريان/);
  });

  it('attributes every verbatim quote of the seeds that it lists to someone', () => {
    const verbatim = analysis.quotes.filter((q) => q.mode === 'verbatim');
    expect(verbatim.length).toBeGreaterThan(20);
    expect(verbatim.filter((q) => q.speaker === null)).toEqual([]);
  });
});
