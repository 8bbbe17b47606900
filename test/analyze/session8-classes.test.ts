import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/index.js';
import { doc } from './doc.js';
import { organizations, persons, speakers } from './probes.js';

describe('a scene verb\'s subject and its object, session 8 classes', () => {
  it('ends a name before a noun carrying the pronoun ه, the verb\'s object (`يسحب X شباكه`)', () => {
    const text = 'مع أول ضوء على شاطئ البحيرة، يسحب سعيد أبو حمدان شباكه إلى قارب صغير. "السمك قليل هذا العام"، يقول الصياد الستيني، "والحمد لله على كل حال".';
    expect(speakers(text)).toEqual(['سعيد أبو حمدان', 'سعيد أبو حمدان']);
    expect(persons('ويجمع منير السعدي حطبه قبل الغروب.')).toEqual(['منير السعدي']);
  });

  it('keeps names that end in a written ه after ي or ا, زاده and الله', () => {
    expect(persons('وقال محمد نبيه إن الاجتماع انتهى.')).toEqual(['محمد نبيه']);
    expect(persons('وقال محمد علي زاده إن الاجتماع انتهى.')).toEqual(['محمد علي زاده']);
    expect(persons('وقال سالم عبد الله إن الاجتماع انتهى.')).toEqual(['سالم عبد الله']);
  });
});

describe('an organization\'s remit in construct, session 8 classes', () => {
  it('runs a ل-remit on through a second construct noun to the genitive that closes it (`لسكك حديد مصر`)', () => {
    expect(speakers('وقال مصدر في الهيئة الوطنية لسكك حديد السودان إن «السائق لم يتوقف عند الإشارة».')).toEqual(['مصدر في الهيئة الوطنية لسكك حديد السودان']);
    expect(organizations('وأعلنت الهيئة القومية لمياه الشرب أن الضخ سيعود غداً.')).toEqual(['الهيئة القومية لمياه الشرب']);
  });

  it('keeps a و-noun that shares the remit\'s genitive (`لإدارة وتشغيل المرافئ`), even after a cue-like noun', () => {
    expect(speakers('وقالت شركة بنغازي لإدارة وتشغيل المرافئ في بيان إن «الحركة عادت إلى طبيعتها».')).toEqual(['شركة بنغازي لإدارة وتشغيل المرافئ']);
    // A cue word after ل with its own genitive is another body.
    expect(organizations('وقال مكتب بغداد لوزارة الصحة إن العمل مستمر.')).not.toContain('مكتب بغداد لوزارة الصحة');
  });
});

describe('a given name before a definite object, session 8 classes', () => {
  it('reads `يفك X الحبال` as the person named in full before, though an earlier mention of the same shape was not resolved', () => {
    const text = 'يجلس منصور عطية قرب خيمته كل صباح. ورث منصور الصنعة عن أبيه. وعند المساء يجمع منصور الأغنام في الحظيرة. «الرزق على الله»، يقول ضاحكاً.';
    expect(persons(text)).toContain('منصور عطية');
    expect(persons(text)).not.toContain('منصور الأغنام');
    expect(speakers(text)).toEqual(['منصور عطية']);
  });
});

describe('a title over a body no list knows, session 8 classes', () => {
  it('finds the listed given name after an institution word and the body\'s unknown name (`رئيس نادي سماهيج علي حسن الكواري`)', () => {
    const text = 'ورفض رئيس نادي سماهيج علي حسن الكواري تحميل ناديه المسؤولية، وقال: "جماهيرنا ردت على استفزاز واضح".';
    expect(speakers(text)).toEqual(['علي حسن الكواري']);
    expect(persons(text)).toEqual(['علي حسن الكواري']);
    // No listed given name after the body's name: no person.
    expect(persons('وقال رئيس نادي سماهيج إن الفريق سيستأنف القرار.')).toEqual([]);
  });
});

describe('a given name a long vowel apart, session 8 classes', () => {
  it('does not find `علي حسون` in one document as a spelling of `علي حسن الكواري` named in another', () => {
    const story = analyzeStory([
      doc('a', 'ورفض رئيس نادي سماهيج علي حسن الكواري تحميل ناديه المسؤولية، وقال: "جماهيرنا ردت على استفزاز واضح".'),
      doc('b', 'في السكن الجامعي، يطبخ علي حسون العشاء لزملائه كل مساء، ويقول: "نتقاسم كل شيء هنا".'),
    ]);
    const merged = story.entities.filter((e) => e.type === 'person' && e.variants.some((v) => v.includes('حسون')) && e.variants.some((v) => v.includes('الكواري')));
    expect(merged).toEqual([]);
  });
});

describe('a statement\'s issuer in its genitive, session 8 classes', () => {
  it('gives `بيان للوزارة` to the ministry named before, though an agency is named right after it', () => {
    const text = 'وأرسلت وزارة الصحة التونسية لجنة تحقيق إلى المستشفى. وجاء في بيان للوزارة نقلته وكالة تونس أفريقيا للأنباء أن اللجنة "ستستمع إلى كل الطاقم الطبي".';
    expect(speakers(text)).toEqual(['وزارة الصحة التونسية']);
  });

  it('gives `بيان اللجنة` to the committee named before', () => {
    const text = 'وفرضت لجنة الانضباط في الاتحاد الكويتي لكرة القدم غرامة على النادي. وجاء في بيان اللجنة أن المدرب "رفض مغادرة الملعب بعد طرده".';
    expect(speakers(text)).toEqual(['لجنة الانضباط']);
  });
});

describe('a family name before the verb\'s object, session 8 classes', () => {
  it('keeps a nisba third word before a definite or plain noun, the object (`أعلن … X Y المهندي القرار`)', () => {
    expect(speakers('وأعلن أمين السر العام للاتحاد ناصر جاسم المهندي القرار في مؤتمر صحافي عقده أمس، وقال: "لن نسمح بتكرار ما جرى".')).toEqual(['ناصر جاسم المهندي']);
    expect(persons('ورفض رئيس نادي الشباب حمد علي الكواري تحميل ناديه المسؤولية.')).toEqual(['حمد علي الكواري']);
  });
});

describe('an outlet addressed is no speaker, session 8 classes', () => {
  it('reads `وقال لصحيفة «X» إن` as addressed to the outlet, the speaker carried over', () => {
    expect(speakers('في المقابل، نفى صاحب إحدى الحملات المعنية سالم الدوسري الاتهامات، وقال لصحيفة «الوطن» إن «الأسماء كانت بديلة لحجاج اعتذروا».')).toEqual(['سالم الدوسري']);
  });

  it('ends a name before `لموقعنا` ("to our site")', () => {
    expect(speakers('وقال رئيس بلدية أطار محمد ولد أحمد لموقعنا إن "النخيل ماتت بسبب العطش".')).toEqual(['محمد ولد أحمد']);
  });
});

describe('an indefinite object after a scene verb\'s subject, session 8 classes', () => {
  it('ends a run of three plain words before the object that its genitive or adjective follows (`تقيس … X Y قلادة عريضة`)', () => {
    const text = 'وفي الركن الآخر، تقيس سائحة فرنسية تدعى ماري دوبوا قلادة عريضة، وتقول: «جئت من باريس لأشتري من هنا».';
    expect(speakers(text)).toEqual(['ماري دوبوا']);
    expect(persons(text)).toEqual(['ماري دوبوا']);
  });

  it('does not cut a three-word name that a preposition or a clause closes', () => {
    expect(persons('يقول ماري دوبوا لوران إن الرحلة طويلة.')).not.toContain('ماري دوبوا');
  });
});

describe('a definite family name before a definite object, session 8 classes', () => {
  it('keeps a definite third word when a definite noun no adjective could be follows, closed by a preposition (`X Y الخياط القرار في`)', () => {
    expect(speakers('وأعلن أمين السر العام للاتحاد ناصر جاسم الخياط القرار في مؤتمر صحافي، وقال: "لن نسمح بتكرار ما جرى".')).toEqual(['ناصر جاسم الخياط']);
  });

  it('does not when the next word is shaped like an adjective of it (`X Y الوفد الزائر`)', () => {
    expect(persons('واستقبل المحافظ سامي نبيل الوفد الزائر في مكتبه.')).not.toContain('سامي نبيل الوفد');
  });
});
