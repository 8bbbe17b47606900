import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file whether it runs from `src/` or `dist/`. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `$KHULASA_CORPORA`, else `../shared/corpora` beside the repository; null when absent. */
export function corporaDir(): string | null {
  const dir = process.env['KHULASA_CORPORA'] ?? resolve(REPO_ROOT, '..', 'shared', 'corpora');
  return existsSync(dir) ? dir : null;
}

/** A named corpus folder, or null with the reason it is missing. */
export function corpus(name: string): { readonly dir: string } | { readonly missing: string } {
  const root = corporaDir();
  if (root === null) return { missing: 'the corpora folder (../shared/corpora or $KHULASA_CORPORA) is absent' };
  const dir = resolve(root, name);
  return existsSync(dir) ? { dir } : { missing: `${dir} is absent` };
}
