import { describe, expect, it } from 'vitest';
import { speakers } from './probes.js';

describe('quote attribution, session 3 constructions', () => {
  it('reads a bare name right after the verb, and one closed by the verb’s preposition (حذر من، أعرب عن)', () => {
    expect(speakers('قال عمار حيدر إن «الحل في الحوار الوطني».\nفي المقابل، رأت ياسمين قاسم أن «الحوار فشل مرات عديدة».')).toEqual(['عمار حيدر', 'ياسمين قاسم']);
    expect(speakers('وحذّرت الطبيبة مريم حداد من أن «الموجة المقبلة قد تكون أشد من سابقاتها».')).toEqual(['مريم حداد']);
    expect(speakers('وأعرب محمود الطاهر عن «قلقه العميق من تدهور الأوضاع».')).toEqual(['محمود الطاهر']);
  });

  it('leaves the verb’s object out of the name (دعا X السكان إلى، طالب X الحكومة بـ)', () => {
    expect(speakers('ودعا المحافظ سليم داود السكان إلى «الابتعاد عن ضفاف النهر حتى إشعار آخر».')).toEqual(['سليم داود']);
    expect(speakers('وطالب النقيب يوسف القاسم الحكومة بـ«وقف الاقتطاعات من رواتب المتقاعدين فوراً».')).toEqual(['يوسف القاسم']);
  });

  it('gives a ف-verb after a topic fronted by أما to that topic, and a relative clause verb to its antecedent', () => {
    expect(speakers('وقال عادل فهمي: «الأسعار ارتفعت بشكل جنوني».\nأما سلوى كريم، فقالت: «لم نعد قادرين على شراء اللحوم».')).toEqual(['عادل فهمي', 'سلوى كريم']);
    expect(speakers('اجتمع رئيس الجمعية مع مصطفى كمال، الذي قال: «التعاون مستمر بيننا».')).toEqual(['مصطفى كمال']);
  });

  it('gives a subjectless و-verb after a comma the subject opening its sentence, not the object named last', () => {
    expect(speakers('واستقبل الرئيس قيس سعيد وفد البنك الدولي، وقال في مستهل اللقاء: «نحتاج إلى دعم عاجل للقطاع الصحي».')).toEqual(['قيس سعيد']);
  });

  it('reads a statement quoted over two paragraphs (the first left open before a paragraph opening with «)', () => {
    expect(speakers('وقالت الباحثة سارة الأحمد: «الأرقام مقلقة للغاية.\n«ونحن ندعو إلى تحرك عاجل من جميع الأطراف».')).toEqual(['سارة الأحمد', 'سارة الأحمد']);
  });

  it('does not carry a speaker over to a slogan written on a sign (كتب عليها)', () => {
    expect(speakers('وقال حسن الشامي: «الوضع تحت السيطرة تماماً».\nورفع المتظاهرون لافتات كتب عليها «لا للغلاء ولا للفساد».')).toEqual(['حسن الشامي']);
  });

  it('resolves a bare title to a name it followed as an apposition (X، محافظ البنك المركزي … المحافظ)', () => {
    const text = 'قال طارق الحسيني، محافظ البنك المركزي: «الاحتياطي في أعلى مستوياته منذ عقد».\nوأوضح المحافظ أن «التضخم سينخفض إلى خمسة في المئة بحلول الصيف».';
    expect(speakers(text)).toEqual(['طارق الحسيني', 'طارق الحسيني']);
  });

  it('reads نسب إلى X قوله, بالقول after the name, a surname alone before a colon, and بهذه الكلمات', () => {
    expect(speakers('ونسبت الوكالة إلى علي المهدي قوله: «الاتفاق بات قريباً جداً».')).toEqual(['علي المهدي']);
    expect(speakers('وقال رئيس البلدية عمر النجار: «بدأنا بإصلاح الشبكة منذ أمس».\nوردت عليه المعارضة ليلى حسن بالقول: «هذه وعود سمعناها مرات كثيرة».')).toEqual(['عمر النجار', 'ليلى حسن']);
    expect(speakers('وقالت ناديا فارس: «الوضع صعب جداً اليوم».\nوتابعت فارس: «لكننا لن نستسلم أبداً».')).toEqual(['ناديا فارس', 'ناديا فارس']);
  });

  it('keeps an unnamed official whose description is followed by a clause (طلب عدم الكشف) and drops an addressed outlet from a description', () => {
    expect(speakers('وقال مسؤول في الأمم المتحدة، طلب عدم الكشف عن هويته، إن «المساعدات لا تكفي سوى ربع السكان».')).toEqual(['مسؤول في الأمم المتحدة']);
    expect(speakers('وقالت المتحدثة باسم المفوضية لوكالة فرانس برس: «أعداد الوافدين تضاعفت هذا الأسبوع».')).toEqual(['المتحدثة باسم المفوضية']);
  });

  it('leaves a definite object out of the name after a verb that takes one (وصف X القرار، اعتبرت X الاتفاق), but not a name after عبد', () => {
    expect(speakers('ووصف سامي نصر القرار بأنه «خطوة متأخرة لكنها ضرورية».')).toEqual(['سامي نصر']);
    expect(speakers('واعتبرت هالة يوسف الاتفاق «انتصاراً للدبلوماسية الهادئة».')).toEqual(['هالة يوسف']);
    expect(speakers('وحمّل النائب أنس الجبوري وزارة الكهرباء «المسؤولية الكاملة عن الانقطاعات».')).toEqual(['أنس الجبوري']);
  });

  it('reads an unnamed speaker described by a role many hold, and abstains on a relative clause verb it cannot tie to a name', () => {
    expect(speakers('وقال أستاذ العلوم السياسية في جامعة بغداد لـ«المدى»: «البرلمان فقد ثقة الشارع».')).toEqual(['أستاذ العلوم السياسية في جامعة بغداد']);
    const text = 'قال إبراهيم العلي لـ«الحياة»: «الخسائر تجاوزت مليون دولار».\nويتفق معه صاحب محل للملابس في السوق القديم، الذي قال: «لم نبع شيئاً منذ أسبوع».';
    expect(speakers(text)).toEqual(['إبراهيم العلي']);
  });

  it('takes a span named by the noun before it (شعار «…»، اسم «…»، بعنوان «…») for a title, not a statement', () => {
    expect(speakers('وأعلن وزير الثقافة سامر الحلبي أن المهرجان يحمل هذا العام شعار «الفن جسر بين الشعوب».')).toEqual([]);
    expect(speakers('وأطلقت البلدية مبادرة أسمتها «مدينتنا أجمل بلا نفايات» ضمن خطة أعلنها المحافظ رامي داود.')).toEqual([]);
  });

  it('gives a verb without a conjunction the unnamed speaker opening its sentence (لكن موظفة …، طلبت …، قالت)', () => {
    const text = 'وقال الوزير خالد سعيد: «الخدمة تحسنت كثيراً».\nلكن ممرضة في المستشفى الحكومي، فضلت عدم ذكر اسمها، قالت إن «النقص في الأدوية ما زال حاداً».';
    expect(speakers(text)).toEqual(['خالد سعيد', 'ممرضة في المستشفى الحكومي']);
  });

  it('gives a و-verb the subject named after a fronted adverbial, or the topic of أما, when the first verb is no cue', () => {
    expect(speakers('وقال المحامي فهد العلي: «سنستأنف الحكم أمام المحكمة العليا».\nوأمام المحكمة، وقفت سهام النوري التي فقدت ابنها في الحادث، وقالت للصحافيين: «لن أتنازل عن حقه أبداً».')).toEqual(['فهد العلي', 'سهام النوري']);
    expect(speakers('وقال المدير رامي الخطيب: «المبيعات جيدة هذا الموسم».\nأما التاجر السوري وليد حمدان فاشتكى من الضرائب، وقال: «ندفع ضعف ما يدفعه غيرنا»، مضيفاً: «الوضع لا يحتمل».')).toEqual(['رامي الخطيب', 'وليد حمدان', 'وليد حمدان']);
  });

  it('reads the subject written after a naming cue (الذي وصفه X بأنه «…»)', () => {
    const text = 'وقال القاضي سمير حداد: «الجلسة مؤجلة إلى الأسبوع المقبل».\nوطلب الدفاع مهلة لدراسة التقرير، الذي وصفه المحامي نادر يونس بأنه «ناقص ومليء بالأخطاء».';
    expect(speakers(text)).toEqual(['سمير حداد', 'نادر يونس']);
  });

  it('keeps a لل genitive in an unnamed source (مصدر في المديرية العامة للغابات) and a nisba after a cut organization name', () => {
    expect(speakers('ونقلت الوكالة عن مصدر في الإدارة العامة للجمارك قوله إن «الشحنة ضبطت في الميناء».')).toEqual(['مصدر في الإدارة العامة للجمارك']);
  });

  it('resolves a definite speaker head (وأضاف المصدر) to the nearest description with that head, and leaves the occasion out (الشرطة في بيان)', () => {
    const text = 'وقال مصدر أمني لـ«العربية» إن «المهاجمين فروا باتجاه الحدود».\nوأضاف المصدر، الذي فضل عدم الكشف عن اسمه، أن «عمليات التمشيط ما زالت مستمرة حتى الآن».';
    expect(speakers(text)).toEqual(['مصدر أمني', 'مصدر أمني']);
    expect(speakers('وقالت الشرطة في بيان إن «التحقيقات جارية لتحديد ملابسات الحادث».')).toEqual(['الشرطة']);
  });

  it('reads a name whose first letter is also a preposition (بلال، كمال، لينا) but not an addressed agency (لوكالة)', () => {
    expect(speakers('قال بلال حمدي إن «الأسعار مرتفعة جداً هذا الشهر».')).toEqual(['بلال حمدي']);
    expect(speakers('وقال كمال الشريف: «الأجور لا تكفي لتغطية الإيجار».')).toEqual(['كمال الشريف']);
  });

  it('reads a kunya (أم X، أبو X Y) as a name, and a person met by the outlet (التقت «…» بالصياد X) as the next subjectless speaker', () => {
    expect(speakers('«لم نتسلم أي مساعدة حتى الآن»، تقول أم خالد، وهي أرملة تعيل أربعة أطفال.')).toEqual(['أم خالد']);
    const text = 'التقت «الشروق» بالمزارع أبو سمير الحوراني، وهو يزرع القمح منذ ثلاثين عاماً. يقول: «المطر تأخر كثيراً هذا العام».';
    expect(speakers(text)).toEqual(['أبو سمير الحوراني']);
  });

  it('reads an organization written in marks after its cue (منظمة «…») and its later bare cue (المنظمة)', () => {
    const text = 'وقالت منظمة «أطباء بلا حدود» إن «العيادات المتنقلة لا تصل إلى نصف القرى».\nوطالبت المنظمة بـ«فتح الطرق أمام الفرق الطبية فوراً».';
    const got = speakers(text);
    expect(got).toHaveLength(2);
    for (const who of got) expect(who).toMatch(/^(منظمة )?أطباء بلا حدود$/);
  });

  it('reads a name closing a title phrase that opens the sentence before its verb, and that surname later', () => {
    const text = 'رئيس جمعية مربي النحل في المنطقة كريم الدباغ قال لـ«الوطن» إن «الإنتاج تراجع إلى النصف».\nوطالب الدباغ الوزارة بـ«تعويض المربين عن خسائرهم».';
    expect(speakers(text)).toEqual(['كريم الدباغ', 'كريم الدباغ']);
  });

  it('gives a coordinated و-verb the subject after a fronted adverbial without a comma before it, and a أما topic its name set off by commas', () => {
    expect(speakers('وفي الطابور، وقف حسن العمر، وهو عامل بناء، ينتظر دوره وقال: «ننتظر هنا منذ الفجر».')).toEqual(['حسن العمر']);
    expect(speakers('أما مدير المدرسة التي احترق سقفها، عادل بركات، فيرى أن «الدراسة ستستأنف بعد أسبوعين».')).toEqual(['عادل بركات']);
  });

  it('does not read غير أن as a reported clause, and keeps an adjective of age in an unnamed description', () => {
    expect(speakers('غير أن صياداً شاباً رفض ذكر اسمه علّق ساخراً: «الوعود هنا لا تطعم أحداً».')).toEqual(['صياداً شاباً']);
  });

  it('does not carry a subjectless verb over to an earlier speaker when its sentence names someone no rule read', () => {
    const text = 'وقال الوزير فادي عون: «الخطة جاهزة للتنفيذ منذ الشهر الماضي».\nوعند مدخل السوق يبيع نبيل قاسم الخضار منذ عشرين عاماً وقال لنا: «لم أر ركوداً كهذا من قبل».';
    expect(speakers(text)).toEqual(['فادي عون']);
  });

  it('takes the name after a description (بائعة الخضار X), the name before an appositive title (X، رئيس …، قائلاً) and before a description without comma (يقول X صاحب …)', () => {
    expect(speakers('وفي السوق، قال بائع السمك رضوان الفاسي: «الأسعار تضاعفت منذ الشتاء الماضي».')).toEqual(['رضوان الفاسي']);
    expect(speakers('ويؤيده جميل الحداد، رئيس نقابة الخبازين، قائلاً: «الطحين لم يعد يصل في موعده».')).toEqual(['جميل الحداد']);
    expect(speakers('«الزبائن صاروا يشترون نصف ما كانوا يشترونه»، يقول وائل الرفاعي صاحب متجر للأقمشة.')).toEqual(['وائل الرفاعي']);
  });

  it('gives a subjectless يقول the person a previous sentence is about (a kunya after a fronted adverbial), and that kunya later', () => {
    const text = 'وقال رئيس الغرفة منير داود: «الإنتاج عاد إلى نصف مستواه».\nفي دكانه القديم، يجلس أبو سعيد الحلبي بين أكياس البن. يقول: «ورثت هذه المهنة عن جدي».\nويختم أبو سعيد حديثه: «لا أحد من أولادي يريدها بعدي».';
    expect(speakers(text)).toEqual(['منير داود', 'أبو سعيد الحلبي', 'أبو سعيد الحلبي']);
  });

  it('gives a verb the author of a document named before it (دراسة أعدّها X قد حذّرت)', () => {
    expect(speakers('وكانت دراسة أعدّها صندوق النقد الدولي قد حذّرت من أن «الدين العام سيتجاوز الناتج المحلي».')).toEqual(['صندوق النقد الدولي']);
  });

  it('resolves a bare title to an earlier title that names no one (وزيرة الصحة … قالت الوزيرة)', () => {
    const text = 'وكانت وزيرة الصحة قد زارت المستشفى صباحاً.\n«سنرسل فريقاً طبياً إضافياً قبل نهاية الأسبوع»، قالت الوزيرة.';
    expect(speakers(text)).toEqual(['وزيرة الصحة']);
  });
});
