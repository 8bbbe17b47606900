import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { run as evalRouge, parseBudgets, parseSummaryOptions } from '../../src/cli/eval/rouge.js';
import { corpus } from '../../src/eval/corpora.js';
import { tacExperiment } from '../../src/eval/summaries.js';
import { TAC_SPLIT } from '../../src/eval/rouge-splits.js';
import { memoryIo } from '../support/memory-io.js';

const STORY = join(import.meta.dirname, '..', 'fixtures', 'summarize', 'three-outlets-one-flood');
const files = ['a-wire.txt', 'b-daily.txt', 'c-weekly.txt'].map((f) => join(STORY, f));

describe('khulasa summarize', () => {
  it('prints the JSON contract: summary sentences with their sources, and the word count', async () => {
    const io = memoryIo();
    expect(await main(['summarize', ...files, '--json', '--words', '40'], io)).toBe(0);
    const json = JSON.parse(io.out.join('')) as { summary: { text: string; sources: { document: string; sentence: number }[] }[]; words: number };
    expect(Object.keys(json).sort()).toEqual(['summary', 'words']);
    expect(json.words).toBeGreaterThan(0);
    expect(json.words).toBeLessThanOrEqual(40);
    for (const s of json.summary) {
      expect(Object.keys(s).sort()).toEqual(['sources', 'text']);
      expect(s.sources.length).toBeGreaterThan(0);
      expect(typeof s.sources[0]!.document).toBe('string');
      expect(Number.isInteger(s.sources[0]!.sentence)).toBe(true);
    }
    expect(json.summary.filter((s) => s.text.includes('خمسة'))).toHaveLength(1);
  });

  it('says why when no sentence fits the budget (an empty summary, exit 0)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khulasa-sum-'));
    const file = join(dir, 'short.txt');
    const sentence = (n: number): string => `أعلنت وزارة الصحة اليوم افتتاح المستشفى الجديد رقم ${n} في المدينة الذي يضم مئتي سرير وقسما كاملا للطوارئ والعناية المركزة للأطفال والكبار.`;
    writeFileSync(file, [1, 2, 3, 4].map(sentence).join('\n\n') + '\n');
    const io = memoryIo();
    expect(await main(['summarize', file, '--json', '--words', '10'], io)).toBe(0);
    expect(JSON.parse(io.out.join('')).summary).toEqual([]);
    expect(io.err.join('')).toContain('no summary sentence fits in 10 words');
  });

  it('prints a readable summary with numbered sources by default', async () => {
    const io = memoryIo();
    expect(await main(['summarize', ...files], io)).toBe(0);
    const text = io.out.join('');
    expect(text).toMatch(/\[1\]#\d/);
    expect(text).toContain('3 documents');
    expect(text).toContain('a-wire.txt');
  });

  it('reports an unreadable input, summarizes the others and exits 1', async () => {
    const io = memoryIo();
    expect(await main(['summarize', ...files, join(STORY, 'absent.txt'), '--json'], io)).toBe(1);
    expect(io.err.join('')).toContain('absent.txt');
    expect((JSON.parse(io.out.join('')) as { summary: unknown[] }).summary.length).toBeGreaterThan(0);
  });

  it('rejects a missing input list or a bad budget with exit code 2', async () => {
    expect(await main(['summarize'], memoryIo())).toBe(2);
    expect(await main(['summarize', files[0]!, '--words', 'many'], memoryIo())).toBe(2);
    expect(await main(['summarize', files[0]!, '--words', '0'], memoryIo())).toBe(2);
  });
});

// Called directly: the `eval` dispatcher loads `src/cli/eval/<name>.js` by a dynamic path only the build resolves.
describe('khulasa eval rouge <system-dir> <reference-dir>', () => {
  const root = mkdtempSync(join(tmpdir(), 'khulasa-rouge-'));
  mkdirSync(join(root, 'system'));
  mkdirSync(join(root, 'references'));
  writeFileSync(join(root, 'system', 'T1'), 'أعلنت الحكومة خطة جديدة للنقل العام\n');
  writeFileSync(join(root, 'system', 'T2.txt'), 'وقع زلزال في الجنوب\n');
  writeFileSync(join(root, 'references', 'T1.A'), 'أعلنت الحكومة خطة جديدة للنقل\n');
  writeFileSync(join(root, 'references', 'T1.B'), 'الحكومة تعلن خطة النقل العام\n');

  it('scores each topic against the references named after it, and warns about unmatched summaries', async () => {
    const io = memoryIo();
    expect(await evalRouge([join(root, 'system'), join(root, 'references'), '--json'], io)).toBe(0);
    const json = JSON.parse(io.out.join('')) as { tokenization: string; topics: { topic: string; references: number }[]; mean: Record<string, { f: number }> };
    expect(json.tokenization).toBe('arabic');
    expect(json.topics.map((t) => [t.topic, t.references])).toEqual([['T1', 2]]);
    expect(json.mean['ROUGE-1']!.f).toBeGreaterThan(0.5);
    expect(io.err.join('')).toContain('T2.txt');
  });

  it('prints a table, and in ASCII-only mode finds nothing to count in Arabic text', async () => {
    const io = memoryIo();
    expect(await evalRouge([join(root, 'system'), join(root, 'references'), '--ascii'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/\| mean \| 1 \|.*0\.000/);
  });

  it('needs both folders', async () => {
    expect(await evalRouge([join(root, 'system')], memoryIo())).toBe(2);
  });
});

describe('khulasa eval rouge ablation flags', () => {
  it('--options reads numeric and boolean summary options, and nothing else', () => {
    expect(parseSummaryOptions('positionWeight=4,clauseSpans=false,lengthExponent=0.3')).toEqual({ positionWeight: 4, clauseSpans: false, lengthExponent: 0.3 });
    expect(parseSummaryOptions('')).toEqual({});
    expect(parseSummaryOptions('words=100')).toMatch(/words/);
    expect(parseSummaryOptions('duplicates=1')).toMatch(/duplicates/);
    expect(parseSummaryOptions('noSuchOption=1')).toMatch(/noSuchOption/);
    expect(parseSummaryOptions('positionWeight=-1')).toMatch(/≥ 0/);
    expect(parseSummaryOptions('positionWeight=')).toMatch(/≥ 0/);
    expect(parseSummaryOptions('clauseSpans=1')).toMatch(/true or false/);
  });

  it('--budgets reads a list of word counts', () => {
    expect(parseBudgets('150,200,250')).toEqual([150, 200, 250]);
    expect(parseBudgets('0')).toMatch(/budgets/);
    expect(parseBudgets('150,,250')).toMatch(/budgets/);
    expect(parseBudgets('2.5')).toMatch(/budgets/);
  });

  it('refuses a bad flag value as a usage error before running anything', async () => {
    const io = memoryIo();
    expect(await evalRouge(['--options', 'nope=1'], io)).toBe(2);
    expect(io.err.join('')).toContain('nope');
    expect(await evalRouge(['--budgets', 'x'], memoryIo())).toBe(2);
  });

  const tac = corpus('tac2011-ar-dev');
  it.skipIf('missing' in tac)('--budgets at 250 words gives the figure of the standard development table', async () => {
    if ('missing' in tac) return;
    const io = memoryIo();
    expect(await evalRouge(['--budgets', '250', '--json'], io)).toBe(0);
    const json = JSON.parse(io.out.join('')) as { tacBudgets: { system: string; part: string; f: number[] }[] };
    const row = json.tacBudgets.find((r) => r.system === 'khulasa' && r.part === 'development')!;
    const standard = tacExperiment(tac.dir, TAC_SPLIT.development).find((r) => r.system === 'khulasa')!;
    expect(row.f).toEqual([standard.scores['ROUGE-2']!.f]);
  });
});
