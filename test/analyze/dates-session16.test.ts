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
});
