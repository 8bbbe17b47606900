import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/analyze/index.js';
import { speakers } from './probes.js';

const verbatim = (text: string): string[] => findQuotes(text).filter((q) => q.mode === 'verbatim').map((q) => `${q.speaker ?? ''}: ${q.text}`);

describe('quotes and speakers on real news forms (session 16)', () => {
  describe('single quote marks pair like double ones', () => {
    it('reads a quote in curly single marks after its verb', () => {
      const text = 'وقالت الناشطة الحقوقية سلمى الأحمد ‘لن نتوقف عن المطالبة بحقوق المعتقلين مهما طال الزمن’.';
      expect(verbatim(text)).toEqual(['سلمى الأحمد: لن نتوقف عن المطالبة بحقوق المعتقلين مهما طال الزمن']);
    });

    it('reads a quote in ASCII single marks before a post-posed verb', () => {
      const text = "'سنعيد فتح الطريق أمام الشاحنات خلال يومين' قال محافظ المدينة سامر الحداد في مؤتمر صحافي.";
      expect(verbatim(text)).toEqual(['سامر الحداد: سنعيد فتح الطريق أمام الشاحنات خلال يومين']);
    });

    it('leaves apostrophes inside Latin words and foot marks alone', () => {
      const text = "وقال الكاتب جون أوبراين (John O'Brien) إن الزنزانة مساحتها 6' في 8' فقط. ثم أضاف: \"كنا ننام على الأرض طوال أشهر\".";
      expect(verbatim(text)).toEqual(['جون أوبراين: كنا ننام على الأرض طوال أشهر']);
    });

    it('does not pair a single mark opened inside a double-quoted span', () => {
      const text = "وقال المتحدث باسم الحكومة سامر الحداد: \"نحن نقول ببساطة، 'أفرجوا عن المحتجزين فورا دون شروط مسبقة\".";
      expect(speakers(text)).toEqual(['سامر الحداد']);
    });
  });
});
