import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/index.js';
import { doc } from './doc.js';

const places = (text: string): string[] => analyzeStory([doc('d', text)]).entities.filter((e) => e.type === 'place').map((e) => e.name);

describe('قطر as "diameter"', () => {
  it('is no place after نصف or قياس, before a length in units, or before what has a diameter', () => {
    expect(places('حاول الفلكيون قياس قطر القمر بدقة أكبر.')).toEqual([]);
    expect(places('يبلغ نصف قطر الكوكب نحو ثلاثة آلاف كيلومتر.')).toEqual([]);
    expect(places('ركّب العمال أنبوبا بقطر 40 سم تحت الطريق.')).toEqual([]);
  });

  it('stays the country everywhere else, in the same text too', () => {
    expect(places('يبلغ نصف قطر الكوكب نحو ثلاثة آلاف كيلومتر، وتستضيف قطر المؤتمر المقبل.')).toEqual(['قطر']);
    expect(places('وصل الوفد إلى قطر 2022 للمشاركة في الافتتاح.')).toEqual(['قطر']);
    expect(places('زار الرئيس قطر الأسبوع الماضي.')).toEqual(['قطر']);
    expect(places('وقالت اللجنة إن قطر 2022 قدم نموذجا جديدا للبطولات.')).toEqual(['قطر']);
  });
});
