import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/index.js';
import { personShaped } from '../../src/analyze/name-shape.js';
import type { EntityMention } from '../../src/analyze/types.js';
import { doc } from './doc.js';

const mention = (text: string, type: EntityMention['type'] = 'person', name = text): EntityMention => ({ kind: 'entity-mention', text, type, form: text, name, source: 'cue', start: 10, end: 10 + text.length });
const shaped = (...texts: string[]): (string | null)[] => texts.map((t) => personShaped([mention(t)])[0]?.name ?? null);

describe('person mentions keep a name’s shape', () => {
  it('drops a mention that opens on a present verb, a ب/ل verbal noun, ل with the article, or a word with tanween', () => {
    expect(shaped('يحمل', 'يغادر الجولة', 'يتحدث', 'بتحسين الخدمات', 'لمطالب العمال', 'للمجلس', 'تقديراً')).toEqual([null, null, null, null, null, null, null]);
    expect(shaped('فهي', 'بينما', 'لأنهم', 'بينما يعمل الناس')).toEqual([null, null, null, null]);
  });

  it('cuts a name before such a word, with a joiner left dangling', () => {
    expect(shaped('سامي الخطيب يبتسم', 'خالد بن يستقبل', 'منى العلي بتكليف من')).toEqual(['سامي الخطيب', 'خالد', 'منى العلي']);
    const [m] = personShaped([mention('سامي الخطيب يبتسم')]);
    expect(m).toMatchObject({ text: 'سامي الخطيب', form: 'سامي الخطيب', start: 10, end: 10 + 'سامي الخطيب'.length });
  });

  it('takes a feminine noun with its adjective, or after a name with the article, for the object of the sentence', () => {
    expect(shaped('محطة جديدة لتحلية', 'رائد أبو السعود محطة', 'هالة الكردي حملة')).toEqual([null, 'رائد أبو السعود', 'هالة الكردي']);
    expect(shaped('نور الدين بوخالفة', 'فاطمة الزهراء بوعزة', 'أسامة حمزة')).toEqual(['نور الدين بوخالفة', 'فاطمة الزهراء بوعزة', 'أسامة حمزة']);
  });

  it('leaves names alone: listed given names, transliterations, kunyas, function words beside other words', () => {
    const names = ['يحيى السنوار', 'يسرى الجمل', 'يوكو أونو', 'ياسين العمري', 'ستيفن هوكينغ', 'فرنسوا هولاند', 'أم محمد', 'محمد نور حسب الله', 'غير بيدرسن', 'بتول الحسن', 'لمياء المهدي', 'كالفن هاريس'];
    expect(shaped(...names)).toEqual(names);
  });

  it('judges a surname by the full name it stands for, and leaves other types alone', () => {
    const place = mention('يغادر', 'place');
    const surname = mention('الحوراني', 'person', 'سليم الحوراني');
    expect(personShaped([place, surname])).toEqual([place, surname]);
    expect(personShaped([mention('الجولة', 'person', 'يغادر الجولة'), mention('الناس', 'person', 'محمد بتبليغ الناس')])).toEqual([]);
    expect(personShaped([mention('عبد', 'person', 'عبد الله العلي'), mention('أبو'), mention('بن')])).toEqual([]);
    expect(shaped('أبو دي')).toEqual(['أبو دي']);
  });
});

describe('a title whose "person" is the sentence\'s object', () => {
  it('is the speaker itself, and the object is no person', () => {
    const a = analyzeStory([
      doc('a', 'افتتح وزير النقل محطة جديدة للحافلات في وسط المدينة صباح الأحد. وقال الوزير في كلمته إن "المحطة ستخدم عشرين ألف راكب يوميا".'),
    ]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['وزير النقل']);
    expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('is the person another report of the story names with that title (one outlet: the minister; the other: his name)', () => {
    const a = analyzeStory([
      doc('a', 'افتتح وزير النقل محطة جديدة للحافلات في وسط المدينة صباح الأحد. وقال الوزير في كلمته إن "المحطة ستخدم عشرين ألف راكب يوميا".', { outlet: 'الأولى' }),
      doc('b', 'دشن وزير النقل الأردني ماهر القضاة محطة للحافلات في وسط عمّان. وأكد القضاة أن «المحطة ستخدم عشرين ألف راكب يوميا».', { outlet: 'الثانية' }),
    ]);
    expect(a.quotes.map((q) => [q.speaker, q.documents.length])).toEqual([['ماهر القضاة', 2]]);
  });
});
