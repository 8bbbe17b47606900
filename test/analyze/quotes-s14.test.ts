import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/analyze/index.js';
import { quoteSpans } from '../../src/analyze/quote-marks.js';
import { speakers } from './probes.js';

const verbatim = (text: string): { text: string; speaker: string | null }[] =>
  findQuotes(text)
    .filter((q) => q.mode === 'verbatim')
    .map((q) => ({ text: q.text, speaker: q.speaker }));

const inner = (text: string): string[] => quoteSpans(text).map((s) => text.slice(s.innerStart, s.innerEnd));

describe('quote marks as real outlets type them (session 14)', () => {
  describe('a closing mark whose opener was never typed', () => {
    it('closes the sentence it ends (from the last full stop before it)', () => {
      const text =
        'وقال مدير في شركة نفط كويتية، إن الشركة رفعت أسعار البيع بسبب تحسن الطلب في آسيا. والطلب على الوقود في الصيف كان أقوى منه في الشتاء."\nوتراجعت الأسعار لاحقا.';
      expect(inner(text)).toEqual(['والطلب على الوقود في الصيف كان أقوى منه في الشتاء.']);
    });

    it('takes the whole paragraph when no full stop or colon comes before the mark', () => {
      expect(inner('الأسعار سترتفع مرة أخرى قبل نهاية العام" قال التاجر.')).toEqual(['الأسعار سترتفع مرة أخرى قبل نهاية العام']);
    });

    it('leaves a first mark written as an opener alone, and an even count of marks pairs among itself', () => {
      expect(inner('وقال: "الأسعار سترتفع مرة أخرى" ثم غادر.')).toEqual(['الأسعار سترتفع مرة أخرى']);
      expect(inner('الوقود." و"الغاز')).toEqual([' و']);
      // (Three marks, the first a closer: it closes its sentence, and the other two pair.)
      expect(inner('الوقود." ثم قال "الأسعار سترتفع مرة أخرى"')).toEqual(['الوقود.', 'الأسعار سترتفع مرة أخرى']);
    });

    it('gives the quote to the unnamed speaker of the sentence before it', () => {
      const text =
        'وقال مسؤول في مصفاة نفط يابانية، إن الشركة رفعت سعر الخام الثقيل بسبب تحسن هامش الأرباح في سنغافورة. وهامش أرباح زيت الوقود في أبريل كان أفضل منه في مارس."\nوحددت الشركة سعر البيع الرسمي.';
      expect(verbatim(text)).toEqual([{ text: 'وهامش أرباح زيت الوقود في أبريل كان أفضل منه في مارس', speaker: 'مسؤول في مصفاة نفط يابانية' }]);
    });
  });

  describe('an opening mark never closed before its paragraph ends', () => {
    it('runs to the end of its paragraph', () => {
      const text = 'وقال المتحدث باسم الشرطة سامي العلي: "لن نسمح بتكرار ما حدث في السوق القديم\nوأغلقت الشرطة الشارع.';
      expect(inner(text)).toEqual(['لن نسمح بتكرار ما حدث في السوق القديم']);
      expect(speakers(text)).toEqual(['سامي العلي']);
    });

    it('is not taken when a space, not a letter, follows the mark', () => {
      expect(inner('وقال سامي العلي " لن نسمح بتكرار ما حدث\nوأغلقت الشرطة الشارع.')).toEqual([]);
    });
  });

  describe('marks of two kinds, doubled apostrophes and reversed guillemets', () => {
    it('closes « at the paragraph’s one ” and “ at its one »', () => {
      expect(inner('وقال الوزير: «سنفتح المعبر أمام الشاحنات غدا”.')).toEqual(['سنفتح المعبر أمام الشاحنات غدا']);
      expect(inner('وقال الوزير: “سنفتح المعبر أمام الشاحنات غدا».')).toEqual(['سنفتح المعبر أمام الشاحنات غدا']);
    });

    it('reads a quote in doubled apostrophes', () => {
      const text = "وقال وزير النقل خالد الحربي: ''سنفتح الطريق أمام الشاحنات خلال أسبوع''.";
      expect(verbatim(text)).toEqual([{ text: 'سنفتح الطريق أمام الشاحنات خلال أسبوع', speaker: 'خالد الحربي' }]);
    });

    it('ignores single apostrophes', () => {
      expect(inner("مساحة الغرفة 6' في 8' فقط")).toEqual([]);
    });

    it('reads guillemets typed reversed (»…«)', () => {
      const text = 'وقال وزير النقل خالد الحربي لـ»المصري اليوم«: »سنفتح الطريق أمام الشاحنات خلال أسبوع«.';
      expect(inner(text)).toEqual(['المصري اليوم', 'سنفتح الطريق أمام الشاحنات خلال أسبوع']);
      expect(speakers(text)).toEqual(['خالد الحربي']);
    });

    it('does not take an orphan » before a normal «…» for a reversed opener', () => {
      expect(inner('قال »المدير «سنفتح الطريق أمام الشاحنات» غدا')).toEqual(['سنفتح الطريق أمام الشاحنات']);
    });
  });
});

describe('an unnamed speaker in a company of some kind (مسؤول في مصفاة نفط يابانية)', () => {
  it('keeps the indefinite genitive of the preposition’s object when an adjective follows it', () => {
    const text = 'وقال مهندس في محطة كهرباء حكومية إن "الأعطال ستستمر حتى وصول قطع الغيار من الخارج".';
    expect(speakers(text)).toEqual(['مهندس في محطة كهرباء حكومية']);
  });

  it('does not take a genitive with no describing word after it', () => {
    const text = 'وقال مهندس في محطة كهرباء إن "الأعطال ستستمر حتى وصول قطع الغيار من الخارج".';
    expect(speakers(text)).toEqual(['مهندس في محطة']);
  });
});

describe('a quote with no cue in a sentence opening on a name and its apposition (X ، رئيس …، فعل "…")', () => {
  it('gives the quote closing the sentence to the name', () => {
    expect(speakers('جون كارتر ، رئيس وزراء كندا ، دعى الوضع "بالخطأ الغير مبرر".')).toEqual(['جون كارتر']);
  });

  it('reads no words said in marks after a preposition (a shop’s or a place’s name)', () => {
    expect(speakers('محمد العلي، صاحب المحل، يعمل في "بيت الحلويات الشامية".')).toEqual([]);
  });

  it('reads nothing when the quote does not close the sentence', () => {
    expect(speakers('جون كارتر ، رئيس وزراء كندا ، دعى الوضع "بالخطأ الغير مبرر" أمام البرلمان أمس.')).toEqual([]);
  });
});

describe('a verbal noun of saying with no agent of its own (الذكر بأن، التأكيد على أن)', () => {
  it('gives the quote in its clause to the last speaker', () => {
    const text =
      'وقالت منظمة الصحة العالمية في تقريرها إن "عدد الإصابات تضاعف خلال شهر واحد". وبالإضافة إلى الذكر بأن الأطباء في المنطقة قد "أصبحوا عاجزين عن استقبال المرضى الجدد"، تتناول الدراسة بالتفصيل عددا من المستشفيات.';
    expect(speakers(text)).toEqual(['منظمة الصحة العالمية', 'منظمة الصحة العالمية']);
  });

  it('reads nothing without a complementizer after the noun', () => {
    const text = 'وقالت منظمة الصحة العالمية إن "عدد الإصابات تضاعف خلال شهر واحد". وبالإضافة إلى الذكر في المنطقة "أصبحوا عاجزين عن استقبال المرضى الجدد".';
    expect(speakers(text)).toEqual(['منظمة الصحة العالمية']);
  });
});

describe('marks across paragraphs (session 14)', () => {
  it('reads a quote reopened with a mark in the next paragraph as two spans of one speaker', () => {
    const text = 'وقال وزير الطاقة سامي العلي: "الأزمة ستنتهي قبل نهاية الشهر الجاري\n"وسنعمل على إعادة الكهرباء إلى كل المنازل في المدينة".';
    expect(verbatim(text)).toEqual([
      { text: 'الأزمة ستنتهي قبل نهاية الشهر الجاري', speaker: 'سامي العلي' },
      { text: 'وسنعمل على إعادة الكهرباء إلى كل المنازل في المدينة', speaker: 'سامي العلي' },
    ]);
  });

  it('takes no inch mark after a digit for a closer', () => {
    expect(inner('وكان طول الأنبوب المكسور 6" فقط')).toEqual([]);
  });
});

describe('an opening mark never closed, with a post-posed cue closing its paragraph', () => {
  it('ends the quote at the comma before the cue, and the cue names the speaker', () => {
    const text = 'وتراجعت المبيعات في الأسواق. "لم نشهد موسما بهذا السوء منذ سنوات طويلة، قال رئيس غرفة التجارة سامي العلي.\nوأغلقت محلات كثيرة.';
    expect(verbatim(text)).toEqual([{ text: 'لم نشهد موسما بهذا السوء منذ سنوات طويلة', speaker: 'سامي العلي' }]);
  });
});
