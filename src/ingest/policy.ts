import { rejection, type CleanDocument, type IngestOutcome } from '../core/index.js';
import type { ResolvedIngestOptions } from './options.js';

const LETTER = /\p{L}/gu;
const ARABIC = /\p{Script=Arabic}/gu;

/** Accept or reject one cleaned article: nothing left, too short, not Arabic. */
export function judge(doc: CleanDocument, from: 'html' | 'text', options: ResolvedIngestOptions): IngestOutcome {
  const path = doc.path;
  if (doc.paragraphs.length === 0) {
    const r = from === 'html' ? rejection('no-main-content') : rejection('empty', 'nothing is left after removing site furniture');
    return { kind: 'rejected', path, code: r.code, detail: r.detail };
  }
  const letters = doc.text.match(LETTER)?.length ?? 0;
  const arabic = doc.text.match(ARABIC)?.length ?? 0;
  if (letters > 0 && arabic / letters < options.minArabicShare) {
    return { kind: 'rejected', path, code: 'not-arabic', detail: `${Math.round((100 * arabic) / letters)}% of letters are Arabic (at least ${Math.round(100 * options.minArabicShare)}% required)` };
  }
  const words = doc.text.split(/\s+/).filter((w) => w !== '').length;
  if (words < options.minWords) return { kind: 'rejected', path, code: 'too-short', detail: `${words} words after cleaning (at least ${options.minWords} required)` };
  return { kind: 'ok', path, document: doc };
}
