/**
 * News agencies and the ways Arabic outlets credit them. Spellings are written loosely: the matcher
 * allows optional dots and spaces between the letters of initialisms and any alef form.
 */
export interface AgencyRecord {
  /** Canonical name used in `CleanDocument.agency`. */
  readonly name: string;
  /** Credited forms; initialisms as space-separated letters (`أ ف ب` also matches `ا.ف.ب`, `أف ب`). */
  readonly forms: readonly string[];
}

export const AGENCIES: readonly AgencyRecord[] = [
  { name: 'AFP', forms: ['أ ف ب', 'فرانس برس', 'فرانس بريس', 'وكالة الصحافة الفرنسية', 'وكالة فرانس برس', 'AFP'] },
  { name: 'Reuters', forms: ['رويترز', 'وكالة رويترز', 'Reuters'] },
  { name: 'AP', forms: ['أ ب', 'أسوشيتد برس', 'أسوشيتدبرس', 'أسوشييتد برس', 'AP'] },
  { name: 'Anadolu', forms: ['الأناضول', 'وكالة الأناضول', 'Anadolu'] },
  { name: 'DPA', forms: ['د ب أ', 'DPA'] },
  { name: 'MENA', forms: ['أ ش أ', 'وكالة أنباء الشرق الأوسط', 'MENA'] },
  { name: 'SANA', forms: ['سانا', 'وكالة الأنباء السورية'] },
  { name: 'WAM', forms: ['وام', 'وكالة أنباء الإمارات'] },
  { name: 'SPA', forms: ['واس', 'وكالة الأنباء السعودية'] },
  { name: 'QNA', forms: ['قنا', 'وكالة الأنباء القطرية'] },
  { name: 'KUNA', forms: ['كونا', 'وكالة الأنباء الكويتية'] },
  { name: 'Petra', forms: ['بترا', 'وكالة الأنباء الأردنية'] },
  { name: 'MAP', forms: ['لاماب', 'و م ع', 'ومع', 'وكالة المغرب العربي للأنباء'] },
  { name: 'TAP', forms: ['وات', 'وكالة تونس إفريقيا للأنباء', 'TAP'] },
  { name: 'APS', forms: ['واج', 'وكالة الأنباء الجزائرية', 'APS'] },
  { name: 'WAFA', forms: ['وفا', 'وكالة الأنباء الفلسطينية', 'WAFA'] },
  { name: 'BNA', forms: ['بنا', 'وكالة أنباء البحرين', 'BNA'] },
  { name: 'INA', forms: ['واع', 'وكالة الأنباء العراقية', 'INA'] },
  { name: 'SABA', forms: ['سبأ', 'وكالة الأنباء اليمنية', 'SABA'] },
  { name: 'ONA', forms: ['العمانية', 'وكالة الأنباء العمانية', 'ONA'] },
  { name: 'SUNA', forms: ['سونا', 'وكالة السودان للأنباء', 'SUNA'] },
  { name: 'LANA', forms: ['لانا', 'وكالة الأنباء الليبية'] },
  { name: 'NNA', forms: ['الوكالة الوطنية للإعلام', 'NNA'] },
  { name: 'Xinhua', forms: ['شينخوا', 'شينخوا نت', 'Xinhua'] },
  { name: 'Sputnik', forms: ['سبوتنيك'] },
  { name: 'IRNA', forms: ['إرنا'] },
  { name: 'Agencies', forms: ['وكالات', 'وكالات الأنباء', 'Agencies'] },
];

const ALEF = '[اأإآ]';
const letterPattern = (ch: string): string => (/[اأإآ]/.test(ch) ? ALEF : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** Regex source for one credited form: initialisms take optional dots and spaces between letters. */
function formPattern(form: string): string {
  const parts = form.split(' ');
  if (parts.every((p) => [...p].length === 1)) return parts.map(letterPattern).join('\\s*\\.?\\s*') + '\\.?';
  return parts.map((p) => [...p].map(letterPattern).join('')).join('\\s+');
}

const byPattern: ReadonlyArray<readonly [RegExp, string]> = AGENCIES.flatMap((a) =>
  a.forms.map((f) => [new RegExp(`^(?:${formPattern(f)})$`, /[A-Z]/.test(f) ? 'u' : 'iu'), a.name] as const),
);

/** Alternation matching any credited form, for use inside larger patterns. */
export const AGENCY_ALTERNATION = AGENCIES.flatMap((a) => a.forms.map(formPattern))
  .sort((x, y) => y.length - x.length)
  .join('|');

/** Canonical agency for a credited form (`ا.ف.ب` → `AFP`), or null. */
export function canonicalAgency(credit: string): string | null {
  const s = credit.trim();
  for (const candidate of [s, s.replace(/^وكالة\s+/u, '')]) {
    for (const [re, name] of byPattern) if (re.test(candidate)) return name;
  }
  return null;
}
