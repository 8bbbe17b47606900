/** Session 8, second pass: speakers whose names no list knows, read from their syntactic slot (probes of our own). */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/analyze/index.js';
import { nameRun } from '../../src/analyze/names.js';
import { tokenView } from '../../src/analyze/tokens.js';
import { persons, speakers } from './probes.js';

describe('a full name not cut before a family name no list knows', () => {
  it('keeps a third word opening with بو/با after a definite second name when إن or punctuation closes it (`X الطاهر بوزيان إن`)', () => {
    expect(speakers('وقال رئيس المجلس المحلي حسين الهادي بولحية إن «الماء سيعود إلى الأحياء بعد إصلاح المضخة».')).toEqual(['حسين الهادي بولحية']);
    expect(persons('وأوضح سالم المبروك بوزيان، أمس، أن الطريق مغلق.')).toEqual(['سالم المبروك بوزيان']);
    // A noun of manner after ب is no family name, nor ب before another letter than و/ا.
    expect(persons('وقال حسين الهادي بوضوح إن الطريق مغلق.')).toEqual(['حسين الهادي']);
    expect(persons('وقال حسين الهادي بحزم إن الطريق مغلق.')).toEqual(['حسين الهادي']);
  });

  it('keeps a compound given name\'s family name before a verb\'s object in construct (`يرتب عبد الرحيم جوب أكياس الفحم`)', () => {
    const text = 'في الساحة، يرتب عبد الرحيم جوب أكياس الفحم قرب الشاحنة. «الطلب قليل هذا الشتاء والناس تبرد في بيوتها»، يقول البائع.';
    expect(speakers(text)).toEqual(['عبد الرحيم جوب']);
    // Two plain words before an indefinite adjective are still the object (`أسنان كبش أبيض`).
    expect(persons('يتفحص عبد الكريم أسنان خروف أبيض قبل أن يشتريه.')).toEqual(['عبد الكريم']);
  });
});

describe('a common-word given name opening a full name, and its later first-name mention', () => {
  it('reads a common-word given name after a verb and before a father\'s listed name as the name\'s start (`تحمل نور محمد …`)', () => {
    const text = 'قرب البئر، تملأ أمل يوسف سليمان الجرار واحدة بعد أخرى. «الماء بعيد والطريق طويل في الحر»، تقول أمل، وهي تمسح جبينها.';
    expect(speakers(text)).toEqual(['أمل يوسف سليمان']);
    // No verb before it: the common word is no name (`أمل محمد` could be "Muhammad's hope").
    expect(persons('وكان أمل محمد كبيراً في النجاة.')).not.toContain('أمل محمد');
  });

  it('keeps a third word that is a given name before a definite object, but not an object noun in construct', () => {
    const text = 'عند الفجر، تجمع زينب عمر حسن الحطب قرب الخيمة. «البرد شديد هنا والأطفال لا ينامون»، تقول زينب.';
    expect(speakers(text)).toEqual(['زينب عمر حسن']);
    expect(persons('على الشاطئ، يحمل يوسف آدم أكياس الملح إلى الشاحنة.')).toEqual(['يوسف آدم']);
  });
});

describe('a given name that is also a time word, after a title', () => {
  it('reads `الدكتور صباح X` as the person, `صباح الأحد` as the time', () => {
    expect(speakers('وقال مدير المختبر الدكتور صباح العبيدي في مؤتمر صحافي: "النتائج ستصدر خلال يومين بعد مراجعة العينات".')).toEqual(['صباح العبيدي']);
    expect(persons('وقال مدير المختبر الدكتور صباح الخميس إن النتائج ستصدر.')).toEqual([]);
    // Anywhere in the name's slot after a title phrase, not only right after the title word.
    expect(speakers('وقالت مديرة المدرسة صباح العيساوي إن "الدراسة ستستأنف الأحد المقبل في كل الفصول".')).toEqual(['صباح العيساوي']);
    expect(persons('وقالت مديرة المدرسة صباح اليوم إن الدراسة ستستأنف.')).toEqual([]);
  });
});

describe('a name in apposition after a description and a comma', () => {
  it('gives the quote to the name after `والد الطفلة،` when a colon, a comma or إن closes it', () => {
    expect(speakers('وقال والد الطفلة، حامد آل سعيد: "لن نسكت عن حقنا مهما طال الزمن".')).toEqual(['حامد آل سعيد']);
    expect(speakers('وقالت صاحبة المخبز، سعاد الحمدان، إن "الطحين لم يصل منذ أسبوعين كاملين".')).toEqual(['سعاد الحمدان']);
  });

  it('keeps the description when no name closed by the subject\'s end follows the comma', () => {
    expect(speakers('وقال صاحب المخبز، مشيراً إلى الأكياس الفارغة: "الطحين لم يصل منذ أسبوعين كاملين".')).toEqual(['صاحب المخبز']);
  });
});

describe('a spokesman for a body no list knows', () => {
  it('skips the body in construct after باسم and its definite adjectives to the name (`المتحدث باسم تجمع X الصحي Y Z`)', () => {
    const text = 'وقال المتحدث باسم تجمع الجوف الصحي سلطان الرويلي إن التجمع أحال الملف، مؤكداً أن «اللجنة ستراجع جميع التراخيص خلال الربع المقبل».';
    expect(speakers(text)).toEqual(['سلطان الرويلي']);
    expect(persons(text)).toEqual(['سلطان الرويلي']);
    // The body is no person, with or without a name after it.
    expect(persons('وقال المتحدث باسم تجمع الجوف الصحي إن التجمع أحال الملف.')).toEqual([]);
  });
});

describe('an indefinite title in construct with a place, and the same title later', () => {
  it('reads `مدعي عام X Y Z` as a title and its person, and the later `المدعي العام` as that person', () => {
    const text = 'أمر مدعي عام معان خالد الرواشدة، اليوم، بتوقيف ثلاثة موظفين. وقال المدعي العام أمام مبنى محكمة بداية معان: «التحقيق مستمر ولن نستثني أحداً من المساءلة».';
    expect(speakers(text)).toEqual(['خالد الرواشدة']);
    expect(persons(text)).toEqual(['خالد الرواشدة']);
  });
});

describe('the person a scene introduces, not a phrase of the scene', () => {
  it('gives a quote standing alone after reported speech to its speaker, past an adverbial\'s apposition (`وفي مخيم X، أكبر مخيمات المحافظة، قالت النازحة Y`)', () => {
    const text = 'وفي حي الصفاء، أقدم أحياء البلدة، قالت المعلمة هالة النعيمي، وهي أم لثلاثة أطفال، إن المدرسة أغلقت أبوابها. “نقلنا الصغار إلى بيت الجيران وانتظرنا حتى الصباح”. وتابعت: “لم يبق لنا شيء نعود إليه”.';
    expect(speakers(text)).toEqual(['هالة النعيمي', 'هالة النعيمي']);
  });

  it('reads no actor after a comma inside a sentence that opens on a quote mark', () => {
    const text = 'قرب العين، تجلس سلمى الحراق، وهي أم لثلاثة أطفال، على حافة الساقية. «الماء يتقطع من العشية حتى الصباح، وشي نهار يبقى مقطوع نهار كامل»، تقول وهي تشير إلى الحي، «وما عندناش خزان فوق الدار».';
    expect(speakers(text)).toEqual(['سلمى الحراق', 'سلمى الحراق']);
  });

  it('does not take the subject of a reporting verb inside a quote for the narrative\'s last speaker', () => {
    const text = 'وقالت النازحة سعاد المقطري إن السيل جرف الخيام. “حملت أمي الأطفال إلى سطح بيت قريب”. وتابعت: “لم يبق لنا شيء نعود إليه”.';
    expect(speakers(text)).toEqual(['سعاد المقطري', 'سعاد المقطري']);
  });
});

describe('a clause after a conjunction of time is no actor', () => {
  it('does not read `، حين تتجاوز الحرارة` as a verb and its named subject', () => {
    const text = 'عند البحيرة، يجلس سعيد إبراهيم علي قرب كومة الملح. «الملح يحرق العينين والأرض تغلي»، يقول الرجل الأربعيني. ويتوقف العمل عادة من يونيو حتى سبتمبر، حين تتجاوز الحرارة خمسين درجة. مع ارتفاع الشمس، يحمل سعيد كيسه الأخير نحو الطريق. «البحيرة أعطتنا الملح مئات السنين»، يقول.';
    expect(speakers(text)).toEqual(['سعيد إبراهيم علي', 'سعيد إبراهيم علي']);
  });
});

describe('a family name that looks like a noun with the pronoun ه', () => {
  it('keeps `عبده` in a name after a scene verb (the joiner عبد with ه), while a noun with ه stays the object', () => {
    const text = 'قرب الساحل، يكسر آدم عبده، وهو في العشرين، كتلة كبيرة. «أبي كان يعمل هنا، وجدي كذلك، وأنا أريد العاصمة»، يقول.';
    expect(persons(text)).toEqual(['آدم عبده']);
    expect(persons('قرب الساحل، يسحب آدم قاربه إلى الماء.')).toEqual(['آدم']);
  });
});

describe('a common-word given name before the verb\'s object carrying ه', () => {
  it('reads `يحمل سعيد كيسه` as سعيد, the full name given earlier, over a reported speaker in between', () => {
    const text = 'عند البحيرة، يجلس سعيد إبراهيم علي قرب كومة الملح. «الملح يحرق العينين والأرض تغلي»، يقول الرجل الأربعيني. وقال مسؤول في وزارة الطاقة، طلب عدم ذكر اسمه، إن الوزارة تدرس إنشاء تعاونية. مع ارتفاع الشمس، يحمل سعيد كيسه الأخير نحو الطريق. «البحيرة أعطتنا الملح مئات السنين»، يقول.';
    expect(speakers(text)).toEqual(['سعيد إبراهيم علي', 'سعيد إبراهيم علي']);
    expect(persons('مع ارتفاع الشمس، يحمل سعيد كيسه الأخير نحو الطريق.')).toEqual(['سعيد']);
  });
});

describe('the ف-verb answering an أما topic is no name', () => {
  it('reads `أما المتحدث باسم X فاكتفى بالقول` as the title speaking, not a person named فاكتفى', () => {
    const text = 'أما المتحدث الرسمي باسم نادي الشباب فاكتفى بالقول إن النادي «يحترم القرار ويتمنى أن يطبق على الجميع بنفس الصرامة».';
    expect(speakers(text)).toEqual(['المتحدث الرسمي باسم نادي الشباب']);
    expect(persons(text)).toEqual([]);
  });
});

describe('a definite given name no list knows, before a listed father\'s name', () => {
  it('reads `يضحك المبروك حامد، وهو …` as one name, but not a definite noun and a name with no comma after', () => {
    const text = 'يضحك المبروك حامد، وهو مزارع شاب كان يستمع إلى الحديث، بمرارة. "كل سنة يقولوا جدول جديد والجدول ما بيسقي"، يقول.';
    expect(speakers(text)).toEqual(['المبروك حامد']);
    expect(persons('يشاهد الأطفال محمد وهو يلعب.')).toEqual([]);
    // A trade word is a description, not a given name.
    expect(persons('يضحك الرجل حامد، وهو مزارع.')).not.toContain('الرجل حامد');
  });
});

describe('a description made definite by its genitive refers back', () => {
  it('gives `سائق الأجرة الذي يعمل … يقول` to the person met before, an indefinite description stays a new speaker', () => {
    const text = 'في ساحة الاستراحة، كان سامي حمدان قد أنهى رحلته الثانية. وقال سامي وهو يفتح باب سيارته: "من الساعة ثلاثة وأنا هون، والدور ما تحرك". سائق الأجرة الذي يعمل على الخط منذ سنوات يقول إن الأزمة "أصعب من كل السنين اللي فاتت".';
    expect(speakers(text)).toEqual(['سامي حمدان', 'سامي حمدان']);
    const fresh = 'في ساحة الاستراحة، كان سامي حمدان قد أنهى رحلته الثانية. وقال سامي وهو يفتح باب سيارته: "من الساعة ثلاثة وأنا هون، والدور ما تحرك". سائق أجرة آخر يعمل على الخط منذ سنوات يقول إن الأزمة "أصعب من كل السنين اللي فاتت".';
    expect(speakers(fresh)[1]).not.toBe('سامي حمدان');
  });
});

describe('a word spelled like a reporting verb after a preposition is its noun', () => {
  it('does not take `في رد مكتوب` for the cue, so the ف-verb of an أما topic speaks', () => {
    expect(speakers('أما وزارة الأشغال فذكرت في رد مكتوب أن أعمال الصيانة «ستبدأ فور استكمال الدراسات الفنية».')).toEqual(['وزارة الأشغال']);
  });
});

describe('a و-verb whose noun phrase is its object shares the subject of the verb before it', () => {
  it('gives `…، ودعت السكان إلى «…»` to the ministry that spoke first, not when the genders differ', () => {
    expect(speakers('وذكرت وزارة البيئة في بيان أنها أرسلت فرقاً إضافية، ودعت السكان إلى «إغلاق النوافذ وعدم الخروج إلا للضرورة».')).toEqual(['وزارة البيئة']);
    expect(speakers('وقال الوزير خالد العمري إن الفرق وصلت، ودعت السكان إلى «إغلاق النوافذ وعدم الخروج إلا للضرورة».')).toEqual([]);
  });
});

describe('a lone word ending the sentence after a post-posed reporting verb', () => {
  it('reads `«…»، تقول شيخة.` as شيخة, but not a participle of manner or a relation with its pronoun', () => {
    expect(speakers('داخل الحافلة تتبادل الطالبات الحديث. «أمس ذاكرت ساعة واحدة فقط، الكهرباء انقطعت»، تقول نوفة.')).toEqual(['نوفة']);
    expect(speakers('داخل الحافلة تتبادل الطالبات الحديث. «أمس ذاكرت ساعة واحدة فقط، الكهرباء انقطعت»، تقول مبتسمة.')).toEqual([]);
    expect(speakers('داخل الحافلة تتبادل الطالبات الحديث. «أمس ذاكرت ساعة واحدة فقط، الكهرباء انقطعت»، تقول أمها.')).toEqual([]);
  });
});

describe('a quote after a colon closing a scene sentence', () => {
  it('gives `يرفع سامر، ابن التسع سنوات، يده: "…"` to the person the sentence names as its subject, not to an object phrase', () => {
    expect(speakers('في المقعد الأول، يرفع سامر، ابن التسع سنوات، يده المحمرة من البرد: "إيدي بتوجعني لما أكتب، فبكتب شوي وبحطها بجيبتي".')).toEqual(['سامر']);
    // The verb's object is no speaker when no person is named.
    expect(speakers('ابنها، سائق أجرة في الثلاثينيات، يحسب كلفة الرحلة على أصابعه: "كل أسبوع خمس مرات، رايح جاي، بنزين وأكل".')).toEqual([]);
  });
});

describe('a second title after a body named for someone', () => {
  it('gives `الناطق الإعلامي لمستشفى الأمير X الدكتور Y Z` to Y Z, not to the hospital\'s namesake', () => {
    const text = 'وقال الناطق الإعلامي لمستشفى الأمير حمزة الدكتور غيث الطراونة إن "حالة المصابين مستقرة الآن".';
    expect(speakers(text)).toEqual(['غيث الطراونة']);
    expect(persons(text)).toEqual(['غيث الطراونة']);
  });
});

describe('an outlet\'s name in marks after the addressee\'s ل', () => {
  it('is not a quote, so the statement after it is the speaker\'s', () => {
    const text = 'وقال مسؤول في السلطة المحلية لـ“وكالة الأنباء الليبية (وال)” إن “الطرق ستفتح خلال يومين بعد انحسار المياه”.';
    expect(speakers(text)).toEqual(['مسؤول في السلطة المحلية']);
    expect(findQuotes(text).map((q) => q.text)).toEqual(['الطرق ستفتح خلال يومين بعد انحسار المياه']);
  });
});

describe('the ف-verb answering an أما topic that is a body', () => {
  it('gives `أما نادي X فاكتفى ببيان قال فيه إنه «…»` to the body, and reads no person فاكتفى', () => {
    const text = 'أما نادي الوحدة فاكتفى ببيان قصير قال فيه إنه “يحترم قرار اللجنة ويطلب من مشجعيه الهدوء في المدرجات”. وقال مدرب الفريق الضيف كمال بن صالح إن “الجمهور هو الخاسر الأكبر”.';
    expect(persons(text)).toEqual(['كمال بن صالح']);
    expect(speakers(text)).toEqual(['نادي الوحدة', 'كمال بن صالح']);
    // No name run starts at the answering verb (the unit every speaker and entity reading uses).
    const toks = tokenView('أما نادي الوحدة فاكتفى ببيان قصير.');
    expect(nameRun(toks, 3)).toBeNull();
    expect(nameRun(tokenView('وقال فاروق الشامي إن الفريق جاهز.'), 1)).not.toBeNull();
  });
});

describe('a given name no list knows before a listed father\'s name', () => {
  it('reads `يجلس أوسو علي قرب دكانه` as one name, but not an adverb, a verb or a noun before the name', () => {
    const text = 'يجلس أوسو علي قرب دكانه كل صباح. «الزبائن قليلون هذه الأيام»، يقول الرجل.';
    expect(persons(text)).toEqual(['أوسو علي']);
    expect(speakers(text)).toEqual(['أوسو علي']);
    expect(persons('يجلس طويلا علي قرب الباب.')).not.toContain('طويلا علي');
    expect(persons('يحمل كيسه علي إلى السوق.')).not.toContain('كيسه علي');
  });
});

describe('a definite given name opening a three-word name', () => {
  it('keeps the family name after `الطاهر إبراهيم` when إن closes it', () => {
    const text = 'وقال والي ولاية سنار الطاهر إبراهيم الخير إن «الإمدادات وصلت إلى المستشفيات كلها».';
    expect(speakers(text)).toEqual(['الطاهر إبراهيم الخير']);
  });
});
