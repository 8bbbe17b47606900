import { sameAddress, type DigestCounts, type RejectCode } from '../core/index.js';

/** Arabic counted nouns: the noun's form (and its adjective) depends on the number. */
export interface CountedNoun {
  readonly one: string;
  readonly two: string;
  /** 3 to 10: plural. */
  readonly few: string;
  /** 11 to 99: accusative singular. */
  readonly many: string;
  /** 0 and hundreds: genitive singular. */
  readonly other: string;
}

export function arabicCount(n: number, noun: CountedNoun): string {
  if (n === 1) return noun.one;
  if (n === 2) return noun.two;
  const lastTwo = n % 100;
  if (lastTwo >= 3 && lastTwo <= 10) return `${n} ${noun.few}`;
  if (lastTwo >= 11) return `${n} ${noun.many}`;
  return `${n} ${noun.other}`;
}

export const OUTLETS: CountedNoun = { one: 'مصدر واحد', two: 'مصدران', few: 'مصادر', many: 'مصدرًا', other: 'مصدر' };
const INDEPENDENT_REPORTS: CountedNoun = {
  one: 'تقرير مستقل واحد',
  two: 'تقريران مستقلان',
  few: 'تقارير مستقلة',
  many: 'تقريرًا مستقلًا',
  other: 'تقرير مستقل',
};
export const STORIES: CountedNoun = { one: 'قصة واحدة', two: 'قصتان', few: 'قصص', many: 'قصة', other: 'قصة' };
export const ARTICLES: CountedNoun = { one: 'مقال واحد', two: 'مقالان', few: 'مقالات', many: 'مقالًا', other: 'مقال' };
export const NAMES: CountedNoun = { one: 'اسم واحد', two: 'اسمان', few: 'أسماء', many: 'اسمًا', other: 'اسم' };
export const QUOTES: CountedNoun = { one: 'تصريح واحد', two: 'تصريحان', few: 'تصريحات', many: 'تصريحًا', other: 'تصريح' };
export const DATES: CountedNoun = { one: 'تاريخ واحد', two: 'تاريخان', few: 'تواريخ', many: 'تاريخًا', other: 'تاريخ' };

/** What a list shows after its first items, for the rest (`المزيد (6 تصريحات)`). */
export const moreLabel = (n: number, noun: CountedNoun): string => `المزيد (${arabicCount(n, noun)})`;

const UNNAMED_ARTICLES: CountedNoun = {
  one: 'مقال واحد مجهول المصدر',
  two: 'مقالان مجهولا المصدر',
  few: 'مقالات مجهولة المصدر',
  many: 'مقالًا مجهول المصدر',
  other: 'مقال مجهول المصدر',
};

/**
 * "N outlets, K independent reports", in Arabic. `unnamed` counts the story's articles whose outlet is
 * unknown, which count as reports but not as outlets ("مصدران و3 مقالات مجهولة المصدر، 5 تقارير مستقلة").
 */
export function outletsLine(outlets: number, reports: number, unnamed = 0): string {
  const named = outlets > 0 ? arabicCount(outlets, OUTLETS) : null;
  const others = unnamed > 0 ? arabicCount(unnamed, UNNAMED_ARTICLES) : null;
  const who = named && others ? `${named} و${others}` : (named ?? others ?? 'مصدر غير معروف');
  return `${who}، ${arabicCount(reports, INDEPENDENT_REPORTS)}`;
}

/**
 * The digest's first line: stories and articles as counted nouns, then the tally of statuses as
 * "label: number", which needs no agreement ("7 قصص من 20 مقالًا — أصلية: 18، مكررة: 2، مرفوضة: 0").
 */
export const countsLine = (c: DigestCounts): string =>
  `${arabicCount(c.stories, STORIES)} من ${arabicCount(c.documents, ARTICLES)} — أصلية: ${c.ok}، مكررة: ${c.duplicate}، مرفوضة: ${c.rejected}`;

/** What an article without a title is called where its title would be. */
export const UNTITLED = '(بلا عنوان)';

export const STATUS_LABELS = { new: 'جديدة', changed: 'محدَّثة', unchanged: '' } as const;

/** Why an input was rejected, for an Arabic reader; the code itself is shown beside it (a code added later shows alone). */
const REJECT_LABELS: Readonly<Partial<Record<RejectCode, string>>> = {
  empty: 'لا نص فيه',
  binary: 'ملف ثنائي لا نص',
  encoding: 'ترميز تعذّر فكّه',
  mojibake: 'نص مشوَّه الترميز',
  'not-arabic': 'ليس بالعربية',
  'too-short': 'أقصر من أن يكون خبرًا',
  'no-main-content': 'لا متن للمقال في الصفحة',
  unreadable: 'تعذّرت قراءته',
  unsupported: 'نوع ملف غير مدعوم',
  malformed: 'بنية الملف تالفة',
  'too-large': 'أكبر من الحد المسموح',
};

/** `ملف ثنائي لا نص (binary)`: the Arabic reason with its code; the code alone when there is no label. */
export const rejectLabel = (code: string): string => {
  const label = REJECT_LABELS[code as RejectCode];
  return label === undefined ? code : `${label} (${code})`;
};

/** An article a later version at the same address replaces in the summary and analysis (`supersededBy`). */
export const EARLIER_VERSION = 'نسخة سابقة';

const DUPLICATE_LABELS = { exact: 'نسخة مطابقة', near: 'نسخة شبه مطابقة', syndicated: 'نسخة من تقرير وكالة' } as const;

/**
 * What a copy is called before `من «original»`: its duplicate kind, except that a near copy at its
 * original's own address is that article updated (a feed item or a page fetched again after an edit).
 * Undefined for a kind this list does not know.
 */
export function copyLabel(copy: { readonly reason?: string; readonly url: string | null }, original: { readonly url: string | null } | undefined): string | undefined {
  if (copy.reason === 'near' && sameAddress(copy.url, original?.url)) return 'نسخة محدّثة';
  return DUPLICATE_LABELS[copy.reason as keyof typeof DUPLICATE_LABELS];
}
