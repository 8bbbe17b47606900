import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/analyze/index.js';

const dates = (text: string, published: string | null): [string, string][] => findDates(text, published).map((d) => [d.text, d.date]);

describe('findDates: days of a named month, numeric forms, ranges (session 14)', () => {
  // 2026-04-15 is a Wednesday.
  const wednesday = '2026-04-15';

  it('reads a day of the month after من and شهر (15 من شهر مارس، الخامس عشر من شهر مارس)', () => {
    expect(dates('وبدأت الأشغال في الـ 15 من شهر مارس الماضي.', wednesday)).toEqual([['15 من شهر مارس الماضي', '2026-03-15']]);
    expect(dates('وافتتح المعرض في الخامس عشر من شهر مارس.', wednesday)).toEqual([['الخامس عشر من شهر مارس', '2026-03-15']]);
  });

  it('reads a day of the month named by the publication (23 من الشهر الجاري، 15 الجاري، الخامس من الشهر الماضي)', () => {
    expect(dates('وتنطلق الحملة يوم 23 الجاري في المدارس.', wednesday)).toEqual([['يوم 23 الجاري', '2026-04-23']]);
    expect(dates('وأغلق المعبر في 5 من الشهر الماضي.', wednesday)).toEqual([['5 من الشهر الماضي', '2026-03-05']]);
    expect(dates('وتبدأ الدراسة في العاشر من الشهر المقبل.', wednesday)).toEqual([['العاشر من الشهر المقبل', '2026-05-10']]);
    expect(dates('ووصل الوفد يوم الجمعة 10 من الشهر الجاري.', wednesday)).toEqual([['يوم الجمعة 10 من الشهر الجاري', '2026-04-10']]);
    // Without a publication date it stays unresolved.
    expect(findDates('وأغلق المعبر في 5 من الشهر الماضي.', null).map((d) => d.resolved)).toEqual([false]);
  });

  it('reads الغد after a day part as tomorrow, and not alone (جيل الغد)', () => {
    expect(dates('وتستأنف الرحلات صباح الغد.', wednesday)).toEqual([['صباح الغد', '2026-04-16']]);
    expect(dates('ويبني المعهد جيل الغد.', wednesday)).toEqual([]);
  });

  it('reads numeric dates day-first and year-first, in one token or split at one kind of separator', () => {
    expect(dates('2026/04/08 تبرعات الإغاثة تصل', wednesday)).toEqual([['2026/04/08', '2026-04-08']]);
    expect(dates('ووصل الوفد في 2026-04-08 إلى العاصمة.', wednesday)).toEqual([['2026-04-08', '2026-04-08']]);
    expect(dates('ووقعت الحادثة في 7 / 4 / 2026 مساء.', wednesday)).toEqual([['7 / 4 / 2026', '2026-04-07']]);
    expect(dates('الثلاثاء 14-04-2026', wednesday)).toEqual([['الثلاثاء', '2026-04-14'], ['14-04-2026', '2026-04-14']]);
    // No such day, mixed separators, or no four-digit year: no date.
    expect(dates('الطريق 12-13-2026 والرمز 3-4/2026 و 3.4.5', wednesday)).toEqual([]);
  });

  it('reads both years of a span in parentheses and of بين … و, a year after a part of it and من, and no Hijri year alone', () => {
    expect(dates('اندلعت الحرب العالمية الثانية (1939-1945) في أوروبا.', wednesday)).toEqual([['1939', '1939'], ['1945', '1945']]);
    expect(dates('وحكم الملك (1902 - 1953) البلاد.', wednesday)).toEqual([['1902', '1902'], ['1953', '1953']]);
    expect(dates('وحكم البلاد بين 1952 و1970 ثم تنحى.', wednesday)).toEqual([['1952', '1952'], ['1970', '1970']]);
    expect(dates('ونمت الصادرات خلال الربع الأول من 2025 بنسبة كبيرة.', wednesday)).toEqual([['2025', '2025']]);
    // An amount range, a count after بين, a count after من, a Hijri year alone: no date.
    expect(dates('وتتراوح الأسعار بين 1500-2000 دولار وبين 2000 و3000 شخص.', wednesday)).toEqual([]);
    expect(dates('ونقل من 2019 موظفاً إلى الفرع.', wednesday)).toEqual([]);
    expect(dates('وبني المسجد في عام 1426 هـ وجدد سنة 1440هـ.', wednesday)).toEqual([]);
  });

  it('reads the first day of a range of days in one month as a date of that month', () => {
    expect(dates('وتنعقد الدورة من 10 إلى 15 أيار (مايو) المقبل.', wednesday)).toEqual([['10', '2026-05-10'], ['15 أيار (مايو) المقبل', '2026-05-15']]);
    expect(dates('وجرت الانتخابات في 5 و6 آذار الماضي.', wednesday)).toEqual([['5', '2026-03-05'], ['6 آذار الماضي', '2026-03-06']]);
    expect(dates('وأغلقت المدارس بين 1-3 نيسان الجاري.', wednesday)).toEqual([['1', '2026-04-01'], ['3 نيسان', '2026-04-03']]);
    // A count before و, or a later number, starts no range.
    expect(dates('وبلغ العدد 20 و15 نيسان موعد الحصاد.', wednesday)).toEqual([['15 نيسان', '2026-04-15']]);
  });

  it('dates a report with no publication date by a weekday-checked date glued into its first line, not by an event day', () => {
    // 14 April 2026 was a Tuesday.
    const glued = 'إدانة خمسة متهمين في قضية التفجيرات الثلاثاء 14 أبريل 2026 يوم الاثنين أدانت المحكمة خمسة رجال.\nوقال المحامي أمس إنه سيستأنف.';
    expect(dates(glued, null)).toEqual([['الثلاثاء 14 أبريل 2026', '2026-04-14'], ['يوم الاثنين', '2026-04-13'], ['أمس', '2026-04-13']]);
    // A weekday that is not the date's, an event day after في, or a date below the first line: no anchor.
    const unresolved = (text: string): boolean[] => findDates(text, null).map((d) => d.resolved);
    expect(unresolved('إدانة خمسة متهمين الأربعاء 14 أبريل 2026 يوم الاثنين أدانت المحكمة خمسة رجال.')).toEqual([true, false]);
    expect(unresolved('اندلعت الحرب في يوم الاثنين 5 يونيو 1967 وفي اليوم التالي سقطت المدينة وأمس احتفلوا.')).toEqual([true, true, false]);
    expect(unresolved('الحرب والسلام\nالاثنين 5 يونيو 1967 اندلعت الحرب وأمس احتفلوا.')).toEqual([true, false]);
  });

  it('reads a year closing the name of an event a word or two after its cue, or a fiscal year, and not a count', () => {
    expect(dates('وشارك المنتخب في بطولة كأس آسيا 2023 التي أقيمت في قطر.', wednesday)).toEqual([['2023', '2023']]);
    expect(dates('وجرت الانتخابات الرئاسية 2024 بهدوء.', wednesday)).toEqual([['2024', '2024']]);
    expect(dates('وبلغت أرباح الشركة للعام المالي 2025 نحو 300 مليون دينار.', wednesday)).toEqual([['2025', '2025']]);
    // A count after the event's name, or a span word between: no year.
    expect(dates('وقتل في الحرب الأهلية 1975 شخصاً.', wednesday)).toEqual([]);
    expect(dates('وشارك في الانتخابات الماضية 2000 ناخب.', wednesday)).toEqual([]);
  });

  it('reads this morning / tonight / the morning of this day as the publication day, and last night as the day before', () => {
    expect(dates('وقال الناطق هذا الصباح إن الطريق مفتوح.', wednesday)).toEqual([['هذا الصباح', '2026-04-15']]);
    expect(dates('وتصل الطائرة هذه الليلة إلى المطار.', wednesday)).toEqual([['هذه الليلة', '2026-04-15']]);
    expect(dates('واندلع الحريق صباح هذا اليوم في المخزن.', wednesday)).toEqual([['صباح هذا اليوم', '2026-04-15']]);
    expect(dates('وسقطت أمطار غزيرة الليلة الماضية على المدينة.', wednesday)).toEqual([['الليلة الماضية', '2026-04-14']]);
    // That night, or this day of every year: no date.
    expect(dates('وفي تلك الليلة غادر الجميع، وفي هذا اليوم من كل عام يحتفلون.', wednesday)).toEqual([]);
  });

  it('reads أول / غرة before a month as its first day, and colloquial today, tomorrow, last and this', () => {
    expect(dates('ويبدأ حظر الصيد أول يوليو وينتهي غرة أوت.', wednesday)).toEqual([['أول يوليو', '2026-07-01'], ['غرة أوت', '2026-08-01']]);
    expect(dates('وصلنا النهارده وبنسافر بكرة، وهم يرجعون باجر.', wednesday)).toEqual([['النهارده', '2026-04-15']]);
    expect(dates('زادت الأسعار الشهر اللي طاف والسنة اللي طافت.', wednesday)).toEqual([['الشهر اللي طاف', '2026-03'], ['والسنة اللي طافت', '2025']]);
    expect(dates('تراجع المحصول في العام الفارط وفي مارس الفارط.', wednesday)).toEqual([['العام الفارط', '2025'], ['مارس الفارط', '2026-03']]);
    expect(dates('قلت الأمطار ذا العام.', wednesday)).toEqual([['ذا العام', '2026']]);
    expect(dates('ووصل الوفد أول من أمس.', wednesday)).toEqual([['أول من أمس', '2026-04-13']]);
    // أول before anything but a month is no date.
    expect(dates('وهذه أول مرة يحدث فيها ذلك منذ أول الشهر.', wednesday)).toEqual([]);
  });

  it('puts a bare weekday that bounds something going on or expected in the coming week, and keeps a past bound in the last', () => {
    expect(dates('وقال المتحدث إنه لا يتوقع فتح الطريق قبل يوم الجمعة.', wednesday)).toEqual([['يوم الجمعة', '2026-04-17']]);
    expect(dates('وأعلنت الأرصاد استمرار الحالة حتى صباح السبت.', wednesday)).toEqual([['صباح السبت', '2026-04-18']]);
    expect(dates('"الصيد ممنوع لين الخميس"، يقول الصياد.', wednesday)).toEqual([['الخميس', '2026-04-16']]);
    expect(dates('واستمرت الاحتجاجات حتى السبت.', wednesday)).toEqual([['السبت', '2026-04-11']]);
    expect(dates('ووصل الوفد قبل يوم الجمعة، ثم غادر.', wednesday)).toEqual([['يوم الجمعة', '2026-04-10']]);
  });

  it('reads a month by its part, its governing في, its pair and its bare named year', () => {
    const august = '2026-08-04';
    // The part's day chooses the year: since the start of August is this August.
    expect(dates('وسجلت الدائرة 400 حالة منذ مطلع آب.', august)).toEqual([['مطلع آب', '2026-08']]);
    expect(dates('ولم تدفع رواتب شهري تموز وآب.', august)).toEqual([['شهري تموز', '2026-07'], ['وآب', '2026-08']]);
    expect(dates('وقال: «في شباط سقط سقف البيت».', august)).toEqual([['شباط', '2026-02']]);
    expect(dates('وجرى ذلك في سبتمبر السنة الماضية.', august)).toEqual([['سبتمبر السنة الماضية', '2025-09']]);
    expect(dates('"الماي هالسنة قليل"، يقول المزارع.', august)).toEqual([['هالسنة', '2026']]);
    // A part of the month, not its day; an ambiguous month word alone is no month.
    expect(dates('وتعاد الامتحانات في النصف الثاني من يونيو.', august)).toEqual([['يونيو', '2026-06']]);
    expect(dates('وزار الوفد مدينة آب اليمنية.', august)).toEqual([]);
  });
});
