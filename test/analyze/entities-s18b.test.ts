import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/analyze/index.js';
import { organizations, persons, places, speakers } from './probes.js';

const entities = (text: string): string[] => findEntities(text).map((m) => `${m.type}:${text.slice(m.start, m.end)}`);

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
    expect(persons('وفي ذلك العام ابتكر العالم الألماني يوهان تزان جهازا جديدا للتصوير.')).toEqual(['يوهان تزان']);
  });
});

describe('session 18b: prizes, cups, programmes and cities named after a titled person (titled-facilities.ts)', () => {
  it('reads no person in a prize, cup, contest, festival or decoration named after a king, even when the king is named elsewhere', () => {
    expect(entities('وفاز العالم بجائزة الملك فيصل العالمية للطب هذا العام.')).toEqual([]);
    expect(entities('وتوج الفريق بكأس الأمير سلطان بن عبد العزيز بعد فوزه.')).toEqual([]);
    expect(entities('وشهد مهرجان الملك عبدالعزيز للإبل مشاركة واسعة.')).toEqual([]);
    expect(persons('ومنح الملك فهد الباحث وسام الملك عبد العزيز من الدرجة الأولى.')).toEqual(['فهد']);
    expect(persons('وكان الملك فيصل قد أسس المؤسسة. وفاز العالم بجائزة الملك فيصل العالمية للطب.')).toEqual(['فيصل']);
  });

  it('reads a programme named after a king, with its field after ل, as one body', () => {
    expect(organizations('وشارك الطلاب في برنامج الملك عبدالله للابتعاث الخارجي منذ سنوات.')).toEqual(['برنامج الملك عبدالله للابتعاث الخارجي']);
    expect(persons('وشارك الطلاب في برنامج الملك عبدالله للابتعاث الخارجي منذ سنوات.')).toEqual([]);
  });

  it('reads a city named after a king with its field or a body adjective as one body, and without them as a place', () => {
    expect(entities('وقال مدير مدينة الملك عبد العزيز للعلوم والتقنية إن المشروع بدأ.')).toEqual(['organization:مدينة الملك عبد العزيز للعلوم والتقنية']);
    expect(organizations('وأعلنت مدينة الملك عبدالله للطاقة الذرية والمتجددة عن خطة جديدة.')).toEqual(['مدينة الملك عبدالله للطاقة الذرية والمتجددة']);
    expect(organizations('وزار الوفد مدينة الملك فهد الطبية في الرياض.')).toEqual(['مدينة الملك فهد الطبية']);
    expect(places('وانتقل السكان إلى مدينة الملك عبدالله الاقتصادية قرب جدة.')).toEqual(['مدينة الملك عبدالله الاقتصادية', 'جدة']);
    // (the field ends before a title: the person after it is the head of the body)
    expect(persons('وقال رئيس مدينة الملك عبد العزيز للعلوم والتقنية الأمير تركي بن سعود إن البحث مستمر.')).toEqual(['تركي بن سعود']);
  });

  it('takes a titled name\'s nasab with any of its joiners (بنت too) into the named thing', () => {
    // (the princess named before is found again only outside the prize's name)
    expect(persons('وكرمت الأميرة نورة بنت عبد الرحمن الطالبات، وفازت إحداهن بجائزة الأميرة نورة بنت عبد الرحمن للتميز.')).toEqual(['نورة بنت عبد الرحمن']);
  });
});
