import { describe, expect, it } from 'vitest';
import { cleanText, learnOutletFurniture } from '../../src/ingest/index.js';

const BODIES = [
  'وافق البرلمان في جلسة مسائية على مشروع قانون الموازنة العامة للعام المقبل بأغلبية واضحة بعد نقاش استمر ثلاثة أيام.',
  'افتتحت وزارة التعليم عشر مدارس جديدة في المناطق الريفية، وقالت إنها ستستوعب أكثر من أربعة آلاف تلميذ.',
  'أعلنت شركة الطيران الوطنية عن خط جديد يربط العاصمة بثلاث مدن أفريقية ابتداء من الشهر المقبل.',
  'حذرت جمعية حماية المستهلك من ارتفاع أسعار الأدوية المستوردة، ودعت إلى رقابة أشد على الصيدليات.',
];
const SLOGAN = 'تنشر هذه الصحيفة الأخبار المحلية والعربية والدولية بموضوعية ومهنية منذ عام 1990.';

const docs = (outlet: string, withSlogan: boolean) =>
  BODIES.map((b, i) => cleanText(`${b}\n${withSlogan ? SLOGAN : `فقرة خاصة رقم ${i + 1} في هذا الخبر وحده دون غيره من الأخبار.`}`, { outlet }, { path: `${outlet}-${i}` }));

describe('learnOutletFurniture', () => {
  it('removes a line that recurs across many documents of one outlet, with the reason, and recomputes ids', () => {
    const input = docs('الأنباء اليومية', true);
    const out = learnOutletFurniture(input);
    for (const [i, d] of out.entries()) {
      expect(d.paragraphs).toEqual([BODIES[i]]);
      expect(d.removed).toContainEqual({ text: SLOGAN, reason: 'outlet-furniture' });
      expect(d.id).not.toBe(input[i]!.id);
      expect(d.contentHash).toBe(cleanText(BODIES[i]!).contentHash);
      expect(d.text).toBe(BODIES[i]);
    }
  });

  it('leaves lines that do not recur, other outlets, and small outlets alone', () => {
    const plain = docs('الرأي', false);
    expect(learnOutletFurniture(plain)).toEqual(plain);
    const few = docs('المساء', true).slice(0, 2);
    expect(learnOutletFurniture(few)).toEqual(few);
    const mixed = [...docs('الأنباء اليومية', true), ...docs('الرأي', false)];
    const out = learnOutletFurniture(mixed);
    expect(out.slice(4)).toEqual(mixed.slice(4));
    expect(out.slice(0, 4).every((d) => !d.paragraphs.includes(SLOGAN))).toBe(true);
  });

  it('respects minShare: a line in a minority of the outlet documents stays', () => {
    const many = [...docs('الأنباء اليومية', true).slice(0, 3), ...docs('الأنباء اليومية', false), ...docs('الأنباء اليومية', false)];
    expect(learnOutletFurniture(many)).toEqual(many);
    expect(learnOutletFurniture(many, { minShare: 0.2 })[0]!.paragraphs).not.toContain(SLOGAN);
  });
});
