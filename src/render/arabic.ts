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

/** "N outlets, K independent reports", in Arabic. */
export const outletsLine = (outlets: number, reports: number): string =>
  `${outlets === 0 ? 'مصدر غير معروف' : arabicCount(outlets, OUTLETS)}، ${arabicCount(reports, INDEPENDENT_REPORTS)}`;

export const STATUS_LABELS = { new: 'جديدة', changed: 'محدَّثة', unchanged: '' } as const;

export const DUPLICATE_LABELS = { exact: 'نسخة مطابقة', near: 'نسخة شبه مطابقة', syndicated: 'نسخة من تقرير وكالة' } as const;
