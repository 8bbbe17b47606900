/** `khulasa digest` end to end on the bundled example, in-process (the crash test runs the built binary). */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/core/index.js';
import { main } from '../../src/cli/main.js';
import { memoryIo, ROOT } from './cli.js';

const EXAMPLES = join(ROOT, 'examples');
const dir = mkdtempSync(join(tmpdir(), 'khulasa-digest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const readDigest = (out: string): Digest => JSON.parse(readFileSync(join(out, 'digest.json'), 'utf8')) as Digest;

describe('khulasa digest', () => {
  it('digests the bundled example into the three files and prints a table of stories', async () => {
    const io = memoryIo();
    const out = join(dir, 'out');
    const code = await main(['digest', EXAMPLES, '--db', join(dir, 'k.sqlite'), '--out', out], io);
    const digest = readDigest(out);
    expect(code).toBe(digest.documents.some((d) => d.status === 'rejected') ? 1 : 0);
    for (const f of ['digest.json', 'digest.md', 'index.html']) expect(existsSync(join(out, f))).toBe(true);
    const lines = io.out.join('').split('\n');
    expect(lines[0]).toBe(
      `${digest.counts.stories} stories from ${digest.counts.documents} documents (${digest.counts.ok} ok, ${digest.counts.duplicate} duplicate, ${digest.counts.rejected} rejected)`,
    );
    const sizes = digest.stories.map((s) => s.documents.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(digest.counts.documents).toBe(digest.documents.length);
    expect(digest.documents.some((d) => d.status === 'duplicate' && d.reason === 'exact')).toBe(true);
    expect(io.err.join('')).not.toContain('\r');
  });

  it('marks stories new, changed or unchanged against the previous run', async () => {
    const db = join(dir, 'incremental.sqlite');
    const out = join(dir, 'out-incremental');
    await main(['digest', join(EXAMPLES, 'khaleej-raqmi'), join(EXAMPLES, 'sahara-now'), '--db', db, '--out', out], memoryIo());
    const before = new Map(readDigest(out).stories.map((s) => [s.id, s.documents.join()]));
    expect(readDigest(out).stories.every((s) => s.status === 'new')).toBe(true);
    await main(['digest', EXAMPLES, '--db', db, '--out', out], memoryIo());
    const after = readDigest(out);
    for (const s of after.stories) {
      const was = before.get(s.id);
      expect(s.status).toBe(was === undefined ? 'new' : was === s.documents.join() ? 'unchanged' : 'changed');
    }
    expect(after.stories.some((s) => s.status === 'unchanged')).toBe(true);
    expect(after.run.number).toBe(2);
  });

  it('prints digest.json with --json and shows a progress bar only on a terminal', async () => {
    const io = { ...memoryIo(), isTTY: true };
    const out = join(dir, 'out-json');
    await main(['digest', join(EXAMPLES, 'najd-today'), '--db', join(dir, 'json.sqlite'), '--out', out, '--json'], io);
    expect(io.out.join('')).toBe(readFileSync(join(out, 'digest.json'), 'utf8'));
    expect(io.err.join('')).toContain('\r');
  });

  it('exits 1 when some inputs are rejected, and still reports them', async () => {
    const input = join(dir, 'mixed');
    mkdirSync(input, { recursive: true });
    cpSync(join(EXAMPLES, 'najd-today'), input, { recursive: true });
    writeFileSync(join(input, 'garbage.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 0, 1]));
    const out = join(dir, 'out-mixed');
    const io = memoryIo();
    expect(await main(['digest', input, '--db', join(dir, 'mixed.sqlite'), '--out', out], io)).toBe(1);
    const rejected = readDigest(out).documents.filter((d) => d.status === 'rejected');
    expect(rejected.map((d) => d.path.endsWith('garbage.txt'))).toEqual([true]);
    expect(rejected[0]!.reason).toBeTruthy();
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('garbage.txt');
  });

  it('skips the analysis with --no-analysis, and a later run fills it in', async () => {
    const db = join(dir, 'no-analysis.sqlite');
    const out = join(dir, 'out-no-analysis');
    const input = join(EXAMPLES, 'najd-today');
    expect(await main(['digest', input, '--db', db, '--out', out, '--no-analysis'], memoryIo())).toBe(0);
    const bare = readDigest(out);
    expect(bare.stories.length).toBeGreaterThan(0);
    expect(bare.stories.every((s) => s.entities.length + s.quotes.length + s.timeline.length === 0)).toBe(true);
    expect(bare.stories.every((s) => s.summary.length > 0)).toBe(true);
    expect(await main(['digest', input, '--db', db, '--out', out], memoryIo())).toBe(0);
    expect(readDigest(out).stories.some((s) => s.entities.length > 0)).toBe(true);
  });

  it('exits 2 on usage errors', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    for (const argv of [
      ['digest'],
      ['digest', EXAMPLES, '--frobnicate'],
      ['digest', EXAMPLES, '--words', 'many'],
      ['digest', join(dir, 'missing')],
    ]) {
      const io = memoryIo();
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(io.err.join('')).toContain('Usage: khulasa digest');
    }
    // The command line is right but the place it names cannot be used: one line, no usage text.
    for (const argv of [
      ['digest', join(EXAMPLES, 'najd-today'), '--db', join(dir, 'usage.sqlite'), '--out', join(file, 'out')],
      ['digest', join(EXAMPLES, 'najd-today'), '--db', join(file, 'k.sqlite')],
    ]) {
      const io = memoryIo();
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(io.err.join('')).toMatch(/^khulasa digest: [^\n]+\n$/);
    }
  });
});

describe('khulasa digest -', () => {
  it('reads one article from standard input', async () => {
    const io = memoryIo();
    const article = readFileSync(join(EXAMPLES, 'najd-today', 'honey-festival-albaha.txt'));
    io.stdin.end(article);
    const out = join(dir, 'out-stdin');
    expect(await main(['digest', '-', '--db', join(dir, 'stdin.sqlite'), '--out', out], io)).toBe(0);
    expect(readDigest(out).documents.map((d) => [d.path, d.status])).toEqual([['-', 'ok']]);
  });
});
