import { agencyCredit, inlineDateline, standaloneDateline } from './dateline.js';
import { isDateOnlyLine } from './dates.js';
import { isBodyLike, matchKey } from './line.js';
import type { Slot } from './slot.js';

/**
 * The name an outlet without a record prints for itself, found from evidence inside the document:
 * a short header line that is also the outlet part of a dateline (`الكرك ـ صدى المشرق`) or is named
 * in the copyright line, a `name | section` line opening the page, or a `name :` prefix line just
 * before the body. Without such a line, a dateline's outlet part counts when the document names it
 * again elsewhere (a person's byline is printed once). Last, the Arabic name a copyright line
 * credits (`X - جميع الحقوق محفوظة`, `جميع الحقوق محفوظة لموقع X`).
 */
export interface SiteName {
  readonly name: string;
  /** Which evidence named it; documented in docs/design/ingest.md. */
  readonly evidence: 'site-name-line' | 'section-line' | 'prefix-line' | 'dateline' | 'copyright';
  /** Header lines that print only the name (with a section or trailing mark): removed as `site-name`. */
  readonly lines: readonly Slot[];
}

/** Names have at most this many words. */
const MAX_NAME_WORDS = 4;
/** Labels that end with a colon like an outlet prefix but are not names. */
/** Labels that end with a colon or open a `label | headline` line like a site name but are not names. */
const NOT_A_NAME = /^(المصدر|المصادر|مصدر|عاجل|خاص|حصري|ملاحظة|تنويه|تحديث|تنبيه|شارك|شارك الخبر|تابعونا|الرئيسية|اقرأ أيضا|اقرأ أيضاً|المزيد|فيديو|بالفيديو|صور|بالصور|شاهد|تقرير|حوار|مباشر|إنفوجراف|انفوجراف|رأي|تحليل|source|note|update|breaking|video|photos|live)$/iu;
const SECTION_SPLIT = /\s+[|｜]\s+/u;
const TRAILING_MARKS = /[\s\-–—ـ|:،,]+$/u;

interface Candidate {
  readonly slot: Slot;
  readonly name: string;
  readonly key: string;
  readonly section: boolean;
  readonly prefix: boolean;
}

function candidate(slot: Slot): Candidate | null {
  if (slot.info.words > MAX_NAME_WORDS + 3 || slot.info.letters === 0 || isDateOnlyLine(slot.text)) return null;
  const parts = slot.text.split(SECTION_SPLIT);
  const section = parts.length === 2 && parts[0]!.split(/\s+/).length <= 3 && parts[1]!.split(/\s+/).length <= 2;
  if (parts.length > 1 && !section) return null;
  const name = parts[0]!.replace(TRAILING_MARKS, '').trim();
  const words = name.split(/\s+/).length;
  if (name === '' || words > MAX_NAME_WORDS || NOT_A_NAME.test(name) || /[.!?؟«»"]/u.test(name)) return null;
  const key = matchKey(name);
  if (key === '' || agencyCredit(name) !== null) return null;
  return { slot, name, key, section, prefix: /\s*:\s*$/u.test(slot.text) && !section };
}

const containsWords = (haystack: string, needle: string): boolean => ` ${haystack} `.includes(` ${needle} `);
/** `needle` in running text other than as an addressee (`لـ«name»`, `ل name` after key folding). */
const mentions = (haystack: string, needle: string): boolean => ` ${haystack} `.replaceAll(` ل ${needle} `, ' ').includes(` ${needle} `);

export function findSiteName(slots: readonly Slot[]): SiteName | null {
  const firstBody = slots.findIndex((s) => s.reason === null && isBodyLike(s.info));
  const headerEnd = firstBody === -1 ? Math.min(slots.length, 8) : firstBody;

  const sources = new Map<string, string>();
  for (const s of slots) {
    if (s.info.words > 10) continue;
    const d = standaloneDateline(s.text, () => false);
    if (d?.source) sources.set(matchKey(d.source), d.source);
  }
  const first = firstBody === -1 ? null : slots[firstBody]!;
  const inline = first ? inlineDateline(first.text) : null;
  if (inline?.source) sources.set(matchKey(inline.source), inline.source);
  const copyright = slots.filter((s) => s.reason === 'copyright').map((s) => s.info.match);

  const header = slots.slice(0, headerEnd).filter((s) => s.reason === null && standaloneDateline(s.text, () => false) === null);
  const candidates = header.map(candidate).filter((c): c is Candidate => c !== null);
  const body = slots.filter((s) => s.reason === null && isBodyLike(s.info)).map((s) => s.info.match);
  const named = (key: string): boolean => sources.has(key) || copyright.some((c) => containsWords(c, key));
  const linesOf = (key: string): Slot[] => candidates.filter((c) => c.key === key).map((c) => c.slot);

  const corroborated = candidates.find((c) => named(c.key));
  if (corroborated) return { name: corroborated.name, evidence: 'site-name-line', lines: linesOf(corroborated.key) };
  // `name | section` only when a headline follows in the header, so a short `label | headline` is never lost.
  const headlineAfter = (c: Candidate): boolean => header.slice(header.indexOf(c.slot) + 1).some((s) => s.info.words > 3 && !isBodyLike(s.info));
  const opening = candidates.find((c) => c.section && c.slot === header[0] && headlineAfter(c));
  if (opening) return { name: opening.name, evidence: 'section-line', lines: linesOf(opening.key) };
  const prefix = candidates.find((c) => {
    // A place printed on its own line before the body (`القاهرة :`) is a dateline; places recur in the body, outlet names do not (except as `لـ«name»`).
    if (!c.prefix || body.some((m) => mentions(m, c.key))) return false;
    const next = slots.slice(slots.indexOf(c.slot) + 1).find((s) => s.reason === null);
    return next !== undefined && isBodyLike(next.info);
  });
  if (prefix) return { name: prefix.name, evidence: 'prefix-line', lines: linesOf(prefix.key) };

  const others = slots.map((s) => s.info.match);
  for (const [key, name] of sources) {
    if (others.filter((m) => containsWords(m, key)).length >= 2) return { name, evidence: 'dateline', lines: [] };
  }
  for (const s of slots) {
    const name = s.reason === 'copyright' ? copyrightHolder(s.text) : null;
    if (name !== null) return { name, evidence: 'copyright', lines: [] };
  }
  return null;
}

const COPYRIGHT_WORDS = /©|\(c\)|copyright|all rights reserved|(جميع|كل)?\s*الحقوق\s+محفوظة|حقوق\s+(الطبع|النشر)(\s+والتوزيع)?\s+محفوظة|[\d٠-٩]{4}\s*(هـ|م)?|(?<=^|\s)(لموقع|لصحيفة|لجريدة|لمؤسسة|لـ|ل)(?=\s)/giu;

/** The Arabic name a copyright line credits, when what is left is a short name. */
export function copyrightHolder(line: string): string | null {
  const rest = line.replace(COPYRIGHT_WORDS, ' ').replace(/[\s\-–—|.,،:]+/gu, ' ').trim();
  const words = rest.split(' ');
  if (rest === '' || words.length > 3 || !/^[\p{Script=Arabic}\s]+$/u.test(rest) || NOT_A_NAME.test(rest)) return null;
  return rest;
}
