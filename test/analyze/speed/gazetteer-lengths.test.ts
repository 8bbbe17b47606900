import { describe, expect, it } from 'vitest';
import { ANALYSIS_HELDOUT_DIR, readGold } from '../../../src/eval/analysis.js';
import { gazetteer, matchGazetteer } from '../../../src/analyze/gazetteer.js';
import { tokenView } from '../../../src/analyze/tokens.js';

/** Every gold and held-out passage, plus lines naming multi-word places and organizations. */
const texts = [
  ...readGold().map((c) => c.text),
  ...readGold(ANALYSIS_HELDOUT_DIR).map((c) => c.text),
  'زار وفد من الولايات المتحدة الأمريكية والمملكة العربية السعودية مقر الأمم المتحدة في نيويورك ثم الإمارات العربية المتحدة.',
];

describe('gazetteer word counts per first word', () => {
  it('fit the bit mask (every entry has fewer than 31 words)', () => {
    expect(gazetteer().maxWords).toBeLessThan(31);
  });

  it('skip only lengths with no entry: every match equals the match that tries every length', () => {
    const g = gazetteer();
    const everyLength: Gazetteer['wordCounts'] = new Map([...g.wordCounts.keys()].map((w) => [w, ~0]));
    let hits = 0;
    for (const text of texts) {
      const toks = tokenView(text);
      for (let i = 0; i < toks.length; i++) {
        const hit = matchGazetteer(toks, i, g);
        expect(hit).toEqual(matchGazetteer(toks, i, { ...g, wordCounts: everyLength }));
        if (hit !== null && hit.length > 1) hits++;
      }
    }
    expect(hits).toBeGreaterThan(3);
  });

  it('skip only second words no entry has: every match equals the match that builds every longer phrase', () => {
    const g = gazetteer();
    const anyWord: ReadonlySet<string> = { has: () => true } as unknown as ReadonlySet<string>;
    const everySecond: Gazetteer['secondWords'] = new Map([...g.wordCounts.keys()].map((w) => [w, anyWord]));
    let hits = 0;
    for (const text of texts) {
      const toks = tokenView(text);
      for (let i = 0; i < toks.length; i++) {
        const hit = matchGazetteer(toks, i, g);
        expect(hit).toEqual(matchGazetteer(toks, i, { ...g, secondWords: everySecond }));
        if (hit !== null && hit.length > 1) hits++;
      }
    }
    expect(hits).toBeGreaterThan(3);
  });
});

type Gazetteer = ReturnType<typeof gazetteer>;
