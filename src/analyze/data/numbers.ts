/** Arabic number words (ARABIC.md §5.2), as written; matching is on key text. */
export const UNIT_WORDS: readonly (readonly [string, number])[] = [
  ['واحد', 1], ['واحدة', 1], ['اثنان', 2], ['اثنين', 2], ['اثنتان', 2], ['اثنتين', 2], ['ثلاث', 3], ['ثلاثة', 3], ['أربع', 4], ['أربعة', 4],
  ['خمس', 5], ['خمسة', 5], ['ست', 6], ['ستة', 6], ['سبع', 7], ['سبعة', 7], ['ثماني', 8], ['ثمانية', 8], ['ثمان', 8], ['تسع', 9], ['تسعة', 9],
  ['عشر', 10], ['عشرة', 10], ['إحدى', 1], ['أحد', 1],
  // The two of twelve, written only before عشر/عشرة: اثنا عشر، اثني عشر، اثنتا عشرة، اثنتي عشرة.
  ['اثنا', 2], ['اثني', 2], ['اثنتا', 2], ['اثنتي', 2],
];
export const TEN_WORDS: readonly (readonly [string, number])[] = [
  ['عشرون', 20], ['عشرين', 20], ['ثلاثون', 30], ['ثلاثين', 30], ['أربعون', 40], ['أربعين', 40], ['خمسون', 50], ['خمسين', 50],
  ['ستون', 60], ['ستين', 60], ['سبعون', 70], ['سبعين', 70], ['ثمانون', 80], ['ثمانين', 80], ['تسعون', 90], ['تسعين', 90],
];
export const HUNDRED_WORDS: readonly (readonly [string, number])[] = [
  ['مئة', 100], ['مائة', 100], ['مئتان', 200], ['مئتين', 200], ['مئتي', 200], ['مائتان', 200], ['مائتين', 200], ['مائتي', 200],
  ['ثلاثمئة', 300], ['ثلاثمائة', 300], ['أربعمئة', 400], ['أربعمائة', 400], ['خمسمئة', 500], ['خمسمائة', 500], ['ستمئة', 600],
  ['ستمائة', 600], ['سبعمئة', 700], ['سبعمائة', 700], ['ثمانمئة', 800], ['ثمانمائة', 800], ['تسعمئة', 900], ['تسعمائة', 900],
];
export const SCALE_WORDS: readonly (readonly [string, number])[] = [
  ['ألف', 1e3], ['آلاف', 1e3], ['ألفا', 1e3], ['ألفاً', 1e3], ['ألفان', 2e3], ['ألفين', 2e3], ['مليون', 1e6], ['ملايين', 1e6], ['مليونا', 1e6],
  ['مليونان', 2e6], ['مليونين', 2e6], ['مليار', 1e9], ['مليارات', 1e9], ['مليارا', 1e9], ['بليون', 1e9],
];
/** Counted nouns that name the same quantity in news (casualties), mapped to one unit. */
export const UNIT_ALIASES: readonly (readonly [string, string])[] = [
  ['قتيل', 'قتيل'], ['قتلى', 'قتيل'], ['قتيلا', 'قتيل'], ['شخصا', 'شخص'], ['أشخاص', 'شخص'], ['شخص', 'شخص'],
  ['جريح', 'جريح'], ['جرحى', 'جريح'], ['جريحا', 'جريح'], ['مصاب', 'مصاب'], ['مصابا', 'مصاب'], ['مصابين', 'مصاب'],
  ['وزير', 'وزير'], ['وزيرا', 'وزير'], ['وزراء', 'وزير'], ['دولة', 'دولة'], ['دول', 'دولة'], ['بلدا', 'دولة'], ['بلدان', 'دولة'],
  // Broken and sound plurals, so that `3 سفن` and `37 سفينة` count the same thing.
  ['سفينة', 'سفينة'], ['سفن', 'سفينة'], ['مفقود', 'مفقود'], ['مفقودا', 'مفقود'], ['مفقودين', 'مفقود'], ['أسرة', 'أسرة'], ['أسر', 'أسرة'],
  ['عائلة', 'أسرة'], ['عائلات', 'أسرة'], ['كيلومتر', 'كيلومتر'], ['كيلومترا', 'كيلومتر'], ['كيلومترات', 'كيلومتر'], ['كلم', 'كيلومتر'],
  ['دينار', 'دينار'], ['دنانير', 'دينار'], ['درجة', 'درجة'], ['درجات', 'درجة'], ['يوم', 'يوم'], ['يوما', 'يوم'], ['أيام', 'يوم'],
  ['مشارك', 'مشارك'], ['مشاركا', 'مشارك'], ['مشاركين', 'مشارك'], ['طفل', 'طفل'], ['طفلا', 'طفل'], ['أطفال', 'طفل'], ['منزل', 'منزل'],
  ['منزلا', 'منزل'], ['منازل', 'منزل'], ['متر', 'متر'], ['مترا', 'متر'], ['أمتار', 'متر'], ['ساعة', 'ساعة'], ['ساعات', 'ساعة'],
  ['دولار', 'دولار'], ['دولارات', 'دولار'], ['لاجئ', 'لاجئ'], ['لاجئا', 'لاجئ'], ['لاجئين', 'لاجئ'], ['مهاجر', 'مهاجر'], ['مهاجرا', 'مهاجر'],
  ['مهاجرين', 'مهاجر'], ['جندي', 'جندي'], ['جنديا', 'جندي'], ['جنود', 'جندي'],
  ['جثة', 'جثة'], ['جثث', 'جثة'], ['ضحية', 'ضحية'], ['ضحايا', 'ضحية'], ['عامل', 'عامل'], ['عاملا', 'عامل'], ['عمال', 'عامل'],
  ['راكب', 'راكب'], ['راكبا', 'راكب'], ['ركاب', 'راكب'], ['راكبين', 'راكب'], ['عاملين', 'عامل'], ['مدني', 'مدني'], ['مدنيا', 'مدني'], ['مدنيين', 'مدني'],
];

/**
 * Casualty tolls (see `tollOf`): units that are a toll by themselves, and units of people that are one
 * when a toll word stands near the number (`لقي 12 شخصاً حتفهم`، `أودت بحياة 13 شخصاً`، `أصيب 30 شخصاً`).
 * Toll words are matched on key text with و/ف and then ب/ل peeled.
 */
export const TOLL_UNITS: Readonly<Record<'deaths' | 'injured' | 'missing', readonly string[]>> = {
  deaths: ['قتيل', 'جثة', 'ضحية'],
  injured: ['جريح', 'مصاب'],
  missing: ['مفقود'],
};
export const PEOPLE_UNITS: readonly string[] = ['شخص', 'طفل', 'مهاجر', 'لاجئ', 'جندي', 'عامل', 'راكب', 'مدني'];
export const TOLL_WORDS: Readonly<Record<'deaths' | 'injured' | 'missing', readonly string[]>> = {
  deaths: ['حتف', 'حتفه', 'حتفها', 'حتفهم', 'حياة', 'مصرع', 'وفاة', 'توفي', 'توفيت', 'توفوا', 'قتل', 'قتلوا', 'مقتل', 'لقي', 'لقيت', 'لقوا', 'قضى', 'قضوا'],
  injured: ['أصيب', 'أصيبت', 'أصيبوا', 'إصابة', 'إصابات', 'جروح', 'جرح', 'جرحى'],
  missing: ['فقد', 'فقدوا', 'فقدان', 'مفقود', 'مفقودين', 'عداد'],
};
/** How each toll is labelled for the reader. */
export const TOLL_LABELS: Readonly<Record<'deaths' | 'injured' | 'missing', string>> = { deaths: 'عدد القتلى', injured: 'عدد المصابين', missing: 'عدد المفقودين' };

/**
 * How a disagreement about a unit is labelled for an Arabic reader (`عدد القتلى`); units not listed
 * are labelled `عدد «<the counted noun as written>»`.
 */
export const UNIT_LABELS: readonly (readonly [string, string])[] = [
  ['قتيل', 'عدد القتلى'], ['شخص', 'عدد الأشخاص'], ['جريح', 'عدد الجرحى'], ['مصاب', 'عدد المصابين'], ['وزير', 'عدد الوزراء'],
  ['دولة', 'عدد الدول'], ['سفينة', 'عدد السفن'], ['مفقود', 'عدد المفقودين'], ['أسرة', 'عدد الأسر'], ['مشارك', 'عدد المشاركين'],
  ['طفل', 'عدد الأطفال'], ['منزل', 'عدد المنازل'], ['لاجئ', 'عدد اللاجئين'], ['مهاجر', 'عدد المهاجرين'], ['جندي', 'عدد الجنود'],
  ['كيلومتر', 'القيمة بالكيلومترات'], ['متر', 'القيمة بالأمتار'], ['درجة', 'القيمة بالدرجات'], ['يوم', 'المدة بالأيام'],
  ['ساعة', 'المدة بالساعات'], ['دينار', 'المبلغ بالدينار'], ['دولار', 'المبلغ بالدولار'],
];

/** Units of measure: two figures are one fact only if the word they measure is the same (`عمق 10 كيلومترات` vs `بعد 190 كيلومتراً`). */
export const MEASURE_UNITS: readonly string[] = ['كيلومتر', 'متر'];

/** Words skipped when looking for what a measure measures: approximations and prepositions (`على بعد نحو 190 كيلومتراً`). */
export const MEASURE_SKIP: readonly string[] = ['نحو', 'حوالي', 'قرابة', 'زهاء', 'أكثر', 'أقل', 'من', 'إلى', 'حتى', 'ما', 'يقارب', 'يناهز', 'قرب'];

/** Words marking the start or the end of an event (see `eventPhase`), as written; matched on key text, و/ف peeled. */
export const EVENT_START_WORDS: readonly string[] = [
  'افتتح', 'افتتحت', 'افتتاح', 'انطلق', 'انطلقت', 'انطلاق', 'تنطلق', 'ينطلق', 'بدأ', 'بدأت', 'بدء', 'يبدأ', 'تبدأ', 'بداية', 'مطلع',
];
export const EVENT_END_WORDS: readonly string[] = [
  'اختتم', 'اختتمت', 'اختتام', 'ختام', 'يختتم', 'تختتم', 'انتهى', 'انتهت', 'انتهاء', 'أنهى', 'أنهت', 'ينتهي', 'تنتهي', 'نهاية', 'علق', 'علقت', 'تعليق',
];

/**
 * A toll written before its number (`عدد القتلى تجاوز 120000`، `ضحايا تسونامي يصل لأكثر من 120،000`, see
 * `tollBefore`): the toll nouns that can be its subject, the verbs (or copula) that reach the figure, the
 * approximations that may stand between verb and figure, and the words of a forecast (`قد يرتفع إلى`),
 * which is no count. Matched on key text with و/ف (and ل before an approximation) peeled; the key folds
 * ى and إ (`حوالى`، `الى` are `حوالي`، `إلى`).
 */
export const TOLL_SUBJECTS: Readonly<Record<'deaths' | 'injured' | 'missing', readonly string[]>> = {
  deaths: ['القتلى', 'قتلى', 'الضحايا', 'ضحايا', 'الوفيات', 'وفيات', 'القتيل'],
  injured: ['الجرحى', 'جرحى', 'المصابين', 'المصابون', 'مصابين', 'الإصابات', 'إصابات'],
  missing: ['المفقودين', 'المفقودون', 'مفقودين'],
};
export const TOLL_REACH_WORDS: readonly string[] = [
  'بلغ', 'بلغت', 'يبلغ', 'تبلغ', 'وصل', 'وصلت', 'يصل', 'تصل', 'ارتفع', 'ارتفعت', 'يرتفع', 'ترتفع', 'تجاوز', 'تجاوزت', 'يتجاوز', 'تتجاوز',
  'متجاوزا', 'متجاوزة', 'تخطى', 'تخطت', 'يتخطى', 'تتخطى', 'فاق', 'فاقت', 'يفوق', 'تفوق', 'ناهز', 'ناهزت', 'يناهز', 'هو', 'هي', 'إلى',
];
export const TOLL_APPROXIMATIONS: readonly string[] = [
  'أكثر', 'من', 'نحو', 'حوالي', 'قرابة', 'زهاء', 'ما', 'يقارب', 'يناهز', 'يزيد', 'عن', 'لا', 'يقل', 'إلى',
];
export const FORECAST_WORDS: readonly string[] = ['قد', 'ربما', 'يتوقع', 'يرجح', 'يحتمل', 'مرشح', 'مرشحة', 'سوف', 'سيرتفع', 'سترتفع', 'سيصل', 'ستصل'];

/**
 * Words right after a count that make it an addition, not a total (`انتشلت جثتين جديدتين`، `3 قتلى
 * إضافيين`): no side of a disagreement about the total. `آخرون` is not one (`وأصيب 11 آخرون` is a toll).
 */
export const INCREMENT_WORDS: readonly string[] = [
  'جديد', 'جديدة', 'جديدا', 'جديدان', 'جديدين', 'جديدتان', 'جديدتين', 'جدد', 'إضافي', 'إضافية', 'إضافيا', 'إضافيين', 'إضافيان', 'إضافيتين',
];

/**
 * One and none, told without a number word: a singular person right after a toll word (`وفاة شخص`،
 * `لقي شخص مسن حتفه`، `إصابة جندي`) is a toll of one; an indefinite toll noun after a negation, with only
 * these words between (`لم تسجل أي وفيات`، `دون وقوع إصابات`، `لم ترد أنباء عن سقوط قتلى`), a toll of none.
 */
export const SINGULAR_PEOPLE: readonly string[] = [...PEOPLE_UNITS, 'رجل', 'امرأة', 'شاب', 'مواطن'];
export const NONE_NOUNS: Readonly<Record<'deaths' | 'injured' | 'missing', readonly string[]>> = {
  deaths: ['وفيات', 'قتلى', 'ضحايا', 'خسائر بشرية'],
  injured: ['إصابات', 'جرحى', 'مصابين'],
  missing: ['مفقودين'],
};
export const NEGATIONS: readonly string[] = ['لم', 'لا', 'دون', 'بدون', 'عدم', 'ولم', 'ولا', 'بلا'];
export const NONE_FILLERS: readonly string[] = [
  'أي', 'وقوع', 'تسجيل', 'سقوط', 'عن', 'أنباء', 'معلومات', 'تقارير', 'ترد', 'يرد', 'تسجل', 'يسجل', 'تقع', 'يقع', 'يسفر', 'تسفر', 'من',
];
