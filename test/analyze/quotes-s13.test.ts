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

describe('the issuer of a report runs from the issuing verb to the report (أصدرت X (Y) تقريراً)', () => {
  it('gives the report the whole name before the bracketed gloss, where the entity pass reads a shorter body', () => {
    const text = 'وأصدرت منظمة مراقبة حقوق الإنسان (هيومان رايتس واتش) تقريرا عن السجون. وقال التقرير "إن الأوضاع في السجون تدهورت بشكل كبير خلال العام".';
    expect(speakers(text)).toEqual(['منظمة مراقبة حقوق الإنسان']);
  });

  it('does not run on into a temporal word between the body and the report', () => {
    const text = 'وأصدرت منظمة العفو الدولية أمس تقريرا عن السجون. وقال التقرير "إن الأوضاع في السجون تدهورت بشكل كبير خلال العام".';
    expect(speakers(text)).toEqual(['منظمة العفو الدولية']);
  });
});
