import { AGENCY_ALTERNATION, canonicalAgency } from './agencies.js';

/**
 * Datelines and agency credits. A dateline is a place (at most three words) opening the article,
 * followed by a dash or colon and optionally an outlet or agency: `واشنطن - المغرب اليوم`,
 * `القاهرة - (رويترز) -`, `باريس (أ ف ب) -`. Credits are agency names in parentheses or after a dash
 * at a paragraph's edge (`... بعده".-(ا ف ب)`), or a line of their own (`المصدر: وكالات`).
 */
export interface Dateline {
  /** The dateline as printed, removed from the paragraph. */
  readonly span: string;
  readonly place: string;
  readonly agency: string | null;
  /** The outlet or person after the place when it is not an agency (`صدى المشرق` in `الكرك ـ صدى المشرق`), else null. */
  readonly source: string | null;
  /** The paragraph after the dateline (empty when the dateline was a line of its own). */
  readonly rest: string;
}

const DASH = '[-–—ـ:]';
const PLACE_WORD = '[^\\s\\-–—ـ:()«»"،,.؛/]+';
const PLACE = `${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2}`;
const CREDIT = `\\(\\s*(${AGENCY_ALTERNATION}|[^()]{2,25})\\s*\\)`;

const SOURCE = `(${PLACE_WORD}(?:\\s${PLACE_WORD}){0,2})\\s*:\\s*`;
const OPENING = `^(${PLACE})\\s*(?:في\\s+[^-–—ـ()]{3,30}?\\s*)?(?:${CREDIT}\\s*)?${DASH}+\\s*`;
const INLINE = new RegExp(`${OPENING}(?:${CREDIT}\\s*${DASH}*\\s*)?`, 'u');
/** `درعا - الوادي: ...`: place, dash, then the outlet or agency and a colon. */
const INLINE_WITH_SOURCE = new RegExp(`${OPENING}${SOURCE}`, 'u');
const STANDALONE = new RegExp(`^(${PLACE})\\s*(?:${DASH}|/)\\s*(.{2,40})$`, 'u');

/** Words that open sentences, never places: a dateline must not swallow them. */
const NOT_A_PLACE = /^(و|ف)?(قال|قالت|أكد|اكد|أعلن|اعلن|أضاف|اضاف|ذكر|أشار|اشار|كان|كانت|في|من|على|إلى|الى|إن|ان|أن|لكن|أما|اما|هذا|هذه|ذلك|الذي|التي|رئيس|وزير|الرئيس)$/u;

const placeOk = (place: string): boolean => !place.split(/\s+/).some((w) => NOT_A_PLACE.test(w));

/** A dateline line of its own (`واشنطن - المغرب اليوم`): the rest must be short and not a sentence. */
export function standaloneDateline(line: string, isOutletName: (s: string) => boolean): Dateline | null {
  const m = STANDALONE.exec(line);
  if (!m) return null;
  const place = m[1]!;
  const tail = m[2]!.replace(/[()\s\-–—ـ]+$/u, '').replace(/^[(\s]+/u, '');
  const agency = canonicalAgency(tail);
  if (!placeOk(place) || isOutletName(place) || /[.!?؟]$/.test(tail)) return null;
  if (agency === null && !isOutletName(tail) && tail.split(/\s+/).length > 4) return null;
  return { span: line, place, agency, source: agency === null ? tail : null, rest: '' };
}

/** A dateline opening a body paragraph (`القاهرة - (رويترز) - ...`). Requires a place, then a dash. */
export function inlineDateline(paragraph: string): Dateline | null {
  const withSource = INLINE_WITH_SOURCE.exec(paragraph);
  const m = withSource && placeOk(withSource[3]!) ? withSource : INLINE.exec(paragraph);
  if (!m) return null;
  const place = m[1]!;
  const rest = paragraph.slice(m[0].length);
  if (!placeOk(place) || rest.split(/\s+/).length < 5) return null;
  const creditText = m[2] ?? m[3] ?? null;
  const agency = creditText === null ? null : canonicalAgency(creditText);
  // A parenthesis after the place must be a credit (`باريس (أ ف ب) -`), not an aside.
  if (m[2] !== undefined && agency === null) return null;
  const source = m === withSource && agency === null ? withSource[3]!.trim() : null;
  return { span: m[0].trim(), place, agency, source, rest };
}

export interface Credit {
  readonly span: string;
  readonly agency: string;
  readonly rest: string;
}

const TRAILING = new RegExp(`[\\s\\-–—ـ]*(?:\\(\\s*((?:${AGENCY_ALTERNATION})(?:\\s*[،,/و]\\s*(?:${AGENCY_ALTERNATION}))*)\\s*\\)|[-–—ـ]\\s*(${AGENCY_ALTERNATION}))\\s*\\.?$`, 'u');
const LEADING = new RegExp(`^\\(\\s*(${AGENCY_ALTERNATION})\\s*\\)\\s*${DASH}?\\s*`, 'u');
const WHOLE_LINE = new RegExp(`^(?:المصدر|المصادر|source)?\\s*:?\\s*[-–—ـ(]?\\s*(${AGENCY_ALTERNATION})\\s*\\)?\\s*\\.?$`, 'iu');

/** An agency credit at the end or start of a paragraph, or a paragraph that is only a credit. */
export function agencyCredit(paragraph: string): Credit | null {
  const whole = paragraph.length <= 80 ? WHOLE_LINE.exec(paragraph) : null;
  if (whole) {
    const agency = canonicalAgency(whole[1]!);
    if (agency) return { span: paragraph, agency, rest: '' };
  }
  // Credits at the end sit in parentheses or behind a dash: cheaper to look for those first.
  const tail = /[()\-–—ـ]/u.test(paragraph.slice(-60)) ? TRAILING.exec(paragraph) : null;
  if (tail) {
    const first = (tail[1] ?? tail[2] ?? '').split(/\s*[،,/]\s*|\s+و\s*/u)[0] ?? '';
    const agency = canonicalAgency(first);
    if (agency) {
      return { span: tail[0].trim(), agency, rest: paragraph.slice(0, tail.index) };
    }
  }
  const head = paragraph.startsWith('(') ? LEADING.exec(paragraph) : null;
  if (head) {
    const agency = canonicalAgency(head[1]!);
    if (agency) return { span: head[0].trim(), agency, rest: paragraph.slice(head[0].length) };
  }
  return null;
}
