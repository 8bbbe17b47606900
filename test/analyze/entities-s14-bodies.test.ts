import { describe, expect, it } from 'vitest';
import { organizations } from './probes.js';

describe('session 14: مجموعة is a weak organization cue (organizations.ts)', () => {
  it('reads no body in "a small group", "the next group" or "the fish group"', () => {
    expect(organizations('وتحدث المدرب إلى مجموعة صغيرة من اللاعبين عن المباراة.')).toEqual([]);
    expect(organizations('وتصدرت الخضراوات القائمة ثم مجموعة الأسماك بنسبة ثلاثة في المئة.')).toEqual([]);
  });

  it('still reads a group named by a name', () => {
    expect(organizations('وأعلنت مجموعة ماجد الفطيم أرباحها.')).toEqual(['مجموعة ماجد الفطيم']);
    expect(organizations('واشترت مجموعة تاتا الهندية الشركة.')).toEqual(['مجموعة تاتا الهندية']);
  });
});
