import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FurniturePrior } from '../../src/core/index.js';
import { cleanText, furnitureGroup, furnitureKeys, learnOutletFurniture } from '../../src/ingest/index.js';
import type { CleanDocument } from '../../src/core/index.js';

const BODIES = [
  'ناقش مجلس البلدية خطة لتوسيع شبكة المياه في الأحياء الشرقية خلال العام المقبل.',
  'سجلت محطة الرصد الجوي أمطاراً غزيرة على المرتفعات الغربية ليلة الخميس.',
  'افتتح معرض الكتاب دورته الجديدة بمشاركة مئتي دار نشر من بلدان عربية عدة.',
  'أعلن الاتحاد المحلي لكرة القدم موعد انطلاق الموسم الجديد في مطلع الشهر المقبل.',
  'قالت إدارة الميناء إن حركة الشحن ارتفعت بنسبة ملحوظة مقارنة بالعام الماضي.',
];
const LINES = ['للإعلان اتصلوا بنا.', 'حقوق الصورة للوكالة.', 'تصوير فريق الموقع.', 'تحرير قسم الأخبار المحلية.'];
const OUTLETS = ['الأنباء اليومية', 'صوت المدينة', null];

/** Prior counts as a store keeps them: `furnitureKeys` of each earlier document, summed per group. */
function priorOf(docs: readonly CleanDocument[]): FurniturePrior {
  const prior = new Map<string, { members: number; lines: Map<string, number> }>();
  for (const d of docs) {
    const k = furnitureKeys(d);
    if (k === null) continue;
    const g = prior.get(k.group) ?? { members: 0, lines: new Map<string, number>() };
    g.members++;
    for (const line of k.lines) g.lines.set(line, (g.lines.get(line) ?? 0) + 1);
    prior.set(k.group, g);
  }
  return prior;
}

const arbDoc = fc
  .record({ body: fc.nat({ max: BODIES.length - 1 }), n: fc.nat({ max: 50 }), lines: fc.subarray(LINES), outlet: fc.constantFrom(...OUTLETS) })
  .map(({ body, n, lines, outlet }) => cleanText([`${BODIES[body]} وذكر التقرير الرقم ${n}.`, ...lines].join('\n'), outlet === null ? {} : { outlet }, { path: `a-${n}` }));

describe('learnOutletFurniture with prior counts', () => {
  it('gives the later documents exactly what learning over all of them gives', () => {
    fc.assert(
      fc.property(fc.array(arbDoc, { maxLength: 14 }), fc.nat(), (docs, cut) => {
        const k = docs.length === 0 ? 0 : cut % (docs.length + 1);
        const whole = learnOutletFurniture(docs).slice(k);
        expect(learnOutletFurniture(docs.slice(k), {}, priorOf(docs.slice(0, k)))).toEqual(whole);
      }),
      { numRuns: 300, seed: 22 },
    );
  });

  it('keys only short, non-empty lines, once each, as 64-bit hex; none for a document without a group', () => {
    const d = cleanText(`${BODIES[0]}\n${LINES[0]}\n${LINES[0]}`, { outlet: 'صوت المدينة' }, { path: 'x' });
    const k = furnitureKeys(d)!;
    expect(k.group).toBe(furnitureGroup(d));
    expect(k.lines.every((l) => /^[0-9a-f]{16}$/.test(l))).toBe(true);
    expect(new Set(k.lines).size).toBe(k.lines.length);
    expect(furnitureKeys(d, { maxWords: 5 })!.lines).toHaveLength(1);
    expect(furnitureKeys(cleanText(BODIES[1]!, {}, { path: 'y' }))).toBeNull();
  });
});

describe('the test documents', () => {
  it('keep every short line through per-document cleaning, so the property above learns furniture', () => {
    for (const line of LINES) expect(cleanText(`${BODIES[0]}\n${line}`, { outlet: 'صوت المدينة' }, { path: 'x' }).paragraphs).toContain(line);
  });
});
