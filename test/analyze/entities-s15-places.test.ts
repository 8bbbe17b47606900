import { describe, expect, it } from 'vitest';
import { places } from './probes.js';

describe('session 15: places that are no places (place-cues.ts, entities.ts)', () => {
  it('reads "from one region to another" as no place name', () => {
    expect(places('وتنقل المحطات المتنقلة من منطقة لأخرى بعد انتهاء الرصد.')).toEqual([]);
    expect(places('وتنقل المحطات من منطقة الجوف إلى تبوك.')).toEqual(['الجوف', 'تبوك']);
  });

  it('reads الروح القدس as the Holy Spirit, not the city', () => {
    expect(places('ويؤمن المسيحيون بالآب والابن والروح القدس.')).toEqual([]);
    expect(places('وزار الوفد القدس أمس.')).toEqual(['القدس']);
    // with any proclitic the token's forms peel (ل + ال, و + ب + ال)
    expect(places('وأنشدت الجوقة ترنيمة للروح القدس في الكنيسة.')).toEqual([]);
    expect(places('وختم الكاهن الصلاة وبالروح القدس.')).toEqual([]);
  });
});
