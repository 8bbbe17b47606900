/**
 * Kinship and relation nouns that stand in construct after a person's name (`وقال X Y عم الطالب`،
 * `زوجة الجندي`، `صديق الضحية`): the apposition's head, with the relative as its genitive. Each reader
 * adds the words its construction needs besides (entities.ts `KIN_KEYS`, quote-speaker-phrase.ts
 * `KIN_HEAD_KEYS`).
 */
export const KIN_NOUNS: readonly string[] = ['عم', 'عمة', 'خال', 'خالة', 'والد', 'والدة', 'شقيق', 'شقيقة', 'أخت', 'زوج', 'زوجة', 'جد', 'جدة', 'صديق', 'صديقة', 'جار', 'جارة'];
