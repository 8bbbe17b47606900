import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeStory, findEntities } from '../../src/analyze/index.js';
import { doc } from './doc.js';

const find = (text: string, written: string) => findEntities(text).find((m) => m.text === written);

describe('findEntities', () => {
  it('finds places, organizations and a person named after a title, offsets without proclitics', () => {
    const text = 'قال وزير الخارجية الأردني، سامر الخطيب، إن وزارة الخارجية الأردنية تتابع الوضع في غزة وبالعراق.';
    const ms = findEntities(text);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(find(text, 'سامر الخطيب')?.type).toBe('person');
    expect(find(text, 'وزارة الخارجية الأردنية')?.type).toBe('organization');
    expect(find(text, 'غزة')?.type).toBe('place');
    expect(find(text, 'العراق')?.type).toBe('place');
  });

  it('takes a name after a naming word (ويدعى، اسمها) only when it follows directly, not a quote after a colon', () => {
    expect(find('وقال أحد النازحين ويدعى آدم إسحق إن المخيم امتلأ.', 'آدم إسحق')?.type).toBe('person');
    expect(findEntities('وقالت موظفة رفضت ذكر اسمها: «نعيش بلا كهرباء منذ أسبوع».').filter((m) => m.type === 'person')).toEqual([]);
  });

  it('finds a surname-only mention after the full name', () => {
    const text = 'أعلن رئيس الوزراء الكندي، مارتن ليفبر، خطة جديدة. وقال ليفبر إن الخطة ستنفذ سريعا.';
    const surname = findEntities(text).filter((m) => m.text === 'ليفبر');
    expect(surname).toHaveLength(1);
    expect(surname[0]?.name).toBe('مارتن ليفبر');
  });

  it('reads a Gulf family chain to its end, but not a verb object after a name', () => {
    expect(find('وقال أمير الكويت الشيخ مشعل الأحمد الجابر الصباح إن الأمن واحد.', 'مشعل الأحمد الجابر الصباح')?.type).toBe('person');
    const persons = findEntities('وافتتح الرئيس الفرنسي فرنسوا هولاند الاجتماع داعيا المشاركين إلى الحوار.').filter((m) => m.type === 'person');
    expect(persons.map((m) => m.text)).toEqual(['فرنسوا هولاند']);
  });

  it('does not take a counted title (13 وزير دفاع) for a person', () => {
    expect(findEntities('اجتمع 13 وزير دفاع في باريس.').filter((m) => m.type === 'person')).toEqual([]);
    expect(findEntities('اجتمع ثلاثة عشر وزير دفاع في باريس.').filter((m) => m.type === 'person')).toEqual([]);
  });

  it('reads a quoted outlet after a media cue or an addressee لـ as an organization, not a quote', () => {
    const text = 'وقال المتحدث لصحيفة «الوطن الجديد»: «الأمر انتهى».';
    expect(find(text, 'الوطن الجديد')?.type).toBe('organization');
  });

  it('never throws and keeps offsets on arbitrary text', () => {
    const words = ['وزير', 'الدفاع', 'قال', 'كارتر', '«', '»', '"', 'في', 'الرقة', '،', 'منظمة', '13', 'ثلاثة', 'جان-ايف', 'لـ', '\n', 'الأمير', 'بن'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 4 })), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        for (const m of findEntities(text)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('entity merging across a story', () => {
  const story = analyzeStory([
    doc('a', 'أعلن وزير الدفاع الأميركي، آشتون كارتر، خطة جديدة. وأكد كارتر أن تنظيم داعش يتراجع في سورية.', { outlet: 'أ' }),
    doc('b', 'قال وزير الدفاع الامريكي اشتون كارتر إن تنظيم الدولة الإسلامية يتراجع في سوريا.', { outlet: 'ب' }),
    doc('c', 'وكان نظيره الفرنسي جان-ايف لودريان قد زار بغداد. وقال لودريان إن المعركة صعبة.', { outlet: 'ج' }),
    doc('d', 'من جانبه، قال وزير الدفاع الفرنسي، جان إيف لو دوريان، إن المعركة طويلة. وأضاف أشتون كارتر أن الخطة جاهزة.', { outlet: 'د' }),
  ]);
  const named = (type: string, variant: string) => story.entities.filter((e) => e.type === type && e.variants.includes(variant));

  it('merges spelling variants and surname-only mentions into one person', () => {
    const carter = named('person', 'كارتر');
    expect(carter).toHaveLength(1);
    expect(carter[0]?.variants).toEqual(expect.arrayContaining(['آشتون كارتر', 'اشتون كارتر', 'أشتون كارتر', 'كارتر']));
    expect(carter[0]?.documents).toHaveLength(3);
  });

  it('merges hyphenated and spaced spellings (جان-ايف لودريان / جان إيف لو دوريان)', () => {
    const ledrian = named('person', 'لودريان');
    expect(ledrian).toHaveLength(1);
    expect(ledrian[0]?.variants).toEqual(expect.arrayContaining(['جان-ايف لودريان', 'جان إيف لو دوريان']));
  });

  it('merges aliases (داعش / تنظيم الدولة الإسلامية, سورية / سوريا)', () => {
    expect(named('organization', 'تنظيم الدولة الإسلامية')[0]?.variants).toEqual(expect.arrayContaining(['تنظيم داعش']));
    expect(named('place', 'سورية')[0]?.variants).toEqual(expect.arrayContaining(['سوريا']));
  });

  it('names an entity by its most frequent full form and counts every mention', () => {
    const carter = named('person', 'كارتر')[0];
    expect(carter?.name.split(' ')).toHaveLength(2);
    expect(carter?.mentions).toBe(4);
  });
});

describe('person merging across a story', () => {
  it('keeps two names apart when a word changes its first letter, within the spelling tolerance or not', () => {
    const a = analyzeStory([
      doc('a', 'وقال المتحدث باسم الدفاع المدني العقيد محمد الحمادي إن "الفرق تعمل منذ الفجر".'),
      doc('b', 'وقال رئيس الغرفة الوطنية للمخابز محمد الجمالي إن "المخابز لم تتسلم الدعم".'),
      doc('c', 'وقال وزير الدفاع الأميركي آشتون كارتر إن "الحملة بدأت".\nوأضاف أشتون كارتر أن "الحلفاء سيشاركون".'),
    ]);
    const persons = a.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(persons).toEqual(expect.arrayContaining(['محمد الحمادي', 'محمد الجمالي']));
    expect(a.entities.filter((e) => e.type === 'person' && e.name.endsWith('كارتر'))).toHaveLength(1);
  });
});
