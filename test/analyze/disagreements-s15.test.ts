/** Session 15: tolls written before their figure, Arabic thousands separators, figures revised over time. */
import { describe, expect, it } from 'vitest';
import { analyzeStory, findQuantities } from '../../src/analyze/index.js';
import { doc } from './doc.js';

const read = (text: string) => findQuantities(text).map((q) => [q.value, q.toll ?? null]);

describe('figures with an Arabic thousands separator', () => {
  it('reads 120،000 and 2٬500 as thousands and 1،7 as a decimal', () => {
    expect(findQuantities('أجلت السلطات 120،000 شخص من الساحل ونقلت 2٬500 مهاجر.').map((q) => q.value)).toEqual([120000, 2500]);
    expect(findQuantities('كان القارب على بعد 1،7 ميل من الساحل.').map((q) => q.value)).toEqual([1.7]);
  });
});

describe('a toll written before its figure', () => {
  it('reads the figure after عدد القتلى / حصيلة الجرحى / الضحايا and a reaching verb, with or without a noun after it', () => {
    expect(read('وأكدت السلطات أن عدد القتلى تجاوز 340.')).toEqual([[340, 'deaths']]);
    expect(read('وارتفعت حصيلة الجرحى إلى نحو 41 في المدينة.')).toEqual([[41, 'injured']]);
    expect(read('ضحايا الإعصار يصل لأكثر من 2،300')).toEqual([[2300, 'deaths']]);
    expect(read('مقتل 5 وإصابة 12 في انفجار بالعاصمة')).toEqual([[5, 'deaths'], [12, 'injured']]);
    expect(read('إن عدد القتلى من جراء الانهيار الذي ضرب الحي القديم يستمر في الارتفاع متجاوزا 60 شخصا')).toEqual([[60, 'deaths']]);
  });

  it('reads no toll in a forecast, across punctuation, or when the figure counts something else', () => {
    expect(read('وقال مسؤول إن عدد القتلى قد يرتفع إلى أكثر من 1000 حيث لم تصل الفرق بعد.')).toEqual([[1000, null]]);
    expect(read('وقد يصل عدد الوفيات إلى 500.')).toEqual([]);
    expect(read('وبين القتلى أطفال، وبلغ 30.')).toEqual([]);
    expect(read('ودفن القتلى أمس فيما بلغ عدد المنازل المدمرة 70.')).toEqual([]);
    expect(read('وبلغت نسبة إصابة 30 في المئة من السكان.')).toEqual([]);
  });

  it('makes two reports\' tolls written so a disagreement', () => {
    const a = analyzeStory([
      doc('a', 'وأعلنت وزارة الصحة في ولاية أسام أن عدد القتلى في الفيضانات تجاوز 340 حتى مساء أمس.', { outlet: 'الأولى' }),
      doc('b', 'وقالت وزارة الصحة في ولاية أسام إن حصيلة القتلى في الفيضانات بلغت 410.', { outlet: 'الثانية' }),
    ]);
    expect(a.disagreements.map((d) => [d.topic, d.sides.map((s) => s.value)])).toEqual([['عدد القتلى', ['340', '410']]]);
  });
});

describe('a figure revised over time', () => {
  const report = (id: string, toll: string, published: string) =>
    doc(id, `لقي ${toll} شخصا حتفهم في الفيضانات التي اجتاحت ولاية أسام بحسب وزارة الصحة.`, { outlet: id, published });

  it('orders the sides by day and marks an update when each side was published before the next', () => {
    const a = analyzeStory([report('الثالثة', '410', '2026-07-04T08:00:00+05:30'), report('الأولى', '120', '2026-07-01'), report('الثانية', '260', '2026-07-02')]);
    expect(a.disagreements).toEqual([
      {
        topic: 'عدد القتلى',
        update: true,
        sides: [
          { value: '120', documents: ['الأولى'], outlets: ['الأولى'], published: ['2026-07-01'] },
          { value: '260', documents: ['الثانية'], outlets: ['الثانية'], published: ['2026-07-02'] },
          { value: '410', documents: ['الثالثة'], outlets: ['الثالثة'], published: ['2026-07-04'] },
        ],
      },
    ]);
  });

  it('keeps a disagreement (no update) when two sides were published the same day or a side is undated', () => {
    const sameDay = analyzeStory([report('الأولى', '120', '2026-07-01'), report('الثانية', '260', '2026-07-01'), report('الثالثة', '410', '2026-07-04')]);
    expect(sameDay.disagreements.map((d) => d.update ?? false)).toEqual([false]);
    const undated = analyzeStory([report('الأولى', '120', '2026-07-01'), doc('ب', 'لقي 260 شخصا حتفهم في الفيضانات التي اجتاحت ولاية أسام بحسب وزارة الصحة.', { outlet: 'ب' })]);
    expect(undated.disagreements.map((d) => [d.update ?? false, d.sides.map((s) => s.published ?? null)])).toEqual([[false, [['2026-07-01'], null]]]);
  });
});

describe('the day of an event told differently by reports of different days', () => {
  it('is a disagreement, not an update: an event\'s day is no running figure', () => {
    const opening = (id: string, day: string, published: string) =>
      doc(id, `افتتح وزير النقل الجسر الجديد فوق نهر الزرقاء يوم ${day} مارس بحضور المحافظ وعدد من النواب.`, { outlet: id, published });
    const a = analyzeStory([opening('الأولى', '3', '2026-03-04'), opening('الثانية', '4', '2026-03-06')]);
    expect(a.disagreements.map((d) => [d.update ?? false, d.sides.map((s) => s.value)])).toEqual([[false, ['2026-03-03', '2026-03-04']]]);
  });
});

describe('two written as a dual', () => {
  it('reads a dual of a listed unit and a noun followed by اثنين as two, but not a sound plural or a definite dual', () => {
    const q = (text: string) => findQuantities(text).map((x) => [x.value, x.unit]);
    expect(q('استمر الاجتماع يومين وشاركت فيه دولتان.')).toEqual([[2, 'يوم'], [2, 'دوله']]);
    expect(q('ولا تزال الفرق تبحث عن مفقودَين اثنين.')).toEqual([[2, 'مفقود']]);
    expect(q('ولا يزال البحث جاريا عن مفقودين وأجلي العاملين من الدولتين.')).toEqual([]);
    expect(q('وأصيب 3 مفقودين.')).toEqual([[3, 'مفقود']]);
  });

  it('makes a dual toll one side of a disagreement, and leaves out an addition (جثتين جديدتين)', () => {
    const flood = (id: string, lead: string) => doc(id, `${lead} في مجرى وادي الموجب جنوب العاصمة بحسب الدفاع المدني.`, { outlet: id });
    const a = analyzeStory([
      flood('الأولى', 'انتشلت فرق الإنقاذ تسع جثث ولا يزال ثلاثة مفقودين'),
      flood('الثانية', 'انتشلت فرق الإنقاذ جثتين جديدتين ولا يزال شخصان في عداد المفقودين'),
    ]);
    expect(a.disagreements.map((d) => [d.topic, d.sides.map((s) => s.value)])).toEqual([['عدد المفقودين', ['3', '2']]]);
  });
});

describe('a toll of one or none told without a number word', () => {
  it('reads a singular person right after a toll word as one, and a negated toll noun as none', () => {
    expect(read('وفاة شخص وإصابة 30 في حريق المستودع.')).toEqual([[1, 'deaths'], [30, 'injured']]);
    expect(read('لقي شخص مسن حتفه في الحريق.')).toEqual([[1, 'deaths']]);
    expect(read('ولم يسفر الحريق عن وقوع إصابات.')).toEqual([[0, 'injured']]);
    expect(read('فيما لم تسجل أي وفيات.')).toEqual([[0, 'deaths']]);
  });

  it('reads neither in one more, a person in general, or a continuing toll (لا تزال)', () => {
    expect(read('وأعلن الدفاع المدني مقتل شخص آخر.')).toEqual([]);
    expect(read('كل شخص يعرف الطريق إلى المستودع.')).toEqual([]);
    expect(read('ولا تزال إصابات كثيرة في المستشفى.')).toEqual([]);
  });

  it('makes none against one a disagreement about the dead', () => {
    const fire = (id: string, lead: string) => doc(id, `${lead} في حريق اندلع فجر اليوم في مستودع بمنطقة سحاب الصناعية.`, { outlet: id });
    const a = analyzeStory([fire('الأولى', 'أصيب سبعة عمال ولم تسجل أي وفيات'), fire('الثانية', 'لقي شخص حتفه وأصيب سبعة عمال')]);
    expect(a.disagreements.map((d) => [d.topic, d.sides.map((s) => s.value)])).toEqual([['عدد القتلى', ['0', '1']]]);
  });
});
