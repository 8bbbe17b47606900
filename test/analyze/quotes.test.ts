import { describe, expect, it } from 'vitest';
import { analyzeStory, findQuotes } from '../../src/analyze/index.js';
import { doc } from './doc.js';

const verbatim = (text: string) => findQuotes(text).filter((q) => q.mode === 'verbatim');

describe('findQuotes', () => {
  it('attributes a quote after verb + title + name + colon, and carries the speaker over (وأضاف)', () => {
    const text = 'وقال وزير المالية الكويتي، فهد العتيبي، في مؤتمر صحافي: "الميزانية ستسجل فائضا هذا العام".\nوأضاف: "لن نرفع الضرائب على المواطنين".';
    const qs = verbatim(text);
    expect(qs.map((q) => q.speaker)).toEqual(['فهد العتيبي', 'فهد العتيبي']);
    expect(qs[0]?.text).toBe('الميزانية ستسجل فائضا هذا العام');
    for (const q of qs) expect(text.slice(q.start, q.end)).toContain(q.text);
  });

  it('does not take short quoted names and terms («داعش»، "عاصمة") for quotes', () => {
    expect(verbatim('وقال المتحدث إن تنظيم «داعش» خسر "عاصمة" التنظيم.')).toEqual([]);
  });

  it('gives a participle (مضيفاً) the speaker of its sentence', () => {
    const qs = verbatim('وقال الرئيس اللبناني جوزيف عون إن "الحوار هو الطريق الوحيد"، مضيفاً أن "الجيش سيبقى على الحياد".');
    expect(qs.map((q) => q.speaker)).toEqual(['جوزيف عون', 'جوزيف عون']);
  });

  it('resolves a bare title (الوزير) to the person it named earlier', () => {
    const text = 'التقى وزير الري المصري هاني سويلم نظيره السوداني.\nوأكد الوزير أن "حصة مصر من المياه خط أحمر لا نقبل المساس به".';
    expect(verbatim(text)[0]?.speaker).toBe('هاني سويلم');
  });

  it('reads a post-posed attribution (وفق ما صرح X)', () => {
    const text = 'وصف الاجتماع بأنه "خطوة أولى نحو اتفاق شامل بين البلدين" وفق ما صرح الوزير الأردني أيمن الصفدي.';
    expect(verbatim(text)[0]?.speaker).toBe('أيمن الصفدي');
  });

  it('gives a bare organization cue (وذكرت الوزارة) to the organization named last with it', () => {
    const text = 'رفعت وزارة الزراعة المغربية أسعار الأعلاف.\nوذكرت الوزارة في بيان أن "الزيادة مؤقتة وستراجع كل ثلاثة أشهر".';
    expect(verbatim(text)[0]?.speaker).toBe('وزارة الزراعة المغربية');
  });

  it('gives a relayed quote (نقل X عن Y قوله) to Y, and a nested clause verb (إن Y أكدوا) its own subject', () => {
    const relayed = verbatim('ونقل النائب عن حزب الأمة سامر الخطيب عن مصدر في الوزارة قوله إن "العقود ستلغى الشهر المقبل".');
    expect(relayed[0]?.speaker).toBe('مصدر في الوزارة');
    const nested = verbatim('وقال الوسيط كريم بنعلي إن زعماء القبائل أكدوا له أن "الهدنة ستصمد حتى نهاية الموسم".');
    expect(nested[0]?.speaker).toBe('زعماء القبائل');
  });

  it('reads على حد تعبيره after a quote as the last speaker, and ignores a verbal noun (عدم ذكر اسمه)', () => {
    const text = 'وقال رئيس البلدية وائل حداد إن "الطرق ستفتح غداً".\n"لا يمكن أن نترك السكان بلا خدمات طوال الشتاء"، على حد تعبيره.\nوقال مصدر أمني لـ«الرأي»، طالباً عدم ذكر اسمه، إن "التحقيق ما زال في بدايته".';
    expect(verbatim(text).map((q) => q.speaker)).toEqual(['وائل حداد', 'وائل حداد', 'مصدر أمني']);
  });

  it('does not take the object of a preposition after a bare title for a name (الوزير، في تصريح)', () => {
    const text = 'اجتمع وزير الصحة التونسي مراد الفارسي بالأطباء.\nوقال الوزير، في تصريح لـ«الصباح»، إن "اللقاحات وصلت إلى كل المستشفيات".';
    expect(verbatim(text)[0]?.speaker).toBe('مراد الفارسي');
  });

  it('reads long title chains: a لـ genitive and an area (في محافظة X) before the name, an appositive title, a definite name between commas', () => {
    const chain = verbatim('وقال المدير العام لإدارة الطوارئ في محافظة البلقاء سالم القضاة للتلفزيون الرسمي إن "الطرق أعيد فتحها بالكامل".');
    expect(chain[0]?.speaker).toBe('سالم القضاة');
    const appositive = verbatim('وقال مدير فرع وزارة الزراعة بالمنطقة، المهندس ماجد الشهري، إن الموسم "كان الأفضل منذ عشر سنوات".');
    expect(appositive[0]?.speaker).toBe('ماجد الشهري');
    const commas = verbatim('وقال عضو المكتب التنفيذي للنقابة، الطاهر المزوغي، إن "العمال لن يتراجعوا عن مطالبهم".');
    expect(commas[0]?.speaker).toBe('الطاهر المزوغي');
  });

  it('takes a name with a definite surname right after the verb when a comma follows (وقالت ريم العلي،)', () => {
    const qs = verbatim('وقالت سلمى الحداد، وهي معلمة في المدينة: «انقطعت الكهرباء طوال الليل».');
    expect(qs[0]?.speaker).toBe('سلمى الحداد');
  });

  it('reads بحسب ما أكدته X, a speaker named with ويدعى, an idafa after a title preposition, and a compass word before a place', () => {
    const text = [
      'وقالت الوزيرة سعاد الخطيب إن "الخطة جاهزة للتنفيذ".',
      '"سنبدأ العمل في كل المحافظات خلال أيام"، بحسب ما أكدته الخطيب في ختام المؤتمر.',
      'وقال أحد المزارعين في قرية الحصن، ويدعى سليم الرفاعي: "خسرنا المحصول كله هذا العام".',
      'ورأى الباحث في شؤون المياه ماهر القيسي أن الخطة "تأخرت عشر سنوات على الأقل".',
      'ورد محافظ جنوب سيناء خالد فودة بأن "المياه متوفرة في كل المدن الساحلية".',
    ].join('\n');
    expect(verbatim(text).map((q) => q.speaker)).toEqual(['سعاد الخطيب', 'سعاد الخطيب', 'سليم الرفاعي', 'ماهر القيسي', 'خالد فودة']);
  });

  it('gives a و-verb coordinated with an earlier reporting verb its subject, not a noun of the reported clause', () => {
    const text = 'وقال متصرف اللواء سامر العدوان إن غرفة العمليات تعاملت مع عشرات البلاغات خلال الليل، وأكد أن "جميع الأسر نقلت إلى المدارس".';
    expect(verbatim(text)[0]?.speaker).toBe('سامر العدوان');
  });

  it('skips an addressee in guillemets (لـ«رويترز») and keeps the speaker', () => {
    const text = 'وأضاف كريم بنعلي لـ«رويترز»، في مقابلة هاتفية: «الاتفاق سيوقع قبل نهاية الشهر المقبل».';
    const qs = verbatim(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]?.speaker).toBe('كريم بنعلي');
  });

  it('marks indirect speech (قال إن ... without marks) as reported', () => {
    const qs = findQuotes('وقال وزير الخارجية القطري محمد الخليفي إن بلاده ستواصل الوساطة بين الطرفين حتى التوصل إلى اتفاق.');
    expect(qs).toHaveLength(1);
    expect(qs[0]?.mode).toBe('reported');
    expect(qs[0]?.speaker).toBe('محمد الخليفي');
    expect(qs[0]?.text.startsWith('بلاده ستواصل')).toBe(true);
  });

  it('attributes a statement to the organization that issued it', () => {
    const qs = verbatim('وقالت منظمة الصحة العالمية في بيان: «المستشفيات تعمل فوق طاقتها بكثير».');
    expect(qs[0]?.speaker).toBe('منظمة الصحة العالمية');
  });
});

describe('findQuotes: reading the subject, carrying over, abstaining', () => {
  it('carries وأضاف over to the nearest previous speaker, a reported-speech speaker included', () => {
    const text = 'وقال رئيس الوزراء العراقي محمد شياع السوداني إن "الحكومة ماضية في الإصلاح".\nفي المقابل، رأى النائب المستقل حيدر الموسوي أن الإصلاح لم يبدأ بعد.\nوأضاف: "ما نراه مجرد وعود على الورق".';
    expect(verbatim(text).map((q) => q.speaker)).toEqual(['محمد شياع السوداني', 'حيدر الموسوي']);
  });

  it('carries a feminine verb over to the last feminine speaker (gender agreement)', () => {
    const text = 'وقالت وزيرة الصحة ليلى حداد إن "اللقاحات ستصل الأسبوع المقبل".\nورأى النائب سامي عون أن الخطة متأخرة.\nوأضافت: "سنبدأ بالمدارس والمستشفيات".';
    expect(verbatim(text).map((q) => q.speaker)).toEqual(['ليلى حداد', 'ليلى حداد']);
  });

  it('reads an according-to phrase before the quote (وبحسب X، فإن، ووفقاً لـX)', () => {
    expect(verbatim('وبحسب المتحدث باسم الدفاع المدني محمود بصل، فإن "عشرات العائلات ما زالت تحت الأنقاض".')[0]?.speaker).toBe('محمود بصل');
    expect(verbatim('ووفقاً لمدير المستشفى حسام أبو صفية، فإن "المستشفى خرج عن الخدمة بالكامل".')[0]?.speaker).toBe('حسام أبو صفية');
  });

  it('gives a statement or report to its issuer (بيان للجيش، جاء في بيان صادر عن)', () => {
    expect(verbatim('وقال بيان للجيش الإسرائيلي إن "العملية ستستمر حتى تحقيق أهدافها".')[0]?.speaker).toBe('الجيش الإسرائيلي');
    expect(verbatim('وجاء في بيان صادر عن وزارة الصحة الفلسطينية أن "حصيلة الضحايا ارتفعت بشكل كبير".')[0]?.speaker).toBe('وزارة الصحة الفلسطينية');
  });

  it('reads a name closing a subject phrase whose title it does not know, and that surname alone later', () => {
    const text = 'وقال مراقب الطقس في الإدارة سعود الحربي لـ«الراي»: "الحرارة ستبلغ ذروتها غداً".\nوأكد الحربي أن "الرطوبة سترتفع ليلاً على الساحل".';
    expect(verbatim(text).map((q) => q.speaker)).toEqual(['سعود الحربي', 'سعود الحربي']);
  });

  it('says nothing when the subject after the verb names no one it can read, instead of guessing the last speaker', () => {
    const text = 'وقال الوزير الأردني أيمن الصفدي إن "الحدود ستبقى مفتوحة".\nوقال عدد من سائقي الشاحنات إن "الانتظار على المعبر يستمر أياماً".';
    expect(verbatim(text).map((q) => q.speaker)).toEqual(['أيمن الصفدي']);
  });

  it('continues a quote over the next sentence when that sentence is only the quote', () => {
    const text = 'وقال وزير الصحة الأردني فراس الهواري: "الوضع الوبائي مستقر".\n"لا داعي للقلق من المتحور الجديد في الوقت الحالي".';
    expect(verbatim(text).map((q) => q.speaker)).toEqual(['فراس الهواري', 'فراس الهواري']);
  });

  it('does not take an indefinite accusative (وفداً) or a hamza-alef name (ألكسندر) for something else', () => {
    const text = 'التقى وزير الزراعة السوري حسان قطنا وفداً من منظمة الأغذية.\nوقال الوزير إن "الموسم القادم سيكون أفضل بكثير".';
    expect(verbatim(text)[0]?.speaker).toBe('حسان قطنا');
    expect(verbatim('وقال السفير الروسي لدى دمشق ألكسندر يفيموف للصحافيين: "موسكو تدعم الحوار بين جميع الأطراف".')[0]?.speaker).toBe('ألكسندر يفيموف');
  });

  it('gives وأضاف البيان back to whoever issued the statement, and a subjectless وقال to the person the text is about', () => {
    const text = 'وأكدت الحكومة السودانية في بيان أن "القوات المسلحة استعادت السيطرة على الجسر".\nوقال المتحدث باسم الجيش نبيل عبد الله إن "العمليات مستمرة على كل المحاور".\nوأضاف البيان أن "المدنيين سيعودون قريباً إلى منازلهم".';
    expect(verbatim(text).map((q) => q.speaker)).toEqual(['الحكومة السودانية', 'نبيل عبد الله', 'الحكومة السودانية']);
    const about = 'زار الرئيس التونسي قيس سعيد ولاية سيدي بوزيد أمس.\nوقال في كلمة أمام الأهالي: "لن نترك أي جهة على الهامش".';
    expect(verbatim(about)[0]?.speaker).toBe('قيس سعيد');
  });

  it('reads a name set off by commas right after the verb (وقال X، وهو …، إن)', () => {
    expect(verbatim('وقال خالد المصري، وهو رئيس نقابة المعلمين، إن "الإضراب سيستمر حتى تلبية المطالب".')[0]?.speaker).toBe('خالد المصري');
  });

  it('reads a title with a coordinated portfolio, a weak title closed by a name, and a reporting verb right after the quote', () => {
    expect(verbatim('وقال وزير الصناعة وتنمية الصادرات سمير فرج في مؤتمر صحافي: "لن نغلق أي مصنع هذا العام".')[0]?.speaker).toBe('سمير فرج');
    expect(verbatim('وقال مدير عام الموانئ في الولاية ناصر الحارثي لـ«الوطن» إن "الرصيف الجديد سيفتتح قريباً".')[0]?.speaker).toBe('ناصر الحارثي');
    const after = 'ويرى الخبير في الشؤون النفطية كامل الحرمي أن "الأسعار ستبقى مرتفعة".\n"السوق لم تستوعب خفض الإنتاج بعد"، يضيف الحرمي.';
    expect(verbatim(after).map((q) => q.speaker)).toEqual(['كامل الحرمي', 'كامل الحرمي']);
  });

  it('gives a participle no speaker when its verb has a written subject it cannot read (no carry-over)', () => {
    const text = 'وقال المتحدث باسم الجيش نبيل عبد الله إن "العمليات مستمرة على كل المحاور".\nونفى أرباب المحلات ذلك، مؤكداً في بيان أن "كل المعابر مفتوحة أمام المدنيين".';
    expect(verbatim(text).map((q) => q.speaker)).toEqual(['نبيل عبد الله']);
  });

  it('keeps أحد with its genitive (أحد سكان البلدة) and reads a name after an unknown definite noun (النحال X،)', () => {
    expect(verbatim('وروى أحد سكان البلدة لـ«الوطن» أنه استيقظ فجراً، قائلاً: «خرجنا جميعاً إلى الشارع».')[0]?.speaker).toBe('أحد سكان البلدة');
    expect(verbatim('وقال الصياد مراد الشريف، الذي يعمل في الميناء منذ عشرين عاماً: "لم نر موسماً كهذا من قبل".')[0]?.speaker).toBe('مراد الشريف');
  });

  it('gives a plural verb a plural description before it, never a carried-over person; a bare title naming no one is no speaker', () => {
    const first = 'وقال الوزير الأردني أيمن الصفدي إن "الحدود ستبقى مفتوحة".\n';
    const residents = `${first}لكن سكاناً في حي الجامعة قالوا إن الإجراءات "ما زالت بطيئة جداً".`;
    expect(verbatim(residents).map((q) => q.speaker)).toEqual(['أيمن الصفدي', 'سكاناً في حي الجامعة']);
    const traders = `${first}لكن تجاراً في سوق المدينة قالوا إن الإجراءات "ما زالت بطيئة جداً".`;
    expect(verbatim(traders).map((q) => q.speaker)).toEqual(['أيمن الصفدي', 'تجاراً في سوق المدينة']);
    const unknown = `${first}لكن كثيرين في سوق المدينة قالوا إن الإجراءات "ما زالت بطيئة جداً".`;
    expect(verbatim(unknown).map((q) => q.speaker)).toEqual(['أيمن الصفدي']);
    expect(verbatim('وقال مدير إن "الخطة ستنفذ على مراحل".')).toEqual([]);
  });

  it('keeps the complement of عبد/أبو/ولد in a name (عبد الأمير، أبو دي) and closes a name at a لـ addressee', () => {
    expect(verbatim('«لسنا ضد الخطة، بل ضد غياب الشفافية»، قالت النائبة زينب عبد الأمير في مداخلتها.')[0]?.speaker).toBe('زينب عبد الأمير');
    expect(verbatim('وقال رئيس بلدية القرية عبد الرحيم عرار لـ«الأيام»: «هاجمنا أكثر من عشرين مستوطناً».')[0]?.speaker).toBe('عبد الرحيم عرار');
  });

  it('resolves رئيس الحكومة to the prime minister named earlier, and a relative naming cue (بما وصفه) to the sentence subject', () => {
    const text = 'وقال رئيس الوزراء المصري مصطفى مدبولي إن "الاستثمارات تضاعفت هذا العام".\nوتابع رئيس الحكومة: "لدينا أكثر من مئة مشروع قيد التنفيذ".';
    expect(verbatim(text).map((q) => q.speaker)).toEqual(['مصطفى مدبولي', 'مصطفى مدبولي']);
    expect(verbatim('وأشاد وزير الخارجية السعودي فيصل بن فرحان بما وصفه بـ"الروح الإيجابية التي سادت المحادثات".')[0]?.speaker).toBe('فيصل بن فرحان');
  });
});

describe('quotes across a story', () => {
  it('lists one quote with every document that carries it, under the merged speaker', () => {
    const a = analyzeStory([
      doc('a', 'وقال وزير الدفاع الأميركي، آشتون كارتر، للصحافيين: "لقد بدأنا الاستعدادات لعزل المدينة".'),
      doc('b', 'وقال كارتر "لقد بدأنا الاستعدادات لعزل المدينة"، معددا الانتصارات.'),
      doc('c', 'وكان وزير الدفاع الاميركي اشتون كارتر قد أعلن أمس، قائلا "لقد بدأنا الاستعدادات لعزل المدينة".'),
      doc('d', 'أعلن الجيش أنه سيطر على ثلاث قرى في الشمال.'),
    ]);
    const q = a.quotes.filter((x) => x.text.includes('لقد بدأنا'));
    expect(q).toHaveLength(1);
    expect(q[0]?.documents).toEqual(['a', 'b', 'c']);
    expect(q[0]?.speaker?.endsWith('كارتر')).toBe(true);
    expect(q[0]?.mode).toBe('verbatim');
    expect(q[0]?.sources).toEqual([
      { document: 'a', sentence: 0 },
      { document: 'b', sentence: 0 },
      { document: 'c', sentence: 0 },
    ]);
  });

  describe('fifth-pass cues and speakers (own sentences)', () => {
    it('reads present-tense and negated cues after or before a quote (يروي، يتوقع، هتف، لم يستبعد)', () => {
      expect(verbatim('«البحر أخذ القارب في دقائق»، يروي الصياد سمير الحلبي، الذي فقد قاربه الوحيد.')[0]?.speaker).toBe('سمير الحلبي');
      expect(verbatim('«الأسعار ستنخفض قبل الشتاء»، تتوقع الخبيرة الاقتصادية نور الهاشمي.')[0]?.speaker).toBe('نور الهاشمي');
      expect(verbatim('«لا للغلاء بعد اليوم»، هتف المتظاهرون أمام البرلمان.')[0]?.speaker).toBe('المتظاهرون');
      expect(verbatim('ولم يستبعد وزير المالية رامي السعدي أن «ترتفع الضرائب في العام المقبل».')[0]?.speaker).toBe('رامي السعدي');
    });

    it('gives أحدهم the plural people named before it in its sentence (أحد المسافرين)', () => {
      expect(verbatim('وانتظر مسافرون ساعات في المطار، وقال أحدهم: «لم يخبرنا أحد بموعد الرحلة».')[0]?.speaker).toBe('أحد المسافرين');
    });

    it('keeps an unnamed speaker described by a participle or a genitive (امرأة مقيمة في المخيم، سائق شاحنة أردنية)', () => {
      expect(verbatim('وقالت امرأة مقيمة في المخيم منذ عامين: «نعمل بلا رواتب منذ شهرين».')[0]?.speaker).toBe('امرأة مقيمة في المخيم');
      expect(verbatim('وقال سائق شاحنة أردنية ينتظر عند المعبر: «ننام في الشاحنات منذ أسبوع».')[0]?.speaker).toBe('سائق شاحنة أردنية');
    });

    it('reads a surname that is a title word (حسن الوزير) and a definite surname after عبد and its complement', () => {
      expect(verbatim('ودافع رئيس الهيئة حسن الوزير عن الخطة، قائلاً إن «المشروع سينتهي في موعده».')[0]?.speaker).toBe('حسن الوزير');
      expect(verbatim('وقال رئيس النقابة عبد الكريم الزعبي إن «الإضراب مستمر حتى تلبية المطالب».')[0]?.speaker).toBe('عبد الكريم الزعبي');
    });

    it('takes a subject before a verb with no conjunction (X اتهم Y بـ"…") and a subject after an addressed outlet (قال لـ«…» X)', () => {
      expect(verbatim('غير أن رئيس الوفد المعارض هشام الخطيب اتهم الحكومة بـ"تعطيل كل الحلول المطروحة".')[0]?.speaker).toBe('هشام الخطيب');
      expect(verbatim('وقال لـ«الأيام» وزير الصحة البحريني جليل الحداد: «المستشفيات جاهزة لاستقبال الحالات».')[0]?.speaker).toBe('جليل الحداد');
    });

    it('gives فقالت the person spoken to before it in its sentence, not the last speaker', () => {
      const text = 'وقالت الناشطة هدى الرفاعي إن "المخيم بلا ماء".\nوفي المخيم، تحدثت «الشروق» إلى منى أبو سالم، وهي أرملة تعيل ثلاثة أطفال، فقالت: «نشرب من الصهاريج مرة في الأسبوع».';
      expect(verbatim(text).map((q) => q.speaker)).toEqual(['هدى الرفاعي', 'منى أبو سالم']);
    });

    it('reads a surname alone after a person named without a subject phrase, and هكذا before a post-posed verb', () => {
      const text = 'وكان رئيس المجلس البلدي عبد الله الهاجري قد زار الحي.\n«سنعوض كل المتضررين قبل نهاية الشهر»، كتب الهاجري على منصة إكس.';
      expect(verbatim(text)[0]?.speaker).toBe('عبد الله الهاجري');
      expect(verbatim('«هذه أسوأ أزمة منذ عقد»، هكذا لخص رئيس الجمعية سليم الراشد.')[0]?.speaker).toBe('سليم الراشد');
    });
    it('reads a three-word name with a definite family name (علي جاسم X) and أمين as a given name (محمد أمين X)', () => {
      expect(verbatim('وقال مدير الدائرة حسين كاظم العبادي لـ«الصباح» إن «الأعمال ستنتهي قبل الشتاء».')[0]?.speaker).toBe('حسين كاظم العبادي');
      expect(verbatim('وقال رئيس الجمعية محمد أمين الفاسي إن «المشاركة كانت واسعة».')[0]?.speaker).toBe('محمد أمين الفاسي');
    });

    it('gives a participle the name set off by وهو before it, and reads a subject after عليها (ورد عليها X)', () => {
      const text = 'وقال التاجر سامي العودة إن "السوق راكدة منذ أشهر".\nويوافقه سليم الخطيب، وهو صاحب مطعم، قائلاً: «لم نبع نصف ما بعناه في الموسم السابق».\nوقالت الوزيرة هند الكردي إن «الدعم قادم هذا الشهر».\nورد عليها النائب عن الدائرة الثالثة فارس الحمود بالقول إن «الوعود لا تكفي أحداً».';
      expect(verbatim(text).map((q) => q.speaker)).toEqual(['سامي العودة', 'سليم الخطيب', 'هند الكردي', 'فارس الحمود']);
    });

    it('ends a relayed source at قوله, and gives فأجاب the unnamed person asked (وسألت «X» مسؤولاً في …)', () => {
      const relayed = verbatim('ونقلت وكالة الأنباء الرسمية عن مراقب الجودة في هيئة الغذاء ماهر سعيد قوله إن «العينات سليمة كلها».');
      expect(relayed[0]?.speaker).toBe('ماهر سعيد');
      const asked = verbatim('وقال مواطن إن "الطوابير طويلة منذ الصباح".\nوسألت «الشروق» مسؤولاً في شركة الكهرباء عن موعد الإصلاح، فأجاب: «الأعطال كثيرة والفرق قليلة».');
      expect(asked.map((q) => q.speaker)).toEqual(['مواطن', 'مسؤولاً في شركة الكهرباء']);
    });

    it('gives وأضاف البلاغ back to the issuer, مواطن آخر its adjective, and a colon after a named person to that person (وزاد X:)', () => {
      const text = 'وقالت وزارة النقل في بلاغ إن «الرحلات ستستأنف غداً».\nوأضاف البلاغ أن «التعويضات ستصرف للمسافرين».\nوقال رئيس النقابة أحمد الراضي إن «الإضراب نجح في كل المدن».\nوزاد الراضي: «لن نعود إلى العمل قبل توقيع الاتفاق».\nوتساءل مواطن آخر: «من يعوضنا عن الأيام الضائعة؟».';
      expect(verbatim(text).map((q) => q.speaker)).toEqual(['وزارة النقل', 'وزارة النقل', 'أحمد الراضي', 'أحمد الراضي', 'مواطن آخر']);
    });
  });
});
