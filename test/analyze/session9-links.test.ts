/** Session 9: speaker links — a speaker-plausibility gate and the أما topic's unlisted name (probes of our own). */
import { describe, expect, it } from 'vitest';
import { speakers } from './probes.js';

describe('a phrase no speaker can be is not taken for the speaker', () => {
  it('does not take a ب-phrase of a verbal noun after the verb for the speaker (no speaker rather than a wrong one)', () => {
    const text = 'وصل إلى السوق صباح الاثنين إعلان صادر عن البلدية، ويقضي بمنع العربات الخشبية من دخول الشوارع الوسطى ابتداءً من مطلع الشهر. يقرأه أبكر بصوت عالٍ لرفاقه، ثم يعلّق: «من أين نأكل إذا منعونا من الوقوف هنا؟».';
    expect(speakers(text)).toEqual([]);
  });

  it('skips a noun with a possessive pronoun and what a name reading took in after it', () => {
    const text = 'في قرية جبلية، تجلس نادية الشريف قرب الفرن وقد لفّت يديها بقطعة قماش، وتقول: «الطحين لا يكفي إلا لأيام قليلة».';
    expect(speakers(text)).toEqual(['نادية الشريف']);
  });

  it('keeps a relation noun with its pronoun as a speaker (`صديقه`)', () => {
    const text = 'يرتب منير الحداد صناديق السمك، ويقاطعه صديقه وليد السقا: «الأسعار هذا الأسبوع أقل من نصف ما كانت عليه».';
    expect(speakers(text)).toEqual(['صديقه وليد السقا']);
  });

  it('skips a relative clause after a post-posed description for the speaker the text goes on with', () => {
    const text = 'وقال رئيس البلدية كمال بن عيسى: «المشروع تأخر بسبب الأمطار». «سنلجأ إلى القضاء إذا لم يُرفع التعليق خلال شهر»، يضيف رئيس البلدية، الذي يشغل المنصب منذ عام 2020.';
    expect(speakers(text)).toEqual(['كمال بن عيسى', 'كمال بن عيسى']);
  });

  it('skips the topic of a statement (`أن القرار جاء «…»`) for the body that issued it', () => {
    const text = 'أعلنت وزارة التربية الوطنية تعليق الدراسة في ثلاث مدارس بالمنطقة. وأوضح بيان للوزارة نُشر مساء الأحد أن القرار جاء «استجابة لشكاوى متكررة من أولياء الأمور حول سلامة المباني».';
    expect(speakers(text)).toEqual(['وزارة التربية الوطنية']);
  });

  it('does not read a speaker from words written only inside quotes', () => {
    const text = 'تعرض سهام الكافي قلائد حمراء في واجهة دكانها. يسألها زبون: «وبكم هذه القلادة؟»، فتجيب سهام: «بمائة دينار، وهذا مرجان البحر الأحمر الأصلي موش مقلد».';
    expect(speakers(text).filter((s) => s !== null && s.includes('مرجان'))).toEqual([]);
  });
});

describe('the أما topic names the subject of what follows', () => {
  it('reads a plain word and a definite word set off by a comma after أما as a name no list knows', () => {
    const text = 'أما رنيم السعدي، طالبة الهندسة، فلم تزر أهلها منذ شهرين. «الطريق طويل والأجرة أغلى من مصروفي»، تقول بهدوء.';
    expect(speakers(text)).toEqual(['رنيم السعدي']);
  });
});

describe('a description, title or kunya the text ties to a named person is that person', () => {
  it('reads the name a naming word introduces after the description (`سائحة تدعى X`)', () => {
    const text = 'عند مدخل السوق، توقفت سائحة هولندية تدعى آنا دي فريس تلتقط صوراً للبسط المعلقة، وقالت: «الألوان هنا أجمل مما رأيت في أي مكان».';
    expect(speakers(text)).toEqual(['آنا دي فريس']);
  });

  it('reads a definite description as the person its indefinite form was set off after (`X، وهي سائحة …`)', () => {
    const text = 'ونقلت الصحيفة عن نورة الساعدي، وهي سائحة كويتية كانت في الفندق، قولها: «لم يشرح لنا أحد ما جرى». وتابعت السائحة: «انتظرنا الطبيب ثلاث ساعات في الممر».';
    expect(speakers(text)).toEqual(['نورة الساعدي', 'نورة الساعدي']);
  });

  it('reads a kunya as the person it was introduced as an alias of (`X، أو «أبو Y»`)', () => {
    const text = 'يتفقد محمد الخطيب، أو «أبو يزن» كما يناديه أهل القرية، أشجار الزيتون بعد العاصفة. ويقول أبو يزن ضاحكاً: «الشجرة عاشت أكثر مني وستعيش بعدي».';
    expect(speakers(text)).toEqual(['محمد الخطيب']);
  });

  it('keeps a kunya no name is tied to, and a description set off after no one', () => {
    expect(speakers('تقاطعه زوجته أم يزن وهي تجمع الحطب: «قلنا له أن يشعل النار بين الأشجار منذ المساء»')).toEqual(['أم يزن']);
    expect(speakers('وقالت سائحة فرنسية: «لم يشرح لنا أحد ما جرى في تلك الليلة».')).toEqual(['سائحة فرنسية']);
  });
});

describe('who answers in a scene', () => {
  it('does not make a description the person its verb\'s object pronoun stands for (`تقاطعها البائعة`)', () => {
    const text = 'تجرب ليلى العمراني سواراً فضياً في دكان صغير. «الثمن ارتفع كثيراً هذا العام»، تقول بنبرة عتاب. تقاطعها البائعة ضاحكة: «الفضة غلت علينا نحن أيضاً يا أختي».';
    expect(speakers(text)).toEqual(['ليلى العمراني', 'البائعة']);
  });

  it('reads الأم as the mother a lone first name after ابنة names, opening a full name of the text', () => {
    const text = 'منذ الفجر تجلس منوبية الورتاني خلف المنسج في بيتها الطيني. ويقول التاجر حامد الفرجاني: «الزرابي اليدوية لم تعد تباع كما في السابق». تدخل رتاج، ابنة منوبية، حاملة إبريق الشاي. «درست الأدب في الجامعة ولم أجد عملاً بعد»، تقول مبتسمة. تلتفت إليها الأم: «لا تنسي العقدة الثانية».';
    expect(speakers(text).at(-1)).toBe('منوبية الورتاني');
  });
});

describe('an outlet named in marks is no quote', () => {
  it('does not read a short span opening with an outlet word as a statement (`الصحفي في «إذاعة X»`)', async () => {
    const { findQuotes } = await import('../../src/analyze/index.js');
    const text = '«الحبس لن يسكت أحداً منا»، يقول زميله مراد الشابي، الصحفي في «إذاعة الساحل أف أم».';
    expect(findQuotes(text).map((q) => q.text)).toEqual(['الحبس لن يسكت أحداً منا']);
  });
});

describe('the source a relaying verb names, up to قوله', () => {
  it('reads the whole source between عن and قوله, a verb-like word inside it included (`علق` "got stuck")', () => {
    const text = 'وأغلقت الشرطة الطريق الجبلي بعد تساقط الثلوج. ونقلت إذاعة المدينة عن سائق حافلة علق في الثلج طوال الليل قوله: «لم نتحرك منذ المساء والأطفال معنا في البرد».';
    expect(speakers(text)).toEqual(['سائق حافلة علق في الثلج طوال الليل']);
  });

  it('keeps a person the reading names there', () => {
    expect(speakers('ونقلت الوكالة عن الوزير سمير الحلبي قوله: «سنعيد فتح الطريق خلال يومين».')).toEqual(['سمير الحلبي']);
  });
});

describe('kin and relation speakers tied to the person they name', () => {
  it('reads الأب after `يقاطعه ابنه X` as the person the paragraph named last before the son', () => {
    const text = 'يفرغ مروان عيسى أكياس التبغ في المخزن. «الموسم كان صعباً والأسعار نزلت»، يقول وهو يمسح جبينه. يقاطعه ابنه رامي، طالب الهندسة: «خلينا نزرع شيئاً آخر يا أبي». فيرد الأب: «التبغ يُباع قبل الشتاء، والأرض تعرفه».';
    expect(speakers(text)).toEqual(['مروان عيسى', 'ابنه رامي', 'مروان عيسى']);
  });

  it('reads a relation noun as the person set off by commas right after it (`والده، الحاج X،`)', () => {
    const text = '«أريد أن أسافر وأعمل في فندق»، يقول سامي ضاحكاً، فيرد والده، الحاج منصور الخياط، من فوق القارب: «القارب ورثناه عن جدك ولن نبيعه».';
    expect(speakers(text).at(-1)).toBe('منصور الخياط');
  });
});

describe('a lone name after a post-posed verb, before a participle of manner', () => {
  it('reads the word between the verb and `ضاحكاً` as the speaker\'s name', () => {
    expect(speakers('«أريد أن أسافر وأعمل في فندق»، يقول سامي ضاحكاً.')).toEqual(['سامي']);
  });

  it('reads no name from an adverb there', () => {
    expect(speakers('«لا أعرف متى نعود»، يقول أحياناً، ثم يصمت.')).toEqual([]);
  });
});
