/**
 * `digest` says on standard error when a story got no summary (nothing fits --words), as `summarize`
 * does, and its table names such a story by its file rather than leaving the title blank.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';
import { LONG_SENTENCES } from '../support/long-sentences.js';

const dir = mkdtempSync(join(tmpdir(), 'khulasa-digest-warnings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('digest with a story that gets no summary', () => {
  it('warns on standard error with the --words that would give one, and shows the story in the table', async () => {
    const pile = join(dir, 'pile');
    mkdirSync(pile, { recursive: true });
    writeFileSync(join(pile, 'weather.txt'), LONG_SENTENCES);
    const io = memoryIo(dir);
    const code = await main(['digest', 'pile', '--words', '10', '--db', 'k.sqlite', '--out', 'out'], io);
    expect(code).toBe(EXIT.ok);
    const err = io.err.join('');
    expect(err).toMatch(/khulasa digest: 1 story has no summary: no sentence fits in 10 words; a larger --words gives one/);
    const row = io.out.join('').split('\n')[2]!;
    expect(row).toMatch(/^1\s+1\s+0\s+1\s+new\s+\S/);
  });
});
