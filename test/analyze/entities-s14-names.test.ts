import { describe, expect, it } from 'vitest';
import { persons } from './probes.js';

describe('session 14: words that are never a name word (names.ts)', () => {
  it('reads a preposition carrying a pronoun (`ومعه`) as no part of the name before it', () => {
    expect(persons('وكان وزير شؤون الأسرى سمير أبو حمدة ومعه النائب خالد يوسف في السجن.')).toEqual(['سمير أبو حمدة', 'خالد يوسف']);
  });

  it('reads a verbal noun in the accusative typed without tanween (`استعدادا`) as the verb\'s object, no name', () => {
    expect(persons('وقالت المنظمة إن الدول الثلاث أبدت استعدادا أكبر للتعاون.')).toEqual([]);
  });

  it('keeps a foreign given name of the same letters as إفعالا with a long vowel second (`إيفانا`)', () => {
    expect(persons('وقالت رئيسة البعثة إيفانا كوروليفا في بيان إن المفاوضات تقدمت.')).toEqual(['إيفانا كوروليفا']);
  });

  it('reads ب + the verbal noun of attending or leading (`بحضور`) as no name after a title', () => {
    expect(persons('وتحدث مدير المبيعات في المنطقة بحضور نائب رئيس مجلس الإدارة.')).toEqual([]);
  });

  it('ends a titled name before a present verb after its definite family name (`الجعفري تسعى إلى`)', () => {
    expect(persons('وقالت المصادر إن الحكومة برئاسة الدكتور سالم الخالدي تسعى إلى تحسين الخدمات.')).toEqual(['سالم الخالدي']);
  });
});

describe('session 14: a kinship noun in apposition closes a name after a reporting verb (entities.ts)', () => {
  it('reads the two words before `شقيق`، `زوجة`، `عم` … as the speaker\'s name', () => {
    expect(persons('وقال ساهر بركات شقيق المعتقل إن الأسرة تنتظر.')).toEqual(['ساهر بركات']);
    expect(persons('وقالت ماري دوبسون زوجة الجندي إن الأسرة تنتظر.')).toEqual(['ماري دوبسون']);
  });
});

describe('session 14: a predicate after a definite title phrase is no name (names.ts titleAt)', () => {
  it('reads no person in one indefinite word in ة after `وزيرة الخارجية`', () => {
    expect(persons('ولم تحضر لأن وزيرة الخارجية بعيدة عن العاصمة في ذلك اليوم.')).toEqual([]);
  });

  it('keeps the one-word genitive name right after an indefinite title (`محامي خواجة`)', () => {
    expect(persons('وقال لورانس غرين محامي خواجة إن القضية معقدة.')).toEqual(['لورانس غرين', 'خواجة']);
  });
});

describe('session 14: a past verb of an event ends a foreign name (given-names.ts)', () => {
  it('reads `قتل` after a listed foreign given name as the verb, and the given name alone as the person', () => {
    expect(persons('وقالت إن ابنها انتوني قتل في الهجوم.')).toEqual(['انتوني']);
  });

  it('keeps a three-letter family name before another word (`توني هول في لندن`)', () => {
    expect(persons('وقال توني هول في لندن إن التقرير جاهز.')).toEqual(['توني هول']);
  });
});
