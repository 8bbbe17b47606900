import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/index.js';
import { doc } from './doc.js';

const meeting = (count: string) => `واجتمع ${count} من دول التحالف الدولي في باريس لبحث سير الهجوم على الموصل.`;

describe('disagreements', () => {
  it('treats ثلاثة عشر وزير دفاع and 13 وزير دفاع as agreeing', () => {
    const a = analyzeStory([
      doc('a', meeting('ثلاثة عشر وزير دفاع'), { outlet: 'الأولى' }),
      doc('b', meeting('13 وزير دفاع'), { outlet: 'الثانية' }),
    ]);
    expect(a.disagreements).toEqual([]);
  });

  it('reports 11 against 13 ministers with the outlets on each side', () => {
    const a = analyzeStory([
      doc('a', meeting('ثلاثة عشر وزير دفاع'), { outlet: 'الأولى' }),
      doc('b', meeting('13 وزير دفاع'), { outlet: 'الثانية' }),
      doc('c', meeting('11 وزيرا'), { outlet: 'الثالثة' }),
    ]);
    expect(a.disagreements).toHaveLength(1);
    const d = a.disagreements[0];
    expect(d?.topic).toBe('عدد الوزراء');
    expect(d?.sides).toEqual([
      { value: '13', documents: ['a', 'b'], outlets: ['الأولى', 'الثانية'] },
      { value: '11', documents: ['c'], outlets: ['الثالثة'] },
    ]);
  });

  it('reports different casualty counts under an Arabic label, naming the file (labelled) when the outlet is unknown', () => {
    const a = analyzeStory([
      doc('a', 'ارتفعت حصيلة الزلزال الذي ضرب إقليم الحوز إلى سبعة وأربعين قتيلا بحسب وزارة الداخلية.'),
      doc('b', 'ارتفعت حصيلة الزلزال الذي ضرب إقليم الحوز إلى 52 قتيلا بحسب السلطات المحلية.'),
    ]);
    expect(a.disagreements.map((d) => d.topic)).toEqual(['عدد القتلى']);
    expect(a.disagreements.map((d) => d.sides.map((s) => [s.value, s.outlets]))).toEqual([
      [
        ['47', ['ملف: a.txt']],
        ['52', ['ملف: b.txt']],
      ],
    ]);
  });

  it('does not compare measures of different things (depth vs distance in kilometres)', () => {
    const a = analyzeStory([
      doc('a', 'وقع الزلزال على عمق 10 كيلومترات قرب جزيرة قشم وشعر به سكان الساحل.', { outlet: 'الأولى' }),
      doc('b', 'وقع الزلزال على بعد نحو 190 كيلومتراً من جزيرة قشم وشعر به سكان الساحل.', { outlet: 'الثانية' }),
      doc('e', 'وقع الزلزال على بعد نحو 95 كيلومتراً من ولاية خصب وشعر به سكان الساحل.', { outlet: 'الخامسة' }),
      doc('c', 'وقع الزلزال على عمق 12 كيلومتراً قرب جزيرة قشم وشعر به سكان الساحل.', { outlet: 'الثالثة' }),
    ]);
    expect(a.disagreements.map((d) => [d.topic, d.sides.map((s) => s.value).sort()])).toEqual([['القيمة بالكيلومترات', ['10', '12']]]);
  });

  it('keeps the opening and the closing day of one event apart, and the day of an event apart from the day it was announced', () => {
    const a = analyzeStory([
      doc('a', 'افتتح المؤتمر الإقليمي للطاقة أعماله في العاصمة الأردنية يوم الأحد بحضور الوزراء.', { outlet: 'الأولى', published: '2026-11-17' }),
      doc('b', 'اختتم المؤتمر الإقليمي للطاقة أعماله في العاصمة الأردنية اليوم الثلاثاء بحضور الوزراء.', { outlet: 'الثانية', published: '2026-11-17' }),
      doc('c', 'لقي خمسة أشخاص حتفهم في سيول جارفة اجتاحت مساء أمس السبت بلدات في الجنوب، وفق ما أعلن الدفاع المدني اليوم الأحد.', { outlet: 'الثالثة', published: '2026-11-15' }),
      doc('d', 'لقي خمسة أشخاص حتفهم في سيول جارفة اجتاحت مساء السبت بلدات في الجنوب بحسب الدفاع المدني.', { outlet: 'الرابعة', published: '2026-11-16' }),
    ]);
    expect(a.disagreements.filter((d) => d.topic.startsWith('يوم الحدث'))).toEqual([]);
  });

  it('does not compare counts of the same unit in unrelated contexts', () => {
    const a = analyzeStory([
      doc('a', 'وتقود الولايات المتحدة تحالفا من 60 دولة يوفر دعما جويا للقوات العراقية.', { outlet: 'الأولى' }),
      doc('b', 'وعرض ممثلو 13 دولة في اجتماع باريس نتائج العملية العسكرية.', { outlet: 'الثانية' }),
    ]);
    expect(a.disagreements).toEqual([]);
  });

  it('reports the day of an event told differently', () => {
    const a = analyzeStory([
      doc('a', 'وأعلن الجيش أمس سيطرته الكاملة على بلدة الشرقاط جنوب الموصل بعد معارك عنيفة.', { outlet: 'الأولى', published: '2026-03-11' }),
      doc('b', 'وأعلن الجيش يوم الأحد سيطرته الكاملة على بلدة الشرقاط جنوب الموصل بعد معارك عنيفة.', { outlet: 'الثانية', published: '2026-03-11' }),
    ]);
    const day = a.disagreements.filter((d) => d.topic.startsWith('يوم الحدث: '));
    expect(day).toHaveLength(1);
    expect(day[0]?.sides.map((s) => s.value).sort()).toEqual(['2026-03-08', '2026-03-10']);
  });
});

describe('casualty tolls worded differently', () => {
  const flood = (outlet: string, lead: string, more = '') => doc(outlet, `${lead} في سيول جرفت مركبات في وادي الهيدان جنوب مادبا.${more}`, { outlet, published: '2026-02-08' });

  it('compares the headline tolls of outlets that share no words about them', () => {
    const a = analyzeStory([
      flood('الأولى', 'لقي اثنا عشر شخصاً على الأقل حتفهم ليل السبت'),
      flood('الثانية', 'أودت السيول بحياة ثلاثة عشر شخصاً'),
      flood('الثالثة', 'ارتفعت الحصيلة إلى 14 قتيلاً'),
      flood('الرابعة', 'قضى 12 شخصاً غرقاً'),
    ]);
    expect(a.disagreements.map((d) => [d.topic, d.sides.map((s) => [s.value, s.outlets])])).toEqual([
      ['عدد القتلى', [['12', ['الأولى', 'الرابعة']], ['13', ['الثانية']], ['14', ['الثالثة']]]],
    ]);
  });

  it('keeps the injured, the dead and a dated earlier disaster apart, and a report\'s later part-count out of its headline toll', () => {
    const earlier = ' ويستذكر السكان فاجعة آذار 2019 حين قضى 21 شخصاً في الوادي نفسه.';
    const a = analyzeStory([
      flood('الأولى', 'لقي خمسة أشخاص حتفهم وأصيب تسعة أشخاص بجروح', `${earlier} وبين القتلى طفلان، فيما قتل ثلاثة أشخاص في مركبة واحدة.`),
      flood('الثانية', 'لقي خمسة أشخاص حتفهم وأصيب 11 شخصاً', earlier),
    ]);
    expect(a.disagreements.map((d) => [d.topic, d.sides.map((s) => s.value)])).toEqual([['عدد المصابين', ['9', '11']]]);
  });
});

describe('timeline', () => {
  it('merges entries of different documents for the same date and cites both', () => {
    const a = analyzeStory([
      doc('a', 'أعلن الوزير اليوم الثلاثاء بدء الاستعدادات.', { published: '2026-03-10' }),
      doc('b', 'وكان الوزير قد أعلن أمس بدء الاستعدادات.', { published: '2026-03-11' }),
      doc('c', 'وقال الوزير أمس إن الخطة جاهزة.'),
    ]);
    expect(a.timeline[0]).toMatchObject({ date: '2026-03-10', resolved: true, documents: ['a', 'b'] });
    expect(a.timeline[0]?.text).toBe('أعلن الوزير اليوم الثلاثاء بدء الاستعدادات.');
    expect(a.timeline[0]?.sources).toEqual([
      { document: 'a', sentence: 0 },
      { document: 'b', sentence: 0 },
    ]);
    expect(a.timeline[1]).toMatchObject({ date: 'أمس', resolved: false, documents: ['c'] });
  });

  it('gives a day without a year, in an undated report, the story\'s one dated day of that month and day', () => {
    const a = analyzeStory([
      doc('a', 'غمرت السيول مساء السبت 14 تشرين الثاني أحياء في المدينة. وكانت أمطار غزيرة قد هطلت في 11 تشرين الثاني.'),
      doc('b', 'غمرت السيول مساء أمس السبت أحياء في المدينة.', { published: '2026-11-15' }),
      doc('c', 'وتعود آخر سيول مماثلة إلى 11 آذار الماضي.', { published: '2026-11-15' }),
    ]);
    expect(a.timeline.map((t) => [t.date, t.documents])).toEqual([
      ['2026-03-11', ['c']],
      ['2026-11-14', ['b', 'a']],
      ['--11-11', ['a']],
    ]);
  });

  it('lists a sentence under the day its event happened, not also under the day it was announced, unless that is its only day', () => {
    const a = analyzeStory([
      doc('a', 'غمرت السيول مساء أمس السبت أحياء في المدينة، وفق ما أعلن الدفاع المدني اليوم الأحد. وقالت البلدية اليوم الأحد إن فرقها تعمل منذ الفجر.', { published: '2026-11-15' }),
    ]);
    expect(a.timeline.map((t) => [t.date, t.text.slice(0, 10)])).toEqual([
      ['2026-11-14', 'غمرت السيو'],
      ['2026-11-15', 'وقالت البل'],
    ]);
  });
});
