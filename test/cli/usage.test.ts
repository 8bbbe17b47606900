/** What a user sees when they ask for help or get the command line wrong: one clear line, the documented exit code. */
import { createServer, type AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { openSqliteStore } from '../../src/store/index.js';
import { memoryIo } from '../support/memory-io.js';

const dir = mkdtempSync(join(tmpdir(), 'khulasa-usage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = [
  'افتتاح جسر جديد فوق النهر في المدينة',
  'افتتح وزير الأشغال العامة صباح اليوم الاثنين جسرا جديدا فوق النهر يربط شطري المدينة، بكلفة بلغت ثلاثين مليون دينار.',
  'وقال الوزير في كلمة خلال حفل الافتتاح إن الجسر سيخفف الازدحام المروري في وسط المدينة بنسبة كبيرة خلال ساعات الذروة.',
  'وأضاف أن الوزارة تعمل على تنفيذ ثلاثة جسور أخرى في المحافظة خلال السنوات المقبلة ضمن خطة لتطوير شبكة الطرق.',
].join('\n');

const run = async (args: readonly string[]): Promise<{ code: number; out: string; err: string }> => {
  const io = memoryIo(dir);
  const code = await main(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
};

const folder = (name: string, files: Readonly<Record<string, string>> = {}): string => {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text);
  return path;
};

describe('help', () => {
  it('sends the overview to standard error with exit 2 when no command is given', async () => {
    const r = await run([]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.out).toBe('');
    expect(r.err).toContain('Usage: khulasa <command>');
  });

  it.each(['digest', 'ingest', 'clean', 'summarize', 'serve'])('explains every option of %s with the exit codes', async (name) => {
    const r = await run([name, '--help']);
    expect(r.code).toBe(EXIT.ok);
    const usage = /^Usage: (.*)$/m.exec(r.out)![1]!;
    const options = r.out.slice(r.out.indexOf('Options:'));
    for (const flag of usage.match(/--[a-z-]+/g) ?? []) expect(options).toMatch(new RegExp(`^  ${flag}\\b`, 'm'));
    expect(r.out).toContain('Exit codes: 0 success; 1 some inputs were rejected');
  });

  it('answers `khulasa help <command>` like `khulasa <command> --help`', async () => {
    expect((await run(['help', 'digest'])).out).toBe((await run(['digest', '--help'])).out);
  });

  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect((await run(['--version'])).out).toBe(`${version}\n`);
  });

  it('states the defaults the commands really use', async () => {
    const digest = (await run(['digest', '--help'])).out;
    expect(digest).toContain('default ./khulasa.sqlite');
    expect(digest).toContain('default ./khulasa-digest');
    expect(digest).toMatch(/--words N .*10 to 2000 \(default 120\)/);
    expect((await run(['serve', '--help'])).out).toContain('default 127.0.0.1');
  });
});

describe('wrong options', () => {
  it('shows the value a number option refused', async () => {
    const r = await run(['digest', dir, '--words', 'abc']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err.split('\n')[0]).toBe('khulasa digest: --words must be an integer from 10 to 2000 (got "abc")');
  });

  it('refuses a --since that is not a date, a date and time or an age, before it reads anything', async () => {
    const db = join(dir, 'since.sqlite');
    for (const bad of ['yesterday', '2026-02-30', '3m']) {
      const r = await run(['digest', folder('since-in', { 'a.txt': ARTICLE }), '--db', db, '--since', bad]);
      expect(r.code).toBe(EXIT.usage);
      expect(r.err.split('\n')[0]).toBe(`khulasa digest: --since takes a date (2026-11-20), a date and time (2026-11-20T06:00) or an age (36h, 3d, 2w), not "${bad}"`);
    }
    expect((await run(['digest', folder('since-in'), '--db', db, '--since', '2999-01-01'])).err.split('\n')[0]).toBe('khulasa digest: --since 2999-01-01 is later than now: the digest would hold nothing');
    expect(existsSync(db)).toBe(false);
  });

  it('reads an age as a --since counted back from now: the story stored now is in, and digest.json says where the window starts', async () => {
    const r = await run(['digest', folder('since-ok', { 'a.txt': ARTICLE }), '--db', join(dir, 'since-ok.sqlite'), '--out', join(dir, 'since-out'), '--since', '1d', '--json']);
    expect(r.code).toBe(EXIT.ok);
    const digest = JSON.parse(r.out) as { run: { since: string }; stories: unknown[] };
    expect(digest.stories).toHaveLength(1);
    expect(Date.parse(digest.run.since)).toBeLessThan(Date.now());
  });

  it('says a switch takes no value instead of calling it unknown', async () => {
    const r = await run(['clean', '--json=1', dir]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err.split('\n')[0]).toBe('khulasa clean: --json takes no value');
  });

  it('gives summarize the same length range as digest and the HTTP API', async () => {
    const input = folder('one', { 'a.txt': ARTICLE });
    expect((await run(['summarize', input, '--words', '5'])).code).toBe(EXIT.usage);
    expect((await run(['summarize', input, '--words', '2001'])).code).toBe(EXIT.usage);
    expect((await run(['summarize', input, '--words', '10'])).code).toBe(EXIT.ok);
  });
});

describe('inputs that give nothing to read', () => {
  it('warns of an empty folder with the code no-input; clean and summarize have nothing to do and exit 2', async () => {
    const empty = folder('empty');
    for (const name of ['clean', 'summarize']) {
      const r = await run([name, empty]);
      expect(r.code).toBe(EXIT.usage);
      expect(r.err.split('\n')[0]).toBe(`khulasa ${name}: no-input: the folder ${empty} holds no file to read`);
    }
    const ingest = await run(['ingest', empty]);
    expect(ingest.code).toBe(EXIT.ok);
    expect(ingest.err).toContain('no-input');
  });

  it('warns of an empty folder in digest and still writes the digest of the store', async () => {
    const empty = folder('empty-digest');
    const r = await run(['digest', empty, '--db', join(dir, 'empty.sqlite'), '--out', join(dir, 'empty-out')]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toContain(`khulasa digest: no-input: the folder ${empty} holds no file to read`);
    expect(existsSync(join(dir, 'empty-out', 'index.html'))).toBe(true);
  });

  it('says so when summarize has no accepted article, instead of printing an empty summary', async () => {
    const input = folder('rejected', { 'a.txt': 'hello world, not Arabic at all, and long enough to be read as text.' });
    const r = await run(['summarize', input]);
    expect(r.code).toBe(EXIT.someRejected);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/not-arabic/);
    expect(r.err).toContain('khulasa summarize: nothing to summarize: every input was rejected');
  });
});

describe('digest output folder', () => {
  it('refuses an --out that is a file before it reads or stores anything', async () => {
    const input = folder('in-out', { 'a.txt': ARTICLE });
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const db = join(dir, 'out-check.sqlite');
    const r = await run(['digest', input, '--db', db, '--out', file]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toBe(`khulasa digest: --out ${file} is a file, not a folder\n`);
    expect(existsSync(db)).toBe(false);
  });
});

describe('a store that cannot be opened', () => {
  it('is one line with the store\'s code, without the usage text', async () => {
    const input = folder('in-store', { 'a.txt': ARTICLE });
    const r = await run(['digest', input, '--db', 'postgres://u@[::1', '--out', join(dir, 'store-out')]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/^khulasa digest: cannot open the store .*: bad-location \(.*\)\n$/);
  });
});

describe('serve', () => {
  it('refuses a store file that does not exist instead of creating an empty one', async () => {
    const db = join(dir, 'typo.sqlite');
    const r = await run(['serve', '--db', db, '--port', '0']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toBe(`khulasa serve: no-store: there is no store at ${db}: run \`khulasa digest\` first, or give --db\n`);
    expect(existsSync(db)).toBe(false);
  });

  it('says the port is in use in one line with a code and exits 2, not 3', async () => {
    const db = join(dir, 'serve.sqlite');
    await openSqliteStore(db).close();
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    try {
      const { port } = blocker.address() as AddressInfo;
      const r = await run(['serve', '--db', db, '--port', String(port)]);
      expect(r.code).toBe(EXIT.usage);
      expect(r.err).toBe(`khulasa serve: port-in-use: cannot listen on 127.0.0.1:${port} (EADDRINUSE): another program listens there: choose another --port\n`);
    } finally {
      await new Promise((done) => blocker.close(done));
    }
  });
});
