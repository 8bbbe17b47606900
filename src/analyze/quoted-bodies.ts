/**
 * Short names of companies set in quote marks, as the Gulf and Arab press writes them: right after
 * the company's full name (`الشركة السعودية للصناعات الأساسية "سابك"`), after the shares
 * they name (`ارتفع سهم "سابك"`، `أسهم «البلاد»`), and then wherever the text quotes the same name
 * again (`وقّع عن "سابك" …`). A quoted name a cue word introduces (`شركة "تكنيب"`) is read in
 * entities.ts; its quoted repeats are read here.
 */
import type { Span } from '../core/index.js';
import { quoteSpans } from './quote-marks.js';

/** At most this many words in a quoted short name. */
const MAX_WORDS = 3;
/** A full name this long (in words) is a description that a short name may follow. */
const FULL_NAME_WORDS = 3;
/**
 * Heads of the full names a quoted short name follows: companies, banks and funds. After a council or
 * a federation a quoted word is most often what it said (`مجلس الأمن … "يأسف"`، `اعتبرت الجامعة … “غير قانونية”`).
 */
const COMPANY_HEAD = /^[وفبل]?(?:ال|لل)?(?:شركة|شركه|مجموعة|مجموعه|بنك|مصرف|مؤسسة|مؤسسه|صندوق)$/u;
/** `سهم`، `أسهم`، `لسهم`، `وأسهم` … right before the quote mark. */
const SHARES_BEFORE = /(?:^|[\s،,(])[وفبل]?(?:ل|ب)?(?:سهم|أسهم|اسهم|سهمي)\s*$/u;

interface Quoted extends Span {
  readonly open: number;
  readonly name: string;
}

/** Quote spans holding one to three words and no sentence punctuation, trimmed. */
function shortQuotes(text: string): Quoted[] {
  const out: Quoted[] = [];
  for (const s of quoteSpans(text)) {
    const inner = text.slice(s.innerStart, s.innerEnd);
    const name = inner.trim();
    if (name.length < 2 || /[.،,!?؟:؛\n]/.test(name) || name.split(/\s+/).length > MAX_WORDS) continue;
    const start = s.innerStart + inner.indexOf(name);
    out.push({ open: s.open, start, end: start + name.length, name });
  }
  return out;
}

const words = (text: string, s: Span): number => text.slice(s.start, s.end).trim().split(/\s+/).length;

/** Quoted short names of bodies in `text`, given the organizations found there by other means. */
export function quotedBodies(text: string, organizations: readonly Span[]): Span[] {
  const quoted = shortQuotes(text);
  if (quoted.length === 0) return [];
  const ends = new Set(organizations.filter((o) => words(text, o) >= FULL_NAME_WORDS && COMPANY_HEAD.test(text.slice(o.start, o.end).split(/\s+/)[0] ?? '')).map((o) => o.end));
  const names = new Set<string>();
  for (const q of quoted) {
    const before = text.slice(Math.max(0, q.open - 3), q.open);
    const afterFullName = ends.has(q.open - (before.length - before.trimEnd().length));
    if (afterFullName || SHARES_BEFORE.test(text.slice(Math.max(0, q.open - 12), q.open))) names.add(q.name);
  }
  // A name a cue word introduced in quotes (شركة "تكنيب") counts too.
  for (const o of organizations) {
    const q = quoted.find((x) => x.start === o.start && x.end === o.end);
    if (q !== undefined) names.add(q.name);
  }
  return quoted.filter((q) => names.has(q.name)).map(({ start, end }) => ({ start, end }));
}
