import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/analyze/index.js';
import { organizations, persons, places, speakers } from './probes.js';

const entities = (text: string): string[] => findEntities(text).map((m) => `${m.type}:${text.slice(m.start, m.end)}`);

describe('session 18: where a name ends after a nasab and before common nouns (names.ts, noun-shapes.ts)', () => {
  it('ends a name after بن X before a plural of a common noun (the verb\'s object)', () => {
    expect(persons('وافتتح الأمير محمد بن سعيد أجنحة المعرض الجديد في المدينة.')).toEqual(['محمد بن سعيد']);
    expect(persons('ودشن الأمير فيصل بن خالد مشروعات تنموية في المنطقة.')).toEqual(['فيصل بن خالد']);
    expect(persons('ووقع الشيخ حمد بن جاسم اتفاقيات مع الشركات الأجنبية.')).toEqual(['حمد بن جاسم']);
    expect(persons('وقدم الأمير خالد بن سلطان تبرعات للجمعيات الخيرية.')).toEqual(['خالد بن سلطان']);
    expect(persons('واستقبل الأمير عبد العزيز بن سلمان مسؤولين من الدول العربية.')).toEqual(['عبد العزيز بن سلمان']);
  });

  it('ends a name before a definite participle plural, after a nasab or not', () => {
    expect(persons('وكرم الأمير فيصل بن سلمان الفائزين بالجائزة.')).toEqual(['فيصل بن سلمان']);
    expect(persons('وقال محمد بن عيسى المسؤولين عن القطاع يعملون.')).toEqual(['محمد بن عيسى']);
    expect(persons('وحيا الوزير سامي خليل المشاركين في الدورة.')).toEqual(['سامي خليل']);
    expect(speakers('ووجه الأمير فيصل بن خالد المسؤولين قائلا: «نريد سرعة الإنجاز في المشاريع».')).toEqual(['فيصل بن خالد']);
  });

  it('after a nasab, takes a plain word only as a family name closed hard', () => {
    expect(persons('وزار ولي العهد الأمير محمد بن نايف مواقع المشروعات.')).toEqual(['محمد بن نايف']);
    expect(persons('وافتتح الأمير تركي بن طلال مطار أبها الجديد.')).toEqual(['تركي بن طلال']);
    expect(persons('وقال أحمد بن سعيد باعبود، مدير الشركة، إن الأرباح زادت.')).toEqual(['أحمد بن سعيد باعبود']);
    expect(persons('وقال إسماعيل ولد الشيخ أحمد إن المفاوضات مستمرة.')).toEqual(['إسماعيل ولد الشيخ أحمد']);
    expect(persons('وقال محمد ولد أحمد سالم إن الوضع مستقر.')).toEqual(['محمد ولد أحمد سالم']);
  });

  it('after a nasab, reads a definite verbal noun, a feminine noun or a noun with its adjective as the object', () => {
    expect(persons('وبحث الأمير فيصل بن خالد التعاون مع الوزارة.')).toEqual(['فيصل بن خالد']);
    expect(persons('واستعرض الأمير فيصل بن خالد التقرير السنوي.')).toEqual(['فيصل بن خالد']);
    expect(persons('وتسلم الأمير خالد بن سلمان الجائزة من الرئيس.')).toEqual(['خالد بن سلمان']);
    expect(persons('ودشن الأمير فيصل بن خالد المشروع الجديد.')).toEqual(['فيصل بن خالد']);
    // (a nisba or a definite family name of no such shape stays the family designation)
    expect(persons('وقال الأمير سلطان بن سلمان القحطاني إن السياحة تنمو.')).toEqual(['سلطان بن سلمان القحطاني']);
    expect(persons('وقال عبد الرحمن بن حمد العطية إن المجلس موحد.')).toEqual(['عبد الرحمن بن حمد العطية']);
    expect(persons('ودعا خالد بن سعيد الرواس أصحاب المحلات إلى الالتزام.')).toEqual(['خالد بن سعيد الرواس']);
  });

  it('takes the family designation of a nasab past four words (a compound name counts as two)', () => {
    expect(persons('وقال الشيخ عبد الله بن زايد آل نهيان إن العلاقات متينة.')).toEqual(['عبد الله بن زايد آل نهيان']);
    expect(persons('وقال عبد الله بن سعيد الحارثي إن الموسم جيد.')).toEqual(['عبد الله بن سعيد الحارثي']);
    expect(persons('وقال محمد بن عبد الله العلي إن الموسم جيد.')).toEqual(['محمد بن عبد الله العلي']);
  });

  it('keeps clan names in ـات or of a broken plural, and foreign names in ـون/ـين, outside a nasab', () => {
    expect(persons('وقال الوزير محمد علي بركات إن المشروع انتهى.')).toEqual(['محمد علي بركات']);
    expect(persons('وقال النائب خالد عبيدات إن القانون سيعدل.')).toEqual(['خالد عبيدات']);
    expect(persons('وقال النائب خالد المناصير إن القانون سيعدل.')).toEqual(['خالد المناصير']);
    expect(persons('وقال المدرب روبرت جاكسون إن الفريق جاهز.')).toEqual(['روبرت جاكسون']);
    expect(persons('وقال الممثل ريتشارد ميلتون إن الفيلم جديد.')).toEqual(['ريتشارد ميلتون']);
  });
});

describe('session 18: a facility named after a titled person is a place or a body (titled-facilities.ts)', () => {
  it('reads an airport, a port, a station, a road, a hall or a roundabout with its titled name as one place', () => {
    expect(places('وهبطت الطائرة في مطار الملك فهد الدولي بعد رحلة طويلة.')).toEqual(['مطار الملك فهد الدولي']);
    expect(places('وهبطت الطائرة في مطار الملكة علياء الدولي صباح اليوم.')).toEqual(['مطار الملكة علياء الدولي']);
    expect(places('ووصلت السفينة إلى ميناء الملك عبد الله في رابغ.')).toEqual(['ميناء الملك عبد الله', 'رابغ']);
    expect(places('وتوقف القطار في محطة الملك عبد العزيز.')).toEqual(['محطة الملك عبد العزيز']);
    expect(entities('ووقعت الحادثة قرب دوار الشيخ زايد في المدينة.')).toEqual(['place:دوار الشيخ زايد']);
    // (the person inside is no person of the text; a speaker's title over the facility still names him)
    expect(persons('وقال مدير مطار الملك خالد الدولي سعيد القحطاني إن الرحلات عادت.')).toEqual(['سعيد القحطاني']);
  });

  it('reads a college, a library or a clinic with its titled name as one body, a listed name in ة included', () => {
    expect(organizations('وتخرج الضابط في كلية الملك فهد الأمنية.')).toEqual(['كلية الملك فهد الأمنية']);
    expect(organizations('وتقام الندوة في مكتبة الملك عبد العزيز العامة.')).toEqual(['مكتبة الملك عبد العزيز العامة']);
    expect(organizations('واستعار الطالب كتبا من مكتبة ابن رشد.')).toEqual(['مكتبة ابن رشد']);
    expect(organizations('ونقل المصاب إلى مستشفى الأمير حمزة في عمان.')).toEqual(['مستشفى الأمير حمزة']);
    expect(organizations('وتدرس الطالبة في جامعة الأميرة نورة في الرياض.')).toEqual(['جامعة الأميرة نورة']);
  });

  it('reads no facility without a titled name (the place cue keeps its town, a common genitive is no name)', () => {
    expect(places('وهبطت الطائرة في مطار هيثرو بعد رحلة طويلة.')).toEqual(['هيثرو']);
    expect(entities('وأقيم الحفل في قاعة الاجتماعات بالوزارة.')).toEqual([]);
  });
});

describe('session 18, review: what the nasab and facility rules must leave alone', () => {
  it('reads عن طريق as "by way of": the titled person after it is a person, no road', () => {
    expect(persons('ووصلت الرسالة عن طريق الشيخ تميم بن حمد إلى الوفد.')).toEqual(['تميم بن حمد']);
    expect(places('ووصلت الرسالة عن طريق الشيخ تميم بن حمد إلى الوفد.')).toEqual([]);
  });

  it('keeps the family name before a title or a nationality', () => {
    expect(persons('وقال أحمد بن سعيد باعبود مدير الشركة إن الأرباح زادت.')).toEqual(['أحمد بن سعيد باعبود']);
    expect(persons('وقال سالم بن أحمد الغانم الكويتي إن الاجتماع انتهى.')).toEqual(['سالم بن أحمد الغانم']);
    expect(persons('وصرح خالد بن علي الجبير الإماراتي بأن الوفد وصل.')).toEqual(['خالد بن علي الجبير']);
    expect(persons('وصرح خالد بن علي الجبير السعودي بأن الوفد وصل.')).toEqual(['خالد بن علي الجبير']);
    // (a country in ـية gives its nationality too: no name takes it)
    expect(persons('وصرح خالد الجبير السعودي بأن الوفد وصل.')).toEqual(['خالد الجبير']);
  });

  it('keeps a clan name in ات with the article after a nasab, and ends the name before a definite plural with its adjective', () => {
    expect(persons('وقال سالم بن علي العبيدات إن العمل مستمر.')).toEqual(['سالم بن علي العبيدات']);
    expect(persons('وافتتح الأمير فيصل بن خالد المشروعات الجديدة في المنطقة.')).toEqual(['فيصل بن خالد']);
    // (a feminine participle plural with the article is said of people, as the masculine is: no clan)
    expect(persons('وكرمت الأميرة نورة بنت عبد الرحمن الفائزات، ثم غادرت.')).toEqual(['نورة بنت عبد الرحمن']);
    expect(persons('وقالت سلمى العبيدات إن العمل مستمر.')).toEqual(['سلمى العبيدات']);
  });

  it('ends the name before a noun written with ى and its adjective (no nisba)', () => {
    expect(persons('وافتتح الأمير خالد بن فيصل المستشفى الجديد في المدينة.')).toEqual(['خالد بن فيصل']);
    expect(persons('وافتتح الأمير خالد بن فيصل المبنى الجديد للجامعة.')).toEqual(['خالد بن فيصل']);
    expect(persons('وقال الأمير تركي بن طلال الفيصل إن الموسم بدأ.')).toEqual(['تركي بن طلال الفيصل']);
  });
});
