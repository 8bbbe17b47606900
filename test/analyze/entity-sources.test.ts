import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/index.js';
import { sentences } from '../../src/text/index.js';
import { doc } from './doc.js';

describe('where a story entity is named', () => {
  it('cites the sentence of each document that first names it', () => {
    const a = doc('a', 'افتتح المعرض أبوابه صباح اليوم.\nوقال وزير الثقافة المغربي محمد بنسعيد إن الدورة تستقبل ناشرين من ثلاثين دولة.\nوأضاف بنسعيد أن التذاكر متاحة.');
    const b = doc('b', 'وصل الوزير محمد بنسعيد إلى الرباط مساء أمس.');
    const { entities } = analyzeStory([a, b]);
    const minister = entities.find((e) => e.type === 'person' && e.documents.length === 2);
    expect(minister?.sources).toEqual([
      { document: a.id, sentence: 1 },
      { document: b.id, sentence: 0 },
    ]);
    for (const ref of minister?.sources ?? []) {
      const text = sentences((ref.document === a.id ? a : b).text)[ref.sentence]?.text ?? '';
      expect(minister?.variants.some((v) => text.includes(v))).toBe(true);
    }
    const rabat = entities.find((e) => e.name === 'الرباط');
    expect(rabat?.sources).toEqual([{ document: b.id, sentence: 0 }]);
  });
});
