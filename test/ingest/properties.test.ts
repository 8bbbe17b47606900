import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/ingest/index.js';
import { clean, key } from '../../src/text/index.js';

/** Prose lines (written for this test) and furniture lines of the kinds scrapers leave. */
const PROSE = [
  'وافق مجلس الوزراء في جلسته الأسبوعية على خطة لتوسيع شبكة المياه في القرى الجبلية خلال العامين المقبلين.',
  'وقال وزير المالية إن العجز في الموازنة تراجع بنسبة طفيفة مقارنة بالعام الماضي بفضل ارتفاع الإيرادات الضريبية.',
  'وأكد مسؤول في البلدية أن أعمال الصيانة في الجسر الرئيسي ستنتهي قبل بداية العام الدراسي الجديد.',
  'ودعت منظمات أهلية إلى حماية الأشجار المعمرة في المدينة القديمة بعد قطع عدد منها الشهر الماضي.',
  'وأشار التقرير السنوي إلى أن عدد السياح الأجانب ارتفع إلى أعلى مستوى له منذ عشر سنوات تقريباً.',
  'وقالت نقابة المعلمين إنها ستعلق الإضراب إذا التزمت الحكومة بصرف العلاوات المتأخرة قبل نهاية الشهر.',
];
const FURNITURE = ['شارك', 'اقرأ أيضاً', 'جميع الحقوق محفوظة © 2025', 'الاسم *', 'ت + ت - الحجم الطبيعي', 'أرشيفية', 'Email', 'تابعونا على فيسبوك', '', ' '];

const matchKey = (s: string): string => key(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('cleanText properties', () => {
  it('never invents text, keeps order, and never drops a prose line (only its repeats)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PROSE), fc.constantFrom(...FURNITURE)), { minLength: 1, maxLength: 30 }), (lines) => {
        const raw = lines.join('\n');
        const doc = cleanText(raw);
        const source = clean(raw);
        let from = 0;
        for (const p of doc.paragraphs) {
          const at = source.indexOf(p, from);
          expect(at).toBeGreaterThanOrEqual(0);
          from = at + p.length;
        }
        for (const r of doc.removed) expect(source).toContain(r.text);
        const kept = new Set(doc.paragraphs.map(matchKey));
        for (const p of new Set(lines.filter((l) => PROSE.includes(l)))) expect(kept.has(matchKey(p))).toBe(true);
        expect(doc.paragraphs.length).toBe(kept.size);
        for (const f of FURNITURE) if (f.trim() !== '') expect(doc.paragraphs).not.toContain(f);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic: same input, same id and hash', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PROSE, ...FURNITURE), { maxLength: 12 }), (lines) => {
        const a = cleanText(lines.join('\n'));
        const b = cleanText(lines.join('\n'));
        expect([a.id, a.contentHash, a.paragraphs]).toEqual([b.id, b.contentHash, b.paragraphs]);
      }),
      { numRuns: 50 },
    );
  });
});
