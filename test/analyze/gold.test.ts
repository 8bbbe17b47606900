import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/index.js';
import { ANALYSIS_HELDOUT_DIR, evaluateAnalysis, parseGold, readGold } from '../../src/eval/analysis.js';
import { key } from '../../src/text/index.js';
import { doc } from './doc.js';

describe('gold fixture format', () => {
  it('strips annotations and keeps their offsets in the plain text', () => {
    const g = parseGold('# published: 2026-01-01\nقال [[زيد عمر|PER]] {{أمس|2025-12-31}} في [[بغداد|LOC]]: "هذا نص طويل نسبيا".\n=== quotes\nزيد عمر | هذا نص طويل نسبيا\n', 'x');
    expect(g.text).toBe('قال زيد عمر أمس في بغداد: "هذا نص طويل نسبيا".');
    expect(g.entities.map((e) => [g.text.slice(e.start, e.end), e.label])).toEqual([
      ['زيد عمر', 'person'],
      ['بغداد', 'place'],
    ]);
    expect(g.dates.map((d) => [g.text.slice(d.start, d.end), d.label])).toEqual([['أمس', '2025-12-31']]);
    expect(g.quotes).toEqual([{ speaker: 'زيد عمر', text: 'هذا نص طويل نسبيا' }]);
    expect(g.published).toBe('2026-01-01');
  });
});

describe('analysis on the development gold (test/fixtures/analyze/gold)', () => {
  const cases = readGold();
  const report = evaluateAnalysis(cases);

  it('holds enough annotated items', () => {
    expect(report.quotes.gold).toBeGreaterThanOrEqual(60);
    expect(report.entities.gold).toBeGreaterThanOrEqual(150);
    expect(report.dates.gold).toBeGreaterThanOrEqual(40);
  });

  it('meets the targets (quotes P ≥ 0.90 R ≥ 0.85, entities F1 ≥ 0.85, dates F1 ≥ 0.90)', () => {
    expect(report.quotes.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.quotes.recall).toBeGreaterThanOrEqual(0.85);
    expect(report.entities.f1).toBeGreaterThanOrEqual(0.85);
    expect(report.dates.f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('unrelated gold passages analyzed as one story', () => {
  const cases = [...readGold(), ...readGold(ANALYSIS_HELDOUT_DIR)];
  const story = analyzeStory(cases.map((c) => doc(c.name, c.text, c.published === null ? {} : { published: c.published })));
  // `عبد الله` and `عبدالله` are one word spelled two ways, and so are `أبوشعالة` and the Maghrebi `بوشعالة`.
  const words = (s: string): string[] =>
    key(s).replace(/(^|\s)عبد\s+/gu, '$1عبد').split(/[\s-]+/).filter(Boolean).map((w) => w.replace(/^ابو(?=...)/u, 'بو'));

  // Unrelated passages sharing no name must never be compared. (With 150 passages some unrelated ones
  // do share names: two Kuwaiti court stories with the same appeal court and an invented judge's name,
  // two countries' national weather centres. One story would rightly compare those; the clusterer is
  // what keeps such passages apart, so they are not asked of the analysis.)
  it('reports no disagreement between passages that name nothing in common', () => {
    const unfounded = story.disagreements.filter((d) => {
      const sides = d.sides.map((side) => new Set<string>(side.documents));
      return !story.entities.some((e) => sides.filter((side) => e.documents.some((doc) => side.has(doc))).length >= 2);
    });
    expect(unfounded.map((d) => `${d.topic}: ${d.sides.map((side) => side.documents.join(',')).join(' / ')}`)).toEqual([]);
  });

  it('merges no two different persons (every variant is a part of the name)', () => {
    const found: string[] = [];
    for (const p of story.entities.filter((e) => e.type === 'person')) {
      const name = words(p.name);
      for (const v of p.variants) if (!words(v).every((w) => name.includes(w))) found.push(`${p.name} ← ${v}`);
    }
    expect(found).toEqual([]);
  });
});
