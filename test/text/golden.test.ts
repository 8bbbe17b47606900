import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clean, key, keyTerms, keyTokens, sentences } from '../../src/text/index.js';

const DIR = resolve(import.meta.dirname, '..', 'fixtures', 'text', 'golden');
/** Names the entity stage would pass as `keep` (key forms). */
const KEEP = new Set(['لبنان', 'بغداد', 'رويترز'].map((n) => String(key(n))));

const render = (raw: string): unknown => {
  const c = clean(raw);
  return {
    clean: c,
    key: key(c),
    sentences: sentences(c).map((s) => ({ index: s.index, paragraph: s.paragraph, start: s.start, end: s.end, text: s.text })),
    keyTokens: keyTokens(c),
    keyTerms: keyTerms(c, { keep: KEEP }),
  };
};

describe('text golden cases', () => {
  const cases = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of cases) {
    it(name, () => {
      const actual = render(readFileSync(join(DIR, name, 'input.txt'), 'utf8'));
      const expectedFile = join(DIR, name, 'expected.json');
      if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(expectedFile)) {
        writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
