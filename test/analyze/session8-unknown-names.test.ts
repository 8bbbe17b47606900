/** Session 8, second pass: speakers whose names no list knows, read from their syntactic slot (probes of our own). */
import { describe, expect, it } from 'vitest';
import { persons, speakers } from './probes.js';

describe('a full name not cut before a family name no list knows', () => {
  it('keeps a third word opening with بو/با after a definite second name when إن or punctuation closes it (`X الطاهر بوزيان إن`)', () => {
    expect(speakers('وقال رئيس المجلس المحلي حسين الهادي بولحية إن «الماء سيعود إلى الأحياء بعد إصلاح المضخة».')).toEqual(['حسين الهادي بولحية']);
    expect(persons('وأوضح سالم المبروك بوزيان، أمس، أن الطريق مغلق.')).toEqual(['سالم المبروك بوزيان']);
    // A noun of manner after ب is no family name, nor ب before another letter than و/ا.
    expect(persons('وقال حسين الهادي بوضوح إن الطريق مغلق.')).toEqual(['حسين الهادي']);
    expect(persons('وقال حسين الهادي بحزم إن الطريق مغلق.')).toEqual(['حسين الهادي']);
  });

  it('keeps a compound given name\'s family name before a verb\'s object in construct (`يرتب عبد الرحيم جوب أكياس الفحم`)', () => {
    const text = 'في الساحة، يرتب عبد الرحيم جوب أكياس الفحم قرب الشاحنة. «الطلب قليل هذا الشتاء والناس تبرد في بيوتها»، يقول البائع.';
    expect(speakers(text)).toEqual(['عبد الرحيم جوب']);
    // Two plain words before an indefinite adjective are still the object (`أسنان كبش أبيض`).
    expect(persons('يتفحص عبد الكريم أسنان خروف أبيض قبل أن يشتريه.')).toEqual(['عبد الكريم']);
  });
});
