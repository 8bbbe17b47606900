import { describe, expect, it } from 'vitest';
import { organizations, speakers } from './probes.js';

describe('the edges of a speaker description', () => {
  it('keeps a three-letter nisba after the head (مصدر طبي، مسؤول فني)', () => {
    expect(speakers('وقال مصدر طبي إن قسم الطوارئ "يعمل بطاقته القصوى منذ يومين".')).toEqual(['مصدر طبي']);
  });

  it('reads an accusative adjective with its tanween alef (مصدراً أمنياً)', () => {
    expect(speakers('غير أن مصدراً أمنياً قال إن التحقيقات تشير إلى "عطل في مضخة المياه قبل الإبحار".')).toEqual(['مصدراً أمنياً']);
  });

  it('reaches a seat seven words in (مصدر في غرفة المنشآت والمراكز الفندقية بالبحر الأحمر)', () => {
    expect(speakers('ونقلت الصحيفة عن مصدر في غرفة المنشآت والمراكز الفندقية بالبحر الأحمر قوله إن "الموسم كان جيداً هذا العام".')).toEqual([
      'مصدر في غرفة المنشآت والمراكز الفندقية بالبحر الأحمر',
    ]);
  });

  it('takes the seat of the body it names, a place cue with ب and its place (… بمحافظة ظفار)', () => {
    expect(speakers('وقال مسؤول في المديرية العامة للزراعة بمحافظة ظفار إن الموسم "كان أفضل من العام الماضي بكثير".')).toEqual([
      'مسؤول في المديرية العامة للزراعة بمحافظة ظفار',
    ]);
  });

  it('never ends inside a place named in it (… بأبو ظبي)', () => {
    expect(speakers('وقال موظف في دائرة النقل العامة بأبو ظبي، طلب عدم ذكر اسمه، إن الطريق «سيفتح خلال أيام قليلة».')).toEqual(['موظف في دائرة النقل العامة بأبو ظبي']);
  });

  it('leaves out the outlet addressed, with or without the article (لـالوكالة، للوكالة)', () => {
    expect(speakers('وقال مصدر في وزارة الزراعة لـالوكالة الوطنية للإعلام إن "الأسعار ستحدد قبل الموسم".')).toEqual(['مصدر في وزارة الزراعة']);
    expect(speakers('وقال مصدر في وزارة الزراعة للوكالة الوطنية للإعلام إن "الأسعار ستحدد قبل الموسم".')).toEqual(['مصدر في وزارة الزراعة']);
  });

  it('does not take the outlet addressed for the speaker (صرح لـوكالة …)', () => {
    expect(speakers('وكان المدير، سالم حداد، قد صرح لـوكالة الأنباء الرسمية الشهر الماضي بأن مصالحه "ضبطت كميات كبيرة من الوقود".')).not.toContainEqual(expect.stringMatching(/^لـ?وكالة/));
  });
});

describe('a body named after a place', () => {
  it('takes its remit after the place (هيئة رأس الخيمة لتنمية السياحة، غرفة دبي للتجارة)', () => {
    expect(organizations('دعت هيئة رأس الخيمة لتنمية السياحة الزوار إلى الحذر.')).toEqual(['هيئة رأس الخيمة لتنمية السياحة']);
    expect(organizations('وقالت غرفة دبي للتجارة إن الصادرات ارتفعت.')).toEqual(['غرفة دبي للتجارة']);
  });
});
