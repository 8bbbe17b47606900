import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../src/text/index.js';
import { publicationDay, sameTime, timeAnchors, type TimeAnchor } from '../../src/summarize/time-anchors.js';

const day = (iso: string): number => publicationDay(iso)!;
const anchorsOf = (text: string, published: string | null = null): TimeAnchor[] =>
  timeAnchors(tokenize(text), published === null ? null : day(published)).map((a) => a.anchor);
const first = (text: string, published: string | null = null): TimeAnchor => anchorsOf(text, published)[0]!;

describe('time anchors: reading', () => {
  it('reads the publication date as written, whatever its offset', () => {
    expect(publicationDay('2026-03-13T23:30:00-05:00')).toBe(day('2026-03-13'));
    expect(publicationDay('2026-03-13')).toBe(Date.UTC(2026, 2, 13) / 86_400_000);
    expect(publicationDay('الجمعة')).toBeNull();
    expect(publicationDay(null)).toBeNull();
  });

  it('resolves today, yesterday and the day before yesterday against the publication day', () => {
    expect(first('قال الوزير اليوم إن', '2026-03-13').day).toBe(day('2026-03-13'));
    expect(first('وقع الحادث مساء أمس في', '2026-03-13')).toEqual({ day: day('2026-03-12'), dayOfMonth: 2 * 32 + 12, weekday: 4, half: 1 });
    expect(first('وقع الحادث أول أمس في', '2026-03-13').day).toBe(day('2026-03-11'));
  });

  it('takes a bare weekday as the latest one on or before publication, المقبل as the next and الماضي as the previous', () => {
    // 2026-03-13 is a Friday.
    expect(first('انهار المبنى مساء الخميس في', '2026-03-13').day).toBe(day('2026-03-12'));
    expect(first('خطب الإمام الجمعة في', '2026-03-13').day).toBe(day('2026-03-13'));
    expect(first('تعقد الجلسة الخميس المقبل في', '2026-03-13').day).toBe(day('2026-03-19'));
    expect(first('عقدت الجلسة الجمعة الماضي في', '2026-03-13').day).toBe(day('2026-03-06'));
  });

  it('reads explicit dates in every month naming, with or without a year, through brackets and glue words', () => {
    expect(first('مساء السبت 14 تشرين الثاني (نوفمبر) إلى')).toEqual({ day: null, dayOfMonth: 10 * 32 + 14, weekday: 6, half: 1 });
    expect(first('في 12 من كانون الأول')).toMatchObject({ dayOfMonth: 11 * 32 + 12 });
    expect(first('يوم 3 جويلية 2025 في').day).toBe(day('2025-07-03'));
    expect(first('في 17 نونبر الجاري', '2026-11-15').day).toBe(day('2026-11-17'));
    expect(first('حتى 2 يناير', '2026-12-30').day).toBe(day('2027-01-02'));
    expect(first('اليوم (الاربعاء)، أن')).toMatchObject({ weekday: 3 });
  });

  it('finds no anchor in a day part alone, an ordinal day or a year', () => {
    expect(anchorsOf('ظهر في الآونة الأخيرة كرم كبير')).toEqual([]);
    expect(anchorsOf('تواصل لليوم الثالث على التوالي إضراب العمال')).toEqual([]);
    expect(anchorsOf('في عام 2028 تستضيف عمان الدورة المقبلة')).toEqual([]);
  });

  it('keeps separate expressions apart, in order', () => {
    const all = timeAnchors(tokenize('أودت السيول مساء السبت بحياة شخص، بحسب مصدر مساء اليوم الأحد.'), day('2026-11-15'));
    expect(all.map((a) => a.anchor.day)).toEqual([day('2026-11-14'), day('2026-11-15')]);
    expect(all[0]!.at).toBeLessThan(all[1]!.at);
  });
});

describe('time anchors: sameTime', () => {
  const at = (p: Partial<TimeAnchor>): TimeAnchor => ({ day: null, dayOfMonth: null, weekday: null, half: null, ...p });

  it('compares at the finest level both anchors know', () => {
    expect(sameTime(at({ day: 5, dayOfMonth: 1, weekday: 1 }), at({ day: 5, dayOfMonth: 1, weekday: 1 }))).toBe(true);
    expect(sameTime(at({ day: 5, weekday: 1 }), at({ day: 12, weekday: 1 }))).toBe(false);
    expect(sameTime(at({ day: 5, dayOfMonth: 78, weekday: 1 }), at({ dayOfMonth: 78 }))).toBe(true);
    expect(sameTime(at({ day: 5, dayOfMonth: 78, weekday: 1 }), at({ weekday: 1 }))).toBe(true);
    expect(sameTime(at({ day: 5, dayOfMonth: 78, weekday: 1 }), at({ weekday: 2 }))).toBe(false);
    expect(sameTime(at({}), at({}))).toBe(false);
  });

  it('never joins the two halves of a day', () => {
    expect(sameTime(at({ day: 5, half: 0 }), at({ day: 5, half: 1 }))).toBe(false);
    expect(sameTime(at({ day: 5, half: 0 }), at({ day: 5 }))).toBe(true);
  });

  it('is symmetric', () => {
    const anchor = fc.record({
      day: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
      dayOfMonth: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
      weekday: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
      half: fc.option(fc.constantFrom<0 | 1>(0, 1), { nil: null }),
    });
    fc.assert(fc.property(anchor, anchor, (a, b) => sameTime(a, b) === sameTime(b, a)));
  });

  it('an article read with its publication date agrees with an undated one that names the day', () => {
    expect(sameTime(first('انهار مبنى مساء أمس في', '2026-03-13'), first('انهار مبنى مساء الخميس 12 مارس في'))).toBe(true);
    expect(sameTime(first('انهار مبنى مساء أمس في', '2026-03-13'), first('انهار مبنى مساء الخميس في'))).toBe(true);
    expect(sameTime(first('افتتحت القمة صباح اليوم في', '2026-05-10'), first('اختتمت القمة مساء اليوم في', '2026-05-12'))).toBe(false);
    expect(sameTime(first('قال اليوم إن'), first('قال اليوم إن'))).toBe(false);
  });
});
