import { describe, expect, it } from 'vitest';
import { speakers } from './probes.js';

describe('quotes in translated world news (session 10, TAC-style prose)', () => {
  it('reads a surname whose first letter looks like a proclitic after a post-posed verb, when the text wrote it after a given name', () => {
    const text = 'وشكر كارمان وإير موظفي السفارة في العاصمة على جهودهم.\n"لم نكن نعرف متى سنعود إلى بيوتنا وعائلاتنا" ، قال كارمان.';
    expect(speakers(text)).toEqual(['كارمان']);
  });

  it('does not take a manner phrase (قال بحزن) for a surname', () => {
    expect(speakers('وصل الوفد مساء أمس إلى المطار.\n"لقد فقدنا كل شيء في تلك الليلة الطويلة" ، قال بحزن.')).toEqual([]);
  });
});
