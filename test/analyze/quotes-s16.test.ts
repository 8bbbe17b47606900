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

  describe('a verb that takes an object: the title phrase before it stops at the object', () => {
    it('cuts the object a naming verb takes before بأنه', () => {
      const text = 'ووصف رئيس الوزراء الهجوم بأنه "عمل جبان يهدف إلى زرع الفتنة بين أبناء الشعب".';
      expect(speakers(text)).toEqual(['رئيس الوزراء']);
    });

    it('keeps the adjectives and the genitive of the title (a nisba, a participle, a listed adjective)', () => {
      expect(speakers('ووصف المتحدث باسم الخارجية الأميركية المحادثات بأنها "بناءة ومثمرة وتفتح الباب أمام اتفاق".')).toEqual(['المتحدث باسم الخارجية الأميركية']);
      expect(speakers('وحمّل رئيس الحكومة المكلف الأحزاب السياسية "مسؤولية تعطيل تشكيل الحكومة منذ أشهر".')).toEqual(['رئيس الحكومة المكلف']);
      expect(speakers('وانتقد رئيس البرلمان السابق الحكومة قائلا: "لم تفعل شيئا لمواجهة الأزمة الاقتصادية الخانقة".')).toEqual(['رئيس البرلمان السابق']);
    });

    it('keeps a name the title holds (الأمم المتحدة)', () => {
      const text = 'واتهم الأمين العام للأمم المتحدة الأطراف المتحاربة بـ"تجاهل معاناة المدنيين بشكل كامل".';
      expect(speakers(text)).toEqual(['الأمين العام للأمم المتحدة']);
    });

    it('resolves the cut title to the person it named before', () => {
      const text = 'التقى وزير الخارجية الكويتي أحمد الناصر نظيره العماني أمس في مسقط. ووصف وزير الخارجية الكويتي اللقاء بأنه "مثمر وبناء ويعكس عمق العلاقات".';
      expect(speakers(text)).toEqual(['أحمد الناصر']);
    });

    it('cuts a sound masculine plural right after the singular title word (it cannot be its adjective)', () => {
      const text = 'أكد وزير الزراعة سالم العبيدي أن الموسم جيد. وحث الوزير المزارعين على "الالتزام بمواعيد الري المحددة لكل منطقة".';
      expect(speakers(text)).toEqual(['سالم العبيدي']);
    });

    it('does not cut after a verb that takes no object', () => {
      const text = 'وقال رئيس الوزراء الأسبق: "لن أعود إلى العمل السياسي مهما حدث".';
      expect(speakers(text)).toEqual(['رئيس الوزراء الأسبق']);
    });
  });

  describe('a name inside an aside set off by commas is not the subject of the verb after it', () => {
    it('skips the object of a relative clause before the verb', () => {
      const text = 'غير أن الوزير السابق سعيد ناصر، الذي يترأس حزب المعارضة، قال إن "الحكومة تخفي الحقائق عن الشعب".';
      expect(speakers(text)).toEqual(['سعيد ناصر']);
    });

    it('skips a name inside a وهو clause', () => {
      const text = 'أحمد الخطيب، وهو صديق قديم لوزير الداخلية كمال بوزيد، قال: "لم نر مثل هذا الدمار من قبل في حياتنا".';
      expect(speakers(text)).toEqual(['أحمد الخطيب']);
    });
  });

  describe('a headline quote: a speaker, a colon and the quote on a line of their own', () => {
    it('resolves a title to the holder the lead names', () => {
      const text = 'السفير الأميركي: «لن نسحب قواتنا قبل استقرار الوضع الأمني»\nأكد السفير الأميركي في بغداد زلماي خليل زاد أن بلاده ملتزمة بأمن العراق.';
      expect(speakers(text)).toEqual(['زلماي خليل زاد']);
    });

    it('leaves out an outlet addressed before the colon', () => {
      const text = 'وزير الصحة لـ«الشرق الأوسط»: «الوضع الوبائي تحت السيطرة»\nقال وزير الصحة السعودي توفيق الربيعة إن الوزارة اتخذت كل الإجراءات اللازمة.';
      expect(speakers(text)).toEqual(['توفيق الربيعة']);
    });

    it('reads a surname as the person the text names in full, and an organization as itself', () => {
      expect(speakers('عباس: «لا سلام دون القدس عاصمة للدولة الفلسطينية»\nرام الله - أكد الرئيس الفلسطيني محمود عباس اليوم أن القدس خط أحمر.')).toEqual(['محمود عباس']);
      expect(speakers('منظمة الصحة العالمية: «الوباء لم ينته بعد ويجب الحذر»\nجنيف - حذرت المنظمة من تراخي الدول في إجراءات الوقاية.')).toEqual(['منظمة الصحة العالمية']);
    });

    it('gives nothing to a label that names no one', () => {
      expect(speakers('عاجل: «انفجار ضخم يهز وسط العاصمة بيروت»\nهز انفجار وسط المدينة مساء اليوم.')).toEqual([]);
    });
  });

  describe('a title phrase that ran on into the cue after it', () => {
    it('ends before بالقول, whose speaker is the subject before it', () => {
      const text = 'واكتفى المتحدث باسم الوزارة بالقول: «لا تعليق لدينا على هذه المعلومات في الوقت الحالي».';
      expect(speakers(text)).toEqual(['المتحدث باسم الوزارة']);
    });
  });

  describe('a name in marks right after a prize, contest, category or meeting noun is no statement', () => {
    it('leaves an award named after جوائز unattributed', () => {
      const text = 'أعلنت الشركة عن فوزها بالمركز الأول، وذلك في إطار مشاركتها في جوائز "مطوري تطبيقات قطاع التجزئة" لعام 2003.';
      expect(speakers(text)).toEqual([]);
    });

    it('still reads a quote after a verb when no naming noun stands before it', () => {
      const text = 'وقال مدير الشركة سامر الحداد في مؤتمر صحفي: "فوزنا بالجائزة ثمرة عمل فريق كامل".';
      expect(speakers(text)).toEqual(['سامر الحداد']);
    });
  });

  describe('the holder of a title named in brackets after it', () => {
    it('reads two plain words in brackets as the name', () => {
      const text = 'وقال المتحدث باسم الأمم المتحدة (فرحان حق) "الوكالات الإنسانية مستعدة لتقديم المساعدة فورا".';
      expect(speakers(text)).toEqual(['فرحان حق']);
    });

    it('reads a person the entity pass found in brackets', () => {
      const text = 'وقال المتحدث باسم الشرطة (سامي الخطيب) إن "التحقيقات مستمرة حتى الآن في كل المناطق".';
      expect(speakers(text)).toEqual(['سامي الخطيب']);
    });

    it('does not read an acronym of a body in brackets as a name', () => {
      const text = 'وقال المتحدث باسم وكالة غوث وتشغيل اللاجئين (أونروا) إن "المخيمات تعاني نقصا حادا في المياه".';
      expect(speakers(text)).not.toContain('أونروا');
    });
  });

  describe('plural construct heads of unnamed speakers', () => {
    it('reads مسؤولو الصحة as a description of who spoke', () => {
      const text = 'وقال مسؤولو الصحة في المقاطعة إن "عدد المصابين بالفيروس ارتفع إلى 45 شخصا".';
      expect(speakers(text)).toEqual(['مسؤولو الصحة في المقاطعة']);
    });
  });

  describe('a relaying verb whose source is a pronoun (نقلت عنه … قوله)', () => {
    it('gives the quote to the one the pronoun refers to, not the outlet', () => {
      const text = 'وصل وزير الخارجية السوداني علي الصادق إلى القاهرة أمس. ونقلت عنه وكالة أنباء الشرق الأوسط قوله إن "العلاقات بين البلدين تمر بأفضل مراحلها".';
      expect(speakers(text)).toEqual(['علي الصادق']);
    });

    it('keeps the pronoun\'s gender', () => {
      const text = 'التقت المراسلة بالناشطة الحقوقية هدى الشريف في مكتبها. ونقلت عنها الصحيفة قولها: "السجون مكتظة والظروف لا تحتمل".';
      expect(speakers(text)).toEqual(['هدى الشريف']);
    });
  });

  describe('verbs of explaining in Gulf and Levant press', () => {
    it('reads a clause-opening بيّن written without shadda, its subject before أن', () => {
      const text = 'وبين مدير عام التعليم في المنطقة الدكتور عبد الله القاضي أن "المدارس جاهزة لاستقبال الطلاب مع بداية العام الدراسي".';
      expect(speakers(text)).toEqual(['عبد الله القاضي']);
    });

    it('leaves the preposition بين alone', () => {
      const text = 'وبين عامي 2010 و2015 تضاعف عدد الطلاب في المدارس "الحكومية والخاصة على حد سواء" كما تظهر الأرقام.';
      expect(speakers(text)).toEqual([]);
    });

    it('reads أبان', () => {
      const text = 'وأبان رئيس البلدية المهندس خالد الدوسري أن "المشروع سينتهي خلال ستة أشهر من تاريخ توقيع العقد".';
      expect(speakers(text)).toEqual(['خالد الدوسري']);
    });
  });

  describe('a title phrase that ran on into a بـ complement', () => {
    it('ends before it after a verb taking بـ', () => {
      const text = 'من جهته أشاد مدير المنطقة بجهود اللجنة، مؤكدا أن "المرحلة المقبلة ستشهد مشاريع كبيرة في جميع الأحياء".';
      expect(speakers(text)).toEqual(['مدير المنطقة']);
    });
  });

  describe('a definite title right after a name, no comma between, is its apposition', () => {
    it('gives a coordinated verb the name, not the title', () => {
      const text = 'توضح د. سلمى حنا الطبيبة النفسية أن الأطفال يحتاجون إلى التواصل مع الآخرين، وتوضح قائلة: "إن الوقت الذي يقضيه الطفل أمام الشاشة ينقص من وقت اللعب".';
      expect(speakers(text)).toEqual(['سلمى حنا']);
    });
  });

  describe('the source an outlet relays, and a body named in marks after its description', () => {
    it('gives the words to the source after نقلاً عن, not to the outlet', () => {
      const text = 'وذكرت صحيفة «الحياة» نقلا عن مصادر دبلوماسية أن «القمة ستعقد في موعدها المحدد».';
      expect(speakers(text)).toEqual(['مصادر دبلوماسية']);
    });

    it('names the body written in marks after its description', () => {
      const text = 'وقالت وكالة التصنيف الائتماني «موديز» إن «النظرة المستقبلية للاقتصاد مستقرة».';
      expect(speakers(text)).toEqual(['موديز']);
    });
  });

  describe('an according-to phrase naming a statement by one word', () => {
    it('gives the quote to the body that issued the statement', () => {
      const text = 'وأصدرت وزارة الداخلية بيانا حول الحادث. ووفق البيان فإن «قوات الأمن تعاملت مع الموقف باحترافية».';
      expect(speakers(text)).toEqual(['وزارة الداخلية']);
    });
  });
});
