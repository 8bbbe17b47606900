/**
 * Organization names from cue words: CUE (وزارة، منظمة، حركة، القوات ...) followed by definite words
 * (a portfolio: الدفاع، الصحة), gazetteer names (قوات سوريا الديمقراطية), or — for cues that take a
 * proper name — one unknown word (حركة حماس). A nationality adjective ends the name.
 */
import { matchGazetteer } from './gazetteer.js';
import { isStop, ORG_CUE_KEYS, PROPER_NAME_CUE_KEYS, SUBJECT_STOP_KEYS, TEMPORAL_KEYS, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import { isDefinite, isNisba, joined, lookup, type Tok } from './tokens.js';

export interface OrgChain {
  readonly from: number;
  readonly to: number;
  /** Clean offset of the cue word after proclitics. */
  readonly start: number;
}

export function orgChain(toks: readonly Tok[], i: number): OrgChain | null {
  const cueTok = toks[i];
  if (cueTok === undefined) return null;
  const cue = lookup(cueTok, ORG_CUE_KEYS);
  if (cue === null) return null;
  /** A definite cue (الجيش، المجلس) takes an adjective, never a genitive noun: المجلس القانون is a verb's object. */
  const definiteCue = isDefinite(cue.form);
  let j = i + 1;
  let accepted = 0;
  let genitiveTaken = false;
  while (j < toks.length && j - i <= 6) {
    const t = toks[j] as Tok;
    if (!joined(t)) break;
    const gz = matchGazetteer(toks, j);
    if (gz !== null && gz.type !== 'person') {
      j += gz.length;
      accepted++;
      continue;
    }
    if (TEMPORAL_KEYS.has(t.key) || isStop(t) || SUBJECT_STOP_KEYS.has(t.key) || TITLE_KEYS.has(t.key) || VERB_KEYS.has(t.key)) break;
    const form = t.forms.find((f) => f.letters <= 1 && isDefinite(f.form))?.form;
    if (form !== undefined && definiteCue && accepted === 0 && cue.form.endsWith('ه') && isNisba(form) && !form.endsWith('يه')) break;
    if (form !== undefined && (!definiteCue || isNisba(form) || accepted > 0)) {
      if (genitiveTaken && !isNisba(form) && !t.key.startsWith('لل') && !/^[وف]/.test(t.key)) break;
      j++;
      accepted++;
      if (!isNisba(form)) {
        genitiveTaken = true;
        continue;
      }
      const next = toks[j];
      if (next === undefined || !joined(next)) break;
      if (isNisba(next.key) || (next.key.startsWith('و') && isNisba(next.key.slice(1)))) continue;
      if (next.key.startsWith('لل') && next.key.length >= 5 && !TEMPORAL_KEYS.has(`ا${next.key.slice(1)}`)) continue;
      break;
    }
    const indefiniteAdjective = /(يه|ي)$/.test(t.key) && t.key.length >= 5;
    const next = toks[j + 1];
    const idafa = !definiteCue && t.kind === 'word' && t.key.length >= 3 && next !== undefined && joined(next) && (isDefinite(next.key) || matchGazetteer(toks, j + 1) !== null);
    if (j === i + 1 && idafa && !indefiniteAdjective && !isStop(t)) {
      j++;
      accepted++;
      continue;
    }
    if (j === i + 1 && PROPER_NAME_CUE_KEYS.has(cue.form) && t.kind === 'word' && t.key.length >= 3 && !indefiniteAdjective) {
      j++;
      accepted++;
      continue;
    }
    break;
  }
  return accepted === 0 ? null : { from: i, to: j, start: cue.start };
}
