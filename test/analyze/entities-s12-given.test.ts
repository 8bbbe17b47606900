import { describe, expect, it } from 'vitest';
import { persons, places } from './probes.js';

describe('session 12: more foreign given names (data/given-names.ts FOREIGN_GIVEN_NAMES)', () => {
  it('reads a transliterated name opening with a listed given name, with no title or cue', () => {
    expect(persons('وجلس ماتياس هولتمان في الصف الأول من القاعة.')).toEqual(['ماتياس هولتمان']);
    expect(persons('وكتبت أوليفيا برانسون تقريرا عن الفيضانات.')).toEqual(['أوليفيا برانسون']);
    expect(persons('وانتقد سانجاي ميهرا قرار اللجنة.')).toEqual(['سانجاي ميهرا']);
  });

  it('reads no name in a wadi (وادي is و + the left-out إدي)', () => {
    expect(persons('وجرفت السيول سيارتين في وادي الرمل مساء أمس.')).toEqual([]);
    expect(places('وجرفت السيول سيارتين في وادي الرمل مساء أمس.')).toEqual(['الرمل']);
  });
});
