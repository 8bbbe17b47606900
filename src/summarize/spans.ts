import { key, words } from '../text/index.js';

/**
 * Clean shorter spans of a sentence: its leading clauses, each ending before a comma or semicolon.
 * Arabic news prose chains clauses with commas, so the part before one is usually a main clause that
 * reads as a sentence. Not when the sentence opens with a preposition or a fronted adverbial (في
 * مؤتمر صحفي ...، بمناسبة ...،): its first clause is then a phrase, not a sentence. Not while a
 * reporting verb still waits for what was said (`وقال كارتر الذي وصل اليوم، ... إن الهجوم ...`).
 */
const CLAUSE_BREAK = /\s*(?:[،,](?!\d)|[؛;])\s*/gu;

const keys = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => key(w) as string));

/** Words that open a phrase rather than a clause (or, لعل, a clause whose predicate comes late). */
const PHRASE_OPENERS = keys([
  'في', 'من', 'على', 'عن', 'إلى', 'مع', 'بعد', 'قبل', 'خلال', 'منذ', 'عند', 'حول', 'ضمن', 'بين', 'أمام', 'وسط', 'بمناسبة',
  'رغم', 'بالرغم', 'إثر', 'عقب', 'لدى', 'حتى', 'تحت', 'فوق', 'علاوة', 'إضافة', 'بالإضافة', 'نتيجة', 'بسبب', 'جراء', 'بفضل',
  'وفقا', 'طبقا', 'حسب', 'بحسب', 'عبر', 'لعل',
]);

/** Whether the sentence opens with a phrase: a phrase opener, alone or after و/ف (`وبالرغم`، `و في`). */
function opensWithPhrase(tokens: ReturnType<typeof words>): boolean {
  const first = key(tokens[0]?.text ?? '');
  if (first === 'و' || first === 'ف') return PHRASE_OPENERS.has(key(tokens[1]?.text ?? ''));
  return PHRASE_OPENERS.has(first) || (/^[وف]/u.test(first) && PHRASE_OPENERS.has(first.slice(1)));
}

/** Reporting verbs (a leading و or ف is stripped before the lookup) ... */
const REPORTING_VERBS = keys([
  'قال', 'قالت', 'قالوا', 'أضاف', 'أضافت', 'أكد', 'أكدت', 'أكدوا', 'أوضح', 'أوضحت', 'أعلن', 'أعلنت', 'أعلنوا', 'ذكر', 'ذكرت',
  'أشار', 'أشارت', 'صرح', 'صرحت', 'كشف', 'كشفت', 'نفى', 'نفت', 'اعتبر', 'اعتبرت', 'رأى', 'رأت', 'أفاد', 'أفادت', 'لفت', 'لفتت',
  'شدد', 'شددت', 'زعم', 'زعمت', 'أبلغ', 'أبلغت', 'أفادوا', 'يقول', 'تقول', 'يرى', 'ترى',
]);
/** ... and the complementizers that introduce what was said. */
const COMPLEMENTIZERS = keys(['أن', 'إن', 'أنه', 'إنه', 'أنها', 'إنها', 'أنهم', 'إنهم', 'بأن', 'بأنه', 'بأنها', 'بأنهم']);

/**
 * Subordinators whose clause needs a main clause after the comma (`إذا ...، فإن ...`, `عندما ...، ...`),
 * and `أما` / `نظرا` whose topic or cause waits for the main clause after a فـ (`أما السحب العالية ... فـ`).
 */
const SUBORDINATORS = keys(['أما', 'وأما', 'نظرا', 'ونظرا', 'إذا', 'وإذا', 'فإذا', 'لو', 'ولو', 'لولا', 'عندما', 'وعندما', 'حينما', 'كلما', 'لما', 'ولما', 'طالما', 'متى', 'بينما', 'مهما']);

/** Relative pronouns: a clause set off by commas after the subject, with the predicate still to come. */
const RELATIVES = keys(['الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي', 'اللائي']);

/**
 * Titles and offices that open an apposition set off by commas after a name, the predicate still to
 * come (`توني بلير، رئيس وزراء بريطانيا، وصف ...`): the name and its title are not a clause.
 */
const APPOSITION_HEADS = keys([
  'رئيس', 'رئيسة', 'الرئيس', 'نائب', 'وزير', 'وزيرة', 'الوزير', 'مدير', 'مديرة', 'المدير', 'أمين', 'الأمين', 'سفير', 'السفير',
  'قائد', 'زعيم', 'المتحدث', 'الناطق', 'متحدث', 'ناطق', 'مستشار', 'مساعد', 'محافظ', 'عضو', 'مسؤول', 'المسؤول',
]);

/** A break followed by one of these starts a new clause. */
const CONNECTIVE_NEXT = /^(?:[وف]|ثم|كما|حيث|بينما|فيما|لكن|إلا|الا|مما|إذ|اذ)/u;

const isReportingVerb = (k: string): boolean => REPORTING_VERBS.has(k) || (/^[وف]/u.test(k) && REPORTING_VERBS.has(k.slice(1)));

/**
 * Connectives that open a new main clause even without a comma before them: a reporting verb with و or
 * ف (`... العام الحالي واوضح المهندس ان ...`), `حيث`, `بينما`, `مما`, `لكن`, `إلا أن`, and و before a
 * verbal-clause particle or auxiliary (below). Arabic copy often runs such clauses together without
 * punctuation.
 */
const UNPUNCTUATED_OPENERS = keys(['حيث', 'بينما', 'مما', 'لكن', 'ولكن']);
/**
 * After و (attached or written apart), the particles and auxiliaries that open a verbal clause: a
 * coordinated clause (`... مكونا الثلج و يتم ذلك بتكاثف ...`, `... وقد توفي في ...`). Not after ف,
 * which is as often the answer of `أما` or a condition as a coordinator.
 */
const VERBAL_CLAUSE_OPENERS = keys([
  'قد', 'لم', 'لن', 'لا', 'كان', 'كانت', 'كانوا', 'أصبح', 'أصبحت', 'ظل', 'ظلت', 'بات', 'باتت', 'صار', 'صارت', 'ليس', 'ليست', 'تم', 'يتم', 'تتم',
]);
const EXCEPT = keys(['إلا', 'الا']);
const THAT = keys(['أن', 'ان']);

interface ClauseBreak {
  /** Where the span before the break ends. */
  readonly index: number;
  /** Where the next clause starts. */
  readonly next: number;
}

/** Comma and semicolon breaks, and breaks before a connective that opens a clause without one, in text order. */
function clauseBreaks(text: string, tokens: ReturnType<typeof words>): ClauseBreak[] {
  const out: ClauseBreak[] = [...text.matchAll(CLAUSE_BREAK)]
    .filter((m) => m.index > 0 && m.index + m[0].length < text.length)
    .map((m) => ({ index: m.index, next: m.index + m[0].length }));
  for (let t = 1; t < tokens.length; t++) {
    const previous = tokens[t - 1]!;
    const token = tokens[t]!;
    if (!/^\s+$/u.test(text.slice(previous.end, token.start))) continue;
    const k = key(token.text);
    const afterWaw = k === 'و' ? key(tokens[t + 1]?.text ?? '') : k.startsWith('و') ? k.slice(1) : '';
    const opens =
      (/^[وف]/u.test(k) && REPORTING_VERBS.has(k.slice(1))) ||
      UNPUNCTUATED_OPENERS.has(k) ||
      (EXCEPT.has(k) && THAT.has(key(tokens[t + 1]?.text ?? ''))) ||
      VERBAL_CLAUSE_OPENERS.has(afterWaw);
    if (opens) out.push({ index: previous.end, next: token.start });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Quotes and brackets left open would make the span read as cut off. */
function balanced(text: string): boolean {
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  return count(/«/gu) === count(/»/gu) && count(/\(/gu) === count(/\)/gu) && count(/\[/gu) === count(/\]/gu) && count(/"/gu) % 2 === 0 && count(/“/gu) === count(/”/gu);
}

/**
 * End offsets (in `text`) of the leading-clause spans of `text`, shortest first; the whole text is not
 * one of them. A break is refused where the part before it cannot stand alone: inside an enumeration
 * (the piece before or after the break has at most three words, or the prefix holds a colon), after a
 * subordinate clause whose main clause follows, after a relative clause or a title in apposition whose
 * predicate follows (unless a connective opens the next clause), and while a reporting verb waits for
 * its complementizer.
 */
export function clauseEnds(text: string): number[] {
  const tokens = words(text);
  if (tokens.length === 0 || opensWithPhrase(tokens)) return [];
  const breaks = clauseBreaks(text, tokens);
  /** Words from offset `from` up to the next break (or the end). */
  const wordsUntilBreak = (from: number, until: number): number => tokens.filter((x) => x.start >= from && x.end <= until).length;
  const ends: number[] = [];
  let t = 0;
  let waiting = false;
  breaks.forEach((m, i) => {
    let pieceWords = 0;
    let subordinate = false;
    let relative = false;
    for (; t < tokens.length && tokens[t]!.end <= m.index; t++) {
      const k = key(tokens[t]!.text);
      if (isReportingVerb(k)) waiting = true;
      else if (COMPLEMENTIZERS.has(k)) waiting = false;
      if (SUBORDINATORS.has(k)) subordinate = true;
      if (pieceWords === 0 && (RELATIVES.has(k) || (i > 0 && APPOSITION_HEADS.has(k)))) relative = true;
      pieceWords++;
    }
    const next = tokens[t];
    const nextIsConnective = next !== undefined && CONNECTIVE_NEXT.test(next.text);
    const nextWords = wordsUntilBreak(m.next, breaks[i + 1]?.index ?? text.length);
    const prefix = text.slice(0, m.index);
    const standsAlone =
      pieceWords > 3 &&
      nextWords > 3 &&
      !prefix.includes(':') &&
      !subordinate &&
      (!relative || nextIsConnective) &&
      !waiting &&
      balanced(prefix);
    if (standsAlone) ends.push(m.index);
  });
  return ends;
}
