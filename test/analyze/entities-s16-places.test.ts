import { describe, expect, it } from 'vitest';
import { organizations, persons, places } from './probes.js';

describe('session 16: landmarks named by their kind (landmarks.ts)', () => {
  it('reads a kind word and a definite name as one place', () => {
    expect(places('تجمع المحتجون في ساحة الشهداء ثم ساروا إلى شارع الحمراء.')).toEqual(['ساحة الشهداء', 'شارع الحمراء']);
    expect(places('وزار الوفد قبة الصخرة وكنيسة القيامة.')).toEqual(['قبة الصخرة', 'كنيسة القيامة']);
  });

  it('takes a person or town named inside the landmark into it, as no person or town of its own', () => {
    expect(places('صلى الرئيس في مسجد الحسن الثاني.')).toEqual(['مسجد الحسن الثاني']);
    expect(persons('صلى الرئيس في مسجد الحسن الثاني.')).toEqual([]);
    expect(places('ثم توجه الزوار إلى قلعة صلاح الدين.')).toEqual(['قلعة صلاح الدين']);
    expect(places('وصلى في جامع عمرو بن العاص ثم عبر جسر الملك فهد.')).toEqual(['جامع عمرو بن العاص', 'جسر الملك فهد']);
  });

  it('reads a transliterated or saint name after the kind word', () => {
    expect(places('وصعد السياح برج إيفل، ثم زاروا قصر عابدين في القاهرة.')).toEqual(['برج إيفل', 'قصر عابدين', 'القاهرة']);
    expect(places('أقيم القداس في كاتدرائية سانت بول.')).toEqual(['كاتدرائية سانت بول']);
  });

  it('reads no name in an adjective, a common complement, a pronoun or a verbal noun', () => {
    expect(places('وقف في شارع رئيسي قرب ساحة واسعة، ومسجد قريب، وجسر معلق.')).toEqual([]);
    expect(places('يعاني من قصر النظر، وزار حديقة الحيوان وساحة المعركة.')).toEqual([]);
    expect(places('ويقاتل الفريق في ساحة المنافسة، وعلى برج المراقبة حارس.')).toEqual([]);
    expect(places('وحاولت الحكومة سد العجز، وفتحت باب الحوار، وأغلقت باب طاعتها.')).toEqual([]);
  });
});

describe('session 16: features of the land named by their kind (place-cues.ts)', () => {
  it('reads deserts, seas, straits, volcanoes, island groups and falls', () => {
    expect(places('تمتد صحراء غوبي شمال الصين.')).toEqual(['غوبي', 'الصين']);
    expect(places('ويسمي القدماء المحيط الأطلسي بحر الظلمات، ويمر مضيق ماجلان جنوب القارة.')).toEqual(['المحيط الأطلسي', 'بحر الظلمات', 'مضيق ماجلان']);
    expect(places('وثار بركان فيزوف قرب نابولي.')).toEqual(['بركان فيزوف', 'نابولي']);
    expect(places('وزار الوفد شلالات إغوازو وجزر ماديرا.')).toEqual(['إغوازو', 'ماديرا']);
  });

  it('reads no name in an adjective of size or state after a feature', () => {
    expect(places('تسلق جبل شاهق، ثم عبر نهر جار، ووقف أمام جبل عال.')).toEqual([]);
    expect(places('وهذا ليس سوى قمة جبل الجليد.')).toEqual([]);
  });

  it('reads بحر as "within" a span of time and as a meter of verse', () => {
    expect(places('نظم الشاعر القصيدة على بحر الطويل في بحر أيام قليلة.')).toEqual([]);
  });

  it('reads an area of the body as no place', () => {
    expect(places('وفحص الطبيب منطقة الفم ومنطقة الصدر.')).toEqual([]);
    // (العين is a town: the cue still names it)
    expect(places('وصل الوفد إلى مدينة العين.')).toEqual(['العين']);
  });
});

describe('session 16: a comparison is no coordinated place (place-cues.ts)', () => {
  it('reads an elative before من as a comparison', () => {
    expect(places('والبحر أكبر من خليج العقبة وأصغر من المحيط.')).toEqual(['خليج العقبة']);
    expect(places('وتمتد الرحلة بين عرعر وطريف.')).toEqual(['عرعر', 'طريف']);
  });
});

describe('session 16: world geography and landmarks known by name (data/world-places.ts)', () => {
  it('knows seas named by an adjective, capes, continents by description and landmarks with the article', () => {
    expect(places('وتعبر السفن البحر العربي ثم رأس الرجاء الصالح نحو القارة العجوز.')).toEqual(['البحر العربي', 'رأس الرجاء الصالح', 'القارة العجوز']);
    expect(places('وصلى المئات في المسجد الأقصى.')).toEqual(['المسجد الأقصى']);
    expect(places('وزار السياح الأهرامات وأبو الهول.')).toEqual(['الأهرامات', 'أبو الهول']);
  });

  it('reads the Soviet Union spelled with two ي as the former state, no organization', () => {
    expect(places('وانهار الاتحاد السوفييتي عام 1991.')).toEqual(['الاتحاد السوفييتي']);
    expect(organizations('وانهار الاتحاد السوفييتي عام 1991.')).toEqual([]);
  });
});

describe('session 16: an elative after a feature cue (place-cues.ts)', () => {
  it('reads نهر أعظم as "a greater river"', () => {
    expect(places('وكان القدماء يعتقدون أن النيل ينبع من نهر أعظم يجري حول الأرض.')).toEqual(['النيل']);
    expect(places('ويجري النهر الأصفر في الصين.')).toEqual(['النهر الأصفر', 'الصين']);
  });
});

describe('session 16: lands named after a people or region (place-cues.ts)', () => {
  it('reads بلاد and its definite name as one place, and no land of no name', () => {
    expect(places('وغزا الجيش بلاد الروم ثم بلاد النوبة.')).toEqual(['بلاد الروم', 'بلاد النوبة']);
    expect(places('وهاجر كثيرون إلى بلاد المهجر وبلاد العالم.')).toEqual([]);
    expect(places('وانتشرت الأسود في أوراسيا.')).toEqual(['أوراسيا']);
  });
});

describe('session 16: a town named by a feminine nisba after a definite noun (entities.ts)', () => {
  it('reads it as the noun\'s adjective', () => {
    expect(places('وشغلت الحركة الظاهرية للشمس القدماء.')).toEqual([]);
    expect(places('واهتم القدماء بالحركة الظاهرية للشمس.')).toEqual([]);
    expect(places('وزار الوفد الظاهرية أمس.')).toEqual(['الظاهرية']);
  });
});

describe('session 16: pyramids, grottoes and caves (landmarks.ts, place-cues.ts)', () => {
  it('reads هرم with a name, مغارة and كهف as cues', () => {
    expect(places('وزار السياح هرم زوسر ومغارة جعيتا وكهف لاسكو.')).toEqual(['هرم زوسر', 'جعيتا', 'لاسكو']);
    expect(places('ويقع الوزير في قمة هرم السلطة، ودخل الصبي كهف مظلم.')).toEqual([]);
  });
});

describe('session 16: a town whose name is a common word is a place only where a cue names it', () => {
  it('reads حولي ("around me") as no place without a cue, and as the Kuwaiti town after one', () => {
    expect(places('وقال أحد السكان إن المياه غمرت كل شيء حولي في دقائق.')).toEqual([]);
    expect(places('وأغلقت الوزارة عيادات في محافظة حولي.')).toEqual(['حولي']);
  });
});

describe('session 16: sports grounds named by their kind, and what a port serves', () => {
  it('reads a ground and its name as one place, and no person inside it', () => {
    expect(places('وتقام المباراة على ملعب الأمير عبد الله الفيصل، ثم على استاد القاهرة.')).toHaveLength(2);
    expect(persons('وتقام المباراة على ملعب الأمير عبد الله الفيصل.')).toEqual([]);
  });

  it('reads no name in what a port or a ground serves', () => {
    expect(places('ورست السفينة في ميناء الصيد، وتدرب اللاعبون في ملعب التدريب.')).toEqual([]);
  });
});
