import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/analyze/index.js';

/** Every date found in `text`, as [written, date]; unresolved ones marked with `?`. */
const all = (text: string, published: string | null = null): [string, string][] =>
  findDates(text, published).map((d) => [d.text, d.resolved ? d.date : `${d.date}?`]);

describe('findDates: the ways real news writes years and months (session 12)', () => {
  it('reads a year of any century after a word that can only announce one, and a year with its era', () => {
    expect(all('شُيّد الجسر الحجري عام 1743 على نفقة أحد التجار.')).toEqual([['1743', '1743']]);
    expect(all('احتلت القوات الساحل في الحرب الكبرى 1916 م ثم انسحبت.')).toEqual([['1916 م', '1916']]);
    expect(all('بُني الحصن الأول سنة 1580م على التلة.')).toEqual([['1580م', '1580']]);
    expect(all('قطع العداء مسافة 1500 م في أقل من أربع دقائق.')).toEqual([]);
  });

  it('reads a year after the event news names by it, and both ends of a range after a plural cue', () => {
    expect(all('خسر المنتخب نهائي كأس 1986 بهدف وحيد.')).toEqual([['1986', '1986']]);
    expect(all('شهدت البلاد بين الأعوام 1975 إلى 1990 حربا أهلية طويلة.')).toEqual([['1975', '1975'], ['1990', '1990']]);
  });

  it('reads a month with its year across عام / سنة / من العام, and a day of the month after من', () => {
    expect(all('افتتح المصنع في مارس عام 2003 بحضور الوزير.')).toEqual([['مارس عام 2003', '2003-03']]);
    expect(all('وفي نوفمبر من العام 1998 وقع الاتفاق.')).toEqual([['نوفمبر من العام 1998', '1998-11']]);
    expect(all('تنتهي المهلة في 18 من أغسطس.', '2026-05-02')).toEqual([['18 من أغسطس', '2026-08-18']]);
  });

  it('reads a month of a named year: this year, last year, or the year last named', () => {
    expect(all('ارتفعت الأسعار في شباط من هذا العام.', '2026-05-02')).toEqual([['شباط من هذا العام', '2026-02']]);
    expect(all('تراجعت الصادرات في أكتوبر من العام الماضي.', '2026-05-02')).toEqual([['أكتوبر من العام الماضي', '2025-10']]);
    expect(all('تأسست الجمعية في 12 يناير 1931 ثم حُلّت في 4 مايو من السنة نفسها.')).toEqual([['12 يناير 1931', '1931-01-12'], ['4 مايو من السنة نفسها', '1931-05-04']]);
    expect(all('حُلّت الجمعية في 4 مايو من السنة نفسها.')).toEqual([['4 مايو من السنة نفسها', '--05-04?']]);
  });

  it('gives a day and month written again without a year the year the text gave them before', () => {
    const text = 'في ذكرى فيضان 14 مارس 2019 ... وقف الأهالي دقيقة صمت عند الجسر الذي جرفته مياه 14 مارس.';
    expect(all(text, '2026-03-20')).toEqual([['14 مارس 2019', '2019-03-14'], ['14 مارس', '2019-03-14']]);
    expect(all('وقف الأهالي دقيقة صمت عند الجسر الذي جرفته مياه 14 مارس.', '2026-03-20')).toEqual([['14 مارس', '2026-03-14']]);
  });

  it('does not read a count after a date that closes on العام as a year', () => {
    expect(all('يستضيف المعرض هذا العام 2000 دار نشر.', '2026-05-02')).toEqual([['هذا العام', '2026']]);
  });

  it('gives the day the year the text gives it later too', () => {
    expect(all('أحيا الأهالي ذكرى 14 مارس بدقيقة صمت، وكان فيضان 14 مارس 2019 قد جرف الجسر.', '2026-03-20')).toEqual([
      ['14 مارس', '2019-03-14'],
      ['14 مارس 2019', '2019-03-14'],
    ]);
  });

  it('reads a bare اليوم in the report\'s own voice as the day of publication, not in quoted or reported speech, after أما/حتى, nor heading a phrase', () => {
    const day = '2026-05-02';
    expect(all('أعلنت وزارة الصحة اليوم افتتاح المستشفى الجديد.', day)).toEqual([['اليوم', '2026-05-02']]);
    expect(all('وصل الوفد إلى المطار في الساعة 10:30 اليوم.', day)).toEqual([['اليوم', '2026-05-02']]);
    expect(all('قال التاجر: «نبيع اليوم بنصف السعر».', day)).toEqual([]);
    expect(all('ويقول التاجر إن الكيس صار يباع اليوم بضعف سعره.', day)).toEqual([]);
    expect(all('وقال إن الطريق سيفتح قريبا، وأكد الوزير في مؤتمر صحفي اليوم أن العمل مستمر.', day)).toEqual([['اليوم', '2026-05-02']]);
    expect(all('أما اليوم فقد تغير كل شيء في السوق.', day)).toEqual([]);
    expect(all('واليوم يعمل في الورشة ثمانية عمال فقط.', day)).toEqual([]);
    expect(all('احتفلت المدارس باليوم الوطني للبيئة.', day)).toEqual([]);
    expect(all('توقف العمل في منتصف اليوم بسبب الحر.', day)).toEqual([]);
    expect(all('أعلنت وزارة الصحة اليوم افتتاح المستشفى الجديد.')).toEqual([]);
  });
});

describe('findDates: days told by another day, and years closing a phrase (session 13)', () => {
  it('reads اليوم التالي / السابق / نفسه from the day last told of in the same paragraph, and leaves it unresolved otherwise', () => {
    expect(all('عقد المجلس جلسته في 3 آذار 2024 وصوّت على القرار في اليوم التالي.')).toEqual([['3 آذار 2024', '2024-03-03'], ['اليوم التالي', '2024-03-04']]);
    expect(all('وصل الوفد يوم 9 مايو 2023، وكان قد غادر العاصمة صباح اليوم السابق.')).toEqual([['يوم 9 مايو 2023', '2023-05-09'], ['صباح اليوم السابق', '2023-05-08']]);
    expect(all('سقطت الأمطار في 2 يناير 2025، وفي نفس اليوم أغلقت المدارس.')).toEqual([['2 يناير 2025', '2025-01-02'], ['نفس اليوم', '2025-01-02']]);
    // A line break between them: the day after some day the text did not name, not the publication's.
    expect(all('الأحد 6 أبريل 2025\n\nاحتُجز البحارة ساعات. وفي صباح اليوم التالي نُقلوا إلى سجن آخر.', '2025-04-06')).toEqual([['الأحد 6 أبريل 2025', '2025-04-06'], ['صباح اليوم التالي', 'صباح اليوم التالي?']]);
  });

  it('reads a number of 1950–2030 closing a phrase before punctuation or في as a year, and not a count or an amount', () => {
    expect(all('يمكن خصم التبرعات من الإقرارات الضريبية 2024، بحسب القانون.')).toEqual([['2024', '2024']]);
    expect(all('أقيم نصب لضحايا فيضانات درنة 2023 في وسط المدينة.')).toEqual([['2023', '2023']]);
    expect(all('بلغ عدد المسجلين نحو 2000، معظمهم من الشباب.')).toEqual([]);
    expect(all('وصل إلى المخيم 1995 شخصا خلال أسبوع.')).toEqual([]);
    expect(all('ارتفع عدد الزوار إلى 2010.')).toEqual([]);
  });
});

describe('findDates: the publication day in another year (session 13)', () => {
  it('reads (في مثل) هذا اليوم من العام الماضي / من السنة المقبلة as the same day a year before or after', () => {
    expect(all('وفي مثل هذا اليوم من العام الماضي اجتاحت السيول الوادي.', '2026-03-12')).toEqual([['هذا اليوم من العام الماضي', '2025-03-12']]);
    expect(all('يعود المهرجان في هذا اليوم من السنة المقبلة.', '2024-02-29')).toEqual([['هذا اليوم من السنة المقبلة', '2025-02-28']]);
    expect(all('أما هذا اليوم فيوم حزين.', '2026-03-12')).toEqual([]);
  });
});
