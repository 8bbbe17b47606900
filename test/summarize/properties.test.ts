import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { summarize } from '../../src/summarize/index.js';
import { keyTerms, sentences, words } from '../../src/text/index.js';
import type { CleanDocument } from '../../src/core/index.js';
import { cleanDoc } from './helpers.js';

const VOCABULARY = [
  'الحكومة', 'الوزير', 'المدينة', 'الجيش', 'البرلمان', 'الانتخابات', 'الفيضانات', 'المستشفى', 'الشرطة', 'المحكمة',
  'أعلن', 'قال', 'أكد', 'نفى', 'أجلت', 'اعتقلت', 'افتتح', 'رفض', 'وافق', 'طالب',
  'خمسة', 'عشرات', 'مئات', 'ثلاثة', 'الجنوبية', 'الشمالية', 'الجديدة', 'الرسمية', 'العاجلة', 'الكبيرة',
  'السكان', 'المتظاهرين', 'الطلاب', 'المزارعين', 'العمال', 'الأطباء', 'الصحفيين', 'اللاجئين', 'الجرحى', 'الضحايا',
  'في', 'من', 'إلى', 'على', 'أن', 'بعد', 'قبل', 'خلال', 'حول', 'منذ',
  '،', '؛', // clause breaks, so that leading-clause spans are generated too
  'حيث', 'بينما', 'وقال', 'وأكد', 'إلا', // ... and connectives that open a clause without a comma
];

const fact = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 4, maxLength: 22 });

/** One article: a headline-like first paragraph, then facts as sentences, some sharing a paragraph. */
const article = (facts: readonly string[][]) =>
  fc.record({
    picks: fc.array(fc.nat(Math.max(0, facts.length - 1)), { minLength: 1, maxLength: 8 }),
    drop: fc.nat(5),
    join: fc.boolean(),
    heading: fc.boolean(),
  }).map(({ picks, drop, join, heading }) => {
    const body = picks.map((p) => {
      const f = [...facts[p]!];
      if (f.length > 6) f.splice(drop % f.length, 1);
      return `${f.join(' ')}.`;
    });
    const paragraphs = join ? [body.slice(0, 2).join(' '), ...body.slice(2)] : body;
    return heading ? [facts[0]!.slice(0, 3).join(' '), ...paragraphs] : paragraphs;
  });

const story: fc.Arbitrary<CleanDocument[]> = fc
  .array(fact, { minLength: 1, maxLength: 10 })
  .chain((facts) => fc.array(article(facts), { minLength: 1, maxLength: 6 }))
  .map((docs) => docs.map((paragraphs, i) => cleanDoc(`doc${i}`, paragraphs)));

const keyBigrams = (text: string): Set<string> => {
  const t = keyTerms(text);
  return new Set(t.slice(1).map((b, i) => `${t[i]!} ${b}`));
};

describe('summarize: properties over generated stories', () => {
  it('every summary sentence is a span of the sentence it cites, and the other sources are other documents', () => {
    fc.assert(fc.property(story, fc.integer({ min: 1, max: 200 }), (docs, budget) => {
      for (const s of summarize(docs, { words: budget }).sentences) {
        const [cited, ...others] = s.sources;
        const doc = docs.find((d) => d.id === cited!.document)!;
        const sentence = sentences(doc.text)[cited!.sentence]!;
        const at = doc.text.indexOf(s.text, sentence.start);
        expect(at).toBeGreaterThanOrEqual(sentence.start);
        expect(at + s.text.length).toBeLessThanOrEqual(sentence.end);
        expect(new Set(others.map((o) => o.document)).size).toBe(others.length);
        expect(others.map((o) => o.document)).not.toContain(cited!.document);
      }
    }), { numRuns: 150 });
  });

  it('the word budget holds', () => {
    fc.assert(fc.property(story, fc.integer({ min: 1, max: 200 }), (docs, budget) => {
      const s = summarize(docs, { words: budget });
      expect(s.words).toBeLessThanOrEqual(budget);
      expect(s.words).toBe(s.sentences.reduce((n, x) => n + words(x.text).length, 0));
    }), { numRuns: 150 });
  });

  it('no two summary sentences share more than half the key bigrams of the smaller one', () => {
    fc.assert(fc.property(story, (docs) => {
      const b = summarize(docs, { words: 200 }).sentences.map((s) => keyBigrams(s.text));
      for (let i = 0; i < b.length; i++) {
        for (let j = i + 1; j < b.length; j++) {
          const [small, large] = b[i]!.size <= b[j]!.size ? [b[i]!, b[j]!] : [b[j]!, b[i]!];
          const shared = [...small].filter((g) => large.has(g)).length;
          expect(shared).toBeLessThanOrEqual(small.size / 2);
        }
      }
    }), { numRuns: 150 });
  });

  it('never cites one sentence twice as the sentence of a summary sentence (a clause span excludes its whole)', () => {
    fc.assert(fc.property(story, fc.integer({ min: 1, max: 200 }), (docs, budget) => {
      const cited = summarize(docs, { words: budget }).sentences.map((s) => `${s.sources[0]!.document}#${s.sources[0]!.sentence}`);
      expect(new Set(cited).size).toBe(cited.length);
    }), { numRuns: 150 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(story, (docs) => {
      expect(summarize(docs)).toEqual(summarize(docs));
    }), { numRuns: 50 });
  });
});
