import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateAnalysis } from '../../src/eval/analysis.js';
import { readRealGold, readStandoff, REAL_GOLD_FILES, sha256, sourceText, standoffFromInline, type StandoffFile } from '../../src/eval/real-gold.js';

const SOURCE = 'زار الوزير بغداد\r\n\r\nوقال جون سميث إن "الوضع يتحسن ببطء شديد" في المدينة.\r\n';
const HALVES = { development: 'a', 'held-out': 'b' } as const;
const ANNOTATED = 'زار الوزير [[بغداد|LOC]]\n\nوقال [[جون سميث|PER]] إن "الوضع يتحسن ببطء شديد" في المدينة.\n=== quotes\nجون سميث | الوضع يتحسن ببطء شديد\n';

describe('stand-off gold for real news', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-real-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('turns an annotated copy into offsets of the source, and back into the same gold', () => {
    const made = standoffFromInline(ANNOTATED, SOURCE);
    if ('error' in made) throw new Error(made.error);
    const text = sourceText(SOURCE);
    expect(made.entities.map(([s, e, t]) => [text.slice(s, e), t])).toEqual([['بغداد', 'LOC'], ['جون سميث', 'PER']]);
    expect(made.quotes.map(([s, e, who]) => [text.slice(s, e), who])).toEqual([['الوضع يتحسن ببطء شديد', 'جون سميث']]);

    mkdirSync(join(dir, 'source'), { recursive: true });
    writeFileSync(join(dir, 'source', 'M0000.arabic'), SOURCE);
    const standoff: StandoffFile = { corpus: 'x', title: 'x', halves: HALVES, documents: [{ name: 'M0000', file: 'source/M0000.arabic', sha256: sha256(text), split: 'held-out', ...made }] };
    const gold = readStandoff(standoff, dir);
    if (!gold.ok) throw new Error(gold.reason);
    const [c] = gold.cases;
    expect(c?.text).toBe(text);
    expect(c?.quotes).toEqual([{ speaker: 'جون سميث', text: 'الوضع يتحسن ببطء شديد' }]);
    expect(evaluateAnalysis(gold.cases).quotes.gold).toBe(1);
  });

  it('refuses an annotated copy whose text was changed, a quote not in the source or empty, and another version of the source', () => {
    expect(standoffFromInline(ANNOTATED.replace('ببطء', 'بطء'), SOURCE)).toHaveProperty('error');
    expect(standoffFromInline(`${ANNOTATED}جون سميث | كلام لم يقله\n`, SOURCE)).toHaveProperty('error');
    expect(standoffFromInline(`${ANNOTATED}جون سميث | \n`, SOURCE)).toHaveProperty('error');
    writeFileSync(join(dir, 'source', 'M0001.arabic'), SOURCE);
    const standoff: StandoffFile = { corpus: 'x', title: 'x', halves: HALVES, documents: [{ name: 'M0001', file: 'source/M0001.arabic', sha256: sha256('another text'), split: 'development', entities: [], quotes: [] }] };
    const gold = readStandoff(standoff, dir);
    expect(gold.ok).toBe(false);
    expect(gold.ok ? '' : gold.reason).toContain('SHA-256');
  });

  it('reads a source with a byte order mark and CRLF line ends, and finds a quote written on one line that runs over a line break there', () => {
    const source = '\uFEFFقال المدير إن "الأرباح سترتفع\r\nفي العام المقبل" بحسب الخطة\r\n';
    const annotated = 'قال المدير إن "الأرباح سترتفع\nفي العام المقبل" بحسب الخطة\n=== quotes\nالمدير | الأرباح سترتفع في العام المقبل\n';
    const made = standoffFromInline(annotated, source);
    if ('error' in made) throw new Error(made.error);
    const text = sourceText(source);
    expect(text.startsWith('قال')).toBe(true);
    expect(made.quotes.map(([s, e]) => text.slice(s, e))).toEqual(['الأرباح سترتفع\nفي العام المقبل']);
  });

  it('reads date marks as offsets and values, dates the text as ingest does, and scores its dates only when every document has them', () => {
    const source = 'هطول أمطار غزيرة على المدينة\n\nالثلاثاء 14 مارس 2006\n\nقال مدير الدفاع المدني إن الأمطار التي هطلت أمس أغرقت عشرات المنازل في الأحياء الجنوبية، وإن فرق الإنقاذ ستواصل عملها حتى نهاية الأسبوع.\n';
    const dated = '{{الثلاثاء 14 مارس 2006|2006-03-14}}';
    const made = standoffFromInline(source.replace('الثلاثاء 14 مارس 2006', dated).replace('هطلت أمس', 'هطلت {{أمس|2006-03-13}}'), source);
    if ('error' in made) throw new Error(made.error);
    const text = sourceText(source);
    expect(made.dates.map(([s, e, v]) => [text.slice(s, e), v])).toEqual([['الثلاثاء 14 مارس 2006', '2006-03-14'], ['أمس', '2006-03-13']]);

    writeFileSync(join(dir, 'source', 'M0002.arabic'), source);
    const doc = { name: 'M0002', file: 'source/M0002.arabic', sha256: sha256(text), split: 'development' as const, entities: [], quotes: [] };
    const gold = readStandoff({ corpus: 'x', title: 'x', halves: HALVES, documents: [{ ...doc, dates: made.dates }] }, dir);
    if (!gold.ok) throw new Error(gold.reason);
    expect(gold.dated).toBe(true);
    expect(gold.cases[0]?.published).toBe('2006-03-14');
    expect(evaluateAnalysis(gold.cases).dates).toMatchObject({ gold: 2, predicted: 2, tp: 2 });
    const undated = readStandoff({ corpus: 'x', title: 'x', halves: HALVES, documents: [doc] }, dir);
    expect(undated.ok && undated.dated).toBe(false);
  });

  it('scores no date the analyzer leaves unresolved: without a publication date, أمس is neither right nor wrong', () => {
    const source = 'قال مدير الدفاع المدني إن الأمطار التي هطلت أمس أغرقت عشرات المنازل، وإن الفيضان الأخير وقع في 3 مايو 2004 في الحي نفسه.\n';
    const made = standoffFromInline(source.replace('3 مايو 2004', '{{3 مايو 2004|2004-05-03}}'), source);
    if ('error' in made) throw new Error(made.error);
    writeFileSync(join(dir, 'source', 'M0003.arabic'), source);
    const gold = readStandoff({ corpus: 'x', title: 'x', halves: HALVES, documents: [{ name: 'M0003', file: 'source/M0003.arabic', sha256: sha256(sourceText(source)), split: 'development', entities: [], quotes: [], dates: made.dates }] }, dir);
    if (!gold.ok) throw new Error(gold.reason);
    expect(gold.cases[0]?.published).toBeNull();
    expect(evaluateAnalysis(gold.cases).dates).toMatchObject({ gold: 1, predicted: 1, tp: 1 });
  });

  it.skipIf(REAL_GOLD_FILES.some((f) => !readRealGold(f).ok))('reads every annotated corpus of the repository (when the corpora are here), each with documents, mentions and quotes in both halves, or held out whole (documents and mentions: encyclopedic articles may quote no one)', () => {
    for (const file of REAL_GOLD_FILES) {
      const gold = readRealGold(file);
      if (!gold.ok) throw new Error(gold.reason);
      const whole = gold.cases.every((c) => c.split === 'held-out');
      for (const split of whole ? (['held-out'] as const) : (['development', 'held-out'] as const)) {
        const cases = gold.cases.filter((c) => c.split === split);
        expect(cases.length, `${gold.title} ${split}`).toBeGreaterThan(0);
        expect(cases.flatMap((c) => c.entities).length, `${gold.title} ${split}`).toBeGreaterThan(0);
        if (!whole) expect(cases.flatMap((c) => c.quotes).length, `${gold.title} ${split}`).toBeGreaterThan(0);
      }
    }
  });

  it('says why it cannot score when the annotations are absent', () => {
    const gold = readRealGold(join(dir, 'none.json'));
    expect(gold.ok ? '' : gold.reason).toContain('absent');
  });
});
