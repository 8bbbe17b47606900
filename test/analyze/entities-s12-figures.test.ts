import { describe, expect, it } from 'vitest';
import { persons } from './probes.js';

describe('session 12: public figures of the twentieth century and of sport (data/figures.ts)', () => {
  it('finds a past leader or a sportsman by full name or by the family name news writes alone', () => {
    expect(persons('وكتب المؤرخ فصلا كاملا عن سياسة تشرشل في الشرق.')).toEqual(['تشرشل']);
    expect(persons('واستعاد الكتاب ذكريات الحبيب بورقيبة في المنفى.')).toEqual(['الحبيب بورقيبة']);
    expect(persons('وسجل مبابي هدفين في الشوط الثاني.')).toEqual(['مبابي']);
  });

  it('keeps a title outside the listed name', () => {
    expect(persons('وزار الملك فهد بن عبد العزيز المدينة في تلك السنة.')).toEqual(['فهد بن عبد العزيز']);
  });
});

describe('session 12: figures of the region and of Islamic history (data/figures.ts)', () => {
  it('finds a statesman or a classical author by full name', () => {
    expect(persons('وكتب المؤرخ عن مقدمة ابن خلدون وأثرها.')).toEqual(['ابن خلدون']);
    expect(persons('وتولى شكري القوتلي الرئاسة بعد الاستقلال.')).toEqual(['شكري القوتلي']);
  });

  it('reads no person in an adjective a family name folds to (الترابي: earthen)', () => {
    expect(persons('وسلكت السيارة الطريق الترابي نحو القرية.')).toEqual([]);
  });
});
