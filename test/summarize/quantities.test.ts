import { describe, expect, it } from 'vitest';
import { keyTerms, tokenize } from '../../src/text/index.js';
import { quantities } from '../../src/summarize/quantities.js';

const kinds = (text: string): string[] => quantities(tokenize(text)).map((q) => q.kind);

describe('quantities: what a sentence counts', () => {
  it('counts people however the count and the noun are written', () => {
    expect(kinds('لقي اثنا عشر شخصاً حتفهم وفقد ثلاثة آخرون')).toEqual(['people', 'people']);
    expect(kinds('ارتفعت الحصيلة إلى أربعة عشر قتيلاً')).toEqual(['people']);
    expect(kinds('أسفر عن مقتل 8 أشخاص وإصابة ١٢ جريحاً')).toEqual(['people', 'people']);
    expect(kinds('أصيب خمسة وعشرون آخرون بجروح')).toEqual(['people']);
    expect(kinds('القبض على خمسة عشر من افراد البحرية')).toEqual(['people']);
    expect(kinds('انتشلت الفرق اثنتي عشرة جثة')).toEqual(['people']);
  });

  it('gives other counted nouns their key term, so 5.6 and 5,8 degrees are one kind', () => {
    const degrees = keyTerms('درجات')[0]!;
    expect(kinds('زلزال بقوة 5.6 درجات')).toEqual([degrees]);
    expect(kinds('بلغت قوته 5,8 درجات')).toEqual([degrees]);
    expect(kinds('تكدس أكثر من 40 سفينة')).toEqual(kinds('تنتظر 37 سفينة'));
    expect(kinds('150 ألف خلية')).toEqual([keyTerms('خلية')[0]!]);
  });

  it('is not fooled by dates, times, years, durations or percentages', () => {
    expect(kinds('مساء السبت 14 تشرين الثاني')).toEqual([]);
    expect(kinds('عند الساعة 11:30 يوم 17/10/2016')).toEqual([]);
    expect(kinds('في صيف 2022 ضرب زلزال')).toEqual([]);
    expect(kinds('في صيف ٢٠٢٢ ضرب زلزال وفي ۲۰۲۳ آخر')).toEqual([]);
    expect(kinds('إضراب لمدة ثلاثة أيام بعد خمس سنوات')).toEqual([]);
    expect(kinds('بنسبة 31 في المائة و97% من الحاجات')).toEqual([]);
  });

  it('leaves out a number with the article, which names a known group, and a noun joined by و', () => {
    expect(kinds('كان البحارة الخمسة عشر يفتشون سفينة')).toEqual([]);
    expect(kinds('الإفراج عن البحارة ال 15 ومشاة البحرية')).toEqual([]);
  });

  it('gives the offset of each count in the text', () => {
    const text = 'قتل 3 أشخاص وأصيب 40 آخرون';
    expect(quantities(tokenize(text)).map((q) => text.slice(q.at, q.at + 2))).toEqual(['3 ', '40']);
  });
});
