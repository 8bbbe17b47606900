import { describe, expect, it } from 'vitest';
import { dates, organizations, persons, places, speakers } from './probes.js';

describe('organizations, rounds 34 and 35 classes', () => {
  it('goes on with a ministry\'s second field after a first word shaped like a nisba (وزارة التربية والتعليم)', () => {
    expect(organizations('وأعلنت وزارة الزراعة والري في بيان تمديد المهلة.')).toEqual(['وزارة الزراعة والري']);
    expect(organizations('وأعلنت وزارة التربية والتعليم في بيان تعطيل الدراسة.')).toEqual(['وزارة التربية والتعليم']);
    expect(organizations('وقالت وزارة الخارجية والمغتربين إن السفير غادر.')).toEqual(['وزارة الخارجية والمغتربين']);
    expect(speakers('أما وزارة المالية والتخطيط في حكومة الإقليم فقالت في بيان إن الرواتب ستصرف "خلال الأسبوع المقبل بعد وصول الأموال".')).toEqual(['وزارة المالية والتخطيط']);
    // و + a new cue is another body, not the ministry's field.
    expect(organizations('واجتمعت وزارة الداخلية والهيئة الوطنية للانتخابات أمس.')).toEqual(['وزارة الداخلية', 'الهيئة الوطنية للانتخابات']);
  });
});

describe('statements speak for their issuer, rounds 34 and 35 classes', () => {
  it('gives `جاء في البيان` to the subject of a pluperfect `وكانت X قد أعلنت في بيان`', () => {
    expect(speakers('وكانت نقابة المعلمين قد أعلنت في بيان أن الإضراب سيبدأ، وجاء في البيان: «لن نعود إلى الصفوف قبل صرف المستحقات كاملة».')).toEqual(['نقابة المعلمين']);
  });

  it('reads a statement word with an adjective or a date and no issuer (`بيان الخميس الماضي`) as a statement, not a speaker', () => {
    expect(speakers('وكانت نقابة المعلمين قد أعلنت في بيان الخميس الماضي أن الإضراب سيبدأ، وجاء في البيان: «لن نعود إلى الصفوف قبل صرف المستحقات كاملة».')).toEqual(['نقابة المعلمين']);
  });

  it('gives a statement to the body a verb of issuing names after it (`بيان رسمي نشره الاتحاد`)', () => {
    const text = 'وفرضت لجنة المسابقات في اتحاد كرة القدم العراقي غرامة على النادي. «لا مكان في ملاعبنا لمن يسيء إلى الحكام»، جاء في بيان رسمي نشره الاتحاد على موقعه، وأضاف البيان أن العقوبة «تسري من اليوم ولمدة عام كامل».';
    expect(speakers(text)).toEqual(['اتحاد كرة القدم العراقي', 'اتحاد كرة القدم العراقي']);
    expect(speakers('«نرفض كل أشكال العنف في الملاعب»، جاء في بيان أصدرته وزارة الشباب والرياضة مساء أمس.')).toEqual(['وزارة الشباب والرياضة']);
  });
});

describe('descriptions, rounds 34 and 35 classes', () => {
  it('keeps ب + a unit or an organization cue and its genitive in an unnamed speaker\'s description', () => {
    expect(speakers('وقالت طالبة في السنة الثالثة بكلية الهندسة إنها تؤيد الأساتذة، مضيفة: «نحن نخسر أيضاً لكننا نفهم مطالبهم».')).toEqual(['طالبة في السنة الثالثة بكلية الهندسة']);
    expect(speakers('وقال موظف بوزارة الصحة، طلب عدم ذكر اسمه، إن «الأدوية لم تصل منذ شهرين كاملين».')).toEqual(['موظف بوزارة الصحة']);
    // ب + an ordinary noun is no affiliation.
    expect(speakers('وقالت طالبة في السنة الثالثة بصوت خافت: «نحن نخسر أيضاً لكننا نفهم مطالبهم».')).toEqual(['طالبة في السنة الثالثة']);
  });
});

describe('names introduced by a naming word, rounds 34 and 35 classes', () => {
  it('ends a name before a noun carrying a possessive pronoun after its teh (the verb\'s object)', () => {
    expect(persons('في السوق يرتب بائع اسمه سامر بضاعته كل صباح.')).toEqual(['سامر']);
    expect(persons('ويرتب مروان الشامي بضاعته كل صباح.')).toEqual(['مروان الشامي']);
  });

  it('never finds a one-word name again in the stopword that shares its key (علي / على)', () => {
    expect(persons('يرتب في المحل شاب اسمه علي بضاعته، ثم يقول إن الزبائن يعتمدون على الدين وإن الدفع يتأخر على الدوام.')).toEqual(['علي']);
  });

  it('gives the quotes of a scene to the person a naming word introduced', () => {
    const text = 'وتقول مديرية السياحة إن الزوار قلة. أمام محله، يرتب بائع شاب اسمه سامر بضاعته للمرة الثانية. «بعت اليوم قطعة واحدة فقط»، يقول ضاحكاً، قبل أن يضيف: «سأسافر إلى المدينة إذا بقي الحال هكذا».';
    expect(speakers(text)).toEqual(['سامر', 'سامر']);
  });
});

describe('where a name ends, rounds 34 and 35 classes', () => {
  it('ends a family name at a nisba unless another nisba follows (the verb\'s object is no family chain)', () => {
    expect(persons('على الشاطئ، أشعل ماجد القحطاني النار أمام خيمته.')).toEqual(['ماجد القحطاني']);
    expect(persons('وقال الشيخ محمد الهاشمي القرشي في خطبته إن الصبر واجب.')).toEqual(['محمد الهاشمي القرشي']);
    // A Gulf family chain without a nisba goes on.
    expect(persons('واستقبل الأمير مشعل الأحمد الجابر الصباح، الوفد.')).toEqual(['مشعل الأحمد الجابر الصباح']);
  });

  it('ends a name before a derived feminine participle closing its clause (حال)', () => {
    expect(speakers('يقول سالم العتيبي إن البر جميل. وترد أم خالد مبتسمة: «نحن نأتي هنا كل شتاء منذ عشرين سنة».')).toEqual(['أم خالد']);
  });
});

describe('compound given names ending in a title word, rounds 34 and 35 classes', () => {
  it('keeps أمين/أمير after a given name as the name\'s third word when punctuation closes it', () => {
    const text = 'وقال رئيس نقابة المعلمين الدكتور سامان محمد أمين، خلال اعتصام أمام المديرية: "لن نعود إلى الصفوف قبل صرف الرواتب كاملة". وأضاف أمين أن الإضراب "لا يستهدف الطلاب بل سياسة الحكومة".';
    expect(speakers(text)).toEqual(['سامان محمد أمين', 'سامان محمد أمين']);
    // A secretary-general title after a name is no part of it.
    expect(persons('والتقى الوزير كريم محمد أمين عام الحزب.')).not.toContain('كريم محمد أمين');
  });
});

describe('places joined by و to a place, rounds 34 and 35 classes', () => {
  it('reads a name-like word joined by و to a known place, closing the list, as a place, and finds it again', () => {
    expect(places('امتلأت الروضات بين عرعر وطريف بالمخيمات، وقد تنخفض الحرارة في طريف والعويقيلة خلال الأيام المقبلة.')).toEqual(['عرعر', 'طريف', 'طريف', 'العويقيلة']);
    // An indefinite word ending in ين may be a place (جنين، حطين); a definite one is a plural.
    expect(places('وتوزعت المساعدات على نابلس وحطين، ثم على غزة والمزارعين.')).toEqual(['نابلس', 'حطين', 'غزة']);
  });

  it('reads no common word after a place as one: plurals, numbers, stopwords, pronouns, verbs', () => {
    expect(places('وانقطعت الكهرباء في بغداد والمحافظات، وفي عمان والمناطق المجاورة.')).toEqual(['بغداد', 'عمان']);
    expect(places('ويعمل في مراكز داخل السودان وخارجه، ويدرس في القاهرة ويعيش في الجيزة.')).toEqual(['السودان', 'القاهرة', 'الجيزة']);
    expect(places('وزار الوفد عمان وأربعة من مواقعها، ووصل زوار من القاهرة وحتى من الإسكندرية.')).toEqual(['عمان', 'القاهرة', 'الإسكندرية']);
  });
});

describe('landmark place cues, rounds 34 and 35 classes', () => {
  it('reads the name after وادي، معبد، ميدان and جبال as a place', () => {
    expect(places('وجرفت السيول سيارتين في وادي الحلو قرب القرية.')).toEqual(['الحلو']);
    expect(places('وتقام الحفلات على درج معبد فينوس، وتجري السباقات في ميدان الشقب، وتهطل الأمطار على جبال السروات.')).toEqual(['فينوس', 'الشقب', 'السروات']);
    // An adjective agreeing with the cue names nothing.
    expect(places('ووقف الزوار أمام معبد روماني قديم.')).toEqual([]);
  });
});

describe('abbreviations spelled as function words, rounds 34 and 35 classes', () => {
  it('reads ومع as the agency only in parentheses or marks, never as و + مع', () => {
    expect(organizations('وصل الوفد مساء أمس، ومع ذلك لم يصدر بيان عن الاجتماع.')).toEqual([]);
    expect(organizations('ونقلت وكالة الأنباء (ومع) عن الوزير قوله إن الوفد وصل.')).toContain('ومع');
  });
});

describe('a present verb after an organization cue, rounds 34 and 35 classes', () => {
  it('reads no organization in a cue followed by a present verb and its indefinite object', () => {
    expect(organizations('ولن نتهاون مع أي شركة تشغل حافلات قديمة على الطرق.')).toEqual([]);
    // A verbal noun with its definite genitive, or coordinated with another, names the body.
    expect(organizations('وقالت هيئة تنظيم الاتصالات إن الخدمة عادت، وأعلنت غرفة تجارة وصناعة نابلس مشاركتها.')).toEqual(['هيئة تنظيم الاتصالات', 'غرفة تجارة وصناعة نابلس']);
  });
});

describe('dates, rounds 34 and 35 classes', () => {
  it('reads a weekday after اعتباراً من / ابتداءً من as the coming one (a period announced)', () => {
    // 2026-11-18 is a Wednesday.
    expect(dates('ودعت السلطات إلى إغلاق المحال اعتباراً من صباح الجمعة وحتى إشعار آخر.', '2026-11-18')).toEqual(['صباح الجمعة=2026-11-20']);
    expect(dates('وأغلقت السلطات المحال يوم الجمعة.', '2026-11-18')).toEqual(['يوم الجمعة=2026-11-13']);
  });

  it('reads colloquial yesterday (مبارح، إمبارح) as the day before publication', () => {
    expect(dates('«بعت مبارح ثلاث قطع فقط»، قال البائع.', '2026-11-18')).toEqual(['مبارح=2026-11-17']);
  });

  it('never reads a day part across punctuation (كل يوم، اليوم …)', () => {
    expect(dates('كان الزوار يأتون كل يوم، اليوم لا يأتي أحد.', '2026-11-18').some((d) => d.startsWith('يوم،'))).toBe(false);
  });
});

describe('scene sentences, rounds 34 and 35 classes', () => {
  it('gives a و-verb to the person a sentence-opening life description (يحمل الرجل الستيني) refers back to', () => {
    const text = 'عند مدخل السوق، يقف محمد الحداد تحت شجرة قديمة ينتظر زبائن لا يأتون. يحمل الرجل الستيني رخصة بائع منذ سنوات، ويقول: «كنا عشرة باعة هنا، اليوم بقينا ثلاثة فقط».';
    expect(speakers(text)).toEqual(['محمد الحداد']);
  });
});

describe('أما topics, rounds 34 and 35 classes', () => {
  it('gives a quote after a colon, in a sentence an أما topic opens and a ف-word answers, to the topic', () => {
    const text = 'وقال التاجر سامي العلي إن الموسم ضعيف. أما البائع كريم منصور، الذي يعمل في السوق منذ عشرين عاماً، فيختصر الحكاية بجملة واحدة: «السوق لا تحتاج دعاية، تحتاج أماناً».';
    expect(speakers(text)).toEqual(['كريم منصور']);
  });

  it('reads the topic, not a prepositional phrase, as the subject of a ف reporting verb answering أما', () => {
    expect(speakers('أما البائع كريم منصور فيلخص الوضع بكلمات قليلة: «السوق لا تحتاج دعاية، تحتاج أماناً».')).toEqual(['كريم منصور']);
  });
});

describe('unnamed speakers described by a clause of work or residence, rounds 34 and 35 classes', () => {
  it('keeps `يعمل في …` (an asyndetic relative clause) in the description of an indefinite head', () => {
    expect(speakers('وقال شاب يعمل في أحد مقاهي المدينة إن «الزبائن قلة هذه الأيام والأسعار ترتفع».')).toEqual(['شاب يعمل في أحد مقاهي المدينة']);
    expect(speakers('وقال مزارع يقيم في قرية مجاورة، فضل عدم ذكر اسمه، إن الأمطار «جاءت متأخرة هذا العام ولن تنقذ المحصول».')).toEqual(['مزارع يقيم في قرية مجاورة']);
  });

  it('reads a head no list knows as an unnamed speaker when such a clause describes it', () => {
    expect(speakers('وقال حطاب يعمل في غابة مجاورة إن الحرائق «تتكرر كل صيف منذ عشر سنوات».')).toEqual(['حطاب يعمل في غابة مجاورة']);
  });
});

describe('compound given names with عبد, rounds 34 and 35 classes', () => {
  it('counts عبد X as one word when a plain family name follows a definite father\'s name', () => {
    expect(speakers('وقال رئيس نقابة الخبازين عبد الكريم الطيب حامد أمام المخابز المغلقة: «لن نعود إلى العمل قبل صرف الدعم».')).toEqual(['عبد الكريم الطيب حامد']);
    // Without a boundary after it the plain word is not taken (`عبد الكريم الطيب يرفض`).
    expect(persons('ويقف عبد الكريم الطيب حامداً ربه على السلامة.')).not.toContain('عبد الكريم الطيب حامداً');
  });
});

describe('a titled name before a transitive verb\'s object, rounds 34 and 35 classes', () => {
  it('keeps a definite family name when a plain noun, the object itself, follows the name', () => {
    expect(speakers('فيما دعا رئيس بلدية صور خالد بن سالم الحداد أصحاب المحلات إلى "رفع البضائع عن الأرض قبل وصول العاصفة".')).toEqual(['خالد بن سالم الحداد']);
    // With the definite object right after the name, the object is still cut.
    expect(speakers('ووصف رئيس النادي عمر الدليمي القرار بأنه "ظالم ولا يستند إلى أي لائحة".')).toEqual(['عمر الدليمي']);
  });
});

describe('طالب after a reporting verb, rounds 34 and 35 classes', () => {
  it('reads طالب right after a reporting verb as the noun "student", the subject, not a second verb', () => {
    expect(speakers('وقال طالب في كلية الطب إن «الامتحانات تأجلت مرتين هذا الفصل».')).toEqual(['طالب في كلية الطب']);
    expect(speakers('وقال طالب في السنة الثالثة إنه يؤيد الأساتذة، مضيفاً: «نحن نخسر أيضاً لكننا نفهم مطالبهم».')).toEqual(['طالب في السنة الثالثة']);
  });
});
