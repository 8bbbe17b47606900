/** Session 8, third pass: names no list knows in the slots the syntax gives them (probes of our own). */
import { describe, expect, it } from 'vitest';
import { persons, speakers } from './probes.js';

describe('a name after a description, closed by the scene going on', () => {
  it('reads two unknown words after an occupation, before the verb\'s object with its pronoun, as the name (`يفرغ الصياد X Y شباكه`)', () => {
    const text = 'على الرصيف، يصلح البحار كوفي أمبا حباله قرب القارب. «البحر هادئ اليوم لكن السمك قليل»، يقول وهو يلف الحبل.';
    expect(speakers(text)).toEqual(['كوفي أمبا']);
  });

  it('reads two unknown words after a description, before a present verb, as the name (`كانت السائحة X Y تلتقط`)', () => {
    const text = 'في الساحة، كانت السائحة الإيطالية جوليا رنتسي تصور البائعات. «لم أتوقع هذا الكرم من الغرباء»، قالت رنتسي.';
    expect(speakers(text)).toEqual(['جوليا رنتسي']);
  });

  it('does not read a description\'s predicate or a conjunction word as a name', () => {
    // The word after the description is the predicate's verb: nothing to name.
    expect(persons('وكان الصياد يرمي شباكه في الماء.')).toEqual([]);
    // A و-word is another noun, not the name's second word.
    expect(persons('يحمل البائع خبزاً وسكراً تحت إبطه.')).toEqual([]);
  });
});

describe('a given name and a word a long vowel apart are two names', () => {
  it('keeps the final و of a West African given name and a definite given name with a long vowel apart', async () => {
    const { givenNameVowelClash } = await import('../../src/analyze/name-clash.js');
    expect(givenNameVowelClash(['احمدو', 'ولد'], ['احمد', 'ولد'])).toBe(true);
    expect(givenNameVowelClash(['محمد', 'الحسان'], ['محمد', 'الحسن'])).toBe(true);
    // A spelling variant of a family name no list knows still merges.
    expect(givenNameVowelClash(['محمد', 'الكواري'], ['محمد', 'الكوارى'])).toBe(false);
  });
});

describe('the subject of a reporting verb right after a quote', () => {
  it('reads a name no list knows with a definite family name, closed by a relative or وهي, as the speaker', () => {
    expect(speakers('«الماء لا يصل إلى الحي منذ أسبوع»، تقول رحيمة الرواحية التي تسكن قرب السوق.')).toEqual(['رحيمة الرواحية']);
    expect(speakers('«الحر لا يرحم في الظهيرة»، يقول زعبل المعمري وهو يرفع المظلة.')).toEqual(['زعبل المعمري']);
  });

  it('does not read a definite noun phrase as a name there', () => {
    expect(persons('«الماء سيعود غداً»، قالت الوزارة المصرية التي تتابع الإصلاحات.')).toEqual([]);
  });
});

describe('a full name not cut before its predicate', () => {
  it('keeps a three-letter family name before قد, which only follows a subject (`تكون X Y قد ملأت`)', () => {
    const text = 'مع الفجر، تكون هالة ديم قد جمعت الحطب. «البرد يدخل العظام هنا»، تقول هالة.';
    expect(persons(text)).toEqual(['هالة ديم', 'هالة']);
    expect(speakers(text)).toEqual(['هالة ديم']);
  });

  it('keeps a grandfather\'s given name before a past verb opening the predicate (`X Y علي فقدت`)', () => {
    expect(persons('خديجة عمر علي خسرت بيتها في الفيضان.')).toEqual(['خديجة عمر علي']);
    // Not before a noun: three plain words before an indefinite noun still end in the object.
    expect(persons('يبيع سالم محمد خبزاً طازجاً كل صباح.')).not.toContain('سالم محمد خبزا');
  });
});

describe('a name no list knows right after a scene verb, with a definite family nisba', () => {
  it('reads a plain unknown word and a nisba closed by a boundary or the next verb as a name (`تجلس X الحارثية منذ`)', () => {
    expect(persons('في الركن، تجلس سليمة الهنائية منذ الفجر خلف أكياس الهيل.')).toEqual(['سليمة الهنائية']);
    const text = 'عند البوابة، يقف مسلّم الكثيري قرب سيارته. «الطريق مقطوع منذ يومين ولا أحد يسأل عنا»، يقول وهو يشير إلى الوادي.';
    expect(speakers(text)).toEqual(['مسلّم الكثيري']);
  });

  it('does not read a construct of a common noun as a name', () => {
    expect(persons('وتنقطع مياه التحلية عن الحي منذ أسبوع.')).toEqual([]);
    expect(persons('ويرتفع سعر غاز الطهي كل شهر، وتزداد حالات سوء التغذية في المخيم.')).toEqual([]);
    expect(persons('وتتوقف محطات الضخ الرئيسية عن العمل.')).toEqual([]);
    expect(persons('ويقترب عيد الأضحى، وتنتظر الأسر المساعدات.')).toEqual([]);
  });
});

describe('first names and doubled verbs in the scene', () => {
  it('reads the name after a present verb of a doubled root (`يشدّ X العبيدي،`) and the lone first name after a post-posed verb', () => {
    const text = 'على الرصيف، يشدّ غيلان العبيدي، وهو صياد قديم، حبال القارب. «البحر غدار في هذا الموسم»، يشرح غيلان، ثم يضيف: «لكنه رزقنا الوحيد».';
    expect(persons(text)).toEqual(['غيلان العبيدي', 'غيلان']);
    expect(speakers(text)).toEqual(['غيلان العبيدي', 'غيلان العبيدي']);
  });

  it('does not read a lone word after a post-posed verb as a first name when no full name opens with it', () => {
    expect(persons('«البحر غدار في هذا الموسم»، يشرح غاضباً، ثم يمضي.')).toEqual([]);
    expect(persons('يجلس غيلان العبيدي قرب القارب. «البحر غدار»، يقول آخر، ثم يمضي.')).toEqual(['غيلان العبيدي']);
  });

  it('starts a name at a listed given name written with و (`تحمل وهيبة الخميري`)', () => {
    expect(persons('في الغابة، تحمل وهيبة الخميري، وهي أم لثلاثة، حزمة الحطب.')).toEqual(['وهيبة الخميري']);
  });
});

describe('a name withheld', () => {
  it('reads nothing as a name after `ذكر/نشر اسمه`', () => {
    expect(persons('قرب الشباك، يعرض سمسار رفض ذكر اسمه بطاقات بضعف سعرها.')).toEqual([]);
    expect(persons('وقال موظف طلب عدم نشر اسمه إن الطابور طويل.')).toEqual([]);
    // A naming word with no withholding before it still names.
    expect(persons('في السوق يرتب بائع اسمه سامر بضاعته كل صباح.')).toEqual(['سامر']);
  });
});

describe('a name in apposition after a title and the body it heads', () => {
  it('gives the quote to the person set off by commas, not to an earlier holder of a like title', () => {
    const text = 'وقال رئيس البلدية الدكتور سالم العتوم إن الطريق سيفتح قريباً. وقال رئيس اتحاد طلبة كلية الزراعة، مهند الشرع، إن التأخير "يكلفنا الكثير كل يوم".';
    expect(speakers(text)).toEqual(['مهند الشرع']);
  });

  it('still resolves a bare title with nothing set off after it to the earlier holder', () => {
    const text = 'وقال رئيس البلدية الدكتور سالم العتوم إن الطريق سيفتح قريباً. وأضاف الرئيس أن العمل "سينتهي قبل الشتاء".';
    expect(speakers(text)).toEqual(['سالم العتوم']);
  });
});

describe('a compound name written as one word', () => {
  it('reads `عبدالله` as a name word, not a noun with the pronoun ه', () => {
    const text = 'وأبدت سلمى عبدالله، وهي أم لطفلين، ارتياحها للقرار. “انتظرنا هذا اليوم طويلاً”، قالت.';
    expect(persons(text)).toEqual(['سلمى عبدالله']);
    expect(speakers(text)).toEqual(['سلمى عبدالله']);
  });
});

describe('a common-word given name before a compound name', () => {
  it('opens the person\'s name after a verb (`يدسّ سعيد عبد الله X الحطب`), and the later first name resolves to it', () => {
    const text = 'في المعصرة، يحمل سعيد عبد الرحمن باكو أكياس الزيتون. «هذا الموسم أفضل من الذي قبله»، يقول. وعند المساء، يغلق سعيد الباب. «غداً نبدأ باكراً»، يقول سعيد.';
    expect(persons(text)[0]).toBe('سعيد عبد الرحمن باكو');
    expect(speakers(text)).toEqual(['سعيد عبد الرحمن باكو', 'سعيد عبد الرحمن باكو']);
  });
});
