import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/analyze/index.js';
import { ANALYSIS_GOLD_DIR, readGold } from '../../src/eval/analysis.js';
import { doc } from './doc.js';

const GOLDEN_DIR = resolve(ANALYSIS_GOLD_DIR, '..', 'golden');
const update = process.env['UPDATE_GOLDEN'] === '1';

describe('analyzeDocument output on the gold passages (golden files)', () => {
  for (const c of readGold()) {
    it(c.name, () => {
      const a = analyzeDocument(doc(c.name, c.text, { ...(c.outlet === null ? {} : { outlet: c.outlet }), ...(c.published === null ? {} : { published: c.published }) }));
      const actual = `${JSON.stringify(a, null, 1)}\n`;
      const file = resolve(GOLDEN_DIR, `${c.name}.json`);
      if (update || !existsSync(file)) {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(file, actual);
      }
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});
