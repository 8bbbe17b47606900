import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanBytes } from '../../src/ingest/index.js';

/**
 * Golden cases: test/fixtures/ingest/<case>/input.(txt|html) → expected.json. Fixtures are written
 * by the team in the style of real scraper output. `UPDATE_GOLDEN=1` re-blesses.
 */
const ROOT = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const cases = readdirSync(ROOT).filter((c) => readdirSync(join(ROOT, c)).some((f) => f.startsWith('input.'))).sort();

describe('golden cleaning cases', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(8));

  for (const name of cases) {
    it(name, () => {
      const dir = join(ROOT, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
      const outcome = cleanBytes(input, readFileSync(join(dir, input)), {}, { minWords: 0, minArabicShare: 0 });
      expect(outcome.kind).toBe('ok');
      if (outcome.kind !== 'ok') return;
      const d = outcome.document;
      const actual = { title: d.title, outlet: d.outlet, dateline: d.dateline, agency: d.agency, published: d.published, paragraphs: d.paragraphs, removed: d.removed };
      const file = join(dir, 'expected.json');
      if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
