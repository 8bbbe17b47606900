import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { SkippedInput } from '../core/index.js';
import { khulasaOutputs } from './khulasa-output.js';

/** Names the operating system gives files and folders it keeps among the user's (hidden on Windows, or macOS's ZIP leftovers). */
const SYSTEM_NAMES: ReadonlySet<string> = new Set(['thumbs.db', 'ehthumbs.db', 'desktop.ini', '__macosx', 'icon\r']);

/**
 * An editor's backup, swap, lock or autosave file: `a.txt~` (Emacs, gedit, nano), Vim's swap files
 * (`.swp`, then `.swo` ... `.swa`, and its `.swx` probe), Emacs's autosave `#a.txt#`, Office's lock `~$a.docx`.
 */
const BACKUP = /~$|\.sw[a-px]$|^#.*#$|^~\$/i;

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Why a folder walk passes over the entry `name` of `folder` by its name alone; null when it is read. */
function byName(folder: string, name: string): SkippedInput | null {
  const path = join(folder, name);
  if (BACKUP.test(name)) return { path, code: 'backup', detail: "an editor's backup, swap, lock or autosave file, not an article" };
  const hidden = name.startsWith('.');
  if (!hidden && !SYSTEM_NAMES.has(name.toLowerCase())) return null;
  const what = hidden ? 'its name starts with a dot' : 'the operating system keeps it';
  return isFolder(path)
    ? { path, code: 'hidden', detail: `a hidden folder (${what}): nothing in it is read` }
    : { path, code: 'hidden', detail: `a hidden file (${what}), not an article` };
}

/**
 * The entries of a folder (`names`: what it lists, sorted) that a walk passes over, in that order:
 * khulasa's own digest files (`khulasaOutputs`), hidden files and folders (`.DS_Store`, `.gitkeep`,
 * `.git`, `Thumbs.db`) and editor backups (`a.txt~`, `.a.txt.swp`). Each is a `SkippedInput`, told to
 * the walker's `onSkipped`, so nothing is lost silently. A name given on the command line is read
 * whatever it is: only what a folder lists is passed over.
 */
export function passedOver(folder: string, names: readonly string[]): SkippedInput[] {
  const own = new Map(khulasaOutputs(folder, names).map((s) => [s.path, s]));
  return names.flatMap((name) => own.get(join(folder, name)) ?? byName(folder, name) ?? []);
}
