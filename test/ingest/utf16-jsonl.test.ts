/** JSON lines saved as UTF-16 with a BOM (PowerShell's Out-File does this): every line is one article, as in UTF-8. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest/index.js';
import type { IngestOutcome } from '../../src/core/index.js';

const dir = mkdtempSync(join(tmpdir(), 'khulasa-utf16-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (place: string): string =>
  JSON.stringify({
    title: `افتتاح سوق شعبي جديد في ${place}`,
    text: [
      `افتتحت البلدية صباح اليوم سوقا شعبيا جديدا في ${place} يضم مئة وعشرين متجرا للخضار والفواكه والمواد الغذائية.`,
      'وقال رئيس البلدية إن السوق سيفتح أبوابه يوميا من السادسة صباحا حتى العاشرة ليلا، وإن إيجارات المتاجر ستكون رمزية في السنة الأولى.',
      'وأضاف أن البلدية خصصت موقفا للسيارات يتسع لثلاثمئة سيارة، وأن خط حافلات جديدا سيربط السوق بوسط المدينة.',
    ].join('\n\n'),
  });

const utf16 = (text: string, order: 'le' | 'be'): Buffer => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return order === 'le' ? le : le.swap16();
};

const read = async (file: string): Promise<IngestOutcome[]> => {
  const out: IngestOutcome[] = [];
  for await (const o of ingestPaths([file])) out.push(o);
  return out;
};

describe('UTF-16 JSON lines', () => {
  it.each(['le', 'be'] as const)('with a BOM (%s) give one article per line', async (order) => {
    const file = join(dir, `feed-${order}.jsonl`);
    writeFileSync(file, utf16(`${article('الحي الشرقي')}\r\n${article('الحي الغربي')}\r\n`, order));
    const out = await read(file);
    expect(out.map((o) => [o.path, o.kind])).toEqual([
      [`${file}#1`, 'ok'],
      [`${file}#2`, 'ok'],
    ]);
  });
});
