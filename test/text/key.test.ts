import { describe, expect, it } from 'vitest';
import {
  KEY_RULES,
  foldAlef,
  foldHamzaSeats,
  foldPersian,
  foldTehMarbuta,
  foldYeh,
  key,
  lowerLatin,
  stripMarks,
  toWesternDigits,
} from '../../src/text/key.js';

describe('key rules, one by one', () => {
  it('stripMarks removes harakat, tanwin, shadda, sukun, dagger alef, Quranic marks and tatweel', () => {
    expect(stripMarks('مُحَمَّدٌ هٰذا لـ\u06D6\u0610')).toBe('محمد هذا ل');
  });

  it('stripMarks keeps hamza letters whole (no NFD trap: ؤ and ئ are not split)', () => {
    expect(stripMarks('مسؤول رئيس أحمد إلى آخر')).toBe('مسؤول رئيس أحمد إلى آخر');
  });

  it('foldAlef folds every alef with hamza, madda or wasla', () => {
    expect(foldAlef('أ إ آ ٱ ٲ ٳ ٵ')).toBe('ا ا ا ا ا ا ا');
  });

  it('foldYeh folds alef maqsura', () => {
    expect(foldYeh('على مستشفى')).toBe('علي مستشفي');
  });

  it('foldTehMarbuta folds teh marbuta to heh', () => {
    expect(foldTehMarbuta('مدينة')).toBe('مدينه');
  });

  it('foldHamzaSeats joins مسؤول and مسئول', () => {
    expect(foldHamzaSeats('مسؤول')).toBe(foldHamzaSeats('مسئول'));
  });

  it('foldPersian maps Persian and Urdu lookalikes', () => {
    expect(foldPersian('کتاب ی ە ھ ۃ ے پ چ ژ ڤ گ')).toBe('كتاب ي ه ه ه ي ب ج ز ف ك');
  });

  it('toWesternDigits maps both digit sets and the Arabic separators', () => {
    expect(toWesternDigits('٢٠٢٤ ۴۵۶ ٣٫٥ ١٬٠٠٠ ٥٪')).toBe('2024 456 3.5 1,000 5%');
  });

  it('lowerLatin lower-cases Latin', () => {
    expect(lowerLatin('AFP و BBC')).toBe('afp و bbc');
  });
});

describe('key', () => {
  it('applies the rules in the documented order, NFC first and last', () => {
    expect(KEY_RULES.map((r) => r.name)).toEqual([
      'toNfc',
      'stripMarks',
      'foldAlef',
      'foldYeh',
      'foldTehMarbuta',
      'foldHamzaSeats',
      'foldPersian',
      'toWesternDigits',
      'lowerLatin',
      'toNfc',
    ]);
  });

  it('makes spelling variants of one word equal', () => {
    expect(key('أشتون')).toBe(key('آشتون'));
    expect(key('اشتون')).toBe(key('أشتون'));
    expect(key('مضيفاً')).toBe(key('مضيفًا'));
    expect(key('الأولى')).toBe('الاولي');
    expect(key('ﻭﺍﻟﺮﻗﺔ'.normalize('NFKC'))).toBe('والرقه');
  });

  it('composes a decomposed hamza before stripping marks', () => {
    expect(key('\u0648\u0654')).toBe('ء');
    expect(key('\u0627\u0654\u062D\u0645\u062F')).toBe('احمد');
  });
});
