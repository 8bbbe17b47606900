import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/analyze/index.js';

const of = (text: string, type: string): string[] => findEntities(text).filter((m) => m.type === type).map((m) => m.text);

describe('places named by a cue word', () => {
  it('takes the name after a settlement or administrative word, one word or a compound after its head', () => {
    expect(of('نزح مئات السكان إلى بلدة كفرنبل بعد القصف.', 'place')).toEqual(['كفرنبل']);
    expect(of('وصلت الصهاريج إلى محافظة الحويجة صباحا.', 'place')).toEqual(['الحويجة']);
    expect(of('انقطعت المياه عن بلدة عين الفيجة منذ أيام.', 'place')).toEqual(['عين الفيجة']);
    expect(of('أقيم مخيم زمزم قرب الحدود.', 'place')).toEqual(['زمزم']);
    expect(of('غمرت المياه منازل في بلدة غور المزرعة ليلا.', 'place')).toEqual(['غور المزرعة']);
    expect(of('عاد الهدوء إلى قرية ميت العامل بعد الفيضان.', 'place')).toEqual(['ميت العامل']);
  });

  it('names two places after a dual cue', () => {
    expect(of('وصلت القوافل إلى قريتي الطيبة وعرابة قبل الظهر.', 'place')).toEqual(['الطيبة', 'عرابة']);
  });

  it('finds a cued place again where the same text names it alone', () => {
    expect(of('وصل الوفد إلى بلدة كفرنبل ظهرا. وفي كفرنبل التقى الوفد السكان.', 'place')).toEqual(['كفرنبل', 'كفرنبل']);
  });

  it('takes no agreeing adjective, generic noun or verb for a name', () => {
    expect(of('أعلنت السلطات منطقة عازلة على طول الحدود.', 'place')).toEqual([]);
    expect(of('أقيم مخيم رئيسي للنازحين.', 'place')).toEqual([]);
    expect(of('انسحبت القوات من منطقة العمليات.', 'place')).toEqual([]);
    expect(of('زار الوفد مدينة تقع على الساحل.', 'place')).toEqual([]);
    expect(of('طالب النواب بإعلان الولاية منطقة كوارث.', 'place')).toEqual([]);
  });
});

describe('organizations, titles and names the lists now cover', () => {
  it('continues an organization over institutional adjectives that are no nisba, and reads new cue words', () => {
    expect(of('أعلنت الهيئة العامة للطرق والجسور إغلاق الطريق.', 'organization')).toEqual(['الهيئة العامة للطرق والجسور']);
    expect(of('قضت المحكمة العليا برفض الطعن.', 'organization')).toEqual(['المحكمة العليا']);
    expect(of('أصدرت بلدية صيدا قرارا بإغلاق السوق.', 'organization')).toEqual(['بلدية صيدا']);
    expect(of('انتقد ديوان المحاسبة تأخر المشروع.', 'organization')).toEqual(['ديوان المحاسبة']);
  });

  it('starts a name with a given name written with the article, after a title and its descriptors', () => {
    expect(of('وقال الكاتب العام الحبيب الزغلامي إن الإضراب مستمر.', 'person')).toEqual(['الحبيب الزغلامي']);
    expect(of('وقال وكيل الوزارة سامر الدباس إن الخطة جاهزة.', 'person')).toEqual(['سامر الدباس']);
  });

  it('ends a gazetteer name at a lone tatweel (a dateline dash), even when longer names start with the same word', () => {
    expect(of('الرباط ـ أعلنت الوزارة أمس خطة جديدة.', 'place')).toEqual(['الرباط']);
  });

  it('matches a name of three letters or fewer only as written: و + أم is not the agency وام', () => {
    expect(of('تقدم الشيخ وأم المصلين في الجامع.', 'organization')).toEqual([]);
    expect(of('وذكرت وام أن الرحلات استؤنفت.', 'organization')).toEqual(['وام']);
  });
});

describe('ministries named after several fields', () => {
  it('goes on through و + a definite field after the first field\'s adjective', () => {
    expect(of('وقالت وزارة التعليم العالي والبحث العلمي إن النتائج ستعلن غدا.', 'organization')).toEqual(['وزارة التعليم العالي والبحث العلمي']);
    expect(of('وأعلنت وزارة التغير المناخي والبيئة أن التسرب محدود.', 'organization')).toEqual(['وزارة التغير المناخي والبيئة']);
  });

  it('stops before a second body or a known name joined by و', () => {
    expect(of('وقالت وزارة الداخلية الليبية والأمم المتحدة إن الطريق فتح.', 'organization')).toEqual(['وزارة الداخلية الليبية', 'الأمم المتحدة']);
    expect(of('وقالت وزارة الصحة والجيش إن الوضع مستقر.', 'organization')[0]).toBe('وزارة الصحة');
  });
});

describe('where an organization sits is no part of its name', () => {
  it('ends a ministry before ب + a noun shaped like a participle (بالمنطقة), which an adjective never carries', () => {
    expect(of('وقال مدير فرع وزارة البيئة والمياه والزراعة بالمنطقة، المهندس فهد الغامدي، إن المهرجان ناجح.', 'organization')).toEqual(['وزارة البيئة والمياه والزراعة']);
    expect(of('وقال مدير فرع وزارة الصحة بالمنطقة إن المستشفى جاهز.', 'organization')).toEqual(['وزارة الصحة']);
  });
});
