/**
 * Why a folder walk leaves a file unread without rejecting it:
 * - `khulasa-output`: a file khulasa itself wrote (an older `--out` folder's digest.json, digest.md and
 *   index.html among the inputs), which would otherwise come back as articles;
 * - `hidden`: a hidden file or folder (its name starts with a dot: `.DS_Store`, `.gitkeep`, `.git`) or
 *   one the operating system keeps (`Thumbs.db`, `desktop.ini`, `__MACOSX`);
 * - `backup`: an editor's backup, swap or autosave file (`a.txt~`, `.a.txt.swp`, `#a.txt#`).
 */
export const SKIP_CODES = ['khulasa-output', 'hidden', 'backup'] as const;

export type SkipCode = (typeof SKIP_CODES)[number];

/**
 * An input left unread on purpose, with why: not an article and not a rejection, so it is neither
 * stored nor counted among the documents, but reported so that every file given is accounted for.
 * Only a folder walk leaves files out: a file named on the command line is always read.
 */
export interface SkippedInput {
  readonly path: string;
  readonly code: SkipCode;
  readonly detail: string;
}
