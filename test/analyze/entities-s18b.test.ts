import { describe, expect, it } from 'vitest';
import { persons, speakers } from './probes.js';

describe('session 18b: a name after a title ends before a verb (verb-shapes.ts)', () => {
  it('ends the name before the feminine past of a derived pattern', () => {
    expect(persons('وفي عهد الملك فيصل تطورت المملكة في مجالات كثيرة.')).toEqual(['فيصل']);
    expect(persons('وفي عهد الملك فهد توسعت الجامعات في أنحاء البلاد.')).toEqual(['فهد']);
    expect(persons('وفي عهد السلطان قابوس تحولت البلاد إلى دولة حديثة.')).toEqual(['قابوس']);
    expect(persons('وفي عهد الأمير سعود أصدرت الحكومة قرارا مهما.')).toEqual(['سعود']);
    expect(persons('وفي عهد الملك فيصل انتشرت المدارس في القرى.')).toEqual(['فيصل']);
    expect(persons('وفي عهد الملك فهد ازدهرت التجارة في الموانئ.')).toEqual(['فهد']);
    expect(persons('وفي عهد الأمير محمد اتخذت الحكومة قرارات جديدة.')).toEqual(['محمد']);
  });

  it('ends the name before a short present in ي/ت that a word of its clause follows', () => {
    expect(persons('وكان الشيخ زايد يحب الصحراء كثيرا.')).toEqual(['زايد']);
    expect(persons('وكانت الملكة رانيا تزور المدارس كل عام.')).toEqual(['رانيا']);
    expect(persons('وفي الحفل كان الملك سلمان يرعى الفائزين.')).toEqual(['سلمان']);
  });

  it('ends the name before و + a verb in ت', () => {
    expect(persons('وجاء الأمير سلطان وتحدث إلى الحضور.')).toEqual(['سلطان']);
  });

  it('keeps family names spelled like verbs: فعلت names, a ي/ت name closed hard, listed names, long foreign names', () => {
    expect(persons('وقال الفنان محمد رفعت إن الحفل ناجح.')).toEqual(['محمد رفعت']);
    expect(persons('وقال الوزير أحمد نشأت إن الخطة جاهزة.')).toEqual(['أحمد نشأت']);
    expect(persons('وقال الشيخ أحمد تويني إن الصحيفة مستمرة.')).toEqual(['أحمد تويني']);
    expect(persons('وقال الدكتور يوسف يعقوب إن المرض انتشر.')).toEqual(['يوسف يعقوب']);
    expect(speakers('وقال السفير الروسي فلاديمير يفيموف للصحافيين: «موسكو تدعم الحوار».')).toEqual(['فلاديمير يفيموف']);
    expect(persons('وقال المدرب ستيف ويتكوف إن الفريق جاهز.')).toEqual(['ستيف ويتكوف']);
  });
});
