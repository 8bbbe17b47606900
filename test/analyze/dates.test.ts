import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDates } from '../../src/analyze/index.js';

/** The first date found in `text`, as [written, date]. */
const first = (text: string, published: string | null = null): [string, string] | undefined => {
  const d = findDates(text, published)[0];
  return d === undefined ? undefined : [d.text, d.date];
};

describe('findDates: month systems', () => {
  it.each([
    ['بدأ الهجوم في 17 تشرين الأول (أكتوبر) 2016 فجرا.', '17 تشرين الأول (أكتوبر) 2016', '2016-10-17'],
    ['بدأ الهجوم في 17 اكتوبر (تشرين الاول) 2016 فجرا.', '17 اكتوبر (تشرين الاول) 2016', '2016-10-17'],
    ['يعقد الاجتماع في 28 كانون الأول/ديسمبر 2026 عبر الفيديو.', '28 كانون الأول/ديسمبر 2026', '2026-12-28'],
    ['سقطت المدينة في حزيران (يونيو) 2014.', 'حزيران (يونيو) 2014', '2014-06'],
    ['وقع الزلزال في 8 شتنبر 2023 ليلا.', '8 شتنبر 2023', '2023-09-08'],
    ['تنطلق الأشغال في فاتح نونبر 2026.', 'فاتح نونبر 2026', '2026-11-01'],
    ['وقعت الاتفاقية في 5 جويلية 1962 بالعاصمة.', '5 جويلية 1962', '1962-07-05'],
    ['صدر القرار في السابع من أغسطس 2025.', 'السابع من أغسطس 2025', '2025-08-07'],
    ['انهارت المفاوضات في 11/5/2026 مساء.', '11/5/2026', '2026-05-11'],
    ['جاء ذلك في 21 رمضان 1447 هـ في العاصمة.', '21 رمضان 1447 هـ', '2026-03-10'],
    ['بدأت الحرب عام 2023 في السودان.', '2023', '2023'],
  ])('%s', (text, written, date) => {
    expect(first(text)).toEqual([written, date]);
  });

  it('reads an ambiguous month word (آب، نيسان) only next to a day, a year or its pair', () => {
    expect(findDates('زار آب وابنه المدينة.')).toEqual([]);
    expect(first('زار الوفد المدينة في آب (أغسطس) 2020.')).toEqual(['آب (أغسطس) 2020', '2020-08']);
  });
});

describe('findDates: relative expressions', () => {
  const published = '2026-02-12'; // a Thursday
  it.each([
    ['أعلن الوزير اليوم الخميس خطة جديدة.', 'اليوم الخميس', '2026-02-12'],
    ['افتتح الاجتماع صباح أمس الأربعاء في بروكسل.', 'صباح أمس الأربعاء', '2026-02-11'],
    ['قال الوزير أمس إن الخطة جاهزة.', 'أمس', '2026-02-11'],
    ['وصل الوفد أول أمس إلى المدينة.', 'أول أمس', '2026-02-10'],
    ['ذكرت الوزارة في بيان يوم الثلاثاء أن الوضع مستقر.', 'يوم الثلاثاء', '2026-02-10'],
    ['يتوجه الوفد إلى الدوحة الأحد المقبل.', 'الأحد المقبل', '2026-02-15'],
    ['دعا الرئيس الأسبوع الماضي إلى الحوار.', 'الأسبوع الماضي', '2026-W06'],
    ['ستتولى روما القيادة في العام المقبل.', 'العام المقبل', '2027'],
    ['سنراجع الخطة في حزيران (يونيو) المقبل.', 'حزيران (يونيو) المقبل', '2026-06'],
    ['كان الحلف قد أعلن في 12 كانون الثاني (يناير) الماضي تمديد مهمته.', '12 كانون الثاني (يناير) الماضي', '2026-01-12'],
    ['تنتهي المرحلة في أواخر أيلول (سبتمبر) المقبل.', 'أواخر أيلول (سبتمبر) المقبل', '2026-09'],
  ])('%s', (text, written, date) => {
    expect(first(text, published)).toEqual([written, date]);
  });

  it('keeps relative expressions unresolved without a publication date, and month-day dates as ISO without a year', () => {
    const [a, b] = findDates('قال الوزير أمس إن الهجوم بدأ في 17 اكتوبر (تشرين الاول).');
    expect(a).toMatchObject({ text: 'أمس', date: 'أمس', resolved: false, relative: true });
    expect(b).toMatchObject({ date: '--10-17', resolved: false });
  });

  it('never throws and keeps offsets on arbitrary text', () => {
    const pieces = ['أمس', 'اليوم', 'الخميس', '17', '2016', 'تشرين', 'الأول', '(', ')', 'أكتوبر', '/', 'رمضان', 'هـ', 'الماضي', 'من', 'السابع'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 30 }), fc.boolean(), (parts, withDate) => {
        const text = parts.join(' ');
        for (const d of findDates(text, withDate ? '2026-05-05' : null)) expect(text.slice(d.start, d.end)).toBe(d.text);
      }),
      { numRuns: 200 },
    );
  });
});
