import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeVersion } from '../../src/pipeline/code-version.js';
import { defaultStages } from '../../src/pipeline/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'khulasa-version-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh folder (so the per-process cache does not answer) holding the given files. */
function folder(name: string, files: Readonly<Record<string, string>>): URL {
  const root = join(dir, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return pathToFileURL(`${root}/`);
}

describe('codeVersion', () => {
  it('depends on the files and their bytes, not on where the folder is or on maps and declarations', () => {
    const a = codeVersion([folder('a', { 'x.js': 'one', 'data/y.js': 'two' })]);
    expect(codeVersion([folder('b', { 'data/y.js': 'two', 'x.js': 'one', 'x.js.map': '{}', 'x.d.ts': 'declare' })])).toBe(a);
    expect(codeVersion([folder('c', { 'x.js': 'one', 'data/y.js': 'two!' })])).not.toBe(a);
    expect(codeVersion([folder('d', { 'x.js': 'one', 'data/z.js': 'two' })])).not.toBe(a);
    expect(codeVersion([folder('e', { 'x.js': 'one' }), folder('f', { 'data/y.js': 'two' })])).not.toBe(a);
  });

  it('treats a folder it cannot read as empty', () => {
    expect(codeVersion([pathToFileURL(join(dir, 'missing/'))])).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives the real stages versions that change with their options', () => {
    const plain = defaultStages().versions!;
    expect(defaultStages().versions).toEqual(plain);
    expect(defaultStages({ summary: { clauseSpans: false } }).versions!.summary).not.toBe(plain.summary);
    expect(defaultStages({ summary: { clauseSpans: false } }).versions!.analysis).toBe(plain.analysis);
  });
});
