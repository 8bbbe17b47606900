/** Date words (ARABIC.md §5.1). Every month system maps to its month number; matching is on key text. */
export const GREGORIAN_MONTHS: readonly (readonly [string, number])[] = [
  // Egyptian / Gulf transliterations and press variants
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['إبريل', 4], ['ابريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6],
  ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['اغسطس', 8], ['سبتمبر', 9], ['أكتوبر', 10], ['اكتوبر', 10], ['أوكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  // Levantine / Iraqi
  ['كانون الثاني', 1], ['شباط', 2], ['آذار', 3], ['نيسان', 4], ['أيار', 5], ['حزيران', 6], ['تموز', 7], ['آب', 8], ['أيلول', 9],
  ['تشرين الأول', 10], ['تشرين الثاني', 11], ['كانون الأول', 12],
  // the same without the article, as the Syrian and Iraqi press writes them (كانون ثاني، تشرين أول)
  ['كانون ثاني', 1], ['تشرين أول', 10], ['تشرين ثاني', 11], ['كانون أول', 12],
  // Moroccan
  ['ماي', 5], ['يوليوز', 7], ['غشت', 8], ['شتنبر', 9], ['نونبر', 11], ['دجنبر', 12],
  // Algerian / Tunisian
  ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['جوان', 6], ['جويلية', 7], ['أوت', 8],
  // Mauritanian
  ['أغشت', 8], ['شتمبر', 9], ['دجمبر', 12],
];

/** Month words that are also common words or names: only read as months next to a day, year or pair. */
export const AMBIGUOUS_MONTHS: readonly string[] = ['آب', 'تموز', 'نيسان', 'شباط', 'مارس', 'ماي', 'أوت'];

export const HIJRI_MONTHS: readonly (readonly [string, number])[] = [
  ['محرم', 1], ['صفر', 2], ['ربيع الأول', 3], ['ربيع الآخر', 4], ['ربيع الثاني', 4], ['جمادى الأولى', 5], ['جمادى الأول', 5],
  ['جمادى الآخرة', 6], ['جمادى الثانية', 6], ['جمادى الآخر', 6], ['رجب', 7], ['شعبان', 8], ['رمضان', 9], ['شوال', 10],
  ['ذو القعدة', 11], ['ذي القعدة', 11], ['ذو الحجة', 12], ['ذي الحجة', 12],
];

/** Hijri month words that are also names or words: only read with a day or year. */
export const AMBIGUOUS_HIJRI: readonly string[] = ['محرم', 'صفر', 'رجب', 'شعبان', 'رمضان'];

/** Weekday → JavaScript `getUTCDay()` number. */
export const WEEKDAYS: readonly (readonly [string, number])[] = [
  ['الأحد', 0], ['الاثنين', 1], ['الإثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3], ['الاربعاء', 3], ['الخميس', 4], ['الجمعة', 5], ['السبت', 6],
];

/** Ordinal day words (الأول … الحادي والثلاثون, Maghrebi فاتح / الفاتح = first). */
export const ORDINAL_DAYS: readonly (readonly [string, number])[] = [
  ['فاتح', 1], ['الفاتح', 1], ['الأول', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5], ['السادس', 6], ['السابع', 7], ['الثامن', 8],
  ['التاسع', 9], ['العاشر', 10], ['الحادي عشر', 11], ['الثاني عشر', 12], ['الثالث عشر', 13], ['الرابع عشر', 14], ['الخامس عشر', 15],
  ['السادس عشر', 16], ['السابع عشر', 17], ['الثامن عشر', 18], ['التاسع عشر', 19], ['العشرين', 20], ['العشرون', 20],
  ['الحادي والعشرين', 21], ['الثاني والعشرين', 22], ['الثالث والعشرين', 23], ['الرابع والعشرين', 24], ['الخامس والعشرين', 25],
  ['السادس والعشرين', 26], ['السابع والعشرين', 27], ['الثامن والعشرين', 28], ['التاسع والعشرين', 29], ['الثلاثين', 30],
  ['الثلاثون', 30], ['الحادي والثلاثين', 31], ['الحادي والعشرون', 21],
  // before a month name, the first of it (`أول يوليو`، Maghrebi `غرة جوان`, also of a Hijri month: `غرة رمضان`)
  ['أول', 1], ['غرة', 1],
];

/** Words before a day or weekday that only narrow the time (kept in the span). */
export const DAY_PARTS: readonly string[] = ['صباح', 'مساء', 'ليلة', 'ليل', 'فجر', 'ظهر', 'عصر', 'صبيحة', 'يوم', 'نهار'];

/** Words before a month that narrow it to a part (the date stays the month). */
export const MONTH_PARTS: readonly string[] = ['مطلع', 'منتصف', 'أواخر', 'أوائل', 'أواسط', 'بداية', 'نهاية', 'شهر', 'شهري', 'آخر', 'موفى'];

/** Single-word relative days and their offset from publication. */
export const RELATIVE_DAYS: readonly (readonly [string, number])[] = [
  ['أمس', -1], ['البارحة', -1], ['غدا', 1], ['غداً', 1], ['غد', 1],
  // colloquial yesterday (Levantine مبارح، إمبارح; Gulf البارح)
  ['مبارح', -1], ['امبارح', -1], ['إمبارح', -1], ['البارح', -1],
  // colloquial today (Egyptian); not بكرة / باجر (tomorrow), as often 'some day' in speech (`كل يوم يقولوا لينا بكرة بكرة`)
  ['النهارده', 0], ['النهاردة', 0],
];

export const PAST_WORDS: readonly string[] = ['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'السابق', 'الفائت', 'الفائتة', 'الفارط', 'الفارطة', 'الفاتت'];
export const NEXT_WORDS: readonly string[] = ['المقبل', 'المقبلة', 'القادم', 'القادمة', 'الجاي', 'الجاية'];
/** Colloquial `the one that went` after a span or month (العام اللي فات، السنة اللي فاتت): the one before publication. */
export const GONE_WORDS: readonly (readonly [string, string])[] = [
  ['اللي', 'فات'], ['اللي', 'فاتت'], ['الي', 'فات'], ['الي', 'فاتت'], ['اللي', 'طاف'], ['اللي', 'طافت'], ['الي', 'طاف'], ['الي', 'طافت'],
];
/** After الأسبوع/الشهر/العام/السنة: the one the publication date falls in (العام الجاري، الشهر الحالي). */
export const CURRENT_WORDS: readonly string[] = ['الجاري', 'الجارية', 'الحالي', 'الحالية'];
/** Before الأسبوع/الشهر/العام/السنة: the same (هذا العام، هذه السنة). */
export const THIS_WORDS: readonly string[] = ['هذا', 'هذه', 'هذي', 'هاذي', 'ذا'];
/** After الأسبوع/الشهر/العام/السنة, colloquial: the one it falls in (السنة دي، العام ده، الشهر هذي). */
export const THIS_AFTER_WORDS: readonly string[] = ['دي', 'ده', 'هذي', 'هاذي'];

/** Events news names by their year, in both `YEAR_CUES` and `NAMED_EVENTS` (حرب 1967، كأس آسيا 2004). */
const EVENTS: readonly string[] = [
  'حرب', 'ثورة', 'انتفاضة', 'كأس', 'مونديال', 'أولمبياد', 'دورة', 'انتخابات', 'استفتاء',
  'هجمات', 'تفجيرات', 'زلزال', 'فيضانات', 'ميزانية', 'موازنة',
  // conferences, treaties, constitutions, censuses, reports and crises news names by their year (اتفاقية كيوتو 1997، دستور 1971، تعداد 2004، أزمة 2008)
  'مؤتمر', 'اتفاقية', 'اتفاق', 'معاهدة', 'بروتوكول', 'دستور', 'تعداد', 'إحصاء', 'تقرير', 'أزمة',
  // disasters, coups, invasions and massacres (إعصار 2005، وباء 1918، انقلاب 1952، غزو 2003، اجتياح 1982)
  'إعصار', 'كارثة', 'وباء', 'جائحة', 'مجاعة', 'فيضان', 'انقلاب', 'غزو', 'اجتياح', 'مجزرة',
];
/**
 * Words before a bare four-digit number that make it a year (seasons: صيف 2021; duals: للعامين 2027
 * و2028), and the events news names by their year (حرب 1967، كأس 1978، انتخابات 2005، ميزانية 2006).
 */
export const YEAR_CUES: readonly string[] = [
  'عام', 'العام', 'سنة', 'في', 'منذ', 'خلال', 'حتى', 'بحلول', 'مطلع', 'نهاية', 'بداية', 'أواخر', 'منتصف',
  'صيف', 'شتاء', 'ربيع', 'خريف', 'عامي', 'العامين', 'سنتي', 'أعوام', 'الأعوام',
  ...EVENTS, 'نكسة', 'نكبة', 'موسم', 'تسونامي',
];
/**
 * Events whose name a year may close a word or two after the cue (كأس آسيا 2004، الانتخابات الرئاسية 2005):
 * `EVENTS` and `بطولة` (`بطولة` is no cue right before a year; `نكسة`، `نكبة`، `موسم`، `تسونامي` are cues only
 * right before one).
 */
export const NAMED_EVENTS: readonly string[] = [...EVENTS, 'بطولة'];
/**
 * The cues that name a year whatever its century (عام 1791، سنة 1538، the date a Hijri one matches: الموافق
 * 1834): after the others, as bare, only 1900–2100 is a year.
 */
export const CENTURY_FREE_YEAR_CUES: readonly string[] = ['عام', 'العام', 'سنة', 'السنة', 'عامي', 'العامين', 'سنتي', 'أعوام', 'الأعوام', 'الموافق', 'الموافقة'];
/** After a month, the word that may stand before its year (أبريل عام 2004، سبتمبر سنة 1911، مايو من العام 2003). */
export const MONTH_YEAR_LINKS: readonly string[] = ['عام', 'العام', 'سنة', 'السنة'];
/** After a year: the Gregorian era in a word, never a unit (1769 ميلادي، 570 للميلاد). */
export const FULL_GREGORIAN_ERA: readonly string[] = ['ميلادي', 'ميلادية', 'للميلاد', 'الميلادي', 'الميلادية'];
/** After a year: the Gregorian era (1915 م، عام 1600م، 1990 ميلادية); `م` is a metre as often (ارتفاع 1500 م). */
export const GREGORIAN_ERA: readonly string[] = ['م', ...FULL_GREGORIAN_ERA];
/** After `من العام` / `من السنة`: the year last named in the text (3 أكتوبر من السنة نفسها، من العام ذاته). */
export const SAME_WORDS: readonly string[] = ['نفسه', 'نفسها', 'ذاته', 'ذاتها'];
