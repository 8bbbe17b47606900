import { describe, expect, it } from 'vitest';
import { speakers } from './probes.js';

describe('quote speakers, session 13 (classes from the real development halves)', () => {
  describe('a reporting verb after a contrast conjunction is no post-posed cue of the quote before it', () => {
    it('keeps the first quote with its own verb (… "…"، في حين قالت X "…")', () => {
      const text =
        'تحدث وزير المالية أحمد الخطيب أمام البرلمان أمس عن الموازنة الجديدة. وقال: "الحكومة ستعيد النظر في أبواب الإنفاق كلها"، في حين قالت النائبة سلوى الحداد "الموازنة لا تكفي الأسر الفقيرة".';
      expect(speakers(text)).toEqual(['أحمد الخطيب', 'سلوى الحداد']);
    });

    it('reads بينما the same way', () => {
      const text = 'تحدث وزير المالية أحمد الخطيب أمام البرلمان أمس. وقال: "الحكومة ستعيد النظر في أبواب الإنفاق كلها"، بينما قالت النائبة سلوى الحداد "الموازنة لا تكفي الأسر الفقيرة".';
      expect(speakers(text)).toEqual(['أحمد الخطيب', 'سلوى الحداد']);
    });

    it('still reads a post-posed verb right after the quote', () => {
      expect(speakers('"الحكومة ستعيد النظر في أبواب الإنفاق كلها"، قالت النائبة سلوى الحداد.')).toEqual(['سلوى الحداد']);
    });
  });
});
