import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/analyze/index.js';
import { persons, speakers } from './probes.js';

describe('quote attribution, session 5 constructions', () => {
  it('reads a definite life description as the subject (يقول الرجل الستيني) as the person the text is about', () => {
    const text = 'أمام محطة الوقود، يقف سليمان الدباغ منذ الفجر. «الطابور لم يتحرك منذ ساعتين»، يقول الرجل الستيني متذمراً.';
    expect(speakers(text)).toEqual(['سليمان الدباغ']);
    const her = 'وفي الممر، تجلس فاطمة بركات قرب النافذة. «ننتظر الدواء منذ أسبوع»، تقول المرأة التي جاءت من القرية.';
    expect(speakers(her)).toEqual(['فاطمة بركات']);
  });

  it('finds the verb after a fronted adverbial that holds an apposition of its own (…، شمال المدينة، يقف X)', () => {
    const text = 'في سوق الخضار بحي النصر، شمال المدينة، يقف سليم داود أمام صناديق الطماطم. «البضاعة قليلة هذا الأسبوع»، يقول التاجر.';
    expect(speakers(text)).toEqual(['سليم داود']);
  });

  it('takes a lone listed given name opening a clause as a person, the subject a description later refers to', () => {
    expect(persons('عند باب المخبز، يقف عثمان أمام الفرن.')).toEqual(['عثمان']);
    expect(speakers('عند باب المخبز، يقف عثمان أمام الفرن. «الطحين لم يصل منذ يومين»، يقول الرجل.')).toEqual(['عثمان']);
  });

  it('does not read a manner phrase or negation as part of a name (بصوت خافت، X لا يزال)', () => {
    expect(persons('وكان سالم الأحمد لا يزال ينتظر دوره.')).toEqual(['سالم الأحمد']);
    expect(persons('ويقول بصوت خافت إنه تعب من الانتظار.')).toEqual([]);
  });

  it('reads قالها after the quote, عبّر عن, a temporal adverb after a bare title, and a feminine title', () => {
    const text = 'خالد، الذي عاد من الخليج قبل شهرين، فتح ورشته من جديد. «الشغل قليل لكن البيت بيتنا»، قالها وهو يرتب أدواته.';
    expect(speakers(text)).toEqual(['خالد']);
    expect(speakers('وعبّرت الهيئة الوطنية للمحامين، في بيان، عن «قلقها من تأخر الجلسات».')).toEqual(['الهيئة الوطنية للمحامين']);
    expect(speakers('وكان وزير الصحة نبيل الخوري قد زار المستشفى، وقال الوزير يومها إن «الأدوية ستصل خلال أيام».')).toEqual(['نبيل الخوري']);
    expect(speakers('وقالت نقيبة الممرضين ريما صعب إن «النقص في الكوادر يتفاقم».')).toEqual(['ريما صعب']);
  });

  it('reads a remit after a nationality adjective of the cue, and a plural nationality after the genitive', () => {
    const orgs = (text: string): string[] => findEntities(text).filter((m) => m.type === 'organization').map((m) => m.name);
    expect(orgs('وطالب الاتحاد المصري لمنتجي الدواجن بخفض الرسوم.')).toEqual(['الاتحاد المصري لمنتجي الدواجن']);
    expect(orgs('ودانت النقابة العامة للمعلمين الأردنيين القرار.')).toEqual(['النقابة العامة للمعلمين الأردنيين']);
    // A known body's nationality adjective leaves a following remit to the noun before it.
    expect(orgs('وصلت بعثة الاتحاد الأوروبي لمراقبة الانتخابات.')).toEqual(['بعثة الاتحاد الأوروبي']);
  });

  it('ends a name before an adverb of place, and finds the name after a title’s indefinite complement', () => {
    expect(persons('في الحي الصناعي، يقف أبو حسن قرب مولدته الكبيرة.')).toEqual(['أبو حسن']);
    expect(speakers('وقالت نقيبة منتجي الألبان سعاد الحلبي إن «الأعلاف ارتفعت ثلاث مرات».')).toEqual(['سعاد الحلبي']);
  });

  it('closes a name before a parenthesis, skips a relative clause verb inside the subject, and reads a ف-verb after a أما topic', () => {
    expect(speakers('"انتظرت هنا منذ الصباح الباكر"، قالت فاطمة آدم نور (41 عاماً) أمام المكتب.')).toEqual(['فاطمة آدم نور']);
    expect(speakers('وقال مسؤول محلي يتابع الملف منذ سنوات لـ«النهار»: «الحل ليس قريباً على الإطلاق».')).toEqual(['مسؤول محلي']);
    expect(speakers('أما وزارة النقل فعزت التأخير في بيان إلى "أعطال فنية في محطة التحويل الرئيسية".')).toEqual(['وزارة النقل']);
  });

  it('reads an unnamed imam, leaving the verb’s group object out (ذكّر إمام المسجد المصلين بأن)', () => {
    expect(speakers('وفي خطبة الجمعة، ذكّر إمام مسجد الحي المصلين بأن «الصدقة لا تنقص من المال شيئاً».')).toEqual(['إمام مسجد الحي']);
  });

  it('reads the scene verb after a long fronted adverbial (up to nine words before its comma)', () => {
    const text = 'على رصيف ضيق قرب محطة الحافلات في وسط المدينة، تجلس نصيرة خلف سلال الخبز. «البيع ضعيف منذ الصباح»، تقول المرأة الخمسينية.';
    expect(speakers(text)).toEqual(['نصيرة']);
  });

  it('reads طالب after هو or a comma as the noun, and ends a name after تدعى before a present verb', () => {
    const text = 'أما يوسف، وهو طالب جامعي في العشرين، فيعمل في المقهى ليلاً. يقول: «الدراسة نهاراً والعمل ليلاً أمر متعب».';
    expect(speakers(text)).toEqual(['يوسف']);
    expect(speakers('وطالب ناشطون في المدينة، عبر مواقع التواصل، البلدية بـ«فتح الطريق أمام السيارات فوراً».')).toEqual(['ناشطون في المدينة']);
    expect(persons('وكانت سائحة فرنسية تدعى إيلين تلتقط الصور للمكان.')).toEqual(['إيلين']);
  });

  it('keeps a body’s seat (في + a place) in its speaker description', () => {
    expect(speakers('واعتبرت وزارة الصحة في غزة، في بيان، أن «الوضع في المستشفيات كارثي».')).toEqual(['وزارة الصحة في غزة']);
    expect(speakers('وقالت وزارة الصحة في بيان إن «الإصابات تراجعت هذا الأسبوع».')).toEqual(['وزارة الصحة']);
  });

  it('reads a name that is also a common word right after a reporting verb, and سيدي opening a name after one', () => {
    expect(speakers('«الطلبات تصلنا من كل المدن»، تقول هدى، مضيفة أن العمل لا يتوقف.')).toEqual(['هدى']);
    expect(persons('ويقول سيدي محمد ولد أحمد، وهو تاجر من أطار، إن السوق راكد.')).toEqual(['سيدي محمد ولد أحمد']);
    expect(persons('وصل الوفد إلى سيدي بوزيد أمس.')).toEqual([]);
  });

  it('reads no person in a feminine dual noun and adjective after a reporting verb', () => {
    expect(persons('وأبلغت شركتان موردتان المستشفى بوقف التسليم.')).toEqual([]);
  });

  it('names a speaker written with part of a name by the full name it opens or closes, when only one person bears it', () => {
    expect(speakers('في الحقل، يقف حميد الشاوي قرب أشجار الزيتون. «الموسم هذا العام ضعيف»، يقول حميد.')).toEqual(['حميد الشاوي']);
    expect(speakers('تحدثنا إلى حميد الشاوي، ثم إلى حميد الزياني في السوق. «الموسم ضعيف جداً هذا العام»، يقول حميد.')).toEqual(['حميد']);
  });

  it('ends a name before a manner phrase or a circumstantial participle (تقول مروة بصوت هادئ، ترد سلمى ضاحكة)', () => {
    const text = 'تراجع مروة عثمان دروسها في الفناء. «الامتحان غداً صباحاً»، تقول مروة بصوت هادئ.';
    expect(speakers(text)).toEqual(['مروة عثمان']);
    expect(persons('«نلتقي في الجامعة إن شاء الله»، ترد سلمى ضاحكة.')).toEqual(['سلمى']);
  });

  it('reads مدير عام X, resolves رئيس البلدية to the head of the municipal council, and finds a name before ، الذي in a description', () => {
    expect(speakers('وقال مدير عام المرور العميد سالم الحارثي إن «الحوادث تراجعت هذا العام».')).toEqual(['سالم الحارثي']);
    const council = 'وقال رئيس المجلس الشعبي البلدي مراد قاسمي: «الميزانية متوازنة وواقعية جداً». وتابع رئيس البلدية: «سنحيل الملف إلى الوالي».';
    expect(speakers(council)).toEqual(['مراد قاسمي', 'مراد قاسمي']);
    expect(speakers('واعتبر العضو المنتخب عن قائمة الأحرار سمير بلعيد، الذي قاد المعارضين، أن المشروع «يهمل الأحياء الشعبية».')).toEqual(['سمير بلعيد']);
  });

  it('reads طالب after a count and نقل without عن as no reporting verbs, باسمها as a title word, and آمنة before وهي as a name', () => {
    const count = 'ويقول مدير التعليم في الولاية حسن عوض إن عدد الجالسين بلغ 31 ألف طالب وطالبة، مضيفاً: «جهزنا مراكز إضافية في كل المحليات».';
    expect(speakers(count)).toEqual(['حسن عوض']);
    const carried = 'وقالت الشرطة في بيان: «تعاملت فرق الإسعاف مع الحادث فوراً». ونقل المصابون إلى مستشفى المدينة لتلقي العلاج. وأضاف البيان أن «التحقيقات ما زالت جارية».';
    expect(speakers(carried)).toEqual(['الشرطة', 'الشرطة']);
    expect(speakers('وقالت المتحدثة باسمها في تونس، سلوى بن علي، في تصريح: «الوضع مقلق جداً للجميع».')).toEqual(['سلوى بن علي']);
    expect(persons('«الحياة هنا صعبة علينا»، تقول آمنة وهي تمسح جبينها.')).toEqual(['آمنة']);
  });

  it('keeps a definite common noun after a name from becoming a surname, and reads محمد الأمين، سيف الدين and زميلتها X', () => {
    const text = 'وانتقد رئيس البلدية المعلقة عضويته محمد الأمين حاج عيسى القرار، وقال إن القرار سياسي. وأوضح القرار أن الأعضاء أخلوا بواجباتهم.';
    expect(persons(text)).toEqual(['محمد الأمين حاج عيسى']);
    expect(persons('لكن رئيس النقابة عبد الله سيف الدين اتهم الحكومة بالتقصير.')).toEqual(['عبد الله سيف الدين']);
    expect(persons('وتقول زميلتها رسل جبار، التي تحمل طفلتها، إن الراتب لا يكفي.')).toEqual(['رسل جبار']);
  });

  it('reads a place name right after نادي or فريق as the club, and the same name elsewhere as the place', () => {
    const text = 'فرض الاتحاد غرامة على نادي الريان، وقال المدير التنفيذي لنادي الريان إن المباراة أقيمت في الريان.';
    // (Since session 6 نادي is an organization cue: the club is named with it.)
    expect(findEntities(text).filter((m) => m.name.endsWith('الريان')).map((m) => [m.type, m.name])).toEqual([
      ['organization', 'نادي الريان'], ['organization', 'نادي الريان'], ['place', 'الريان'],
    ]);
  });
});
