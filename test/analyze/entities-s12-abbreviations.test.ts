import { describe, expect, it } from 'vitest';
import { abbreviationsAfter } from '../../src/analyze/acronyms.js';
import { organizations } from './probes.js';

describe('session 12: a Latin abbreviation in parentheses after an organization (acronyms.ts)', () => {
  it('reads the abbreviation as a mention of an organization', () => {
    expect(organizations('وأعلنت منظمة الصحة العالمية (WHO) حالة الطوارئ.')).toEqual(['منظمة الصحة العالمية', 'WHO']);
  });

  it('reads no organization in an abbreviation after an index or a measure', () => {
    expect(organizations('وارتفع الناتج المحلي الإجمالي (GDP) بنسبة ثلاثة في المئة.')).toEqual([]);
  });

  it('takes capitals and dots only, two letters or more', () => {
    const text = 'منظمة الأمم المتحدة (U.N.) ثم منظمة أخرى (x) ثم منظمة ثالثة (A)';
    const spans = [{ start: 0, end: 19 }, { start: 30, end: 40 }, { start: 48, end: 59 }];
    expect(abbreviationsAfter(text, spans).map((s) => text.slice(s.start, s.end))).toEqual(['U.N.']);
  });
});
