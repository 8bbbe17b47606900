import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Digest, DigestSource } from '../core/index.js';
import { arabicFontCss, renderHtml, renderJson, renderMarkdown } from '../render/index.js';

export const DIGEST_FILES = { json: 'digest.json', markdown: 'digest.md', html: 'index.html' } as const;

/** Writes a file whole or not at all: a reader never sees half a digest, and a failed write (a full disk) leaves nothing behind. */
function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (err) {
    if (statSync(tmp, { throwIfNoEntry: false })?.isFile() === true) rmSync(tmp);
    throw err;
  }
}

/** Writes digest.json, digest.md and index.html into `dir` (created when missing); returns digest.json's text. */
export function writeDigestFiles(dir: string, digest: Digest, sources: readonly DigestSource[]): string {
  mkdirSync(dir, { recursive: true });
  const json = renderJson(digest);
  writeAtomically(join(dir, DIGEST_FILES.json), json);
  writeAtomically(join(dir, DIGEST_FILES.markdown), renderMarkdown(digest));
  writeAtomically(join(dir, DIGEST_FILES.html), renderHtml(digest, sources, { fontCss: arabicFontCss() }));
  return json;
}
