import { describe, expect, it } from 'vitest';
import { organizations } from './probes.js';

describe('session 15: where an organization cue chain ends (organizations.ts)', () => {
  it('stops before و + a relative pronoun, a time word or a title', () => {
    expect(organizations('ووقعت شركة نوكيا والتي تأسست في فنلندا العقد.')).toEqual(['شركة نوكيا']);
    expect(organizations('وقال معهد بحوث المياه والباحث الرئيس فيه إن النتائج جيدة.')).toEqual(['معهد بحوث المياه']);
  });

  it('still takes a ministry\'s coordinated field', () => {
    expect(organizations('وأعلنت وزارة التجارة والصناعة القرار.')).toEqual(['وزارة التجارة والصناعة']);
  });

  it('stops after a known place before و + a definite noun of the sentence', () => {
    expect(organizations('وأشاد بالرؤية الواضحة لبلدية عمان والتطور الذي تشهده الخدمات.')).toEqual(['بلدية عمان']);
  });

  it('reads العام before a time word as "the year", not "general"', () => {
    expect(organizations('ونفذت الشركة العام الماضي مشروعا لصالح البلدية.')).toEqual([]);
    expect(organizations('وأعلن الاتحاد العام للشغل الإضراب.')).toEqual(['الاتحاد العام للشغل']);
  });

  it('takes no masculine participle after a sound feminine plural as its adjective', () => {
    expect(organizations('وأصدرت هيئة الاتصالات وتقنية المعلومات المنشور في الصحف أمس.')).toEqual(['هيئة الاتصالات وتقنية المعلومات']);
  });

  it('reads "a set of" after مجموعة before a plural or a preposition', () => {
    expect(organizations('وقدمت الفرقة مجموعة حفلات في الصيف.')).toEqual([]);
    expect(organizations('وعمل مع مجموعة ملحنين من الشباب.')).toEqual([]);
    expect(organizations('ونشر القصص في مجموعة تحت عنوان جديد.')).toEqual([]);
    expect(organizations('واشترت مجموعة تويوتا الشركة.')).toEqual(['مجموعة تويوتا']);
  });

  it('names no body in "a big company", "a company for marketing", "a factory for cars"', () => {
    expect(organizations('وهي شركة كبرى لصناعة الأدوية.')).toEqual([]);
    expect(organizations('وتأسست عام 1990 كشركة لتسويق البرمجيات الجاهزة.')).toEqual([]);
    expect(organizations('وأصبحت البلاد أكبر مصنع للسيارات في العالم.')).toEqual([]);
  });

  it('reads no body in a reflexive object or in "the military forces"', () => {
    expect(organizations('وبعد الأزمة أعادت الشركة تنظيم نفسها بالكامل.')).toEqual([]);
    expect(organizations('وصنعت الشاحنات لصالح القوات العسكرية خلال الحرب.')).toEqual([]);
  });
});

describe('session 15: a transliterated name after an indefinite cue (organizations.ts)', () => {
  it('reads one foreign-shaped word closed by a boundary as the body\'s name', () => {
    expect(organizations('وأعلن معهد كارولينسكا في السويد الجائزة.')).toEqual(['معهد كارولينسكا']);
  });

  it('leaves an accusative nisba in يا typed without tanween', () => {
    expect(organizations('ونقل المصاب إلى مستشفى ميدانيا في المنطقة.')).toEqual([]);
  });
});

describe('session 15: a body of people by their role names no organization (organizations.ts)', () => {
  it('reads هيئة التدريس، هيئة المحلفين، لجنة التحكيم as generic', () => {
    expect(organizations('وزار المعرض أعضاء هيئة التدريس بالجامعة.')).toEqual([]);
    expect(organizations('وأصدرت هيئة المحلفين قرارها أمس.')).toEqual([]);
    expect(organizations('وتتألف لجنة التحكيم من خمسة أعضاء.')).toEqual([]);
  });

  it('still reads a body named after its role with more words', () => {
    expect(organizations('وأصدرت هيئة التدريس الجامعي بيانا.')).toEqual(['هيئة التدريس الجامعي']);
  });
});
