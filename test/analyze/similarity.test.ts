import { describe, expect, it } from 'vitest';
import { key } from '../../src/text/index.js';
import { sameName } from '../../src/analyze/similarity.js';

const same = (a: string, b: string): boolean => sameName(key(a), key(b));

describe('names the same up to spelling', () => {
  it('accepts transliterations that differ in long-vowel letters, spacing or one consonant that transliterations trade', () => {
    expect(same('أشتون كارتر', 'اشتون كارتر')).toBe(true);
    expect(same('جان إيف لودريان', 'جان ايف لو دوريان')).toBe(true);
    expect(same('فلاديمير بوتين', 'فلاديمير بوتن')).toBe(true);
    expect(same('أنطونيو غوتيريش', 'أنطونيو غوتيريس')).toBe(true);
  });

  it('refuses names a consonant apart that are different names', () => {
    expect(same('محمد الحسنات', 'محمد الحسان')).toBe(false);
    expect(same('سالم العتيبي', 'سالم العتيقي')).toBe(false);
  });
});
