import { describe, expect, it } from 'vitest';
import { organizations } from './probes.js';

describe('facilities as organizations', () => {
  it('reads a hospital, factory, school or museum named in construct as an organization', () => {
    expect(organizations('ونقل المصابون إلى مستشفى ابن سينا لتلقي العلاج.')).toEqual(['مستشفى ابن سينا']);
    expect(organizations('وتوقف مصنع الحديد والصلب عن العمل منذ أسبوع.')).toEqual(['مصنع الحديد والصلب']);
  });

  it('does not read the definite word with adjectives alone as a name (المستشفى الحكومي)', () => {
    expect(organizations('ونقل المصابون إلى المستشفى الحكومي في المدينة.')).toEqual([]);
    expect(organizations('وقالت مديرة المدرسة الابتدائية إن الدروس ستستأنف.')).toEqual([]);
  });

  it('keeps a definite one that a place adjective pins down (المتحف الوطني العراقي)', () => {
    expect(organizations('وأعاد المتحف الوطني العراقي فتح أبوابه أمس.')).toEqual(['المتحف الوطني العراقي']);
  });
});
