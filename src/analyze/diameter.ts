/**
 * `قطر` is the country and the common noun "diameter" (`نصف قطر الأرض`، `بقطر 3 أمتار`، `قياس قطر
 * الشمس`). Science and encyclopedic prose writes the noun often; a reader takes it for the country only
 * where nothing marks the measure.
 */
import { hasForm, keySet, type Tok } from './tokens.js';

const DIAMETER = 'قطر';
/** Words that make the next قطر a measure: radius (نصف قطر), measuring it, its length or mean. */
const MEASURING_BEFORE = keySet(['نصف', 'قياس', 'طول', 'متوسط']);
/** Units of length a measured diameter is given in. */
const LENGTH_UNITS = keySet(['مم', 'ملم', 'مليمتر', 'مليمترات', 'سم', 'سنتيمتر', 'سنتيمترات', 'سنتمتر', 'سنتمترات', 'متر', 'مترا', 'أمتار', 'كم', 'كيلومتر', 'كيلومترا', 'كيلومترات', 'بوصة', 'بوصات', 'إنش', 'إنشات', 'ميكرون', 'ميكرومتر', 'نانومتر', 'قدم', 'أقدام', 'ميل', 'أميال']);
/** What has a diameter, right after it in construct (`قطر الشمس`): no definite noun follows the country so. */
const ROUND_THINGS = keySet([
  'الدائرة', 'الكرة', 'الأرض', 'الشمس', 'القمر', 'الكوكب', 'النجم', 'المجرة', 'الفوهة', 'الحفرة', 'الأنبوب',
  'الأنابيب', 'البئر', 'الثقب', 'العجلة', 'الإطار', 'الجذع', 'الساق', 'الخلية', 'الذرة', 'النواة', 'الحبة',
  'القطرة', 'الجسيم', 'الجسيمات', 'العدسة', 'المرآة', 'الدوامة', 'الإعصار', 'الحلقة', 'القرص', 'الأسطوانة',
]);

/** Whether the one-word `قطر` at token `i` (alone or after ب) is "diameter" here, no place. */
export function diameterAt(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (t === undefined || !t.forms.some((f) => f.form === DIAMETER)) return false;
  const next = toks[i + 1];
  if (hasForm(toks[i - 1], MEASURING_BEFORE) && t.spaced) return true;
  // (`قطر 2022 قدم …`: a year after the country, then a verb spelled like a unit)
  if (next?.kind === 'number' && !/^(?:19|20)\d\d$/.test(next.key) && hasForm(toks[i + 2], LENGTH_UNITS)) return true;
  return next !== undefined && next.spaced && ROUND_THINGS.has(next.key);
}
