import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/index.js';
import { doc } from './doc.js';

const persons = (texts: readonly string[]): string[][] =>
  analyzeStory(texts.map((t, i) => doc(`d${i}`, t)))
    .entities.filter((e) => e.type === 'person')
    .map((e) => [e.name, ...e.variants.filter((v) => v !== e.name)].sort());

describe('one person across a story', () => {
  it('does not take a definite given name for a look-alike family name (الحسين ≠ الحسيني، الحسان)', () => {
    const a = persons(['وقال النائب ياسر الحسيني إن الجلسة تأجلت.', 'وقال الحرفي الحسين أوبلا إن الأسعار ارتفعت. ويضيف الحسين أن الزبائن قلوا.']);
    expect(a.find((p) => p.includes('ياسر الحسيني'))).toEqual(['ياسر الحسيني']);
    const b = persons(['وقال المدرب محمد الحسان إن الفريق جاهز.', 'وقال الحرفي الحسين أوبلا إن الأسعار ارتفعت. ويضيف الحسين أن الزبائن قلوا.']);
    expect(b.find((p) => p.includes('محمد الحسان'))).toEqual(['محمد الحسان']);
  });

  it('keeps two known given names apart, though their letters differ only by a long vowel (محمد ≠ محمود)', () => {
    const a = persons(['وقال المهندس محمد الشاذلي إن الأشغال بدأت.', 'وقال المرشد محمود الشاذلي إن الموسم تأخر.']);
    expect(a.find((p) => p.includes('محمد الشاذلي'))).toEqual(['محمد الشاذلي']);
    expect(a.find((p) => p.includes('محمود الشاذلي'))).toEqual(['محمود الشاذلي']);
  });

  it('still merges spellings of a name whose given name is not a known one (آشتون/أشتون كارتر)', () => {
    const a = persons(['وقال الوزير آشتون كارتر إن الخطة جاهزة.', 'وأكد الوزير أشتون كارتر أن العملية بدأت.']);
    expect(a).toHaveLength(1);
  });

  it('does not read the second half of عبد X as a surname (جاسم عبد الحسين)', () => {
    const a = persons(['وقال المهندس جاسم عبد الحسين إن العمل مستمر.', 'وقال الحرفي الحسين أوبلا إن الأسعار ارتفعت. ويضيف الحسين أن الزبائن قلوا.']);
    expect(a.find((p) => p.includes('جاسم عبد الحسين'))).toEqual(['جاسم عبد الحسين']);
  });
});

describe('a name and what follows it', () => {
  it('does not take a longer name for a first-and-middle name spelled differently (محمد ولد أحمدو ≠ محمد ولد أحمد سالم)', () => {
    const a = persons(['وقال الوزير محمد ولد أحمد سالم إن الخطة جاهزة.', 'وقال التاجر محمد ولد أحمدو إن الأسعار ارتفعت.']);
    expect(a.find((p) => p.includes('محمد ولد أحمد سالم'))).toEqual(['محمد ولد أحمد سالم']);
  });

  it('ends a titled name before the object of a transitive reporting verb (وصف رئيس النادي X القرار)', () => {
    const a = persons(['وصف رئيس النادي عمر الجبوري القرار بأنه قاس. والقرار الآن بيد الاتحاد.']);
    expect(a).toEqual([['عمر الجبوري']]);
  });
});

describe('disagreements need more than a country in common', () => {
  it('does not compare two trials that share only a neighbouring country', () => {
    const a = analyzeStory([
      doc('a', 'قضت المحكمة بسجن 11 متهماً في قضية تهريب الوقود عبر الحدود مع مالي.', { outlet: 'الأولى' }),
      doc('b', 'قضت المحكمة بسجن 14 متهماً في قضية تهريب المهاجرين عبر الحدود مع مالي.', { outlet: 'الثانية' }),
    ]);
    expect(a.disagreements).toEqual([]);
  });
});

describe('words that are never a name', () => {
  it('does not start a name with a conjunction of time after a title and its remit (لحين، ريثما)', () => {
    expect(persons(['وأوقف المجلس المدير عن العمل لحين صدور الحكم.'])).toEqual([]);
    expect(persons(['وأوقف المجلس المدير عن العمل ريثما ينتهي التحقيق.'])).toEqual([]);
  });
});
