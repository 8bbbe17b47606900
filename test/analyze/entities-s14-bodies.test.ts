import { describe, expect, it } from 'vitest';
import { organizations, places } from './probes.js';

describe('session 14: مجموعة is a weak organization cue (organizations.ts)', () => {
  it('reads no body in "a small group" or "the fish group"', () => {
    expect(organizations('وتحدث المدرب إلى مجموعة صغيرة من اللاعبين عن المباراة.')).toEqual([]);
    expect(organizations('وتصدرت الخضراوات القائمة ثم مجموعة الأسماك بنسبة ثلاثة في المئة.')).toEqual([]);
  });

  it('still reads a group named by a name', () => {
    expect(organizations('وأعلنت مجموعة ماجد الفطيم أرباحها.')).toEqual(['مجموعة ماجد الفطيم']);
    expect(organizations('واشترت مجموعة تاتا الهندية الشركة.')).toEqual(['مجموعة تاتا الهندية']);
  });
});

describe('session 14: a country named by a feminine nisba after a definite noun is its adjective (entities.ts)', () => {
  it('reads no place in `الأسرة السعودية`, and the country elsewhere', () => {
    expect(places('ويبلغ إنفاق الأسرة السعودية الشهري 275 ريالا.')).toEqual([]);
    expect(places('وزار الوفد السعودية الأسبوع الماضي.')).toEqual(['السعودية']);
    expect(places('وأعلنت المملكة العربية السعودية الخطة.')).toEqual(['المملكة العربية السعودية']);
  });
});
