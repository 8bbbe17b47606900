import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/analyze/index.js';
import { isCountry } from '../../src/analyze/gazetteer.js';
import { places } from './probes.js';

describe('session 12: towns of the Arab states no earlier list knew (data/towns.ts TOWNS, session 12 block)', () => {
  it('finds a town named without a cue word', () => {
    expect(places('ووصلت قافلة المساعدات إلى المجمعة بعد ظهر أمس.')).toEqual(['المجمعة']);
    expect(places('وأغلقت السلطات الطريق بين تدمر والسخنة مساء السبت.')).toContain('تدمر');
    expect(places('وافتتح المحافظ المستشفى الجديد في العاصمة الإدارية الجديدة.')).toEqual(['العاصمة الإدارية الجديدة']);
  });

  it('reads no town in a word it folds to (إطار: frame; وزان: weigher)', () => {
    expect(places('ووقع الطرفان على اتفاق إطار للتعاون في مجال الطاقة.')).toEqual([]);
    expect(places('وحضر الوزان الرسمي عملية الميزان قبل النزال.')).toEqual([]);
  });
});

describe('session 12: seas, rivers, mountains and regions (data/places.ts CITIES, session 12 block)', () => {
  it('finds a region, desert or river named without a cue word', () => {
    expect(places('وارتفع منسوب المسيسيبي بعد أسبوع من الأمطار.')).toEqual(['المسيسيبي']);
    expect(places('وتسلل المهربون عبر الربع الخالي في الشتاء.')).toEqual(['الربع الخالي']);
  });
});

describe('session 12: former states and the formal names of states (data/places.ts COUNTRY_ALIASES)', () => {
  it('finds a former state or empire as a place', () => {
    expect(places('وخضعت المدينة لحكم الإمبراطورية العثمانية أربعة قرون.')).toEqual(['الإمبراطورية العثمانية']);
    expect(places('ولد الكاتب في ألمانيا الشرقية قبل سقوط الجدار.')).toEqual(['ألمانيا الشرقية']);
  });

  it('reads a formal name as its country, not an organization', () => {
    const text = 'ووقعت الجمهورية العربية السورية الاتفاقية مع الاتحاد الروسي في موسكو.';
    const found = findEntities(text).map((m) => `${m.type}:${text.slice(m.start, m.end)}`);
    expect(found).toContain('place:الجمهورية العربية السورية');
    expect(found).toContain('place:الاتحاد الروسي');
    expect(found.some((f) => f.startsWith('organization:'))).toBe(false);
  });
});

describe('session 12: more world towns (data/world-places.ts)', () => {
  it('finds a town of the wider world named without a cue word', () => {
    expect(places('ووصل الرياضيون إلى لوزان للمشاركة في الاجتماع.')).toEqual(['لوزان']);
    expect(places('وضرب الإعصار سواحل باندا آتشيه في الصباح.')).toEqual(['باندا آتشيه']);
  });

  it('leaves out town names that are Arabic words (كان: was; ليل: night)', () => {
    expect(places('كان الطقس باردا طوال الليل وفي ليل الأحد.')).toEqual([]);
  });
});

describe('session 12: other spellings and short forms of countries (COUNTRY_ALIASES)', () => {
  it('reads a common spelling ICU does not give as the country', () => {
    expect(places('وصل الوفد إلى الدنمارك ثم إلى الكونغو.')).toEqual(['الدنمارك', 'الكونغو']);
  });

  it('reads the halves of a city as places, not as countries', () => {
    expect(places('وتظاهر السكان في القدس الشرقية أمس.')).toEqual(['القدس الشرقية']);
    expect(isCountry('القدس الشرقية')).toBe(false);
    expect(isCountry('الدنمارك')).toBe(true);
  });
});
