import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/analyze/index.js';

/** The resolved dates of `text` published on `published`, as [text, value]. */
const dates = (text: string, published: string | null = '2007-05-03'): [string, string][] =>
  findDates(text, published).filter((d) => d.resolved).map((d) => [d.text, d.date]);

describe('findDates: forms read in session 16', () => {
  it('reads a span after على مدى / على مدار as a length of time, not the calendar year or week before the report', () => {
    expect(dates('وجرت محاكمة المتهمين في المحكمة على مدى السنة الماضية، ولم تنشر تفاصيلها.')).toEqual([]);
    expect(dates('وتراجعت أسعار الوقود على مدار الأسبوع الماضي في الأسواق المحلية.')).toEqual([]);
    expect(dates('وتراجعت أسعار الوقود خلال الأسبوع الماضي، وارتفعت السنة الماضية.')).toEqual([['الأسبوع الماضي', '2007-W17'], ['السنة الماضية', '2006']]);
  });

  it('reads the Levantine months written without the article (كانون ثاني، تشرين أول) and the spelling أوكتوبر', () => {
    expect(dates('وعقد المجلس اجتماعه في 10 كانون ثاني الماضي بحضور الأعضاء.')).toEqual([['10 كانون ثاني الماضي', '2007-01-10']]);
    expect(dates('ووقع البلدان الاتفاقية في تشرين أول 2004، ثم في 3 تشرين ثاني 2004.')).toEqual([['تشرين أول 2004', '2004-10'], ['3 تشرين ثاني 2004', '2004-11-03']]);
    expect(dates('وافتتح الجسر في أوكتوبر 2004 بعد تأخير طويل.')).toEqual([['أوكتوبر 2004', '2004-10']]);
  });

  it('reads a day number after يوم or في with the month named right after it (يوم 20 الشهر الجاري), not a count before الشهر الماضي', () => {
    expect(dates('وتقرر عقد الجلسة المقبلة يوم 20 الشهر الجاري في مقر البرلمان.')).toEqual([['يوم 20 الشهر الجاري', '2007-05-20']]);
    expect(dates('وكانت اللجنة قد اجتمعت في 5 الشهر الماضي بحضور الأعضاء.')).toEqual([['5 الشهر الماضي', '2007-04-05']]);
    expect(dates('وارتفع عدد المصابين إلى 45 الشهر الماضي.')).toEqual([['الشهر الماضي', '2007-04']]);
  });

  it('reads a month\'s year after لعام / لسنة as after عام (التاسع من نوفمبر لعام 1989)', () => {
    expect(dates('وسقط الجدار في التاسع من نوفمبر لعام 1989 وسط احتفالات.', null)).toEqual([['التاسع من نوفمبر لعام 1989', '1989-11-09']]);
    expect(dates('وصدرت اللائحة في مايو لسنة 1995 بعد نقاش طويل.', null)).toEqual([['مايو لسنة 1995', '1995-05']]);
  });

  it('reads a year after قبل / بعد / عقب unless a bare noun follows it, as a count has', () => {
    expect(dates('وارتفع منسوب البحيرة بعد 1967 بسنوات قليلة.', null)).toEqual([['1967', '1967']]);
    expect(dates('وكانت القرية مأهولة قبل 1950 في أغلب مواسم السنة.', null)).toEqual([['1950', '1950']]);
    expect(dates('وتبدل حال السوق عقب 2003، حين انهارت العملة.', null)).toEqual([['2003', '2003']]);
    expect(dates('وتوقفت القافلة بعد 2000 كيلومتر من الانطلاق، وسكن البشر الكهف قبل 1950 سنة.', null)).toEqual([]);
  });

  it('reads a year after the name of a conference, treaty, constitution, census, report or crisis, not a count after it', () => {
    expect(dates('ووقعت الحكومات اتفاقية كيوتو 1997 لخفض الانبعاثات.', null)).toEqual([['1997', '1997']]);
    expect(dates('وأظهر تعداد 2004 أن عدد السكان تضاعف، وعدل دستور 1971 مرتين.', null)).toEqual([['2004', '2004'], ['1971', '1971']]);
    expect(dates('وتضررت الأسواق من أزمة 2008 المالية، وصدر تقرير التنمية البشرية 2005 عن البرنامج.', null)).toEqual([['2008', '2008'], ['2005', '2005']]);
    expect(dates('وحضر المؤتمر 2000 مشارك من الدول، وشمل التعداد 1990 أسرة.', null)).toEqual([]);
  });

  it('reads a year after أوائل / أواسط / طوال / طيلة on the same terms as after قبل', () => {
    expect(dates('وفي أوائل 2005، بدأت أسعار القمح بالارتفاع، واستمر الجفاف طوال 2006 بلا انقطاع.', null)).toEqual([['2005', '2005'], ['2006', '2006']]);
    expect(dates('وسار الرحالة طوال 2000 كيلومتر في الصحراء.', null)).toEqual([]);
  });

  it('reads a weekday and the date it falls on, joined by الموافق, as one day', () => {
    expect(dates('ويصل الوفد يوم الخميس الموافق 10 مايو إلى العاصمة.')).toEqual([['يوم الخميس الموافق 10 مايو', '2007-05-10']]);
    expect(dates('وعقدت الجلسة الأحد الموافق 29/4/2007 في مقر المجلس.')).toEqual([['الأحد الموافق 29/4/2007', '2007-04-29']]);
  });

  it('reads a year right after a verb of a dated event or مواليد, not a count of what the verb tells of', () => {
    expect(dates('ولد الشاعر 1950 في القرية وتوفي 2010 بعد مرض، وشقيقه من مواليد 1955.', null)).toEqual([['1950', '1950'], ['2010', '2010'], ['1955', '1955']]);
    expect(dates('ولد 2000 طفل في مستشفيات المحافظة.', null)).toEqual([]);
  });

  it('reads a year after the name of a disaster, coup, invasion or massacre', () => {
    expect(dates('وأعاد إعصار 2005 رسم الساحل، وكان وباء 1918 أشد فتكا.', null)).toEqual([['2005', '2005'], ['1918', '1918']]);
    expect(dates('وأطاح انقلاب 1952 بالملكية، وتلاه غزو 2003 واجتياح 1982 في ذاكرة المنطقة.', null)).toEqual([['1952', '1952'], ['2003', '2003'], ['1982', '1982']]);
  });

  it('gives a month without a year the year named before it in its paragraph, in a text with no publication date', () => {
    expect(dates('وفي عام 1959 أطلق المسبار الأول، وفي 15 سبتمبر بلغ سطح القمر.', null)).toEqual([['1959', '1959'], ['15 سبتمبر', '1959-09-15']]);
    expect(dates('وفي عام 1959 أطلق المسبار الأول. وفي سبتمبر بلغ سطح القمر.', null)).toEqual([['1959', '1959'], ['سبتمبر', '1959-09']]);
    expect(dates('وفي عام 1959 أطلق المسبار الأول.\nوفي 15 سبتمبر بلغ سطح القمر.', null)).toEqual([['1959', '1959']]);
    expect(dates('وفي عام 2005 أطلق المسبار الأول، وفي 15 سبتمبر بلغ سطح القمر.', '2007-05-03')).toEqual([['2005', '2005'], ['15 سبتمبر', '2007-09-15']]);
  });

  it('gives no year to a day of every year (5 يونيو من كل عام)', () => {
    expect(dates('ومنذ عام 1972 يحتفل العالم في 5 يونيو من كل عام بيوم البيئة.', null)).toEqual([['1972', '1972']]);
  });

  it('reads the years a comma joins after a cue of more than one year (أعوام 1990، 1995، 2000), not a list of counts', () => {
    expect(dates('وتضاعف عدد الزوار في أعوام 1990، 1995، 2000 على التوالي.', null)).toEqual([['1990', '1990'], ['1995', '1995'], ['2000', '2000']]);
    expect(dates('وبلغ العدد 1990، 1995، 2000 زائر على التوالي.', null)).toEqual([]);
  });

  it('reads a year of the first millennium with its era written after it, in ISO four digits, not a bare number after عام nor a metre', () => {
    expect(dates('وانقرضت الأسود في اليونان بحلول العام 100 للميلاد، وبقيت في آسيا.', null)).toEqual([['100 للميلاد', '0100']]);
    expect(dates('ووصل الفاتحون إلى الأندلس سنة711م حاملين معارفهم.', null)).toEqual([['711م', '0711']]);
    expect(dates('وولد في شهر أغسطس سنة 570 للميلاد في مكة.', null)).toEqual([['شهر أغسطس سنة 570 للميلاد', '0570-08']]);
    expect(dates('وبني المسجد عام 705، وقطع العداء مسافة 100 م، وبلغ ارتفاع السور 300 م.', null)).toEqual([]);
  });
});
