import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeStory } from '../../src/analyze/index.js';
import { doc } from './doc.js';

const pool = [
  'وقال', 'وزير', 'الدفاع', 'الأميركي', 'آشتون', 'كارتر', 'أشتون', 'إن', '"', '«', '»', 'لقد', 'بدأنا', 'الاستعدادات', 'لعزل', 'الرقة',
  'أمس', 'اليوم', 'الثلاثاء', '17', 'تشرين', 'الأول', '(أكتوبر)', '13', 'وزير', 'دفاع', 'ثلاثة', 'عشر', 'قتيلا', 'في', 'باريس', '،', '.',
  '\n', 'مضيفا', 'أن', 'داعش', 'تنظيم', 'منظمة', 'الصحة', 'العالمية',
];

describe('analyzeStory invariants', () => {
  it('cites only the story documents, each at most once per item, and merges nothing into nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...pool), { maxLength: 60 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (texts, dated) => {
          const docs = texts.map((words, i) => doc(`d${i}`, words.join(' '), { outlet: `o${i % 2}`, ...(dated ? { published: '2026-03-10' } : {}) }));
          const ids = new Set(docs.map((d) => d.id as string));
          const a = analyzeStory(docs);
          const lists = [
            ...a.entities.map((e) => e.documents),
            ...a.quotes.map((q) => q.documents),
            ...a.timeline.map((t) => t.documents),
            ...a.disagreements.flatMap((d) => d.sides.map((s) => s.documents)),
          ];
          for (const list of lists) {
            expect(list.length).toBeGreaterThan(0);
            expect(new Set(list).size).toBe(list.length);
            for (const id of list) expect(ids.has(id)).toBe(true);
          }
          for (const e of a.entities) expect(e.mentions).toBeGreaterThanOrEqual(e.documents.length);
          for (const d of a.disagreements) expect(new Set(d.sides.map((s) => s.value)).size).toBe(d.sides.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is plain JSON: what the store gives back is the same value (the digest of a run uses the analyses it holds, unread)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pool), { maxLength: 60 }), { minLength: 1, maxLength: 4 }), (texts) => {
        const a = analyzeStory(texts.map((words, i) => doc(`d${i}`, words.join(' '), { outlet: `o${i % 2}`, published: '2026-03-10' })));
        expect(JSON.parse(JSON.stringify(a))).toStrictEqual(a);
      }),
      { numRuns: 40 },
    );
  });
});
