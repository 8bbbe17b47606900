import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/index.js';
import { doc } from './doc.js';
import { organizations, persons, places } from './probes.js';

describe('session 11: organizations named without a cue word (data/world-organizations.ts)', () => {
  it('finds international bodies, state institutions, parties and companies by their bare names', () => {
    expect(organizations('وفرضت فيفا غرامة على الاتحاد المحلي بعد أحداث المباراة.')).toContain('فيفا');
    expect(organizations('وأحالت النيابة العامة المتهمين الثلاثة إلى المحاكمة.')).toEqual(['النيابة العامة']);
    expect(organizations('ورفعت أرامكو أسعار الوقود للشهر الثاني.')).toEqual(['أرامكو']);
    expect(organizations('وقال متحدث باسم حماس إن الوفد وصل إلى القاهرة.')).toEqual(['حماس']);
  });

  it('keeps a nationality adjective after a listed body (النيابة العامة الليبية)', () => {
    expect(organizations('وفتحت النيابة العامة الليبية تحقيقا في الحادث.')).toEqual(['النيابة العامة الليبية']);
  });

  it('reads no company in a word it folds to (إبل: camels, not آبل)', () => {
    expect(organizations('وعرض المربون إبل السباق في السوق الأسبوعي.')).toEqual([]);
  });
});

describe('session 11: regional given names (data/given-names.ts REGIONAL_GIVEN_NAMES)', () => {
  it('finds a person with a Kurdish, Iranian or Maghrebi given name and no title', () => {
    expect(persons('جلست نازنين كريمي قرب النافذة تنتظر دورها.')).toEqual(['نازنين كريمي']);
    expect(persons('وجلس هوشيار برزنجي قرب الباب.')).toEqual(['هوشيار برزنجي']);
    expect(persons('وجلس بوعلام سعداوي قرب الباب.')).toEqual(['بوعلام سعداوي']);
  });

  it('leaves out words that are names too (سالمين: safe; جمعة: Friday)', () => {
    expect(persons('وصل الركاب سالمين معافين إلى الميناء.')).toEqual([]);
  });
});

describe('session 11: more world cities (data/world-places.ts)', () => {
  it('finds second cities of Europe, Turkey and South Asia by name', () => {
    expect(places('ووصل الوفد إلى غرناطة ثم إلى قونية قبل أن يتوجه إلى لكناو.')).toEqual(['غرناطة', 'قونية', 'لكناو']);
  });

  it('leaves out city names that are verbs or adjectives (رشّت، المحمرة)', () => {
    expect(places('رشّت الأم الماء على الوجوه المحمرة.')).toEqual([]);
  });
});

describe('session 11: world figures by family name (data/world-people.ts)', () => {
  it('finds a listed figure named by the family name alone', () => {
    expect(persons('واستقبل ساركوزي نظيره في الإليزيه.')).toEqual(['ساركوزي']);
    expect(persons('وزار بيلوسي وماكين العاصمة أمس.')).toEqual(['بيلوسي', 'ماكين']);
  });
});

describe('session 11: other spellings of countries (data/places.ts COUNTRY_ALIASES)', () => {
  it('finds a country under the name many outlets use beside the ICU one', () => {
    expect(places('وزار الوفد المجر والبوسنة ثم ميانمار.')).toEqual(['المجر', 'البوسنة', 'ميانمار']);
  });
});

describe('session 11: more trades and roles before a name (data/people.ts OCCUPATIONS)', () => {
  it('reads the name after a sportsman\'s or an artist\'s description', () => {
    expect(persons('ويقف الملاكم كيندر بلاكمور في الحلبة.')).toEqual(['كيندر بلاكمور']);
    expect(persons('وتجلس العازفة ميلينا غورسكي قرب المسرح.')).toEqual(['ميلينا غورسكي']);
  });
});

describe('session 11: one body under all its listed names', () => {
  it('FIFA and the Muslim Brotherhood are one organization each, whichever spelling an outlet uses', () => {
    const story = analyzeStory([
      doc('a', 'وفرضت فيفا غرامة على الاتحاد المحلي، وقالت الفيفا إن القرار نهائي.', { outlet: 'الأولى' }),
      doc('b', 'وأعلن الاتحاد الدولي لكرة القدم أن العقوبة نهائية. وقالت جماعة الإخوان المسلمين إن الإخوان المسلمون لن يشاركوا.', { outlet: 'الثانية' }),
    ]);
    const orgs = story.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs.filter((n) => /فيفا|كرة القدم/.test(n))).toEqual(['الفيفا']);
    expect(orgs.filter((n) => n.includes('الإخوان'))).toEqual(['الإخوان المسلمين']);
  });
});

describe('session 12: a body printed by its Latin abbreviation is the body its Arabic name lists', () => {
  it('NATO and حلف شمال الأطلسي, OPEC and أوبك are one organization each', () => {
    const story = analyzeStory([
      doc('a', 'وعقد وزراء دفاع حلف شمال الأطلسي اجتماعهم في العاصمة، فيما خفضت منظمة أوبك إنتاجها.', { outlet: 'الأولى' }),
      doc('b', 'وقال مسؤول في NATO إن الاجتماع انتهى دون بيان، وأكدت OPEC أن الخفض مؤقت.', { outlet: 'الثانية' }),
    ]);
    const orgs = story.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs.filter((n) => /الأطلسي|NATO/.test(n))).toEqual(['حلف شمال الأطلسي']);
    expect(orgs.filter((n) => /أوبك|OPEC/.test(n))).toEqual(['منظمة أوبك']);
  });
});
