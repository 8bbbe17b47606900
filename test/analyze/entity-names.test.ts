import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/analyze/index.js';

const of = (text: string, type: string): string[] => findEntities(text).filter((m) => m.type === type).map((m) => m.text);

describe('persons named by a given name with no title', () => {
  it('reads a listed given name and the name words after it', () => {
    expect(of('جلست خديجة المسماري التي تبيع الخضار أمام منزلها.', 'person')).toEqual(['خديجة المسماري']);
    expect(of('وتقول بائعة الخبز سعاد حمدان إن الأسعار ارتفعت.', 'person')).toEqual(['سعاد حمدان']);
    expect(of('وقال منصور العتيبي، رئيس جمعية الصيادين، إن الموسم ضعيف.', 'person')).toEqual(['منصور العتيبي']);
    expect(of('وأوضح عبد الكريم محمد سعيد أن الطريق أغلق.', 'person')).toEqual(['عبد الكريم محمد سعيد']);
  });

  it('takes no manner phrase (بابتسامة متعبة) and no و + reporting verb (ورد) for a name', () => {
    expect(of('وتقول بابتسامة متعبة: "الموسم كان صعباً هذا العام".', 'person')).toEqual([]);
    expect(of('وقال بلهجة حازمة إن القرار نهائي.', 'person')).toEqual([]);
    expect(of('وأكد مدير هيئة الإعمار ورد الحقوق لمدينة حلب سامر العلي أن الأشغال بدأت.', 'person')).toEqual(['سامر العلي']);
    expect(of('وقالت بثينة الزعبي إن الموسم كان صعباً.', 'person')).toEqual(['بثينة الزعبي']);
  });

  it('reads compound given names (نور الدين، صلاح الدين) as a name start', () => {
    expect(of('وأوضح نور الدين بوزيد أن المشروع تأخر.', 'person')).toEqual(['نور الدين بوزيد']);
    expect(of('وصرح عز الدين العمري للصحفيين بأن الأمر انتهى.', 'person')).toEqual(['عز الدين العمري']);
    expect(of('وقال إن رجال الدين رفضوا القرار.', 'person')).toEqual([]);
  });

  it('reads a lone given name closed by a boundary after a reporting verb or as a verb’s subject, never a dialect word', () => {
    expect(of('قالت ليلى إن ابنها مريض.', 'person')).toEqual(['ليلى']);
    expect(of('يعمل سامي في ورشة صغيرة.', 'person')).toEqual(['سامي']);
    expect(of('شكون غادي يرجع لينا حقنا؟', 'person')).toEqual([]);
  });

  it('reads kunya names, a common-word name included after the kunya', () => {
    expect(of('تقول أم خالد وهي تجمع الحطب إن الشتاء قاس.', 'person')).toEqual(['أم خالد']);
    expect(of('ويروي أبو سمير الحلبي أنه فقد ورشته.', 'person')).toEqual(['أبو سمير الحلبي']);
    expect(of('التقينا الصياد أبو حسن البحري عند الميناء.', 'person')).toEqual(['أبو حسن البحري']);
  });

  it('takes no name inside a facility or a place named after a person, and no kunya without a given name', () => {
    expect(of('يقع شارع محمد الخامس في وسط المدينة.', 'person')).toEqual([]);
    expect(of('زار الوفد مدينة عيسى الصناعية.', 'person')).toEqual([]);
    expect(of('هل يذهب أم يبقى في البيت؟', 'person')).toEqual([]);
    expect(of('أكدت جامعة أم القرى أن القبول بدأ.', 'person')).toEqual([]);
    expect(of('زار الوفد أبو ظبي أمس.', 'person')).toEqual([]);
  });

  it('ends the name before a circumstantial adjective, a و-word or a verb object', () => {
    expect(of('جاء أحمد متأخرا إلى الاجتماع.', 'person')).toEqual([]);
    expect(of('سافر الوفد بين سالم وعبيدة صباحا.', 'person')).toEqual([]);
    expect(of('وقع سمير حداد، مدير الشركة، على الاتفاق.', 'person')).toEqual(['سمير حداد']);
  });

  it('does not start a person at a father\'s name after ولد/بن', () => {
    expect(of('هكذا لخص ولد بوبكر موقف المنقبين.', 'person')).not.toContain('بوبكر موقف المنقبين');
  });
});

describe('names the name reading used to cut', () => {
  it('keeps a father\'s name and a family name after عبد + a divine name or بن + a name', () => {
    expect(of('وقال المدير التنفيذي للجمعية عبد الرحيم حسن نور إن المساعدات تأخرت.', 'person')).toEqual(['عبد الرحيم حسن نور']);
    expect(of('وقال سالم بن حمد الهنائي، وهو مزارع من المنطقة، إن المياه شحت.', 'person')).toEqual(['سالم بن حمد الهنائي']);
  });

  it('reads بنت/منت and آيت as name joiners', () => {
    expect(of('وقالت الناشطة فاطمة منت محمد إن النساء يعانين.', 'person')).toEqual(['فاطمة منت محمد']);
    expect(of('وقال القبطان سيدي ولد الشيخ إن الرحلات توقفت.', 'person')).toEqual(['سيدي ولد الشيخ']);
  });
});

describe('titles the lists now cover', () => {
  it('reads deans, ship masters, village heads, clergy and syndicate heads before a name', () => {
    expect(of('وقال عميد كلية الطب نبيل الحاج إن الدراسة ستستأنف.', 'person')).toEqual(['نبيل الحاج']);
    expect(of('وقال مختار القرية حسين الراشد إن الأهالي غادروا.', 'person')).toEqual(['حسين الراشد']);
    expect(of('وقال نقيب أصحاب المخابز رياض الحلو إن الطحين نفد.', 'person')).toEqual(['رياض الحلو']);
    expect(of('وأشار الأب يوحنا حداد إلى أن الكنيسة فتحت أبوابها.', 'person')).toEqual(['يوحنا حداد']);
  });
});

describe('organizations written in quote marks after their cue word', () => {
  it('takes the quoted name, up to five words', () => {
    expect(of('وانتقدت منظمة «أوكسفام» تأخر المساعدات.', 'organization')).toEqual(['أوكسفام']);
    expect(of('وأصدرت جمعية «نساء من أجل السلام» بيانا.', 'organization')).toEqual(['نساء من أجل السلام']);
  });

  it('takes no quoted phrase after a word that is no cue', () => {
    expect(of('ورفع المحتجون شعار «لا للغلاء» أمام المبنى.', 'organization')).toEqual([]);
  });
});

describe('towns of the second level', () => {
  it('finds district towns of Arab states with no cue word', () => {
    expect(of('تضررت منازل في المتلوي والرديف بعد الأمطار.', 'place')).toEqual(['المتلوي', 'الرديف']);
    expect(of('وصلت القافلة إلى شندي ثم عطبرة.', 'place')).toEqual(['شندي', 'عطبرة']);
    expect(of('افتتح الطريق بين عبري وإبراء.', 'place')).toEqual([]);
  });

  it('never reads a given name as و/ف + a town', () => {
    expect(of('وقالت فاطمة الحسن إن السوق هادئة.', 'place')).toEqual([]);
    expect(of('وقالت فاطمة الحسن إن السوق هادئة.', 'person')).toEqual(['فاطمة الحسن']);
  });

  it('ends a given name before a verb and needs a boundary after an unlisted plain surname', () => {
    expect(of('وكان موسى يستطيع السفر.', 'person')).toEqual([]);
    expect(of('غير أن شفيق رفض العرض.', 'person')).toEqual([]);
    expect(of('وأكد شفيق داود، مدير المصنع، أن العمل مستمر.', 'person')).toEqual(['شفيق داود']);
  });
});

describe('organizations the cues now read', () => {
  it('reads departments, administrations, cooperatives, coordination committees and high commissions', () => {
    expect(of('وأعلنت دائرة الآثار العامة افتتاح الموقع.', 'organization')).toEqual(['دائرة الآثار العامة']);
    expect(of('وأكدت الإدارة العامة للجمارك ضبط الشحنة.', 'organization')).toEqual(['الإدارة العامة للجمارك']);
    expect(of('وقال رئيس تعاونية الصيادين في الميناء إن الوقود نفد.', 'organization')).toEqual(['تعاونية الصيادين']);
    expect(of('وأعلنت المندوبية السامية للتخطيط ارتفاع البطالة.', 'organization')).toEqual(['المندوبية السامية للتخطيط']);
  });

  it('reads العام after a cue as "general", and a remit after an institutional adjective', () => {
    expect(of('ورفض الاتحاد العام للشغل الزيادات.', 'organization')).toEqual(['الاتحاد العام للشغل']);
    expect(of('وقالت الهيئة الوطنية لمكافحة الفساد إنها فتحت تحقيقا.', 'organization')).toEqual(['الهيئة الوطنية لمكافحة الفساد']);
  });

  it('reads a genitive coordinated before the name (غرفة تجارة وصناعة X)', () => {
    expect(of('وأكدت غرفة تجارة وصناعة الزرقاء ذلك.', 'organization')).toEqual(['غرفة تجارة وصناعة الزرقاء']);
  });

  it('keeps everyday nouns out: an administration of a crisis, an operations room, the national interest', () => {
    expect(of('انتقد النواب إدارة الأزمة.', 'organization')).toEqual([]);
    expect(of('اجتمعت غرفة العمليات المشتركة مساء.', 'organization')).toEqual([]);
    expect(of('وقال إن المصلحة الوطنية تقتضي الحوار.', 'organization')).toEqual([]);
  });
});

describe('persons after an occupation or a life description', () => {
  it('reads a strong name (two to four words, closed by a boundary) after the occupation and its adjectives', () => {
    expect(of('التقينا الصياد جمال الحلاب في الميناء.', 'person')).toEqual(['جمال الحلاب']);
    expect(of('وقالت الطالبة الجامعية رهف الزعبي إن الرسوم مرتفعة.', 'person')).toEqual(['رهف الزعبي']);
    expect(of('وقال التاجر أحمدو ولد الدده إن البضائع تكدست.', 'person')).toEqual(['أحمدو ولد الدده']);
  });

  it('reads no name after an occupation word used as a common noun', () => {
    expect(of('تضررت المزارع الصغيرة في الريف.', 'person')).toEqual([]);
    expect(of('يحتاج المواطن العادي دعم الحكومة.', 'person')).toEqual([]);
    expect(of('وصل العامل الجديد متأخرا.', 'person')).toEqual([]);
  });
});

describe('a given name alone after the full name', () => {
  it('stands for the one person of the text who bears it', () => {
    const found = findEntities('قالت سعاد حمدان، بائعة الخبز، إن الطحين غال. وفي محل سعاد، يتجمع الزبائن.').filter((m) => m.type === 'person');
    expect(found.map((m) => [m.text, m.name])).toEqual([['سعاد حمدان', 'سعاد حمدان'], ['سعاد', 'سعاد حمدان']]);
  });

  it('stands for no one when two persons bear it', () => {
    const found = findEntities('وقال محمد العلي، مدير المدرسة، إن الدوام بدأ. وقال محمد السالم، وهو معلم، إن الصفوف مكتظة. وفي رأي محمد، الوضع صعب.').filter((m) => m.type === 'person');
    expect(found.filter((m) => m.text === 'محمد').map((m) => m.name)).not.toContain('محمد العلي');
    expect(found.filter((m) => m.text === 'محمد').map((m) => m.name)).not.toContain('محمد السالم');
  });
});

describe('more name starts and guards', () => {
  it('starts a name at a given name written with the article before an appositive title', () => {
    expect(of('وقال الهادي العياري، رئيس جمعية المزارعين، إن الموسم ضعيف.', 'person')).toEqual(['الهادي العياري']);
  });

  it('takes no one-word name after a comma following a title', () => {
    expect(of('وقال مسؤول في شركة نفط البصرة، طلب عدم ذكر اسمه، إن الإنتاج تراجع.', 'person')).toEqual([]);
  });

  it('reads parties whose bare name is a common word only with their cue', () => {
    expect(of('وقال القيادي في حركة النهضة عبد اللطيف المكي إن الحزب يرفض.', 'organization')).toEqual(['حركة النهضة']);
    expect(of('يعد سد النهضة أكبر مشروع في المنطقة.', 'organization')).toEqual([]);
  });
});

describe('verbal nouns ending like a nisba, and anonymity verbs', () => {
  it('reads an idafa headed by a verbal noun in ـاية/تفعلة as an organization name', () => {
    expect(of('وقالت جمعية حماية المستهلك إن الأسعار مبالغ فيها.', 'organization')).toEqual(['جمعية حماية المستهلك']);
    expect(of('وأعلنت جمعية تنمية المرأة برنامجا.', 'organization')).toEqual(['جمعية تنمية المرأة']);
  });

  it('takes no verb of an unnamed source for a name', () => {
    expect(of('وقال مسؤول في الوزارة طلب عدم نشر اسمه إن القرار نهائي.', 'person')).toEqual([]);
  });
});

describe('natural features as place cues', () => {
  it('names the island, oasis, lake, mountain, river or gulf after the cue', () => {
    expect(of('وصلت العبارة إلى جزيرة قرقنة صباحا.', 'place')).toEqual(['قرقنة']);
    expect(of('تراجع منسوب نهر الليطاني هذا الصيف.', 'place')).toEqual(['الليطاني']);
    expect(of('يعيش السكان في واحة سيوة منذ قرون.', 'place')).toEqual(['سيوة']);
  });

  it('takes no adjective or preposition after the feature word for a name', () => {
    expect(of('تحول الدين إلى جبل من الديون.', 'place')).toEqual([]);
    expect(of('ظهر جبل جليدي في المحيط.', 'place')).toEqual([]);
  });
});

describe('a quoted gazetteer name after an organization cue', () => {
  it('keeps the gazetteer reading, so its aliases stay one organization', () => {
    const found = findEntities('وأعلن تنظيم «داعش» مسؤوليته عن الهجوم.').filter((m) => m.type === 'organization');
    expect(found.map((m) => [m.text, m.name])).toEqual([['داعش', 'تنظيم الدولة الإسلامية']]);
  });
});

describe('organization chains that stop before a purpose or an abstract noun', () => {
  it('reads no name in ل + noun + genitive after an indefinite cue', () => {
    expect(of('أسس شباب شركة لتنظيم الرحلات الجبلية.', 'organization')).toEqual([]);
    expect(of('وتقدم المستثمر بطلب لإنشاء منظمة لرعاية الأيتام.', 'organization')).toEqual([]);
  });

  it('ends the name before an abstract noun shaped like a nisba (the verb\'s object)', () => {
    expect(of('وحملت وزارة المالية الاتحادية المسؤولية للبنوك.', 'organization')).toEqual(['وزارة المالية الاتحادية']);
  });
});

describe('a given name that is a common word, before a family nisba', () => {
  it('is a person when a boundary closes the two words', () => {
    expect(of('وقال نضال العمري، وهو صياد، إن الموسم انتهى.', 'person')).toEqual(['نضال العمري']);
  });

  it('is no person as a preposition or an idafa', () => {
    expect(of('فاز الفريق بالمباراة الثالثة على التوالي.', 'person')).toEqual([]);
    expect(of('وتحدث عن حسن النية، ثم غادر.', 'person')).toEqual([]);
  });
});

describe('a country whose name is a common word', () => {
  it('is a place after a preposition, a settling word or و after another place', () => {
    expect(of('عبر اللاجئون الحدود من مالي إلى موريتانيا.', 'place')).toEqual(['مالي', 'موريتانيا']);
    expect(of('تعمل الشركة في السنغال ومالي منذ سنوات.', 'place')).toEqual(['السنغال', 'مالي']);
  });

  it('is no place as the adjective "financial"', () => {
    expect(of('قدمت الحكومة دعم مالي للمزارعين.', 'place')).toEqual([]);
  });
});

describe('generic bodies named by their function', () => {
  it('reads no organization in a definite cue with only functional adjectives', () => {
    expect(of('واجتمعت اللجنة الفنية المشتركة أمس.', 'organization')).toEqual([]);
    expect(of('وأقر المجلس التنفيذي للبرنامج الخطة.', 'organization')).toEqual([]);
  });

  it('keeps one that a known body completes', () => {
    expect(of('واجتمعت اللجنة التنفيذية لمنظمة التحرير أمس.', 'organization')).toEqual(['اللجنة التنفيذية لمنظمة التحرير']);
  });
});
