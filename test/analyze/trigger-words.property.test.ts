/** The analyzer's trigger words in any order, spaced or run together: no input makes it throw. */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { analyzeStory } from '../../src/analyze/index.js';
import { doc } from './doc.js';

/** Reporting verbs, titles, name joiners, quote marks, dates, statement words, cues, counts and punctuation. */
const pool = [
  'وقال', 'قال', 'وأضاف', 'البيان', 'بيان', 'في', 'الوزير', 'وزير', 'رئيس', 'المدير', 'عبد', 'الله', 'أبو', 'بن', 'ولد',
  'محمد', 'محمود', 'الشاذلي', 'لحين', 'اسمه', 'أما', 'فقال', ':', '«', '»', '"', '“', '”', '،', '.', '؟', '\n', '\n\n',
  '(', ')', '-', 'أمس', 'اليوم', 'الأحد', '17', '2026', 'تشرين', 'الثاني', 'نوفمبر', 'وزارة', 'الصحة', 'منظمة', 'مستشفى',
  'جامعة', 'من', 'إلى', 'إن', 'أن', 'مضيفاً', 'قائلاً', 'أحد', 'السكان', 'طالب', 'وادي', 'كلية', 'سلطان', 'أمين', 'تدعى',
  'نحو', 'عشرين', 'شخصاً', 'قتيلاً', 'ومع', 'رويترز', 'داعش',
];

describe('analyzeStory on arbitrary arrangements of its trigger words', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pool), { maxLength: 12 }), { minLength: 1, maxLength: 4 }), fc.boolean(), (texts, dated) => {
        analyzeStory(texts.map((w, i) => doc(`d${i}`, w.join(' '), dated ? { published: '2026-03-10' } : {})));
        analyzeStory(texts.map((w, i) => doc(`e${i}`, w.join(''), {})));
      }),
      { numRuns: 2000 },
    );
  });
});
