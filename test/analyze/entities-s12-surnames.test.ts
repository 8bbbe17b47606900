import { describe, expect, it } from 'vitest';
import { persons } from './probes.js';

describe('session 12: common foreign family names (data/foreign-surnames.ts)', () => {
  it('reads a listed family name as a person, alone or with the given name no list knows before it (surname-start.ts)', () => {
    expect(persons('وأضاف هندرسون أن فريق الإنقاذ وصل متأخرا.')).toEqual(['هندرسون']);
    expect(persons('وشاركت ثيودورا كوفالسكي في الحفل.')).toEqual(['ثيودورا كوفالسكي']);
  });

  it('reads no person in the Arabic words some spellings fold to (رأيت: I saw; وارد: likely; أليس: is it not)', () => {
    expect(persons('رأيت الدخان يتصاعد، ومن الوارد أن يتأخر الإطفاء وهذا وارد.')).toEqual([]);
    expect(persons('وتساءل الوزير: أليس من حق المواطنين أن يعرفوا؟ وقال سميث إن الأمر خطير.')).toEqual(['سميث']);
  });
});

describe('session 12: the word before a listed family name (surname-start.ts)', () => {
  it('takes no verb, title or adverb into the name', () => {
    expect(persons('وأضاف هندرسون أن الفريق وصل.')).toEqual(['هندرسون']);
    expect(persons('وقال مدرب الفريق هندرسون إن الفريق وصل.')).toEqual(['هندرسون']);
  });

  it('reads no person in the Richter scale', () => {
    expect(persons('وبلغت قوة الزلزال خمس درجات على مقياس ريختر.')).toEqual([]);
  });
});
