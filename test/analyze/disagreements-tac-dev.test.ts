/**
 * The disagreements of the TAC development stories against a stand-off gold (document names and
 * values: test/fixtures/analyze/disagreements-tac-dev.json). Needs ../shared/corpora; skipped without it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/index.js';
import { corpus, REPO_ROOT } from '../../src/eval/corpora.js';
import { cleanBytes } from '../../src/ingest/index.js';
import type { CleanDocument } from '../../src/core/index.js';

interface GoldStory {
  readonly name: string;
  readonly documents: readonly string[];
  readonly disagreements: readonly { readonly topic: string; readonly update?: true; readonly sides: readonly { readonly documents: readonly string[]; readonly value: string }[] }[];
}

const gold = JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/analyze/disagreements-tac-dev.json'), 'utf8')) as { corpus: string; stories: GoldStory[] };
const found = corpus(gold.corpus);

describe.skipIf('missing' in found)('disagreements on the TAC development stories (stand-off gold)', () => {
  const dir = 'dir' in found ? found.dir : '';
  const read = (name: string): CleanDocument => {
    const path = join(dir, 'source', `${name}.arabic`);
    const out = cleanBytes(`${name}.txt`, readFileSync(path));
    if (out.kind !== 'ok') throw new Error(`${name}: ${out.code}`);
    return out.document;
  };

  for (const story of gold.stories) {
    it(`shows exactly the gold's disagreements: ${story.name}`, () => {
      const docs = story.documents.map(read);
      const name = new Map(docs.map((d, i) => [d.id as string, story.documents[i] as string]));
      const shown = analyzeStory(docs).disagreements.map((d) => ({
        topic: d.topic,
        ...(d.update === true ? { update: true } : {}),
        sides: d.sides.map((s) => ({ documents: s.documents.map((id) => name.get(id)), value: s.value })),
      }));
      expect(shown).toEqual(story.disagreements);
    });
  }
});
