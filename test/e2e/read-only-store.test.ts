/**
 * A SQLite store this user may not write: `digest` and `ingest --db` refuse it at once (exit 2,
 * permission-denied) instead of failing at the first write with exit 3 and "run the same command
 * again", which cannot help; `serve` only reads it and serves it. Root writes any file, so as root the
 * commands run as the user nobody (setpriv); without setpriv a root run skips.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, exited } from './cli.js';

const NOBODY = 65534;
const root = process.getuid?.() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
const runnable = !root || setpriv !== undefined;

const ARTICLE = [
  'بدء موسم قطف الزيتون في قرى المحافظة',
  'بدأ المزارعون في قرى المحافظة الشمالية صباح اليوم موسم قطف الزيتون، وسط توقعات بإنتاج يفوق العام الماضي بنحو عشرين في المئة.',
  'وقال رئيس جمعية المزارعين إن الأمطار التي هطلت في الربيع ساعدت الأشجار على حمل ثمار وفيرة، وإن المعاصر ستعمل على مدار الساعة.',
  'وأضاف أن أسعار زيت الزيتون في الأسواق المحلية يتوقع أن تنخفض قليلا مع وصول الإنتاج الجديد خلال الأسابيع المقبلة.',
].join('\n');

/** Runs the built CLI as an ordinary user: this one, or nobody when the tests run as root. */
async function runAsUser(args: readonly string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  const [command, argv] = root ? [setpriv!, [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, BIN, ...args]] : [process.execPath, [BIN, ...args]];
  const child = spawn(command, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return { code: await exited(child), stderr };
}

describe.skipIf(!runnable)('a read-only SQLite store', () => {
  let dir: string;
  beforeAll(async () => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'khulasa-readonly-'));
    writeFileSync(join(dir, 'olive.txt'), ARTICLE);
    if (root) chownSync(dir, NOBODY, NOBODY);
    chmodSync(dir, 0o755);
    expect((await runAsUser(['digest', 'olive.txt', '--db', 'store.sqlite', '--out', 'out', '--no-analysis'], dir)).code).toBe(0);
    // Fold the write-ahead log in, so that the store is one file, then make it read-only.
    execFileSync(process.execPath, ['-e', `new (require('better-sqlite3'))(${JSON.stringify(join(dir, 'store.sqlite'))}).pragma('wal_checkpoint(TRUNCATE)')`], { cwd: join(BIN, '..', '..') });
    chmodSync(join(dir, 'store.sqlite'), 0o444);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['digest', ['digest', 'olive.txt', '--db', 'store.sqlite', '--out', 'out2']],
    ['ingest', ['ingest', 'olive.txt', '--db', 'store.sqlite']],
  ])('is refused by %s before any work, exit 2 with permission-denied', async (_name, args) => {
    const r = await runAsUser(args, dir);
    expect(r.stderr).toMatch(/permission-denied \(.*read-only/);
    expect(r.stderr).not.toContain('run the same command again');
    expect(r.code).toBe(2);
  });

  it('is served', async () => {
    const child = spawn(root ? setpriv! : process.execPath, [...(root ? [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath] : []), BIN, 'serve', '--db', 'store.sqlite', '--port', '0'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr!.on('data', (c: Buffer) => {
        stderr += c.toString();
        const m = /serving on (http:\S+)/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.once('exit', () => reject(new Error(stderr)));
    });
    try {
      const response = await fetch(`${url}digest.json`);
      expect(response.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await exited(child);
    }
  });
});
