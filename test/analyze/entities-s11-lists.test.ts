import { describe, expect, it } from 'vitest';
import { organizations } from './probes.js';

describe('session 11: organizations named without a cue word (data/world-organizations.ts)', () => {
  it('finds international bodies, state institutions, parties and companies by their bare names', () => {
    expect(organizations('وفرضت فيفا غرامة على الاتحاد المحلي بعد أحداث المباراة.')).toContain('فيفا');
    expect(organizations('وأحالت النيابة العامة المتهمين الثلاثة إلى المحاكمة.')).toEqual(['النيابة العامة']);
    expect(organizations('ورفعت أرامكو أسعار الوقود للشهر الثاني.')).toEqual(['أرامكو']);
    expect(organizations('وقال متحدث باسم حماس إن الوفد وصل إلى القاهرة.')).toEqual(['حماس']);
  });

  it('keeps a nationality adjective after a listed body (النيابة العامة الليبية)', () => {
    expect(organizations('وفتحت النيابة العامة الليبية تحقيقا في الحادث.')).toEqual(['النيابة العامة الليبية']);
  });

  it('reads no company in a word it folds to (إبل: camels, not آبل)', () => {
    expect(organizations('وعرض المربون إبل السباق في السوق الأسبوعي.')).toEqual([]);
  });
});
