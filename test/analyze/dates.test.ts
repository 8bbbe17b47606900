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
    ['تدخل الرسوم حيز التنفيذ في الفاتح من يناير 2027.', 'الفاتح من يناير 2027', '2027-01-01'],
    ['ويهدف البرنامج إلى مضاعفة الإنتاج بحلول 2035.', '2035', '2035'],
    ['لم تشهد البلدة فيضاناً مماثلاً منذ شتاء 2019.', '2019', '2019'],
  ])('%s', (text, written, date) => {
    expect(first(text)).toEqual([written, date]);
  });

  it('takes no year counted back from the era (ق.م، قبل الميلاد) for one of ours', () => {
    expect(findDates('عُرفت السباحة منذ عام 2000 ق.م. في مصر القديمة.')).toEqual([]);
    expect(findDates('شُيّد المعبد عام 1950 قبل الميلاد تقريباً.')).toEqual([]);
    expect(findDates('وقعت المعركة في مارس 1900 ق م على ضفة النهر.')).toEqual([]);
    expect(first('افتُتح المتحف عام 1989م بعد ترميمه.')).toEqual(['1989م', '1989']);
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
    ['ومن المقرر أن يستمر الإضراب حتى مساء السبت.', 'مساء السبت', '2026-02-14'],
    ['وسوف يعود الوفد إلى العاصمة الأحد.', 'الأحد', '2026-02-15'],
    ['وعاد الوفد إلى العاصمة الأحد.', 'الأحد', '2026-02-08'],
    ['من المقرر أن تصدر النتائج، وكان الوفد قد عاد الأحد.', 'الأحد', '2026-02-08'],
    ['ارتفعت الأسعار هذا العام بنسبة عشرة في المئة.', 'هذا العام', '2026'],
    ['وتراجعت الصادرات خلال العام الجاري.', 'العام الجاري', '2026'],
    ['يصل الوفد هذا الأسبوع إلى الرباط.', 'هذا الأسبوع', '2026-W07'],
    ['وتنتهي الأشغال في الشهر الحالي.', 'الشهر الحالي', '2026-02'],
    ['وسجلت هذه السنة أعلى نسبة أمطار.', 'هذه السنة', '2026'],
  ])('%s', (text, written, date) => {
    expect(first(text, published)).toEqual([written, date]);
  });

  it('reads a second year joined by و after a year, and no bare number as one', () => {
    expect(findDates('أقر المجلس ميزانية العامين 2027 و2028 بالإجماع.', published).map((d) => d.date)).toEqual(['2027', '2028']);
    expect(findDates('وصل 2027 شخصاً و2028 طفلاً إلى المخيم.', published)).toEqual([]);
    expect(findDates('قال هذا الرجل إن الحال تغير.', published)).toEqual([]);
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

describe('findDates: a weekday of a named week', () => {
  // 2026-04-10 is a Friday; a week runs from Sunday (الأحد, the first day) to Saturday.
  it.each([
    ['وقال الوزير يوم الاثنين من هذا الأسبوع إن الخطة جاهزة.', 'يوم الاثنين من هذا الأسبوع', '2026-04-06'],
    ['وصل الوفد يوم الأحد من الأسبوع الماضي إلى العاصمة.', 'يوم الأحد من الأسبوع الماضي', '2026-03-29'],
    ['وصل الوفد الثلاثاء من الأسبوع الماضي إلى العاصمة.', 'الثلاثاء من الأسبوع الماضي', '2026-03-31'],
    ['ويعقد المجلس جلسته الأربعاء من الأسبوع المقبل.', 'الأربعاء من الأسبوع المقبل', '2026-04-15'],
    ['وانتهت المهلة السبت من الأسبوع الماضي.', 'السبت من الأسبوع الماضي', '2026-04-04'],
  ])('%s is one date, not a day and a week', (text, written, date) => {
    const found = findDates(text, '2026-04-10');
    expect(found.map((d) => [d.text, d.date])).toEqual([[written, date]]);
  });
});

describe('findDates: a weekday of a named week stays in that week', () => {
  const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
  const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  it('last, this and next week are seven days apart, and this week runs from the Sunday to the Saturday of the publication, in a past or a future clause', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.boolean(), (published, weekday, future) => {
        const pub = `2026-04-${String(12 + published).padStart(2, '0')}`; // 2026-04-12 is a Sunday
        const read = (week: string): number => {
          const text = future ? `وسيعقد المجلس جلسته ${WEEKDAYS[weekday]} من ${week}.` : `وعقد المجلس جلسته ${WEEKDAYS[weekday]} من ${week}.`;
          const found = findDates(text, pub);
          expect(found, text).toHaveLength(1);
          return dayOf(found[0]!.date);
        };
        const now = read('هذا الأسبوع');
        expect(now - dayOf('2026-04-12')).toBe(weekday);
        expect(read('الأسبوع الماضي')).toBe(now - 7);
        expect(read('الأسبوع المقبل')).toBe(now + 7);
      }),
    );
  });
});
