import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/analyze/index.js';
import { persons, speakers } from './probes.js';

describe('names, session 6 classes', () => {
  it('reads a common-word given name before a kunya surname as the given name (رجب أبو زيد), a Hijri month name included', () => {
    expect(persons('وفي الورشة يعمل رجب أبو حسن منذ الصباح.')).toEqual(['رجب أبو حسن']);
    expect(persons('وجلس صالح أبو زيد في المقهى.')).toEqual(['صالح أبو زيد']);
    expect(persons('وتنتهي المهلة في رمضان المقبل.')).toEqual([]);
  });

  it('reads neither a future verb before its object nor an abstract noun (المسؤولية) as a name word', () => {
    expect(persons('وقال رئيس البلدية إن الوالي سيضبط الميزانية بقرار.')).toEqual([]);
    expect(persons('ورفض رئيس الاتحاد سامي العتيبي تحميل ناديه المسؤولية، وقال إن القرار ظالم.')).toEqual(['سامي العتيبي']);
    // A name spelled like a future verb is still a name.
    expect(persons('وقال المبعوث ستيف ويتكوف إن المحادثات مستمرة.')).toEqual(['ستيف ويتكوف']);
  });

  it('reads a given name and a definite word after a verb as the given name of the person named before with it, and the verb\'s object', () => {
    const text = 'في الصباح كانت سلمى الخطيب قد فتحت الدكان. تبيع سلمى الخبز منذ 2015، وتعيل منه ثلاثة أبناء.';
    expect(findEntities(text).filter((m) => m.type === 'person').map((m) => [text.slice(m.start, m.end), m.name])).toEqual([
      ['سلمى الخطيب', 'سلمى الخطيب'], ['سلمى', 'سلمى الخطيب'],
    ]);
    // Two people who share a given name keep their own names.
    expect(persons('وقال محمد الحيمر إن الجفاف خطير. واستقبل الملك محمد السادس الوفد.')).toEqual(['محمد الحيمر', 'محمد السادس']);
  });

  it('reads a common-word given name before a nasab (سيف بن راشد، صالح ولد أحمد) as a name', () => {
    expect(persons('وقال سيف بن راشد إن السوق مزدحم.')).toEqual(['سيف بن راشد']);
    expect(persons('ويقول صالح ولد أحمد إن الأسعار عالية.')).toEqual(['صالح ولد أحمد']);
    expect(persons('وصار سيف الخيزران رمزاً للمدينة.')).toEqual([]);
  });
});

describe('organizations, session 6 classes', () => {
  it('keeps "private" (الخاصة) as an institution adjective in an organization name', () => {
    const orgs = (text: string): string[] => findEntities(text).filter((m) => m.type === 'organization').map((m) => m.name);
    expect(orgs('وقالت الجمعية الأردنية للمدارس الخاصة في بيان إن الرسوم ثابتة.')).toEqual(['الجمعية الأردنية للمدارس الخاصة']);
  });

  it('reads نادي and the word after it as a club', () => {
    const orgs = (text: string): string[] => findEntities(text).filter((m) => m.type === 'organization').map((m) => m.name);
    expect(orgs('وقال الرئيس السابق لنادي النصر إن الملف ناقص.')).toEqual(['نادي النصر']);
  });
});

describe('quote detection, session 6 classes', () => {
  it('reads an indefinite participle closing the clause after a post-posed verb as circumstantial, not a subject (تقول مبتسمة)', () => {
    const scene = 'تجلس سلمى الخطيب قرب باب الدكان. ';
    expect(speakers(`${scene}«درست الأدب ولم أجد عملاً في المدينة»، تقول مبتسمة.`)).toEqual(['سلمى الخطيب']);
    expect(speakers(`${scene}«درست الأدب ولم أجد عملاً في المدينة»، تقول ضاحكة وهي تصب الشاي.`)).toEqual(['سلمى الخطيب']);
    // A given name of the same shape is the subject.
    expect(speakers(`${scene}«درست الأدب ولم أجد عملاً في المدينة»، تقول فاطمة.`)).toEqual(['فاطمة']);
  });

  it('reads the calling and insisting verbs (ينادي، يلح) as reporting verbs, and نادي as the club', () => {
    expect(speakers('يقف ماهر الحداد وسط الحلقة. «ثلاثين.. خمسة وثلاثين، من يزيد؟»، ينادي بصوت عال.')).toEqual(['ماهر الحداد']);
    expect(speakers('يمسك يوسف بيد والدته. «أريد هذا الكتاب الأحمر يا أمي»، يلح الطفل.')).not.toEqual([]);
    expect(speakers('وقال المدير الرياضي لنادي الشباب سامي العتيبي: «سنستأنف القرار أمام اللجنة المختصة».')).toEqual(['سامي العتيبي']);
  });

  it('takes a person a scene sentence describes with وهو/وهي as its actor, wherever the sentence names them', () => {
    expect(speakers('يتجمع الزبائن حول البائع ماهر الحداد وهو يزن الطماطم. «الصندوق بخمسين والنص بثلاثين»، يقول بصوت عال.')).toEqual(['ماهر الحداد']);
    // The actor the sentence opens with still comes first.
    expect(speakers('يقف ماهر الحداد وهو يزن الطماطم قرب سامي العتيبي وهو يعد النقود. «الصندوق بخمسين والنص بثلاثين»، يقول.')).toEqual(['ماهر الحداد']);
  });

  it('reads kin, age and trade descriptions as the subject (يرد الأب، تقول السيدة، يضيف النقابي) as the person the text introduced', () => {
    expect(speakers('يجلس ماجد الشريف مع ابنه عند باب الفرن. «الخبز جاهز بعد ربع ساعة يا حبيبي»، يرد الأب.')).toEqual(['ماجد الشريف']);
    expect(speakers('في قاعة الانتظار، تجلس نادية السعدي منذ الصباح. «أنتظر الطبيب منذ ثلاث ساعات كاملة»، تقول السيدة الخمسينية.')).toEqual(['نادية السعدي']);
    const union = 'وقال الأمين العام للنقابة سمير داود إن «الأجور متأخرة منذ شهرين كاملين». «لن نعود إلى العمل قبل صرف المستحقات»، يضيف النقابي، الذي دعا إلى اجتماع عاجل.';
    expect(speakers(union)).toEqual(['سمير داود', 'سمير داود']);
  });

  it('reads a bare description closed by وهو/الذي as referring back, not the words of the clause after it', () => {
    const text = 'يقف ماهر الحداد وسط الحقل منذ الفجر. «الموسم هذا أصعب من كل المواسم»، يقول الرجل وهو يمسح العرق بطرف كمه.';
    expect(speakers(text)).toEqual(['ماهر الحداد']);
    // A description that introduces a name is that name.
    expect(speakers('«الموسم هذا أصعب من كل المواسم»، يقول المزارع سالم داود.')).toEqual(['سالم داود']);
  });

  it('gives a verb with no subject to the actor its own sentence opened on (يقف X يعد …، ثم يقول:)', () => {
    const text = 'يصل الجرار أخيراً. يقف محمود عبد الستار يعد الصناديق بصوت خافت، ثم يقول: «الموسم الجاي هزرع نص الأرض قمح».';
    expect(speakers(text)).toEqual(['محمود عبد الستار']);
    expect(persons(text)).toEqual(['محمود عبد الستار']);
  });

  it('reads عبّر (the 3ms perfect, spelled as عبر "via") as a verb with its shadda or عن and a feeling, and a partitive inside a description', () => {
    const text = 'وعبّر موظف متطوع في إحدى مدارس حي الزهور، طلب عدم ذكر اسمه، عن استيائه: «نعمل منذ ثلاث سنوات بلا عقد ولا راتب».';
    expect(speakers(text)).toEqual(['موظف متطوع في إحدى مدارس حي الزهور']);
    expect(speakers('وعبر رئيس البلدية سامي العتيبي عن قلقه: «المياه لم تصل إلى الحي منذ أسبوع».')).toEqual(['سامي العتيبي']);
    expect(speakers('ووصلت الشاحنات عبر الحدود عن طريق المعبر الشمالي: «الطريق مفتوح منذ الصباح الباكر».')).toEqual([]);
  });

  it('reads ب + the verbal noun of قال (اكتفى X بالقول:) as a cue for the sentence subject', () => {
    expect(speakers('من جهته، اكتفى وزير الشباب ماهر الحداد بالقول: "الوزارة تقف على مسافة واحدة من جميع المرشحين".')).toEqual(['ماهر الحداد']);
    expect(speakers('وأنهى المدرب سامي العتيبي المؤتمر بقوله: «سنعود أقوى في المباراة المقبلة».')).toEqual(['سامي العتيبي']);
  });

  it('gives a second quoted أن clause joined by و (…"، وأن "…") to the first one\'s speaker', () => {
    const text = 'وأكدت مديرية الصحة في بيان أن "الخدمات الحيوية مضمونة في جميع المصالح"، وأن "ثلاثة أطباء جدد سيلتحقون بالمركز قريبا".';
    expect(speakers(text)).toEqual(['مديرية الصحة', 'مديرية الصحة']);
    // Not across sentences, and not with another clause in between.
    expect(speakers('وأكدت مديرية الصحة أن "الخدمات الحيوية مضمونة في المصالح". ويرى السكان أن "الوضع لم يتغير منذ أشهر".')).toEqual(['مديرية الصحة']);
  });

  it('finds the post-posed cue of a quote that holds a full stop, in the sentence where the quote ends', () => {
    const text = 'يقف ماهر الحداد وسط الحقل. «الأرض هذه عمرنا كله. أبويا زرعها وأنا زرعتها»، يقول الرجل الخمسيني وهو يمسح العرق.';
    expect(speakers(text)).toEqual(['ماهر الحداد']);
  });

  it('reads the actor after a fronted adverbial of up to eleven words (قبل أن تشرق الشمس على …، يكون X قد وقف)', () => {
    const text = 'قبل أن تشرق الشمس على حقول القرية الصغيرة شرق المدينة القديمة، يكون ماهر الحداد قد وصل إلى الحقل. «الشغل يبدأ مع الفجر كل يوم»، يقول الرجل.';
    expect(speakers(text)).toEqual(['ماهر الحداد']);
  });

  it('reads a place cue with ب written on it inside a title phrase as the title\'s, not a name (للنقابة بجهة X، بولاية X)', () => {
    const text = 'وقال الكاتب الجهوي للنقابة بجهة سوس ماسة، الدكتور يوسف الإدريسي، إن "الأطباء استنفدوا كل وسائل الحوار مع الإدارة".';
    expect(speakers(text)).toEqual(['يوسف الإدريسي']);
    expect(speakers('وقال وزير الصحة بولاية الجزيرة سامي العتيبي إن "الإصابات تراجعت هذا الأسبوع بشكل واضح".')).toEqual(['سامي العتيبي']);
  });

  it('resolves a parent kin word to the person a kin relation named (والده X، ابنة X), and reads a gesture verb and a description before a colon', () => {
    const son = 'في السوق، يقف سالم داود قرب ابنه. يشد الطفل ثوب والده حمدان الكعبي. يبتسم الأب: «اصبر، السعر ينزل قبل الظهر».';
    expect(speakers(son)).toEqual(['حمدان الكعبي']);
    const daughter = 'تدخل سلمى الخطيب، ابنة فاطمة العلي، حاملة الشاي. «الشغل هنا أحسن من البطالة»، تقول. تلتفت إليها الأم: «لا تنسي العقدة الثانية».';
    expect(speakers(daughter)).toEqual(['سلمى الخطيب', 'فاطمة العلي']);
    // A gesture verb with a named subject before a colon is left to the older rules; a bare noun is no description.
    expect(speakers('يبتسم الموقف: «اصبر، السعر ينزل قبل الظهر».')).toEqual([]);
  });

  it('gives a statement of a bare cue with ل (عن بيان للوزارة) to the body the text named', () => {
    const text = 'وأعلنت وزارة النقل والمواصلات خطة جديدة. ونقلت الوكالة عن بيان للوزارة أن «الخطة ستبدأ مطلع الشهر المقبل في كل المحافظات».';
    expect(speakers(text)).toEqual(['وزارة النقل والمواصلات']);
  });

  it('gives a sentence that is nothing but a quote to the actor of the scene sentence before it', () => {
    const text = 'مع غروب الشمس، يغلق ماهر الحداد دكانه ويعد النقود. «بكرة يوم جديد، والرزق على الله».';
    expect(speakers(text)).toEqual(['ماهر الحداد']);
    // Not after a sentence with no person as its actor.
    expect(speakers('مع غروب الشمس، تغلق الدكاكين أبوابها. «بكرة يوم جديد، والرزق على الله».')).toEqual([]);
  });

  it('gives a subjectless و-verb the first person its sentence named, and reads verbs of cutting in (تقاطعه، يقاطعها)', () => {
    const text = 'إلى جانبه تجلس سلمى الخطيب، معلمة لغة عربية من الحي، وتقاطعه: "رواتبنا متأخرة منذ ثلاثة أشهر كاملة".';
    expect(speakers(text)).toEqual(['سلمى الخطيب']);
  });

  it('drops a speaker that is a bare title word, definite or with a pronoun (المتحدث، مساعده)', () => {
    expect(speakers('وفي المؤتمر الصحافي، قال المتحدث إن «الحكومة لن تتراجع عن القرار».')).toEqual([]);
  });

  it('gives a definite description whose indefinite form introduced an unnamed person to that description (مراجعة … قالت المراجعة)', () => {
    const text = 'وأمام الصيدلية المغلقة، كانت مراجعة خمسينية تنتظر منذ الصباح. «جئت لأشتري الدواء فوجدت الباب مقفلاً»، قالت المراجعة، التي أضافت أنها دفعت مقدماً.';
    expect(speakers(text)).toEqual(['المراجعة']);
    // A description that goes on to a name introduces that name.
    const named = 'وأمام الصيدلية، كانت مراجعة خمسينية هي سلمى الخطيب تنتظر. «جئت لأشتري الدواء فوجدت الباب مقفلاً»، قالت المراجعة.';
    expect(speakers(named)).not.toEqual(['المراجعة']);
  });

  it('reads the actor of a scene sentence whose adverbial has no comma (على السطح تجلس X …)', () => {
    const text = 'على المقعد الخشبي القديم تجلس أم سعيد وفي حجرها طفل نائم. تقول: «ننتظر الطبيب منذ الفجر ولم يأت أحد».';
    expect(speakers(text)).toEqual(['أم سعيد']);
    // A person after a preposition is no actor.
    expect(speakers('على مقربة من سلمى الخطيب يقف الحارس. يقول: «الباب يفتح في الثامنة صباحاً».')).not.toEqual(['سلمى الخطيب']);
  });

  it('continues the speaker of a quote in the same sentence for a later verb with no subject (… «…»، ثم يضيف ضاحكاً: «…»)', () => {
    const text = 'أما ياسين، وهو طالب في الجامعة، فيعمل في الحقل. يقول: «أتقاضى أجراً جيداً عن كل يوم عمل»، ثم يضيف ضاحكاً: «لكن ظهري لا يوافقني الرأي».';
    expect(speakers(text)).toEqual(['ياسين', 'ياسين']);
  });

  it('reads an unnamed child introduced by a relation (مع ابنه) as the child word itself, and الأب as the person the relation belongs to', () => {
    const text = 'على باب الفرن، يقف ماهر الحداد مع ابنه الصغير. «متى يجهز الخبز يا بابا؟» يسأل الصبي. «بعد قليل يا حبيبي»، يرد الأب.';
    expect(speakers(text)).toEqual(['الصبي', 'ماهر الحداد']);
    // A child named after the relation is that name.
    const named = 'على باب الفرن، يقف ماهر الحداد مع ابنه يوسف العلي. «متى يجهز الخبز يا بابا؟» يسأل الصبي.';
    expect(speakers(named)).toEqual(['يوسف العلي']);
  });

  it('continues a speaker into a sentence that is only a quote after a quote closed by its post-posed cue («…»، يقول X. «…».)', () => {
    const text = 'يعرض سالم الحربي بضاعته على بسطة صغيرة. «المستورد حجمه كبير بس ما له طعم»، يقول الحربي. «وش نسوي؟ نبيع ونسكت».';
    expect(speakers(text)).toEqual(['سالم الحربي', 'سالم الحربي']);
    // A longer clause after the quote is no post-posed cue: the next quote is not carried over.
    const long = '«المستورد حجمه كبير بس ما له طعم»، يقول سالم داود الذي يبيع هنا منذ ثلاثين عاماً في السوق القديم. «وش نسوي؟ نبيع ونسكت».';
    expect(speakers(long)).toEqual(['سالم داود']);
  });
});
