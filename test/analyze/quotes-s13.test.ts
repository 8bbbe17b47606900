import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/analyze/index.js';
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

describe('who speaks before a saying participle, and the second half of a quote broken over a line', () => {
  it('takes the person right before قائلاً as the last speaker, a name no list knows included (X قائلاً … وأضاف "…")', () => {
    const text =
      'قال المدعي العام جون بيرنز إن المتهمين ساعدوا المفجرين. وعرضت المحكمة شريطا يظهر فيه وداع محمد نذير خان قائلا لابنه وداعا. وأضاف "أنا أفعل ما أفعله من أجل ديني وليس من أجل المال".';
    expect(speakers(text)).toEqual(['محمد نذير خان']);
  });

  it('reads the second half of a broken quote in the sentence it opens, not the whole text (…، ⏎ …"، كما قال)', () => {
    const text =
      'قال المدعي العام جون بيرنز إن المتهمين ساعدوا المفجرين. وتحدث الوزير أحمد الخطيب أمام النواب. وأضاف "إن الحكومة ستعيد النظر في أبواب الإنفاق كلها، \nوإنها لن تسمح بزيادة الضرائب هذا العام"، كما قال.';
    expect(speakers(text)).toEqual(['أحمد الخطيب', 'أحمد الخطيب']);
  });

  it('reads أمام (hamza above) after a post-posed verb as the preposition, not إمام (كما قال أمام الصحفيين)', () => {
    const text = 'وتحدث الوزير أحمد الخطيب أمام النواب عن الموازنة. "إن الحكومة ستعيد النظر في أبواب الإنفاق كلها"، كما قال أمام الصحفيين.';
    expect(speakers(text)).toEqual(['أحمد الخطيب']);
  });
});

describe('foreign given names that spell Arabic function words', () => {
  it('reads إيان (hamza below) as the name Ian, not the stopword أيان', () => {
    const text = 'وأكد غوردون براون أن "بريطانيا ستقف مع حلفائها في هذه الأوقات الصعبة". وقال إيان ماكدونالد ، مفوض الشرطة ، "لقد كان هذا هجوما منسقا على المدنيين".';
    expect(speakers(text)).toEqual(['غوردون براون', 'إيان ماكدونالد']);
  });

  it('abstains on an unread subject راي in a text that writes a final ى, rather than carrying over (not the verb رأى)', () => {
    const text = 'وأكد غوردون براون أن "بريطانيا ستقف مع حلفائها في هذه الأوقات الصعبة". وقال راي كوبر إن "الهجوم كان منسقا على المدنيين في وسط المدينة".';
    expect(speakers(text)).toEqual(['غوردون براون']);
  });
});

describe('according to a body written onto ل (ووفقا لصحيفة X، فإن "…")', () => {
  it('reads the body the entity pass named after the ل', () => {
    expect(speakers('ووفقا لصحيفة التايمز، فإن "الأجهزة الأمنية كانت تراقب أحد المشتبه بهم منذ العام الماضي".')).toEqual(['صحيفة التايمز']);
    expect(speakers('ووفقا لمنظمة العفو الدولية فإن "السجناء تعرضوا لسوء المعاملة خلال الأشهر الماضية".')).toEqual(['منظمة العفو الدولية']);
  });

  it('drops the ل of لل from a body read as written (ووفقا للشرطة)', () => {
    expect(speakers('ووفقا للشرطة فإن "الأجهزة الأمنية كانت تراقب أحد المشتبه بهم منذ العام الماضي".')).toEqual(['الشرطة']);
  });
});

describe('a bare definite title stands for the unnamed description it introduced (متحدث باسم X … المتحدث)', () => {
  it('after a post-posed verb', () => {
    const text = 'وقال متحدث باسم الشرطة إن الرجال محتجزون. "نحن نعمل على مدار الساعة لتحديد هوية جميع المتورطين" ، وأضاف المتحدث.';
    expect(speakers(text)).toEqual(['متحدث باسم الشرطة']);
  });

  it('after a verb before the quote', () => {
    const text = 'وقال متحدث باسم الشرطة إن الرجال محتجزون. وأضاف المتحدث أن "الشرطة تعمل على مدار الساعة لتحديد هوية جميع المتورطين".';
    expect(speakers(text)).toEqual(['متحدث باسم الشرطة']);
  });

  it('names no one when no description introduced the title', () => {
    expect(speakers('وأضاف المتحدث أن "الشرطة تعمل على مدار الساعة لتحديد هوية جميع المتورطين".')).toEqual([]);
  });
});

describe('a demonstrative pointing back at the quote (هذا ما قاله X)', () => {
  it('reads هذا ما + a reporting verb after the quote as a post-posed cue', () => {
    expect(speakers('"هذه ليست النهاية بل البداية فقط" ، هذا ما قاله نيك كليغ للصحفيين.')).toEqual(['نيك كليغ']);
  });
});

describe('a verb of going on to a reporting verbal noun (ومضى X لاتهام Y بعدم "…")', () => {
  it('reads the verbal noun after ل as the cue and the going verb\'s subject as the speaker, a title resolved', () => {
    const text =
      'أعلن الرئيس الفرنسي جاك شيراك أنه سيزور الجزائر. وقدم مساعده الجنرال هنري بنتيجا وساما للجنود. ومضى الرئيس لاتهام الحكومة الأمريكية بعدم "احترام القانون الدولي في التعامل مع الأسرى" خلال الحرب.';
    expect(speakers(text)).toEqual(['جاك شيراك']);
  });

  it('reads the verbal noun after إلى, with a named subject between', () => {
    expect(speakers('وسارع وزير الخارجية دومينيك دوفيلبان إلى انتقاد "القرار الذي اتخذته الحكومة دون استشارة الحلفاء".')).toEqual(['دومينيك دوفيلبان']);
  });
});

describe('a quote on its own line signed after a dash ("…" - X)', () => {
  it('gives the quote to the one to three words after the dash, in marks or not', () => {
    const text =
      'وكتب عدد من الناجين رسائل على موقع الحملة.\n" لقد فقدت صديقي في ذلك اليوم ولن أنسى أبدا ما حدث هناك " _ " بولين ".\n"نريد أن نعرف الحقيقة كاملة عن كل ما جرى في ذلك الصباح" - جيمس.\n"لن نتوقف عن المطالبة بتحقيق مستقل مهما طال الزمن" – سارة هاملتون';
    expect(speakers(text)).toEqual(['بولين', 'جيمس', 'سارة هاملتون']);
  });

  it('reads no signature after a dash that goes on into a clause', () => {
    expect(speakers('"نريد أن نعرف الحقيقة كاملة عن كل ما جرى في ذلك الصباح" - هكذا كتب أحدهم على الموقع ثم اختفى.')).toEqual([]);
  });
});

describe('a name opening its sentence, set off by an apposition between commas, before the verb', () => {
  it('is the subject of a verb with no و (X ، التي …، قالت : "…")', () => {
    const text = 'وتحدث عدد من الأهالي إلى الصحفيين أمس.\nماري ويليامز ، التي قتل ابنها في الهجوم ، قالت للبي بي سي : "لا أحد يستطيع أن يقول لي إن التحقيق مضيعة للوقت".';
    expect(speakers(text)).toEqual(['ماري ويليامز']);
  });

  it('pairs the second and third marks of a paragraph opened by a stray straight mark', () => {
    const text = 'وتحدث عدد من الأهالي إلى الصحفيين أمس.\n" ماري ويليامز ، التي قتل ابنها في الهجوم ، قالت للبي بي سي ،"لا أحد يستطيع أن يقول لي إن التحقيق مضيعة للوقت ".';
    expect(findQuotes(text).filter((q) => q.mode === 'verbatim').map((q) => [q.speaker, q.text])).toEqual([['ماري ويليامز', 'لا أحد يستطيع أن يقول لي إن التحقيق مضيعة للوقت']]);
  });
});

describe('a definite report with its issuer in a participle phrase (التقرير الصادر عن X)', () => {
  it('gives the report to the body named after الصادر عن', () => {
    expect(speakers('وذكر التقرير الصادر عن بنك الكويت الوطني ان «معدل التضخم ارتفع الى 5 في المئة خلال العام».')).toEqual(['بنك الكويت الوطني']);
    expect(speakers('وقالت الدراسة السنوية الصادرة عن منظمة العفو الدولية إن «السجون تعاني من اكتظاظ شديد».')).toEqual(['منظمة العفو الدولية']);
  });
});

describe('a saying participle after the object of a verb', () => {
  it('does not make the object a speaker (هاجم X الوزير Y قائلاً … وأضاف)', () => {
    const text = 'هاجم النائب أحمد الخطيب وزير المالية سعيد العمري قائلا إنه أخفق في إدارة الموازنة. وأضاف "الحكومة مطالبة بتقديم حساب ختامي واضح للنواب".';
    expect(speakers(text)).toEqual(['أحمد الخطيب']);
  });
});

describe('native-press cues: بيّن spelled بين, and a speech noun with its pronoun after the verb', () => {
  it('reads وبين followed by a complementizer as the verb بيّن, not the preposition', () => {
    const text = 'أكد مدير عام البلدية المهندس أحمد الصبيح أن المشروع سينجز في موعده. وبين ان «نسبة الانجاز بلغت 60 في المئة حتى الآن».';
    expect(speakers(text)).toEqual(['أحمد الصبيح']);
  });

  it('keeps the preposition بين before a noun', () => {
    expect(speakers('أكد مدير البلدية أحمد الصبيح أن المشروع سينجز. ويقع المشروع بين «الطريق الدائري الخامس والسادس» قرب المطار.')).toEqual([]);
  });

  it('reads تصريحه after واختتم as the object, the speaker carried over (واختتم تصريحه بالقول «…»)', () => {
    const text = 'أكد مدير عام البلدية المهندس أحمد الصبيح أن المشروع سينجز في موعده. واختتم تصريحه بالقول «سنفتتح المشروع قبل نهاية العام».';
    expect(speakers(text)).toEqual(['أحمد الصبيح']);
  });
});

describe('an abbreviated honorific between a title and a name (وكيل الوزارة د.خالد السعد)', () => {
  it('gives the title to the person named after د. or م., glued or not', () => {
    expect(speakers('ونوه وكيل الوزارة د.خالد السعد إلى أن «الوزارة تعمل على تطوير خدماتها».')).toEqual(['خالد السعد']);
    expect(speakers('وقال عضو المجلس البلدي م. زياد العبدالله ان «المشروع متعثر منذ سنوات».')).toEqual(['زياد العبدالله']);
  });
});

describe('a pluperfect with its subject written before قد (وكانت الوزارة قد أعلنت)', () => {
  it('reads the written subject, never the last speaker', () => {
    const text = 'قالت وزارة الداخلية إن التحقيق بدأ. وأكدت مصادر ديبلوماسية أن «المفاوضات وصلت الى طريق مسدود». وكانت الوزارة قد أعلنت في وقت سابق أن «التحقيقات مستمرة لكشف ملابسات الحادث».';
    expect(speakers(text)).toEqual(['مصادر ديبلوماسية', 'وزارة الداخلية']);
  });

  it('gives a lone definite body word as written when the text names the body no further', () => {
    const text = 'وقالت الموظفة مريم الحايكي إن الطلاب مرضوا. وكانت الشركة قد نفت في تعميم داخلي اطلعت عليه صحيفة الوطن أي تقصير، مؤكدة أن “جميع الوجبات تحضر وفق الاشتراطات الصحية المعتمدة”.';
    expect(speakers(text)).toEqual(['الشركة']);
  });
});

describe('ما + verb + به before the subject (حسب ما أفادت به X)', () => {
  it('reads the subject after به', () => {
    const text = 'وقال رئيس الوزراء نوري المالكي إن الحكومة ستحاسب المقصرين. وحسب ما أفادت به مصادر في الشرطة، فإن "عدد الضحايا قد يرتفع خلال الساعات المقبلة".';
    expect(speakers(text)).toEqual(['مصادر في الشرطة']);
  });
});

describe('a statement of a body written as one ل word (بيان للجيش)', () => {
  it('speaks for the body as written, not for the last speaker', () => {
    const text = 'ونقلت وكالة الأنباء الرسمية عن وزير الإعلام قوله "لا صحة لهذه الأنباء على الإطلاق". وذكر بيان للجيش أن "الوحدات العسكرية استعادت السيطرة على المدينة".';
    expect(speakers(text)).toEqual(['وزير الإعلام', 'الجيش']);
  });
});
