import { describe, expect, it } from 'vitest';
import { canonicalAgency } from '../../src/ingest/plain/agencies.js';
import { agencyCredit, inlineDateline, standaloneDateline } from '../../src/ingest/plain/dateline.js';
import { findDate, isDateOnlyLine } from '../../src/ingest/plain/dates.js';
import { LINE_RULES } from '../../src/ingest/plain/furniture-rules.js';
import { cleanText } from '../../src/ingest/index.js';
import { clean } from '../../src/text/index.js';

const reasonOf = (line: string): string | null => {
  const c = clean(line);
  const words = c.split(/\s+/).length;
  return LINE_RULES.find((r) => words <= r.maxWords && r.pattern.test(c))?.reason ?? null;
};

describe('furniture line rules', () => {
  it.each([
    ['اقــرأ أيضاً', 'read-also'],
    ['إقرأ ايضا:', 'read-also'],
    ['أخبار ذات صلة', 'read-also'],
    ['ت + ت - الحجم الطبيعي', 'font-widget'],
    ['جميع الحقوق محفوظة لشركة النهار 2024', 'copyright'],
    ['© 2023 Example Media', 'copyright'],
    ['Maintained and developed by Example Group', 'copyright'],
    ['الإسم *', 'comment-form'],
    ['البريد الإلكتروني *', 'comment-form'],
    [': Characters Left', 'comment-form'],
    ['Security Code*', 'comment-form'],
    ['شروط النشر: عدم الإساءة للكاتب أو للأشخاص', 'comment-form'],
    ['اُوافق على شروط الاستخدام', 'comment-form'],
    ['لم تشترك بعد', 'login'],
    ['تسجيل الدخول', 'login'],
    ['اشترك في النشرة البريدية', 'newsletter'],
    ['شارك', 'share-widget'],
    ['فيسبوك | تويتر | واتساب', 'share-widget'],
    ['تابعونا على تويتر', 'share-widget'],
    ['أرشيفية', 'caption'],
    ['صورة أرشيفية', 'caption'],
    ['(تعبيرية)', 'caption'],
    ['تصوير: أحمد علي', 'caption'],
    ['آخر تحديث GMT 11:34:37', 'date-line'],
    ['الرئيسية » أخبار » عربي', 'navigation'],
    ['الأكثر قراءة', 'navigation'],
    ['هاتف: 0096112345', 'address'],
    ['By Dana Whitfield - 11/18/19 11:04 PM EST', 'furniture'],
    ['بقلم: سلمى الخطيب', 'furniture'],
    ['Advertisement', 'furniture'],
    ['إعلان', 'furniture'],
    ['Filed under: Politics', 'furniture'],
    ['READ MORE: Storm closes coastal roads for a second day', 'read-also'],
    ['اقرأ المزيد: ارتفاع أسعار الوقود للمرة الثالثة', 'read-also'],
    ["DON'T MISS", 'read-also'],
    ['Volunteers clear the beach on Sunday (Image: GETTY)', 'caption'],
    ['متطوعون ينظفون الشاطئ صباح الأحد (أرشيفية)', 'caption'],
    ['تصميم وتطوير: شركة الويب', 'copyright'],
    ['حمّل التطبيق الآن', 'newsletter'],
  ])('%s → %s', (line, reason) => expect(reasonOf(line)).toBe(reason));

  it.each([
    'وقال الوزير إن الحكومة ستقدم مشروع القانون إلى البرلمان الأسبوع المقبل بعد التشاور مع النقابات.',
    'واشترك في الهجوم أكثر من ثلاثمئة مقاتل بحسب مصادر محلية.',
    'وأرسل الجيش تعزيزات إلى المنطقة الحدودية.',
    'وتابع الوزير أن الاتفاق سيوقع قبل نهاية العام.',
    'وشارك في المؤتمر ممثلون عن عشرين دولة عربية وأجنبية.',
    'وأكد أن حقوق اللاجئين محفوظة بموجب القانون الدولي وأن الحكومة لن تتراجع عن التزاماتها.',
    'وانتقد النائب ما وصفه بتأخر الحكومة في نشر الصور الأرشيفية للمبنى قبل هدمه.',
    'تطوير البنية التحتية في المدن الصغيرة',
    'By Tuesday the fires had spread to the coast.',
    'كتب الرئيس رسالة إلى البرلمان يطلب فيها تمديد حالة الطوارئ.',
  ])('keeps body text: %s', (line) => expect(reasonOf(line)).toBeNull());
});

describe('agencies', () => {
  it.each([
    ['أ ف ب', 'AFP'],
    ['ا ف ب', 'AFP'],
    ['أ.ف.ب', 'AFP'],
    ['ا. ف. ب.', 'AFP'],
    ['فرانس برس', 'AFP'],
    ['وكالة فرانس برس', 'AFP'],
    ['رويترز', 'Reuters'],
    ['الأناضول', 'Anadolu'],
    ['الاناضول', 'Anadolu'],
    ['د ب أ', 'DPA'],
    ['أ ش أ', 'MENA'],
    ['وكالات', 'Agencies'],
  ])('%s → %s', (form, name) => expect(canonicalAgency(form)).toBe(name));

  it('reads credits at paragraph edges and whole-line credits, not mentions', () => {
    expect(agencyCredit('وسيبقى موجودا بعده".-(ا ف ب)')).toMatchObject({ agency: 'AFP', rest: 'وسيبقى موجودا بعده".' });
    expect(agencyCredit('(رويترز) - أعلنت الشركة عن أرباح قياسية')).toMatchObject({ agency: 'Reuters', rest: 'أعلنت الشركة عن أرباح قياسية' });
    expect(agencyCredit('المصدر: وكالات')).toMatchObject({ agency: 'Agencies', rest: '' });
    expect(agencyCredit('وقال الوزير لـ«رويترز» إن الاتفاق قريب')).toBeNull();
    expect(agencyCredit('وقال الوزير في حديث مع رويترز')).toBeNull();
  });
});

describe('datelines', () => {
  const isOutlet = (s: string): boolean => s === 'المغرب اليوم';
  it('finds standalone and inline datelines', () => {
    expect(standaloneDateline('واشنطن - المغرب اليوم', isOutlet)).toMatchObject({ place: 'واشنطن', agency: null });
    expect(standaloneDateline('بيروت - (أ ف ب)', isOutlet)).toMatchObject({ place: 'بيروت', agency: 'AFP' });
    expect(inlineDateline('القاهرة - (رويترز) - قالت وزارة الري يوم الأحد إن منسوب المياه ارتفع')).toMatchObject({ place: 'القاهرة', agency: 'Reuters', rest: 'قالت وزارة الري يوم الأحد إن منسوب المياه ارتفع' });
    expect(inlineDateline('باريس (أ.ف.ب) - أعلنت الحكومة الفرنسية اليوم عن خطة جديدة')).toMatchObject({ place: 'باريس', agency: 'AFP' });
    expect(inlineDateline('دبي: أعلنت هيئة الطرق عن إغلاق جزئي للطريق السريع')).toMatchObject({ place: 'دبي', rest: 'أعلنت هيئة الطرق عن إغلاق جزئي للطريق السريع' });
    expect(inlineDateline('القاهرة في 12 أكتوبر 2024 (أ ش أ) - أعلنت وزارة التموين عن طرح كميات إضافية من السلع')).toMatchObject({ place: 'القاهرة', agency: 'MENA' });
  });

  it('takes the publication date from a dated dateline', () => {
    const d = cleanText('القاهرة في 12 أكتوبر 2024 (أ ش أ) - أعلنت وزارة التموين المصرية اليوم عن طرح كميات إضافية من السلع الأساسية بأسعار مخفضة.\nوقال المتحدث باسم الوزارة إن الطرح سيستمر حتى نهاية الشهر.');
    expect([d.dateline, d.agency, d.published]).toEqual(['القاهرة', 'MENA', '2024-10-12']);
  });

  it('does not take the start of a sentence for a place', () => {
    expect(inlineDateline('وقال الوزير: إن الحكومة ستقدم المشروع الأسبوع المقبل')).toBeNull();
    expect(inlineDateline('الرئيس الأميركي - الذي وصل أمس - التقى نظيره الفرنسي في قصر الإليزيه')).toBeNull();
    expect(standaloneDateline('واشنطن ولندن: الهجوم على الرقة في الأسابيع المقبلة', isOutlet)).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['نشر في: الأربعاء 12 آذار (مارس) 2025 - 14:30', '2025-03-12T14:30:00'],
    ['25 تشرين الأول 2016', '2016-10-25'],
    ['الثلاثاء 25 أكتوبر 2016', '2016-10-25'],
    ['2024/02/29', '2024-02-29'],
    ['01-07-2023 09:05', '2023-07-01T09:05:00'],
    ['٣ يناير ٢٠٢٤', '2024-01-03'],
    ['5 غشت 2022', '2022-08-05'],
    ['الجمعة، 21 نوفمبر 2025 09:40 م', '2025-11-21T21:40:00'],
    ['21 نوفمبر 2025 الساعة 12:15 ص', '2025-11-21T00:15:00'],
  ])('%s → %s', (text, iso) => expect(findDate(text)).toBe(iso));

  it('tells date-only lines from sentences that contain a date', () => {
    expect(isDateOnlyLine('الثلاثاء 25 أكتوبر 2016')).toBe(true);
    expect(isDateOnlyLine('وفي 17 تشرين الأول 2016 بدأت القوات هجومها')).toBe(false);
  });
});
