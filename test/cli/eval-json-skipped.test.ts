/**
 * `khulasa eval <name> --json` prints JSON on standard output even when the evaluation is skipped
 * because its corpus is absent: `{ "skipped": reason }` (or, for rouge, the corpora it did read with a
 * `skipped` entry per absent one), never a line of text a JSON reader chokes on.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';

let saved: string | undefined;
beforeEach(() => {
  saved = process.env['KHULASA_CORPORA'];
  process.env['KHULASA_CORPORA'] = '/nonexistent/khulasa-corpora';
});
afterEach(() => {
  if (saved === undefined) delete process.env['KHULASA_CORPORA'];
  else process.env['KHULASA_CORPORA'] = saved;
});

describe('eval --json without the corpora', () => {
  it.each([['duplicates'], ['clusters'], ['extraction'], ['rouge', '--budgets', '100,200']])('%s prints { skipped } as JSON and exits 0', async (...args) => {
    const io = memoryIo();
    expect(await main(['eval', ...args, '--json'], io)).toBe(EXIT.ok);
    const parsed = JSON.parse(io.out.join('')) as { skipped?: unknown };
    expect(parsed.skipped).toMatch(/absent/);
  });

  it('rouge names each absent corpus under skipped, in one JSON object', async () => {
    const io = memoryIo();
    expect(await main(['eval', 'rouge', '--json'], io)).toBe(EXIT.ok);
    const parsed = JSON.parse(io.out.join('')) as { skipped?: Record<string, string> };
    expect(Object.keys(parsed.skipped ?? {}).sort()).toEqual(['easc', 'tac']);
  });

  it('without --json still says it in words', async () => {
    const io = memoryIo();
    expect(await main(['eval', 'duplicates'], io)).toBe(EXIT.ok);
    expect(io.out.join('')).toMatch(/^duplicates: skipped, .*absent/);
  });
});
