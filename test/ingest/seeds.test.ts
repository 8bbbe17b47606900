import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/ingest/index.js';
import { clean, key, sentences } from '../../src/text/index.js';

/**
 * The five seed articles (../shared/seeds, real scraper output) are read at test time and never
 * copied into the repository. What must hold for each: no paragraph twice, none of the furniture
 * kinds the seeds show left in the paragraphs, every sentence of the article body kept, the
 * headline found where the seed has one, AFP credited where the text credits it.
 */
const SEEDS = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const present = existsSync(SEEDS);
const files = present ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];

/** Furniture kinds seen in the seeds, as patterns over clean text. */
const FURNITURE: readonly RegExp[] = [
  /^اقرأ أيض/u,
  /الحجم الطبيعي/u,
  /حقوق محفوظة|©/u,
  /^(الإسم|الاسم|البريد|عنوان التعليق|تعليق|إلزامي)\s*\*/u,
  /Characters Left|Security Code/iu,
  /شروط (الاستخدام|الأستخدام|النشر)/u,
  /لم تشترك بعد|حساباً خاصاً/u,
  /^أرشيفية$/u,
  /^آخر تحديث/u,
  /^[^\p{Script=Arabic}]+$/u,
];

/** Seeds whose text carries a headline (first line, or repeated after the body). */
const HAS_HEADLINE: Readonly<Record<string, boolean>> = { '000': false, '001': true, '002': true, '003': true, '004': true };

const matchKey = (s: string): string => key(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Body prose of the raw seed: long lines ending like a sentence that are not terms-of-use text. */
const bodyLines = (raw: string): string[] =>
  clean(raw)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.split(/\s+/).length >= 12 && /[.!?؟"»)]$/u.test(l.replace(/[-–]*\([^()]{1,12}\)$/u, '')) && /\p{Script=Arabic}/u.test(l) && !/شروط|حقوق/u.test(l));

describe.skipIf(!present)('seed articles (../shared/seeds)', () => {
  if (!present) it.skip('skipped: ../shared/seeds is absent', () => undefined);

  for (const file of files) {
    const raw = present ? readFileSync(join(SEEDS, file), 'utf8') : '';
    const doc = cleanText(raw, {}, { path: file });
    const prefix = file.slice(0, 3);

    it(`${file}: no paragraph twice`, () => {
      const keys = doc.paragraphs.map(matchKey);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it(`${file}: no furniture left`, () => {
      for (const p of doc.paragraphs) for (const re of FURNITURE) expect(re.test(p), `${re} in: ${p.slice(0, 60)}`).toBe(false);
    });

    it(`${file}: every sentence of the body kept`, () => {
      const kept = matchKey(doc.text);
      const lines = bodyLines(raw);
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines) {
        for (const s of sentences(line)) {
          const k = matchKey(s.text.replace(/[-–]*\(\s*[اأ]\s*\.?\s*ف\s*\.?\s*ب\s*\.?\s*\)\s*$/u, ''));
          if (k !== '') expect(kept.includes(k), `missing: ${s.text.slice(0, 60)}`).toBe(true);
        }
      }
    });

    it(`${file}: headline ${HAS_HEADLINE[prefix] ? 'found' : 'absent'}`, () => {
      if (HAS_HEADLINE[prefix]) {
        expect(doc.title).not.toBeNull();
        expect(matchKey(clean(raw))).toContain(matchKey(doc.title!));
        expect(doc.paragraphs.map(matchKey)).not.toContain(matchKey(doc.title!));
      } else expect(doc.title).toBeNull();
    });

    it(`${file}: AFP credited exactly when the text credits it`, () => {
      const credits = /\(\s*[اأ]\s*\.?\s*ف\s*\.?\s*ب\s*\.?\s*\)|فرانس برس/u.test(raw);
      expect(doc.agency === 'AFP').toBe(credits);
    });
  }
});
