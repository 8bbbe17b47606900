/**
 * The "Show" on the five real seed articles (../shared/seeds, read at test time and never
 * copied): five documents ok, one story holding all five, a faithful summary of at most 120 words,
 * and the same story id on a second run.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultStages, runDigest } from '../../src/pipeline/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { words } from '../../src/text/index.js';
import { ROOT } from './cli.js';

/** Removals that repeat article content (the body printed twice, the headline) rather than site furniture. */
const CONTENT_REPEATS: ReadonlySet<string> = new Set(['repeated-block', 'read-also', 'title', 'title-repeat']);
const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const present = existsSync(SEEDS) && readdirSync(SEEDS).some((f) => f.endsWith('.txt'));

describe.skipIf(!present)('the seeds digest (../shared/seeds; skipped when absent)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-seeds-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'k.sqlite');

  it('makes one story of the five seeds with a faithful summary, with a stable id', async () => {
    const first = await runDigest([SEEDS], { db, stages: defaultStages(), clock: () => '2026-11-21T00:00:00Z' });
    const { digest, sources } = first;
    expect(digest.documents.map((d) => d.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(digest.stories).toHaveLength(1);
    const story = digest.stories[0]!;
    expect([...story.documents].sort()).toEqual(digest.documents.map((d) => d.id).sort());

    const summary = story.summary;
    expect(summary.length).toBeGreaterThan(0);
    expect(summary.reduce((n, s) => n + words(s.text).length, 0)).toBeLessThanOrEqual(120);
    expect(new Set(summary.map((s) => s.text)).size).toBe(summary.length);

    const store = openSqliteStore(db);
    try {
      for (const s of summary) {
        const ref = s.sources[0]!;
        const doc = await store.document(ref.document);
        expect(doc?.text, s.text).toContain(s.text);
        const cited = sources.find((x) => x.id === ref.document)?.sentences[ref.sentence];
        expect(cited?.text).toContain(s.text);
        for (const d of await store.documents())
          for (const r of d.removed.filter((x) => !CONTENT_REPEATS.has(x.reason) && x.text.trim().length >= 8)) {
            expect(r.text.includes(s.text), `summary sentence inside ${r.reason}`).toBe(false);
            // A short removed line (a caption naming a person) may rightly recur inside the article's sentences.
            if (words(r.text).length >= 3) expect(s.text.includes(r.text.trim()), `${r.reason} "${r.text}" inside the summary`).toBe(false);
          }
      }
    } finally {
      await store.close();
    }

    const second = await runDigest([SEEDS], { db, stages: defaultStages(), clock: () => '2026-11-21T01:00:00Z' });
    expect(second.digest.stories.map((s) => s.id)).toEqual([story.id]);
    expect(second.digest.stories[0]!.status).toBe('unchanged');
  });
});
