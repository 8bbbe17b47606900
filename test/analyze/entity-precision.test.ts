/** Round-11 rules: what looks like an entity but is not one, told apart by general rules. Sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { analyzeStory, findEntities } from '../../src/analyze/index.js';
import { findDisagreements, type Fact } from '../../src/analyze/disagreements.js';
import { documentId } from '../../src/core/index.js';
import { doc } from './doc.js';

const of = (text: string, type: 'person' | 'place' | 'organization'): string[] =>
  findEntities(text).filter((m) => m.type === type).map((m) => m.text);
const names = (text: string, type: 'person' | 'place' | 'organization'): string[] =>
  findEntities(text).filter((m) => m.type === type).map((m) => m.name);

describe('organizations led by a word that is also an everyday noun', () => {
  it.each([
    'وتوقفت حركة السير على الطريق الدائري بعد الحادث.',
    'وعاد التيار الكهربائي إلى الحي بعد ست ساعات.',
    'وفاضت قناة تصريف قرب المدرسة.',
    'وأعلنت غرفة العمليات في البلدية رفع الجاهزية.',
    'ويتضمن برنامج المهرجان عروضا مسرحية.',
    'وأشاد الزوار بالبرنامج الثقافي للمعرض.',
    'وانتشرت الشرطة لتنظيم المرور قرب الملعب.',
    'وحدد الخبراء مركز الزلزال قرب الساحل.',
  ])('finds no organization in %s', (text) => {
    expect(of(text, 'organization')).toEqual([]);
  });

  it('keeps the same cue words before a name-like complement', () => {
    expect(of('وانتقدت حركة أمل، في بيان، القرار.', 'organization')).toEqual(['حركة أمل']);
    expect(of('وأعلن التيار الصدري الشيعي مقاطعة الجلسة.', 'organization')).toEqual(['التيار الصدري الشيعي']);
    expect(of('وطالبت الغرفة الوطنية للصناعة بخفض الرسوم.', 'organization')).toEqual(['الغرفة الوطنية للصناعة']);
    expect(of('وأفاد مركز رصد الزلازل بأن الهزة خفيفة.', 'organization')).toEqual(['مركز رصد الزلازل']);
  });
});

describe('organization boundaries', () => {
  it('splits two organizations joined by و + a new cue', () => {
    expect(of('ودعت منظمة العمل الدولية ومنظمة الهجرة الدولية إلى التنسيق.', 'organization')).toEqual(['منظمة العمل الدولية', 'منظمة الهجرة الدولية']);
    expect(of('وحذرت وزارة الزراعة وهيئة البيئة من الجفاف.', 'organization')).toEqual(['وزارة الزراعة', 'هيئة البيئة']);
  });

  it('keeps a ministry whose own name holds و', () => {
    expect(of('وأعلنت وزارة التجارة والصناعة قرارا جديدا.', 'organization')).toEqual(['وزارة التجارة والصناعة']);
  });

  it('leaves a title portfolio (للشؤون ...) out of the organization', () => {
    const text = 'وقال نائب رئيس الاتحاد العربي للنقل للشؤون الفنية سامر الدباس إن الخطة جاهزة.';
    expect(of(text, 'organization')).toEqual(['الاتحاد العربي للنقل']);
    expect(of(text, 'person')).toEqual(['سامر الدباس']);
  });

  it('keeps a royal title and its name inside an organization, and finds no person there', () => {
    const text = 'وافتتحت جامعة الملك سعود مختبرا جديدا للطاقة.';
    expect(of(text, 'organization')).toEqual(['جامعة الملك سعود']);
    expect(of(text, 'person')).toEqual([]);
  });
});

describe('persons need name words', () => {
  it('takes no reflexive pronoun for a name', () => {
    expect(of('وضربت العاصفة المحافظة نفسها قبل عامين.', 'person')).toEqual([]);
  });

  it('reads a common noun and its genitive after a title as a description of the title', () => {
    expect(of('وقال رئيس قسم الصيانة في الشركة سامر الخطيب إن العمل مستمر.', 'person')).toEqual(['سامر الخطيب']);
  });

  it('takes no verbal-noun phrase for a name', () => {
    expect(of('وانتقد سكان اللواء تأخر تنفيذ مشروع الطريق.', 'person')).toEqual([]);
  });

  it('keeps a definite second given name before ولد/بن and its complement', () => {
    expect(of('وقال الوزير سيدي الأمين ولد محمود، في مؤتمر صحافي، إن الحملة بدأت.', 'person')).toEqual(['سيدي الأمين ولد محمود']);
  });

  it('shows a person under the full name, not the patronymic alone', () => {
    const a = analyzeStory([doc('a', 'وقال المدير العام أحمدو ولد الطالب إن الميناء جاهز.\nوأضاف ولد الطالب أن السفن ستصل تباعا.')]);
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['أحمدو ولد الطالب']);
  });
});

describe('عمّان and عُمان', () => {
  it('follows the marks when the text writes them', () => {
    expect(names('وصل الوفد إلى عمّان مساء.', 'place')).toEqual(['عمّان']);
    expect(names('وصل الوفد إلى عُمان مساء.', 'place')).toEqual(['عُمان']);
  });

  it('follows a settling word before the name or one-sided context in the document', () => {
    expect(names('وشارك وفد من سلطنة عمان.', 'place')).toEqual(['عُمان']);
    expect(names('وقالت الحكومة الأردنية إن عمان ستستضيف الاجتماع.', 'place')).toEqual(['عمّان']);
  });

  it('keeps the unmarked form as written when nothing settles it', () => {
    expect(names('وصل الوفد إلى عمان مساء.', 'place')).toEqual(['عمان']);
  });

  it('keeps the two places apart in a story', () => {
    const a = analyzeStory([doc('a', 'وغادر الوزير عمّان متوجها إلى مسقط.'), doc('b', 'وزار الوزير عُمان الأسبوع الماضي.')]);
    const places = a.entities.filter((e) => e.type === 'place').map((e) => e.name).sort();
    expect(places).toEqual(['عمّان', 'عُمان', 'مسقط'].sort());
  });
});

describe("a story's own outlets", () => {
  it('are not listed among its organizations; other organizations are', () => {
    const a = analyzeStory([
      doc('a', 'وقالت صحيفة الفجر الجديد إن وزارة النقل أغلقت الطريق.', { outlet: 'صحيفة الفجر الجديد' }),
      doc('b', 'وذكرت الفجر الجديد أن وزارة النقل تدرس البدائل.', { outlet: 'موقع المرصد' }),
    ]);
    const orgs = a.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs).toContain('وزارة النقل');
    expect(orgs.some((o) => o.includes('الفجر'))).toBe(false);
  });
});

describe('disagreements never put one document on two sides', () => {
  const fact = (document: string, outlet: string, value: string): Fact => ({
    document: documentId(document), outlet, unit: 'درجه', value, label: 'القيمة بالدرجات', terms: new Set(['زلزال', 'قوه', 'ضرب', 'جنوب']),
  });

  it('drops a document giving two values in one group', () => {
    expect(findDisagreements([fact('a', 'الأولى', '5.8'), fact('a', 'الأولى', '5.6'), fact('b', 'الثانية', '4.3')], [])).toEqual([]);
  });

  it('keeps the disagreement between the documents giving one value each', () => {
    const d = findDisagreements([fact('a', 'الأولى', '5.8'), fact('a', 'الأولى', '5.6'), fact('b', 'الثانية', '4.3'), fact('c', 'الثالثة', '4.5')], []);
    expect(d).toHaveLength(1);
    expect(d[0]?.sides.map((s) => s.documents)).toEqual([['b'], ['c']]);
  });
});

describe('a final ه is not a ta marbuta in a text that writes ة', () => {
  it('does not read a word with the pronoun ـه as a town ending in ة', () => {
    expect(of('ويستقبل المعرض زواره يوميا حتى الساعة العاشرة مساء.', 'place')).toEqual([]);
  });

  it('keeps the town where it is written with ة, or where the text writes every ة as ه', () => {
    expect(of('ووصل الوفد إلى زوارة غرب العاصمة الليبية.', 'place')).toEqual(['زوارة']);
    expect(of('وصل الوفد الى زواره غرب طرابلس', 'place')).toEqual(['زواره', 'طرابلس']);
  });
});
