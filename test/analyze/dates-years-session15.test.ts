import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/analyze/index.js';

/** The resolved dates of `text` (no publication date: encyclopedic prose), as [text, value]. */
const dates = (text: string): [string, string][] => findDates(text, null).filter((d) => d.resolved).map((d) => [d.text, d.date]);

describe('findDates: years of any century as encyclopedic prose writes them (session 15)', () => {
  it('reads a year of any century after a day and month, with a space or a comma between', () => {
    expect(dates('وعُمّد الطفل في 17 ديسمبر 1770 في كنيسة البلدة.')).toEqual([['17 ديسمبر 1770', '1770-12-17']]);
    expect(dates('وولد الشاعر في الرابع عشر من يوليو 1789 في باريس.')).toEqual([['الرابع عشر من يوليو 1789', '1789-07-14']]);
    expect(dates('وولد العالم في 16 ديسمبر، 1770 في مدينة صغيرة.')).toEqual([['16 ديسمبر، 1770', '1770-12-16']]);
  });

  it('reads a year of any century after a month alone only when it closes the phrase, not before what a number counts', () => {
    expect(dates('وافتتح الجسر في ديسمبر 1770، وعبره الناس.')).toEqual([['ديسمبر 1770', '1770-12']]);
    expect(dates('وسجلت المستشفيات في يناير 1500 إصابة جديدة.')).toEqual([]);
  });

  it('reads a year of any century with the era letter after في or منذ, and with an era word after none; a metre is no year', () => {
    expect(dates('في 1789 م انتقل الموسيقار إلى العاصمة.')).toEqual([['1789 م', '1789']]);
    expect(dates('وتسكن القبيلة الوادي منذ 1650م وحتى اليوم.')).toEqual([['1650م', '1650']]);
    expect(dates('وصنع المهندس النموذج الأول 1769 ميلادية في باريس.')).toEqual([['1769 ميلادية', '1769']]);
    expect(dates('ويبلغ ارتفاع الجبل 1500 م فوق سطح البحر، ويمتد السور 1200م.')).toEqual([]);
  });

  it('reads the letter م after a height or length as a metre, whatever the number (ارتفاع الجبل 2000 م)', () => {
    expect(dates('ويبلغ ارتفاع الجبل 2000 م، وتقع القرية على ارتفاع 1950م، ويصل عمق البحيرة إلى 2010 م.')).toEqual([]);
    expect(dates('وتأسس النادي 1990 م في المدينة.')).toEqual([['1990 م', '1990']]);
  });

  it('reads the Gregorian year given with a Hijri one (1260هـ/1844م، الموافق 1834 م), and a Hijri date of any century with its era', () => {
    expect(dates('ولد الرحالة سنة 1260هـ/1844م في المدينة.')).toEqual([['1844م', '1844']]);
    expect(dates('ولد الرحالة سنة 1260 هـ — 1844 م في المدينة.')).toEqual([['1844 م', '1844']]);
    expect(dates('وبني القصر عام 1250 هـ الموافق 1834 م.')).toEqual([['1834 م', '1834']]);
    expect(dates('ووقعت المعركة في 5 رجب 1260 هـ قرب النهر.')).toEqual([['5 رجب 1260 هـ', '1844-07-21']]);
  });

  it('reads a year cue glued to the word before it, not a word ending in the same letters', () => {
    expect(dates('وغنى في دار الأوبرا بدعوة من السوبرانو ساثرلاندعام 1965 وذاع صيته.')).toEqual([['1965', '1965']]);
    expect(dates('وفي الألعاب الشتوية في Turinعام 2006 غنى للمرة الأخيرة.')).toEqual([['2006', '2006']]);
    expect(dates('وقدمت الجمعية الطعام 2000 ضيف، ووزعت على الأنعام 1500 حزمة.')).toEqual([]);
  });

  it('reads a year alone in parentheses after a name, not a count in parentheses', () => {
    expect(dates('وكان العالم فيلهلم شيكارد (1623) الأول بين صانعي الآلات الحاسبة.')).toEqual([['1623', '1623']]);
    expect(dates('ونشر الكاتب رواية الثلاثية (1956)، ثم توقف عن الكتابة.')).toEqual([['1956', '1956']]);
    expect(dates('دفع المشتري ألفاً وخمسمائة (1500) دينار، ووزعت الجمعية (1200) سلة غذائية، وبلغ عددهم (1500).')).toEqual([]);
  });

  it('reads a year of any century after في that closes its clause, not a count after في', () => {
    expect(dates('ولد في 1770، وتوفي في 1827.')).toEqual([['1770', '1770'], ['1827', '1827']]);
    expect(dates('وشارك اللاعب في 1500 مباراة.')).toEqual([]);
  });

  it('reads both years of a dash span outside parentheses after a year cue or closing the phrase; not a season, nor a range of amounts', () => {
    expect(dates('وحكم السلطان البلاد 1520-1566.')).toEqual([['1520', '1520'], ['1566', '1566']]);
    expect(dates('وعاش في المدينة خلال الفترة 1850-1870 قبل أن يهاجر.')).toEqual([['1850', '1850'], ['1870', '1870']]);
    expect(dates('ويتراوح ارتفاع القمم بين 1500-2000 متر، ويبلغ الارتفاع 1600-1800.')).toEqual([]);
    expect(dates('وارتفع عدد الطلاب من 1500-1600 طالب، وزاد الرقم 1700-1750.')).toEqual([]);
    expect(dates('وتضاعف عدد الطلاب خلال موسم 2025-2026 في المدارس.')).toEqual([['2025', '2025']]);
  });

  it('reads every year joined by و after a cue of more than one year, of any century; not a count after a year', () => {
    expect(dates('وبنيت القلعة بين عامي 1180 و1190 في عهد السلطان.')).toEqual([['1180', '1180'], ['1190', '1190']]);
    expect(dates('وزار الرحالة المدينة في الأعوام 1850 و1855 و1860.')).toEqual([['1850', '1850'], ['1855', '1855'], ['1860', '1860']]);
    expect(dates('وفي عام 1850 و1500 جندي في الحامية.')).toEqual([['1850', '1850']]);
  });

  it('reads both years of a span in parentheses that carry the era letter', () => {
    expect(dates('عاش الفيلسوف (1770م - 1831م) في برلين.')).toEqual([['1770م', '1770'], ['1831م', '1831']]);
  });
});
