/** `khulasaOutputs` tells khulasa's own digest files in a folder by the shape of its digest.json. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { khulasaOutputs } from '../../src/ingest/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'khulasa-own-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const folderWith = (files: Readonly<Record<string, string>>): string[] => {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return Object.keys(files).sort();
};

const DIGEST = JSON.stringify({ version: 1, run: { number: 1 }, counts: {}, documents: [], stories: [] }, null, 2);

describe('khulasaOutputs', () => {
  it("names a digest's three files and an unfinished write, and nothing else of the folder", () => {
    const names = folderWith({ 'digest.json': DIGEST, 'digest.md': '# خلاصة', 'index.html': '<html></html>', 'index.html.tmp-4242': '<ht', 'notes.txt': 'ملاحظات' });
    const found = khulasaOutputs(dir, names);
    expect(found.map((s) => s.path)).toEqual(['digest.json', 'digest.md', 'index.html', 'index.html.tmp-4242'].map((n) => join(dir, n)));
    expect(new Set(found.map((s) => s.code))).toEqual(new Set(['khulasa-output']));
  });

  it.each([
    ['JSON of another shape', JSON.stringify({ version: 1, title: 'خبر', text: 'نص' })],
    ['not JSON', 'version: 1'],
    ['an array', '[]'],
  ])('leaves the folder alone when digest.json is %s', (_what, text) => {
    expect(khulasaOutputs(dir, folderWith({ 'digest.json': text, 'index.html': '<html></html>' }))).toEqual([]);
  });

  it('leaves a folder without digest.json alone, whatever else it holds', () => {
    expect(khulasaOutputs(dir, folderWith({ 'digest.md': '# خلاصة', 'index.html': '<html></html>' }))).toEqual([]);
  });
});
