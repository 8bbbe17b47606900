import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/analyze/index.js';

const dates = (text: string, published: string): [string, string][] => findDates(text, published).map((d) => [d.text, d.date]);

describe('dates: seasons, the coming weekday, weekly customs, colloquial years, year ranges', () => {
  // 2026-04-15 is a Wednesday.
  const wednesday = '2026-04-15';

  it('reads a Hijri month with neither day nor year as a season, not a date', () => {
    expect(dates('ويتوقع التجار أن ترتفع الأسعار قبل حلول شهر رمضان.', wednesday)).toEqual([]);
    expect(dates('وأقيم الحفل في 12 رمضان 1447 هـ.', wednesday)).toEqual([['12 رمضان 1447 هـ', '2026-03-01']]);
  });

  it('puts a bare weekday after a future verb (س + imperfect) or after until with a present verb in the coming week', () => {
    expect(dates('وأعلنت المدرسة أن الامتحان سيجرى يوم السبت في القاعة الكبرى.', wednesday)).toEqual([['يوم السبت', '2026-04-18']]);
    expect(dates('وقال المتحدث إن العاصفة تبدأ الليلة وتستمر حتى صباح الجمعة.', wednesday)).toEqual([['صباح الجمعة', '2026-04-17']]);
    // A past verb before until keeps the last one; so does a noun spelled like a future verb.
    expect(dates('واستمرت الاحتجاجات حتى السبت.', wednesday)).toEqual([['السبت', '2026-04-11']]);
    expect(dates('وتعطلت سيارة الإسعاف السبت.', wednesday)).toEqual([['السبت', '2026-04-11']]);
    expect(dates('وانتظر الطلاب على الحاجز خمس ساعات يوم الأحد.', wednesday)).toEqual([['يوم الأحد', '2026-04-12']]);
  });

  it('reads a weekly custom (دروس الجمعة، سوق الأحد) as no date, but one named Friday as one', () => {
    expect(dates('يحضر الشباب دروس الجمعة في المسجد القديم.', wednesday)).toEqual([]);
    expect(dates('وفي خطبة الجمعة الماضية دعا الإمام إلى التبرع.', wednesday)).toEqual([['الجمعة الماضية', '2026-04-10']]);
  });

  it('reads colloquial this year and last year (السنة دي، هذي السنة، العام اللي فات)', () => {
    expect(dates('المحصول السنة دي أقل من العادة.', wednesday)).toEqual([['السنة دي', '2026']]);
    expect(dates('الغلة هذي السنة ما تكفي.', wednesday)).toEqual([['هذي السنة', '2026']]);
    expect(dates('الخدمة كانت أحسن العام اللي فات بكثير.', wednesday)).toEqual([['العام اللي فات', '2025']]);
    expect(dates('بدينا الخدمة في أكتوبر اللي فات.', wednesday)).toEqual([['أكتوبر اللي فات', '2025-10']]);
  });

  it('reads both bounds of a range of years (من 2019 إلى 2023)', () => {
    expect(dates('وشملت المراجعة عقود الأعوام من 2019 إلى 2023 كلها.', wednesday)).toEqual([['2019', '2019'], ['2023', '2023']]);
    expect(dates('ونقل من 2019 موظفاً إلى الفرع.', wednesday)).toEqual([]);
  });
});
