/**
 * digest.json as `khulasa digest --json` prints it, against the version-1 contract of the shared design:
 * field names and types, every reference resolving, and every input accounted for.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo, ROOT } from './cli.js';

type Json = Record<string, unknown>;

const dir = mkdtempSync(join(tmpdir(), 'khulasa-json-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BAD = { 'binary.txt': Buffer.from([0, 1, 2, 0, 0, 255, 0, 7, 0, 0, 9, 0]), 'empty.txt': Buffer.alloc(0), 'english.txt': Buffer.from('Only English words here, no Arabic at all in this file.\n') };

let digest: Json & { documents: Json[]; stories: Json[] };
let code: number;

beforeAll(async () => {
  const bad = join(dir, 'bad');
  mkdirSync(bad);
  for (const [name, bytes] of Object.entries(BAD)) writeFileSync(join(bad, name), bytes);
  const io = memoryIo(dir);
  code = await main(['digest', join(ROOT, 'examples'), bad, '--db', join(dir, 'k.sqlite'), '--out', join(dir, 'out'), '--json'], io);
  digest = JSON.parse(io.out.join('')) as typeof digest;
});

const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isRef = (r: unknown): boolean => typeof r === 'object' && r !== null && typeof (r as Json).document === 'string' && Number.isInteger((r as Json).sentence) && ((r as Json).sentence as number) >= 0;

describe('digest.json (version 1) as the command prints it', () => {
  it('exits 1 because some inputs were rejected, and is version 1', () => {
    expect(code).toBe(1);
    expect(digest.version).toBe(1);
  });

  it('accounts for every input: 20 example articles and the 3 bad files, each with its status and why', () => {
    expect(digest.documents).toHaveLength(23);
    const ids = new Set(digest.documents.map((d) => d.id));
    expect(ids.size).toBe(23);
    for (const d of digest.documents) {
      expect(typeof d.id).toBe('string');
      expect(typeof d.path).toBe('string');
      for (const k of ['title', 'outlet', 'agency', 'published']) expect(isStringOrNull(d[k])).toBe(true);
      expect(['ok', 'duplicate', 'rejected']).toContain(d.status);
      if (d.status === 'rejected') expect(typeof d.reason).toBe('string');
      if (d.status === 'duplicate') {
        expect(ids.has(d.duplicateOf as string)).toBe(true);
        expect(d.duplicateOf).not.toBe(d.id);
      }
      if (d.status === 'ok') expect(d).not.toHaveProperty('reason');
    }
    const rejected = digest.documents.filter((d) => d.status === 'rejected').map((d) => [String(d.path).split('/').pop(), d.reason]);
    expect(rejected.sort()).toEqual([
      ['binary.txt', 'binary'],
      ['empty.txt', 'empty'],
      ['english.txt', 'not-arabic'],
    ]);
  });

  it('puts every accepted article in exactly one story, and only those', () => {
    const placed = digest.stories.flatMap((s) => s.documents as string[]);
    expect(new Set(placed).size).toBe(placed.length);
    const accepted = digest.documents.filter((d) => d.status !== 'rejected').map((d) => d.id);
    expect([...placed].sort()).toEqual([...accepted].sort());
  });

  it('gives every story the contract fields, each citation pointing into the story', () => {
    for (const s of digest.stories) {
      expect(typeof s.id).toBe('string');
      expect(isStringOrNull(s.title)).toBe(true);
      const members = new Set(s.documents as string[]);
      for (const x of s.summary as Json[]) {
        expect(typeof x.text).toBe('string');
        expect((x.sources as unknown[]).length).toBeGreaterThan(0);
        for (const r of x.sources as Json[]) {
          expect(isRef(r)).toBe(true);
          expect(members.has(r.document as string)).toBe(true);
        }
      }
      for (const e of s.entities as Json[]) {
        expect(typeof e.name).toBe('string');
        expect(['person', 'place', 'organization']).toContain(e.type);
        expect(Array.isArray(e.variants)).toBe(true);
        for (const id of e.documents as string[]) expect(members.has(id)).toBe(true);
      }
      for (const q of s.quotes as Json[]) {
        expect(isStringOrNull(q.speaker)).toBe(true);
        expect(typeof q.text).toBe('string');
        for (const id of q.documents as string[]) expect(members.has(id)).toBe(true);
      }
      for (const t of s.timeline as Json[]) {
        expect(typeof t.date).toBe('string');
        expect(typeof t.text).toBe('string');
        for (const id of t.documents as string[]) expect(members.has(id)).toBe(true);
      }
    }
  });
});
