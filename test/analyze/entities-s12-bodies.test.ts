import { describe, expect, it } from 'vitest';
import { organizations } from './probes.js';

describe('session 12: companies, banks, markets and bodies named without a cue (data/companies-and-bodies.ts)', () => {
  it('finds a listed company, market or regulator by its bare name', () => {
    expect(organizations('وارتفع سهم سبكيم بعد إعلان أرباح الربع الثالث.')).toEqual(['سبكيم']);
    expect(organizations('وأغلقت السوق المالية السعودية على ارتفاع طفيف.')).toEqual(['السوق المالية السعودية']);
    expect(organizations('وسيرت طيران ناس رحلات إضافية خلال العطلة.')).toEqual(['طيران ناس']);
  });

  it('finds the Latin abbreviations outlets print as written', () => {
    expect(organizations('وقال مسؤول في FIFA إن القرار نهائي.')).toEqual(['FIFA']);
  });

  it('reads no company in a common word it folds to (وفيات: deaths; معادن: metals; تداول: trading)', () => {
    expect(organizations('وارتفع عدد الوفيات إلى عشرة وسجلت وفيات جديدة أمس.')).toEqual([]);
    expect(organizations('وتراجعت أسعار معادن النحاس والألمنيوم.')).toEqual([]);
    expect(organizations('وبلغت قيمة تداول الأسهم مليار ريال.')).toEqual([]);
  });
});
