/**
 * The mixed story set for `khulasa eval clusters` and the base texts of `eval duplicates`: the five
 * TAC 2011 topics (ten documents each, one story per topic), the 153 EASC articles (each its own
 * story) and the five seeds (one story). Texts are cleaned; absent folders are reported, not thrown.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clean } from '../text/index.js';
import { corporaDir, corpus, REPO_ROOT } from './corpora.js';

export interface LabelledText {
  /** `tac/M0012`, `easc/Topic7/<file>`, `seeds/<file>`. */
  readonly name: string;
  /** Gold story label. */
  readonly story: string;
  readonly text: string;
}

export type Loaded = { readonly texts: readonly LabelledText[] } | { readonly missing: string };

/** Turns seed bytes into clean text; the ingest stage's cleaner when given, else the text layer's `clean`. */
export type SeedCleaner = (bytes: Uint8Array, path: string) => string | null;

const readText = (path: string): string => readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

export function seedsDir(): string | null {
  const root = corporaDir();
  const dir = root === null ? resolve(REPO_ROOT, '..', 'shared', 'seeds') : resolve(root, '..', 'seeds');
  return existsSync(dir) ? dir : null;
}

export function loadStorySet(cleanSeed: SeedCleaner = (bytes) => clean(new TextDecoder().decode(bytes))): Loaded {
  const tac = corpus('tac2011-ar-dev');
  if ('missing' in tac) return tac;
  const easc = corpus('easc');
  if ('missing' in easc) return easc;
  const seeds = seedsDir();
  if (seeds === null) return { missing: 'the seeds folder (../shared/seeds) is absent' };

  const texts: LabelledText[] = [];
  const tacDir = join(tac.dir, 'source');
  for (const f of readdirSync(tacDir).filter((f) => /^M\d{4}\.arabic$/.test(f)).sort()) {
    texts.push({ name: `tac/${f.replace('.arabic', '')}`, story: `tac/${f.slice(0, 4)}`, text: clean(readText(join(tacDir, f))) });
  }
  const articles = join(easc.dir, 'EASC-UTF-8', 'Articles');
  for (const topic of readdirSync(articles).sort()) {
    for (const f of readdirSync(join(articles, topic)).sort()) {
      const name = `easc/${topic}/${f}`;
      texts.push({ name, story: name, text: clean(readText(join(articles, topic, f))) });
    }
  }
  for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
    const text = cleanSeed(readFileSync(join(seeds, f)), join(seeds, f));
    if (text !== null) texts.push({ name: `seeds/${f}`, story: 'seeds', text });
  }
  return { texts };
}
