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
  /** The headline kept apart from `text`, when the set was read through the ingest stage. */
  readonly title?: string | null;
}

export type Loaded = { readonly texts: readonly LabelledText[] } | { readonly missing: string };

/** Turns seed bytes into clean text; the ingest stage's cleaner when given, else the text layer's `clean`. */
export type SeedCleaner = (bytes: Uint8Array, path: string) => string | null;

/** Reads any file of the set as the product would: body and headline apart, or null when rejected. */
export type ArticleReader = (bytes: Uint8Array, path: string) => { readonly text: string; readonly title: string | null } | null;

const readText = (path: string): string => readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** The seeds folder (next to the corpora folder, else ../shared/seeds), or null when absent. */
function seedsDir(): string | null {
  const root = corporaDir();
  const dir = root === null ? resolve(REPO_ROOT, '..', 'shared', 'seeds') : resolve(root, '..', 'seeds');
  return existsSync(dir) ? dir : null;
}

/** The real articles' folders: the TAC sources, the EASC articles and the seeds, else which one is missing. */
export function realArticleFolders(): { readonly tac: string; readonly easc: string; readonly seeds: string } | { readonly missing: string } {
  const tac = corpus('tac2011-ar-dev');
  if ('missing' in tac) return tac;
  const easc = corpus('easc');
  if ('missing' in easc) return easc;
  const seeds = seedsDir();
  if (seeds === null) return { missing: 'the seeds folder (../shared/seeds) is absent' };
  return { tac: join(tac.dir, 'source'), easc: join(easc.dir, 'EASC-UTF-8', 'Articles'), seeds };
}

/**
 * With `readAll`, every file (TAC, EASC and seeds) goes through it, as `khulasa digest` would read it;
 * files it rejects are left out. Without it, TAC and EASC texts are cleaned whole (headline and date
 * line stay at the head of the text) and only the seeds go through `cleanSeed`.
 */
export function loadStorySet(cleanSeed: SeedCleaner = (bytes) => clean(new TextDecoder().decode(bytes)), readAll?: ArticleReader): Loaded {
  const folders = realArticleFolders();
  if ('missing' in folders) return folders;
  const { seeds } = folders;

  const texts: LabelledText[] = [];
  const add = (name: string, story: string, path: string, whole: () => string | null): void => {
    if (readAll) {
      const read = readAll(readFileSync(path), path);
      if (read !== null) texts.push({ name, story, text: read.text, title: read.title });
      return;
    }
    const text = whole();
    if (text !== null) texts.push({ name, story, text });
  };
  const tacDir = folders.tac;
  for (const f of readdirSync(tacDir).filter((f) => /^M\d{4}\.arabic$/.test(f)).sort()) {
    const path = join(tacDir, f);
    add(`tac/${f.replace('.arabic', '')}`, `tac/${f.slice(0, 4)}`, path, () => clean(readText(path)));
  }
  const articles = folders.easc;
  for (const topic of readdirSync(articles).sort()) {
    for (const f of readdirSync(join(articles, topic)).sort()) {
      const name = `easc/${topic}/${f}`;
      const path = join(articles, topic, f);
      add(name, name, path, () => clean(readText(path)));
    }
  }
  for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
    const path = join(seeds, f);
    add(`seeds/${f}`, 'seeds', path, () => cleanSeed(readFileSync(path), path));
  }
  return { texts };
}
