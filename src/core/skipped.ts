/**
 * An input left unread on purpose, with why: not an article and not a rejection, so it is neither
 * stored nor counted among the documents, but reported so that every file given is accounted for.
 * `khulasa-output`: a file khulasa itself wrote (an older `--out` folder's digest.json, digest.md and
 * index.html among the inputs), which would otherwise come back as articles.
 */
export interface SkippedInput {
  readonly path: string;
  readonly code: 'khulasa-output';
  readonly detail: string;
}
