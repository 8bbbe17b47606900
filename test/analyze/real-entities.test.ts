import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/analyze/index.js';

/** The mentions of one text as [type, written span], in order. */
const mentions = (text: string): [string, string][] => findEntities(text).map((m) => [m.type, text.slice(m.start, m.end)]);
const places = (text: string): string[] => mentions(text).filter(([t]) => t === 'place').map(([, s]) => s);
const organizations = (text: string): string[] => mentions(text).filter(([t]) => t === 'organization').map(([, s]) => s);
const persons = (text: string): string[] => mentions(text).filter(([t]) => t === 'person').map(([, s]) => s);

describe('real news: foreign given names as wire translations write them', () => {
  it('finds a foreign name after a title in construct with a country, and its surname later', () => {
    const text = 'صرح رئيس وزراء كندا ستيفن هاربر بأن بلاده ستساعد. ثم قال هاربر إن المساعدات وصلت.';
    expect(persons(text)).toEqual(['ستيفن هاربر', 'هاربر']);
  });

  it('finds a foreign name with no title, and its surname alone afterwards', () => {
    const text = 'وأوضح الخبير الجيولوجي كريستوفر ماكلين أن الهزة كانت قوية . وأضاف ماكلين ان التحذير تأخر';
    expect(persons(text)).toEqual(['كريستوفر ماكلين', 'ماكلين']);
  });

  it('finds South Asian, Persian and Turkish given names of world news', () => {
    expect(persons('وأعلن شهباز رانا أن الحزب سيشارك، بينما رفض داريوش كامراني التعليق')).toEqual(['شهباز رانا', 'داريوش كامراني']);
  });

  it('finds a woman named by her foreign given name alone', () => {
    expect(persons('وقالت كاترينا إن أخاها ما زال مفقودا.')).toEqual(['كاترينا']);
  });

  it('leaves the Arabic words that look like short foreign names alone', () => {
    expect(persons('وقال إن الجو كان باردا وإن هو لم يحضر.')).toEqual([]);
  });
});

describe('real news: world places from the gazetteer', () => {
  it('finds oceans, seas and world regions', () => {
    expect(places('اجتاحت الموجة سواحل المحيط الهادئ ثم وصلت إلى بحر الصين الجنوبي.')).toEqual(['المحيط الهادئ', 'بحر الصين الجنوبي']);
    expect(places('ينتشر المرض في جنوب شرق آسيا وأمريكا اللاتينية.')).toEqual(['جنوب شرق آسيا', 'أمريكا اللاتينية']);
  });

  it('finds world cities, American states and British regions', () => {
    expect(places('انتقل الوفد من سياتل إلى تكساس ثم إلى مانشستر في يوركشاير')).toEqual(['سياتل', 'تكساس', 'مانشستر', 'يوركشاير']);
  });

  it('finds the spellings outlets use for Sri Lanka beside the ICU form', () => {
    expect(places('ضربت الأمواج سري لانكا وجزر المالديف.')).toContain('سري لانكا');
  });

  it('reads كانو, كانوا typed without its alif, as no city', () => {
    expect(places('الناس كانو ينامون حين وقعت الهزة')).toEqual([]);
  });
});

describe('real news: world organizations, press and abbreviations', () => {
  it('finds an agency written as spaced single letters', () => {
    expect(organizations('وذكرت أ ف ب أن الحصيلة ارتفعت.')).toEqual(['أ ف ب']);
    expect(organizations('حسب ما نقلت ا ف ب عن مصدر أمني')).toEqual(['ا ف ب']);
  });

  it('finds world companies and broadcasters as outlets write them', () => {
    expect(organizations('تتنافس جوجل وياهو على السوق، بينما تراجعت أسهم سيسكو.')).toEqual(['جوجل', 'ياهو', 'سيسكو']);
    expect(organizations('وأفادت شبكة إن بي سي نيوز بأن التحقيق بدأ')).toEqual(['إن بي سي نيوز']);
  });

  it('finds navies and police services of the world, longest name first', () => {
    expect(organizations('أعلنت البحرية الملكية البريطانية أن شرطة سكوتلاند يارد تحقق في الحادث.')).toEqual([
      'البحرية الملكية البريطانية',
      'شرطة سكوتلاند يارد',
    ]);
  });

  it('reads no party in the plural of governor', () => {
    expect(organizations('اجتمع الوزير مع المحافظين في مقر الوزارة')).not.toContain('المحافظين');
  });
});

describe('real news: shapes of foreign names (foreign-shapes.ts)', () => {
  it('reads a web address in Latin letters as an organization', () => {
    expect(organizations('وأعلن موقع Example.com وموقع news.example.org عن الصفقة')).toEqual(['Example.com', 'news.example.org']);
  });

  it('reads a Latin word with no domain after it as nothing', () => {
    expect(organizations('قال إن كلمة Example تعني مثالا')).toEqual([]);
  });

  it('reads a name before a transliterated street or square word as a place', () => {
    expect(places('انفجرت الحافلة قرب ماديسون سكوير صباحا')).toEqual(['ماديسون سكوير']);
    expect(places('تسوق السياح في أكسفورد ستريت أمس')).toEqual(['أكسفورد ستريت']);
  });

  it('reads a gazetteer place right after a ship designation as the ship, no place', () => {
    expect(places('اقتربت الفرقاطة مونتريال من الساحل')).toEqual([]);
    expect(places('رافقت المدمرة يو اس اس فلوريدا القافلة ثم عادت إلى فلوريدا')).toEqual(['فلوريدا']);
  });
});

describe('real news: words typed without their marks that are no name (names.ts)', () => {
  it('takes no accusative adverb or participle after a title for a name', () => {
    expect(persons('وفي المساء كان العقيد متوجها إلى الحدود')).toEqual([]);
    expect(persons('وكان المستشار مستعدا للرد')).toEqual([]);
  });

  it('ends a name before an adverb typed without tanween', () => {
    expect(persons('والتقى الرئيس جون كيري مؤخرا بالوفد')).toEqual(['جون كيري']);
  });

  it('takes no أن with a pronoun after a reporting verb for a name', () => {
    expect(persons('وتزعم أنهم عائدون للتفاوض')).toEqual([]);
  });

  it('ends a name before بعدم', () => {
    expect(persons('وطالب السيد هاربر بعدم نشر الصور')).toEqual(['هاربر']);
  });
});

describe('real news: family names after a foreign given name (given-names.ts)', () => {
  it('takes a three-letter family name that an Arabic given name would leave as a verb', () => {
    expect(persons('قال بيتر كار إن الوفد عاد')).toEqual(['بيتر كار']);
  });

  it('takes a family name ending in ـيا, and stops before a definite appositive', () => {
    expect(persons('وأكد ميهاي بوريا المتحدث باسم البلدية أن الطريق فتح')).toEqual(['ميهاي بوريا']);
  });

  it('finds the name after ل following a word of attribution', () => {
    expect(persons('وفقا لكيفن موراي ، الباحث في المعهد')).toEqual(['كيفن موراي']);
  });

  it('still stops before a present verb after the family name', () => {
    expect(persons('يقول جون ديل يعمل في الميناء منذ سنوات')).toEqual(['جون ديل']);
  });
});

describe('real news: titles of the wider world (data/people.ts)', () => {
  it('reads a name after an indefinite portfolio in construct with a country', () => {
    expect(persons('وصرح وزير خارجية كندا دونالد ماكي بأن السفارة ستفتح')).toEqual(['دونالد ماكي']);
    expect(persons('ورد رئيس وزراء أستراليا هوارد على المعارضة')).toEqual(['هوارد']);
  });

  it('reads a name after a transliterated rank or an honorific', () => {
    expect(persons('وقال الكولونيل بيرنز إن الدورية عادت')).toEqual(['بيرنز']);
    expect(persons('وقالت البارونة سكوتلاند إن القانون سيتغير')).toEqual(['سكوتلاند']);
  });
});

describe('real news: the naming verb يدعى (entities.ts)', () => {
  it('reads يدعي written with ي as "claims" in a text that writes ى, so what follows is no name', () => {
    const text = 'ظهر أحد المشتبه بهم ويدعى كمال تنوير ، في تسجيل يدعي ربط العملية بالتنظيم.';
    expect(persons(text)).toEqual(['كمال تنوير']);
  });

  it('keeps the naming reading where the text never writes ى', () => {
    expect(persons('وصل رجل يدعي سامر حداد ، ثم غادر')).toEqual(['سامر حداد']);
  });

  it('takes a family name in ت closed by punctuation after the naming verb, but not a verb going on to its object', () => {
    expect(persons('وكان بينهم شاب يدعى فيصل تيمور ، من المدينة')).toEqual(['فيصل تيمور']);
    expect(persons('وجلست امرأة تدعى كلير تقشر البرتقال')).toEqual(['كلير']);
  });
});

describe('real news: airports and ports as place cues (place-cues.ts)', () => {
  it('names the airport or port after its cue', () => {
    expect(places('هبطت الطائرة في مطار غاتويك الدولي مساء')).toEqual(['غاتويك']);
    expect(places('رست السفينة في ميناء روتردام')).toEqual(['روتردام']);
  });

  it('names no place in an airport or port described by an adjective or a generic noun', () => {
    expect(places('افتتح مطار دولي جديد، وتوسع مطار العاصمة')).toEqual([]);
  });
});

describe('real news: a three-letter family name found again alone (entities.ts)', () => {
  it('finds it as a reporting verb\'s subject or closed by punctuation', () => {
    const text = 'وتحدث المهندس مارك دين للصحفيين. ثم أوضح دين أن العمل تأخر. وشكر الفريق دين.';
    expect(persons(text)).toEqual(['مارك دين', 'دين', 'دين']);
  });

  it('leaves the common word it also is elsewhere', () => {
    const text = 'قال توني هول إن المبنى تضرر. وتحدث الشهود عن هول الكارثة في المدينة.';
    expect(persons(text)).toEqual(['توني هول']);
  });
});

describe('real news: a title in apposition closes the name after a reporting verb (entities.ts)', () => {
  it('reads the two words before the title as the name', () => {
    expect(persons('وقال غيرالد بريستون محامي المتهمين إن الحكم قاس')).toEqual(['غيرالد بريستون']);
  });

  it('takes no adjective that is also a title word for an apposition', () => {
    expect(persons('وقال إن الناس جاءت لتستمتع بأمسية كبيرة فعادت حزينة')).toEqual([]);
  });
});

describe('real news: a place word before an event noun names no place (place-cues.ts)', () => {
  it('reads منطقة الحدث and منطقة الزلازل as the area of an event', () => {
    expect(places('وصل الخبراء إلى منطقة الحدث بعد ساعة، ثم إلى منطقة الزلازل في الشمال')).toEqual([]);
  });
});

describe('real news: a name closed by an age in apposition (age-apposition.ts)', () => {
  it('reads the words before "، N عاما" or "(N عاما)" as a person', () => {
    expect(persons('وأدين كل من غيث ضرغامي ، 31 عاما ، وكذلك مهيار سلوم (28 عاما) بالتهمة')).toEqual(['غيث ضرغامي', 'مهيار سلوم']);
  });

  it('takes no present verb before a name into it', () => {
    expect(persons('في الصباح يرتب غيث ضرغامي، 31 عاما، أوراقه')).toEqual(['غيث ضرغامي']);
  });

  it('reads no age after a noun that is no name', () => {
    expect(persons('حكم عليه بالسجن، 20 عاما، بعد المحاكمة')).toEqual([]);
  });
});

describe('a rank word that is also a common noun (session 10, lead)', () => {
  it('reads الفريق as the team unless a given name or the rank complement follows it', () => {
    expect(persons('وقال الفريق وصل متأخرا إلى الملعب بسبب الزحام.')).toEqual([]);
    expect(persons('الفريق لعب بروح رياضية عالية طوال المباراة.')).toEqual([]);
    expect(persons('وصرح الفريق الركن خالد العبيدي بأن القوات تقدمت.')).toEqual(['خالد العبيدي']);
    expect(persons('وقال الفريق أول سامي الدباغ إن القوات جاهزة.')).toEqual(['سامي الدباغ']);
  });
});
