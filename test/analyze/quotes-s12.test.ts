import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/analyze/index.js';
import { speakers } from './probes.js';

const quoteTexts = (text: string): string[] => findQuotes(text).filter((q) => q.mode === 'verbatim').map((q) => q.text);

describe('quote speakers, session 12 (classes from the real development halves)', () => {
  describe('a definite report or source speaks for whoever the text said issued it', () => {
    it('gives the report to the body that issued it earlier (أصدرت X تقريراً … وقال التقرير)', () => {
      const text = 'أصدرت منظمة العفو الدولية تقريرا جديدا أمس عن السجون. وقال التقرير "إن الأوضاع في السجون تدهورت بشكل كبير خلال العام".';
      expect(speakers(text)).toEqual(['منظمة العفو الدولية']);
    });

    it('reads the issuer named in the report phrase itself (التقرير الذي أصدرته X)', () => {
      const text = 'وقال التقرير السنوي الذي أصدرته الهيئة الوطنية للرقابة المالية إنه «تم تسجيل مئات المخالفات في العقود الحكومية» خلال العام.';
      expect(speakers(text)).toEqual(['الهيئة الوطنية للرقابة المالية']);
    });

    it('reads a study and its publisher, and a report after جاء في', () => {
      expect(speakers('نشرت جامعة القاهرة دراسة عن البطالة. وقالت الدراسة إن "معظم الشباب يفضلون العمل في القطاع الخاص".')).toEqual(['جامعة القاهرة']);
      expect(speakers('وأعدت وزارة الصحة تقريرا عن المستشفيات. وجاء في التقرير أن "نصف الأجهزة الطبية تحتاج إلى صيانة عاجلة".')).toEqual(['وزارة الصحة']);
    });

    it('gives the sources to the description the text first wrote them with (بحسب هذه المصادر)', () => {
      const text = 'قالت مصادر في حركة التجديد الوطني إن الحركة تدرس خياراتها. وبحسب هذه المصادر فإن "الحركة ستعلن عن خطة جديدة للإصلاح خلال الأسبوع المقبل".';
      expect(speakers(text)).toEqual(['مصادر في حركة التجديد الوطني']);
    });

    it('names no one when the text never says who issued the report (the quote stays unattributed)', () => {
      expect(speakers('وقالت الدراسة إن "معظم الشباب يفضلون العمل في القطاع الخاص".')).toEqual([]);
    });
  });

  describe('an elative apposition after the body a description names (مصادر في حركة X كبرى الفصائل)', () => {
    it('ends the description at the body, and reads no name in the apposition', () => {
      expect(speakers('قالت مصادر في حركة فتح كبرى الفصائل إن الحركة "تدرس خياراتها بعناية كبيرة".')).toEqual(['مصادر في حركة فتح']);
    });

    it('still reads a person named after the body', () => {
      expect(speakers('وقال مسؤول في وزارة الخارجية أحمد الخطيب إن الوزارة "تدرس خياراتها بعناية كبيرة".')).toEqual(['أحمد الخطيب']);
    });
  });

  describe('a place or organization speaker is named as the text writes it', () => {
    it('keeps the spelling of the text, not the gazetteer name it stands for', () => {
      expect(speakers('واعتبرت بريطانيا الخطوة "غير مقبولة على الإطلاق". وقالت الولايات المتحدة الأمريكية إن "القرار خاطئ تماما وسنرد عليه".')).toEqual(['بريطانيا', 'الولايات المتحدة الأمريكية']);
    });

    it('does not take an acronym glossed in brackets for the name', () => {
      const text = 'وأفاد مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) في بيان بأن فرقه «وصلت إلى القرى المعزولة صباح اليوم».';
      expect(speakers(text)).toEqual(['مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية']);
    });
  });

  describe('quote marks typed loosely', () => {
    it('reads a straight quote broken over a line break as a span on each line', () => {
      const text = 'وقال المتهم سمير الحداد في الفيديو. واضاف "أنا أفعل ذلك من أجل قضيتي ، وليس كما تظنون ، \nانها ليست من أجل المال أو الشهرة"، كما قال في التسجيل.';
      expect(quoteTexts(text)).toEqual(['أنا أفعل ذلك من أجل قضيتي ، وليس كما تظنون', 'انها ليست من أجل المال أو الشهرة']);
      expect(speakers(text)).toEqual(['سمير الحداد', 'سمير الحداد']);
    });

    it('does not carry a straight mark over a line break when the next line opens a quote of its own (the open quote ends with its paragraph, session 14)', () => {
      const text = 'وقال المتهم سمير الحداد "أنا أفعل ذلك من أجل قضيتي\nوقال محاميه رامي العلي "سنستأنف الحكم أمام المحكمة العليا".';
      expect(quoteTexts(text)).toEqual(['أنا أفعل ذلك من أجل قضيتي', 'سنستأنف الحكم أمام المحكمة العليا']);
      expect(speakers(text)).toEqual(['سمير الحداد', 'رامي العلي']);
    });

    it('closes a curly opening mark at the straight closer of its paragraph', () => {
      const text = 'وتحدثت سعاد المراكشي التي فقدت ابنها في الحادث، قالت :\n” سوف نواصل المطالبة بالتحقيق مهما طال الوقت".';
      expect(speakers(text)).toEqual(['سعاد المراكشي']);
    });
  });

  it('does not take the person of a picture credit line (صورة : X) for the next speaker', () => {
    const text = 'عرض الفيديو في قاعة المحكمة.\nصورة : جيمس هولدن\n\nواضاف "نحن لا نخشى أي حكم يصدر في هذه القضية".';
    expect(speakers(text)).toEqual([]);
  });

  it('does not take one person right before a plural verb for its subject (أنصار X قالوا)', () => {
    const text = 'مصدر الخبر لا يزال مجهولا ، ولكن Newsline.org ، وهو موقع الأخبار الذي يديره بعض من أنصار الرئيس سامي الفارس قالوا على موقعهم على الانترنت : "اذا ثبتت التهمة ستكون العقوبة ثقيلة جدا".';
    expect(speakers(text)).not.toContain('سامي الفارس');
    expect(speakers('وقال المحامي إن الحكم قاس. المحامي رامي العلي قال إن "الحكم سيستأنف أمام المحكمة العليا".')).toEqual(['رامي العلي']);
  });

  it('gives a count of people or bodies as the subject (اثنان من X) as written, and nothing else unread', () => {
    expect(speakers('وقد كشفت اثنين من التحقيقات في الحادث أن الخلل كان نتيجة "سلسلة من الأخطاء الصغيرة المتراكمة".')).toEqual(['اثنين من التحقيقات']);
    expect(speakers('وقد كشفت الوثائق المسربة في الحادث أن الخلل كان نتيجة "سلسلة من الأخطاء الصغيرة المتراكمة".')).toEqual([]);
  });

  it('describes a spokesman through the person whose spokesman he is (متحدث باسم رئيس الوزراء X)', () => {
    expect(speakers('وقال متحدث باسم رئيس الوزراء البريطاني توني بلير "نحن لا نسعى إلى التصعيد مع أي طرف".')).toEqual(['متحدث باسم رئيس الوزراء البريطاني توني بلير']);
    expect(speakers('وقال متحدث باسم وزارة الخارجية إن "الوزارة تتابع القضية عن كثب".')).toEqual(['متحدث باسم وزارة الخارجية']);
  });

  it('cuts the addressee off a speaker read up to it (لوسائل الإعلام، a word written onto لـ)', () => {
    expect(speakers('وقال رئيس النادي كمال حسن لـالمستقبل: "سنقدم طعننا قبل نهاية الأسبوع".')).toEqual(['كمال حسن']);
    expect(speakers('وقال المدير هشام رشيد لوسائل الإعلام إن الوزارة "تدرس منح المتضررين تعويضات".')).toEqual(['هشام رشيد']);
    expect(speakers('وقالت النقابة الوطنية للصحفيين في بيان إنها "ترفض محاكمة الصحفيين أمام القضاء العسكري".')).toEqual(['النقابة الوطنية للصحفيين']);
  });

  it('reads a trade family name after a kunya (أم سليم العطار), not a definite object of another shape', () => {
    expect(speakers('في مطبخ صغير في البلدة، تقلّب أم سليم العطار كرات الجبن بيدين احمرتا من البرد. تقول وهي لا ترفع عينيها عن الصينية: "هالسنة البرد قاسي كتير والحليب قليل".')).toEqual(['أم سليم العطار']);
    expect(speakers('سألت أم سليم الطبيب عن حال ابنها، فقالت: "ما عاد فينا نتحمل أكتر من هيك".')).not.toContain('أم سليم الطبيب');
  });
});
