import type { RemovalReason } from '../../core/index.js';

/**
 * Line rules: a line (after `clean()`) that matches one of these is site furniture, not article.
 * `maxWords` keeps a rule from firing on a body paragraph that merely mentions the same words.
 * The list is the specification; each rule has its own test.
 */
export interface LineRule {
  readonly reason: RemovalReason;
  readonly pattern: RegExp;
  /** The rule applies only to lines of at most this many words. */
  readonly maxWords: number;
}

const A = '[اأإآ]';
/** End of a word: `\\b` only knows ASCII letters. */
const E = '(?=[\\s:.،؛!؟*-]|$)';
const rule = (reason: RemovalReason, maxWords: number, pattern: RegExp): LineRule => ({ reason, pattern, maxWords });

export const LINE_RULES: readonly LineRule[] = [
  rule('read-also', 6, new RegExp(`^(${A}قر${A}|${A}قرا|شاهد|طالع|تابع)\\s*(${A}يض[اًا]*|كذلك|المزيد)\\s*[:.]?`, 'u')),
  rule('read-also', 6, /^(مواضيع|أخبار|اخبار|مقالات|قصص)\s+(ذات صلة|متعلقة|مشابهة|قد تهمك)\s*:?$/u),
  rule('read-also', 6, new RegExp(`^(read (also|more)|related( (articles|stories|news))?|you may also like|more from)${E}`, 'iu')),
  rule('read-also', 25, new RegExp(`^(read more|see also|more on this|related|don'?t miss|also read|${A}قر${A} (${A}يض[اًا]*|المزيد)|شاهد (${A}يض[اًا]*|كذلك)|لا تفوت)\\s*:`, 'iu')),
  rule('read-also', 6, /^(don'?t miss|want more stories like this\?|more stories|لا تفوتك?|قد يهمك( ايضا| أيضا)?)\s*[:.!]?$/iu),
  rule('furniture', 6, /^(advert(isement)?|sponsored( content)?|continue reading( below)?|scroll to continue|story continues below|this slideshow requires javascript\.?|إعلان|اعلان|محتوى مدعوم|مساحة إعلانية)\s*:?$/iu),
  rule('furniture', 30, /^this (web)?site uses cookies|we use cookies|يستخدم (هذا )?الموقع (ملفات )?(تعريف الارتباط|الكوكيز)/iu),
  rule('furniture', 12, /^By\s+(?:[A-Z][\p{L}.'’-]*\s*){1,4}(?:$|(?:[-|,•·]|and\b)\s*.*$)/u),
  rule('furniture', 10, new RegExp(`^(بقلم|كتب|كتبت|${A}عداد|تحرير|تقرير)\\s*:\\s*\\S.{0,60}$`, 'u')),
  rule('furniture', 14, new RegExp(`^(posted (on|in|by)|filed under|tags?\\s*:|categories?\\s*:|التصنيف|الوسوم|كلمات مفتاحية|الكلمات المفتاحية)${E}`, 'iu')),
  rule('caption', 40, /\((image|photo|picture|credit|ap photo|afp photo|reuters photo|getty|photograph)s?\b[^)]*\)\s*$|\bcredit:\s*\S[^.]{0,60}$/iu),
  rule('caption', 25, new RegExp(`[(\\[](صورة |الصورة )?(${A}رشيفية|تعبيرية|توضيحية)[)\\]]\\s*$|[(\\[](الصورة|صورة|تصوير)\\s*:[^)\\]]*[)\\]]\\s*$`, 'u')),
  rule('font-widget', 8, /الحجم الطبيعي|حجم الخط|تكبير الخط|تصغير الخط|^ت\s*\+\s*ت\s*-/u),
  rule('copyright', 25, /©|\(c\)\s*\d{4}|جميع الحقوق محفوظة|كل الحقوق محفوظة|الحقوق محفوظة|حقوق (الطبع|النشر)( والتوزيع)? محفوظة|all rights reserved|copyright/iu),
  rule('copyright', 12, /^(maintained|developed|designed|powered) (and \w+ )?by\b/iu),
  rule('copyright', 12, /^(تصميم|تطوير|برمجة)( و(تصميم|تطوير|برمجة))?( الموقع)?\s*:\s*\S+/u),
  rule('comment-form', 6, new RegExp(`^(ال${A}سم|الاسم|البريد ال${A}لكتروني|البريد|عنوان التعليق|التعليق|تعليق|${A}لزامي|الزامي|رقم الهاتف|الهاتف|المدينة|الدولة|كود التحقق|رمز التحقق)\\s*(\\*|:)\\s*:?$`, 'u')),
  rule('comment-form', 6, /^(\*\s*)?(name|e-?mail|comment|website|security code|captcha)\s*\*?\s*:?$/iu),
  rule('comment-form', 6, /characters? left|security code|^:?\s*حرف(ا)? متبقي/iu),
  rule('comment-form', 60, new RegExp(`^شروط (ال${A}ستخدام|الاستخدام|النشر|التعليق)${E}`, 'u')),
  rule('comment-form', 4, new RegExp(`^(${A}ضف تعليق[اًا]*|${A}ترك تعليق[اًا]*|${A}رسل تعليق[اًا]*|${A}رسل|${A}لغاء|التعليقات|تعليقات|عدد التعليقات|ال${A}كثر تعليقا|\\d+ تعليق(ات)?)${E}`, 'u')),
  rule('comment-form', 12, new RegExp(`^(${A}ُ?وافق|${A}قر) على (شروط|سياسة)`, 'u')),
  rule('comment-form', 20, /(التعليقات|التعليق) (المنشورة )?(لا )?تعبر عن/u),
  rule('login', 20, new RegExp(`تسجيل الدخول|سجل الدخول|سجل دخولك|${A}نشئ حسابا?|${A}نش${A}ء حساب|لم (تشترك|تسجل) بعد|ليس لديك حساب|نسيت كلمة (المرور|السر)|كلمة المرور|^(log ?in|sign (in|up)|register)${E}`, 'iu')),
  rule('newsletter', 20, new RegExp(`النشرة (البريدية|ال${A}خبارية)|نشرتنا|${A}شترك (ال${A}ن|معنا|في (النشرة|نشرتنا|قناتنا|خدمة))|للاشتراك في|اشتراك مجاني|newsletter|subscribe`, 'iu')),
  rule('newsletter', 25, new RegExp(`(سجّ?ل|ادخل|أدخل|ضع) بريدك|بريدك ال${A}لكتروني|لتصلك (نشر|${A}هم|آخر|اخر|ال${A}خبار)|تصلك (النشرة|نشرة|${A}هم)|sign up for|enter your e-?mail`, 'iu')),
  rule('newsletter', 16, new RegExp(`(تابعوا|تابعونا|تابعنا|${A}نضموا|${A}نضم|${A}شترك|اشترك)\\s.{0,40}(قناتنا|حسابنا|صفحتنا|تيليغرام|تيليجرام|تلغرام|تلجرام|واتساب|يوتيوب|telegram|whatsapp)`, 'iu')),
  rule('newsletter', 20, new RegExp(`(حمل|حمّل|نزل|نزّل|تحميل) (ال)?تطبيق|عبر تطبيق|تطبيقنا|download (our|the) app|get the app`, 'iu')),
  rule('share-widget', 8, /^((شارك|مشاركة|شارك الخبر|شارك المقال|أرسل لصديق|ارسل لصديق|طباعة|اطبع|حفظ|نسخ الرابط|الرابط المختصر|share|tweet|email|e-mail|print|facebook|twitter|whatsapp|telegram|linkedin|فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تلغرام|تيليجرام|لينكد ان|إكس|x)\s*[:|،,/•·-]*\s*)+$/iu),
  rule('share-widget', 8, new RegExp(`^(تابعونا|تابعوا|تابعنا) (على|عبر)${E}`, 'u')),
  rule('caption', 6, new RegExp(`^[(\\[]?(صورة |الصورة |صور )?(${A}رشيفية|${A}رشيف|من ال${A}رشيف|تعبيرية|ارشيفية|توضيحية)[)\\]]?\\.?$`, 'u')),
  rule('caption', 14, /^(\(|\[)?(الصورة|صورة|تصوير|الصور|مصدر الصورة|photo|image|credit)\s*:/iu),
  rule('date-line', 16, new RegExp(`^(آخر تحديث|اخر تحديث|تاريخ النشر|نشر في|نشر بتاريخ|تم النشر|تحديث|published|updated|last updated)${E}`, 'iu')),
  rule('navigation', 14, /^(الرئيسية|الصفحة الرئيسية|home)\s*[>»›|/-]/iu),
  rule('navigation', 6, /^(الرئيسية|الصفحة الرئيسية|القائمة|بحث|البحث|المزيد|عرض المزيد|الأكثر قراءة|الاكثر قراءة|الأكثر مشاهدة|آخر الأخبار|اخر الاخبار|أخبار عاجلة|عاجل|menu|search|home|more|next|previous|التالي|السابق|المقال التالي|المقال السابق)\s*:?$/iu),
  rule('address', 16, /^(العنوان|عنوان المقر|ص\s*\.\s*ب|صندوق البريد|صندوق بريد|هاتف|فاكس|تلفون|جوال|tel|fax|phone|p\.?\s*o\.?\s*box|address)\s*[:.]/iu),
];
