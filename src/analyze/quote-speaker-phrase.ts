/**
 * Reading the speaker phrase at one position: a title, a person, an organization, a document
 * speaking for its author, an unnamed description (`مصدر دبلوماسي`), or a name closing an unknown noun phrase.
 */
import { key } from '../text/index.js';
import { KIN_NOUNS } from './data/kinship.js';
import { withoutBiComplement, withoutVerbObject } from './quote-object.js';
import { bracketedName } from './quote-bracketed.js';
import { OBJECT_NOUNS, UNNAMED_ROLES } from './data/reporting.js';
import { hasTanween, isDefinite, isNisba, keySet, lookup, type Tok } from './tokens.js';
import { PLACE_CUE_FORMS } from './place-cues.js';
import { NAMING_KEYS } from './triggers.js';
import { BI_VERB_KEYS, GIVEN_KEYS, HE_SHE_KEYS, isStop, maqsuraVerbAsNoun, KUNYA_NAME_KEYS, LOCATIVE_KEYS, NAME_JOINER_KEYS, ORG_CUE_KEYS, OUTLET_HEADS, PARTICIPLE_KEYS, RELATIVE_OR_HE_KEYS, SPEAKER_HEAD_KEYS, SUBJECT_STOP_KEYS, TEMPORAL_KEYS, TITLE_KEYS, TRANSITIVE_VERB_KEYS, VERB_KEYS } from './lexicon.js';
import { articleWritten, circumstantial, nameRun, plainNounAfterName, procliticVerb } from './names.js';
import type { EntityMention, TitlePhrase } from './types.js';
import { containing, firstFrom } from './search.js';
import { COMPLEMENTIZERS, type Context, findLastStartingIn, findStartingIn, prefixedWithLam, someStartingIn } from './quote-context.js';
import { appositive, resolveTitle } from './quote-titles.js';

/** Words that may describe a speaker head: adjectives (nisba أمني، دبلوماسي; مطلع، رفيع), definite words, أحد's complement. */
const DESCRIBING_KEYS = keySet(['عيان', 'مطلع', 'مطلعة', 'مطلعون', 'رفيع', 'رفيعة', 'بارز', 'بارزة', 'كبير', 'كبيرة', 'مقرب', 'مقربة', 'مقربون', 'قريب', 'قريبة', 'سابق', 'سابقة', 'مسؤول', 'مسؤولة', 'محلي', 'محليون', 'آخر', 'أخرى', 'آخرون', 'آخرين', 'ثان', 'ثالث', 'شاب', 'شابا', 'شابة', 'مسن', 'مسنا', 'مسنة',
  // the three-letter nisbas the length test below leaves out (`مصدر طبي`، `مسؤول فني`)
  'طبي', 'فني']);
const describes = (t: Tok): boolean => {
  if (t.kind !== 'word') return false;
  // `مصدراً أمنياً`: an accusative adjective carries the alef of its tanween.
  const k = hasTanween(t) ? t.key.replace(/ا$/, '') : t.key;
  return isDefinite(k) || k.startsWith('باسم') || DESCRIBING_KEYS.has(k) || (/(ي|يه|يون|يين|يان)$/.test(k) && k.length >= 4) || t.forms.some((f) => f.letters > 0 && isDefinite(f.form));
};

/** في، من، على and the place adverbs (LOCATIVE_KEYS) open a description's locative phrase (`صاحب محل قرب السوق`). */
const PREPOSITION_WORDS: ReadonlySet<string> = new Set([...keySet(['في', 'من', 'على']), ...LOCATIVE_KEYS]);
const PARTITIVE_KEYS = keySet(['أحد', 'إحدى']);

/** An indefinite active participle (`مشاركة`، `مقيم`، `عاملة`): a verb-derived adjective, مُفعِل or فاعِل in shape. */
const PARTICIPLE_ADJECTIVE = /^(?:م[^ا]..+|[^ا]ا[^ا][^اوي]ه?)$/;

/**
 * Right after the head of an unnamed description: an indefinite participle adjective (`معلمة مشاركة
 * في التظاهرة`) or an indefinite genitive that a describing word follows (`تاجر أجهزة كهرومنزلية`);
 * never a word a verb could be (`تاجر فضل عدم ذكر اسمه` keeps `تاجر`).
 */
function qualifiesHead(toks: readonly Tok[], i: number, j: number): boolean {
  if (j !== i + 1) return false;
  const t = toks[j] as Tok;
  if (!nounNotVerb(t)) return false;
  return PARTICIPLE_ADJECTIVE.test(t.key) || describedNext(toks, j);
}

/** A word that no verb, participle, stop word or proclitic-led word could be. */
const nounNotVerb = (t: Tok): boolean => t.kind === 'word' && !isStop(t) && !/^[وفبل]/.test(t.key) && !VERB_KEYS.has(t.key) && !PARTICIPLE_KEYS.has(t.key);

/** An indefinite describing word right after token `j`, only spaces between (`أجهزة كهرومنزلية`، `نفط يابانية`). */
function describedNext(toks: readonly Tok[], j: number): boolean {
  const next = toks[j + 1];
  return next !== undefined && /^ +$/.test(next.gap) && describes(next) && !isDefinite(next.key);
}

/** Occasions of a statement (`في بيان`، `في مؤتمر صحافي`، `خلال لقاء`). */
const OCCASION_KEYS = keySet(['بيان', 'تصريح', 'تصريحات', 'مؤتمر', 'كلمة', 'حديث', 'مقابلة', 'تغريدة', 'منشور', 'اتصال', 'لقاء', 'رسالة', 'خطاب', 'ندوة', 'جلسة', 'إحاطة', 'حيثيات']);

/** Addressees written with لل that never continue a speaker's description. */
const ADDRESSEE_GENITIVE_KEYS = keySet(['للصحافيين', 'للصحفيين', 'للإذاعة', 'للتلفزيون', 'للوكالة', 'للقناة', 'للصحيفة', 'للموقع', 'للإعلام', 'للمراسلين']);

/** `المديرية العامة للغابات`: a لل genitive after a definite word continues its noun phrase (not `للصحافيين`). */
function definiteGenitive(toks: readonly Tok[], j: number, head = -1): boolean {
  const t = toks[j] as Tok;
  const prev = toks[j - 1];
  if (!t.key.startsWith('لل') || t.key.length < 4 || prev === undefined || ADDRESSEE_GENITIVE_KEYS.has(t.key)) return false;
  // `أستاذة للغة الفرنسية`، `صاحب محل للهدايا`: لـ stands for the genitive after an indefinite head (or its indefinite complement).
  return (isDefinite(prev.key) && t.key.length > 4) || (head >= 0 && j - head <= 2 && !isDefinite((toks[head] as Tok).key) && toks.slice(head, j).every((u) => !isDefinite(u.key)));
}

/** `في عزبة مجاورة`: a participle adjective after the indefinite noun of a في phrase. */
function indefiniteAdjectiveInPhrase(toks: readonly Tok[], j: number): boolean {
  const t = toks[j] as Tok;
  const noun = toks[j - 1];
  return noun !== undefined && toks[j - 2]?.key === 'في' && noun.kind === 'word' && !isDefinite(noun.key) && PARTICIPLE_ADJECTIVE.test(t.key) && !VERB_KEYS.has(t.key);
}

/**
 * `مسؤول في مصفاة نفط يابانية`، `مهندس في محطة كهرباء حكومية`: an indefinite genitive after the preposition's
 * indefinite object, followed by an indefinite describing word, is the object's (the describing word goes on
 * the phrase in turn); never a word a verb could be.
 */
function objectGenitive(toks: readonly Tok[], j: number): boolean {
  const t = toks[j] as Tok;
  const noun = toks[j - 1];
  if (noun === undefined || !PREPOSITION_WORDS.has(toks[j - 2]?.key ?? '') || noun.kind !== 'word' || isDefinite(noun.key)) return false;
  return nounNotVerb(t) && !isDefinite(t.key) && describedNext(toks, j);
}

/** Present verbs of work, study and residence that describe an unnamed person (`شاب يعمل في مطعم`). */
const WORK_VERB_KEYS = keySet(['يعمل', 'تعمل', 'يقيم', 'تقيم', 'يسكن', 'تسكن', 'يدرس', 'تدرس']);

/**
 * `شاب يعمل في أحد مطاعم الجزيرة`، `مزارع يقيم في القرية`: right after an indefinite head, a present verb
 * of work or residence and its في/ب phrase are an asyndetic relative clause describing the head.
 */
function workClause(toks: readonly Tok[], i: number, j: number): boolean {
  const t = toks[j];
  const next = toks[j + 1];
  return j === i + 1 && t !== undefined && !isDefinite((toks[i] as Tok).key) && WORK_VERB_KEYS.has(t.key) && next !== undefined && /^ +$/.test(next.gap) && (next.key === 'في' || /^ب/.test(next.key));
}

/** Units of an institution that a description's ب names as the speaker's place in it (`طالب بكلية الطب`). */
const UNIT_KEYS = keySet(['قسم', 'كلية', 'شعبة', 'فرع', 'معهد', 'مدرسة', 'جامعة']);

/**
 * `طالبة في السنة الرابعة بقسم الهندسة المدنية`، `موظف بوزارة الصحة`: ب + a unit or organization cue
 * and its definite genitive (or a named body) is where the described person belongs, part of the description.
 */
function affiliationWithBa(ctx: Context, j: number): boolean {
  const t = ctx.toks[j] as Tok;
  if (!t.key.startsWith('ب') || !t.forms.some((f) => f.letters === 1 && (UNIT_KEYS.has(f.form) || ORG_CUE_KEYS.has(f.form)))) return false;
  const next = ctx.toks[j + 1];
  return next !== undefined && /^ +$/.test(next.gap) && (isDefinite(next.key) || someStartingIn(ctx.mentions, next.start, next.end, (m) => m.type !== 'person'));
}

/** An elative or a partitive heading an apposition (`كبرى`، `أكبر`، `أبرز`، `إحدى`), as key forms (أ read as ا, ى as ي). */
const ELATIVE = /^(?:ا[^اوي\s][^اوي\s][^اوي\s]|[^اوي\s][^اوي\s][^اوي\s]ي|احد|احدي)$/u;

/**
 * Token `j` is an elative over a definite genitive (`كبرى الفصائل`، `أكبر المنتجين`)
 * right after an organization or place named in full, and starts no name: an apposition describing that body.
 */
function appositionAfterBody(ctx: Context, j: number): boolean {
  const t = ctx.toks[j] as Tok;
  const next = ctx.toks[j + 1];
  const prev = ctx.toks[j - 1];
  if (prev === undefined || next === undefined || t.kind !== 'word' || !/^ +$/.test(t.gap) || !ELATIVE.test(t.key) || GIVEN_KEYS.has(t.key) || !/^ +$/.test(next.gap) || !isDefinite(next.key)) return false;
  if (someStartingIn(ctx.mentions, t.start, t.end)) return false;
  return someStartingIn(ctx.mentions, prev.start - 80, prev.end, (m) => m.type !== 'person' && m.end === prev.end);
}

/** A description such as `مصدر دبلوماسي سعودي` or `مصدر في الوزارة`, from token `i`. */
export function description(ctx: Context, i: number): string {
  const toks = ctx.toks;
  let j = i + 1;
  let prepositions = 0;
  // `أحد سكان خصب`: أحد/إحدى take a two-word genitive, whatever its words.
  let partitive = lookup(toks[i] as Tok, PARTITIVE_KEYS) !== null ? i : -1;
  let reach = 8;
  while (j < toks.length && j - i < reach) {
    const t = toks[j] as Tok;
    // `موقع Rajanews.com`، `متحدث باسم CNN`: a name in Latin letters goes on the description, dots and all.
    if (LATIN.test(t.text) && (/^ +$/.test(t.gap) || (/^[.-]$/.test(t.gap) && LATIN.test((toks[j - 1] as Tok).text)))) {
      j++;
      continue;
    }
    if (!/^ +$/.test(t.gap)) break;
    // `إمام متطوع في أحد مساجد حي النصر`: أحد inside the description takes its own genitive, up to three words;
    // so does أحد as the head's own genitive (`والد أحد الطلبة المصابين`).
    if (lookup(t, PARTITIVE_KEYS) !== null && (toks[j - 1]?.key === 'في' || j === i + 1)) {
      partitive = j;
      reach = Math.max(reach, j - i + 4);
      j++;
      continue;
    }
    // A person named from this word on ends the description (`بائع السمك X`، `أحد الجنود لأحمدي نجاد`).
    if (someStartingIn(ctx.mentions, t.start, t.end, (m) => m.type === 'person')) break;
    // `مصادر في حركة X كبرى الفصائل`: an elative over a definite genitive right after the body named
    // there is an apposition describing the body, no part of the speaker.
    if (appositionAfterBody(ctx, j)) break;
    // Inside an organization or place named in the description (`في المؤسسة السودانية للنفط`).
    if (someStartingIn(ctx.mentions, t.start - 80, t.start, (m) => m.end > t.start && m.type !== 'person')) {
      j++;
      continue;
    }
    // `… بمحافظة جنوب الشرقية`: the seat of the body named before, a place cue with ب and its place.
    if (t.key.startsWith('ب') && t.forms.some((f) => f.letters === 1 && PLACE_CUE_FORMS.has(f.form)) && someStartingIn(ctx.mentions, t.end, t.end + 2, (m) => m.type === 'place')) {
      j++;
      continue;
    }
    if (affiliationWithBa(ctx, j) || workClause(toks, i, j)) {
      j++;
      continue;
    }
    if (PREPOSITION_WORDS.has(t.key)) {
      // `وقالت الشرطة في بيان`: the occasion of the statement is no part of the speaker.
      if (prepositions++ > 0 || lookup(toks[j + 1] ?? t, OCCASION_KEYS) !== null) break;
    } else if (SUBJECT_STOP_KEYS.has(t.key) || VERB_KEYS.has(t.key) || t.key === 'قد' || t.key.length === 1 || (/^ل[^ا]/.test(t.key) && !definiteGenitive(toks, j, i)) || /^ل[أإآ]/.test(t.text)) break;
    else if (!describes(t) && !indefiniteAdjectiveInPhrase(toks, j) && !objectGenitive(toks, j) && !(partitive >= 0 && j - partitive <= (partitive === i ? 2 : 3)) && !PREPOSITION_WORDS.has((toks[j - 1] as Tok).key) && lookup(t, TITLE_KEYS) === null && !someStartingIn(ctx.mentions, t.start - 80, t.end, (m) => m.end > t.start && m.type !== 'person') && !qualifiesHead(toks, i, j)) break;
    j++;
  }
  while (j > i + 1 && ['في', 'من', 'علي'].includes((toks[j - 1] as Tok).key)) j--;
  // `مسؤول في دائرة الخدمات العامة برأس الخيمة`: the reach never ends inside a place or organization named there.
  const last = toks[j - 1] as Tok;
  const named = findStartingIn(ctx.mentions, last.start - 80, last.end, (m) => m.type !== 'person' && m.start < last.end && m.end > last.end);
  const end = named === undefined ? last.end : named.end;
  return ctx.text.slice((toks[i] as Tok).start, end);
}

/**
 * A report or statement speaks for its author: `وأشار تقرير للبنك الدولي إلى أن` → the World Bank,
 * `وقال بيان للجيش`، `بيان صادر عن وزارة الصحة` → the army, the ministry.
 */
const DOCUMENT_KEYS = keySet(['تقرير', 'دراسة', 'وثيقة', 'مذكرة', 'رسالة', 'تقييم', 'بيان', 'البيان', 'بلاغ', 'تصريح']);
/** `(ال)صادر(ة) عن/من `: the participle of issuing and its preposition, between a document and its issuer (regex source). */
export const ISSUED_BY_LINK = String.raw`(?:ال)?صادر[ةه]?\s+(?:عن|من)\s+`;
/** What may stand between a document and its author: nothing (a ل genitive), or `(ال)صادر(ة) عن/من`. */
const AUTHOR_LINK = new RegExp(String.raw`^\s*(?:ل|لـ|${ISSUED_BY_LINK}|(?:أعد|أعدّ|اعد|أصدر|اصدر|نشر)(?:ه|ها|ته|تها)\s+)?$`, 'u');
/** `بيان صادر عن X`: only the participle link between the document and the word after it. */
const ISSUED_BY_ALONE = new RegExp(String.raw`^\s+${ISSUED_BY_LINK}$`, 'u');

const STATEMENT_DOCUMENT_KEYS = keySet(['بيان', 'بلاغ', 'تصريح', 'رسالة', 'مذكرة']);
const PRONOUN_KEYS = keySet(['له', 'لها', 'لهم', 'لنا']);

/** Nothing that could continue a name follows `t`: punctuation, the end, or a complementizer. */
function loneWord(ctx: Context, t: Tok): boolean {
  const next = ctx.toks[t.index + 1];
  return next === undefined || !next.spaced || COMPLEMENTIZERS.has(next.key);
}

export function documentAuthor(ctx: Context, t: Tok): string | null {
  if (lookup(t, DOCUMENT_KEYS) === null) return null;
  const owner = findStartingIn(ctx.mentions, t.end, t.end + 16, (x) => x.type !== 'place');
  if (owner !== undefined && AUTHOR_LINK.test(ctx.text.slice(t.end, owner.start))) return owner.name;
  // `وجاء في بيان لمكتب رئيس البلدية`: a لـ genitive the lists do not read names the issuer.
  const genitive = ctx.toks[t.index + 1];
  // (A body named after the genitive, `بيان للوزارة نقلته وكالة …`, is not the document's owner.)
  if (genitive !== undefined && /^ +$/.test(genitive.gap) && genitive.text.startsWith('ل') && (owner === undefined || owner.start >= genitive.end)) {
    // `عن بيان للوزارة`: the body a bare cue with ل refers back to (see `bareOrganization`).
    const bare = bareOrganization(ctx, genitive);
    if (bare !== null) return bare;
    if (lookup(t, STATEMENT_DOCUMENT_KEYS) !== null) {
      const head = genitive.forms.find((f) => f.letters === 1 && f.form.length >= 3 && !isDefinite(f.form));
      const d = head === undefined || PRONOUN_KEYS.has(genitive.key) ? '' : description(ctx, genitive.index).slice(1);
      if (d.includes(' ') && (lookup(genitive, ORG_CUE_KEYS) !== null || lookup(genitive, TITLE_KEYS) !== null || /^ل?(?:مكتب|ديوان|إدارة|مجلس|لجنة)/u.test(genitive.text))) return d;
      // `وذكر بيان للجيش أن`: a definite body word alone (لل + cue), as written, when the text names the body no further.
      if (genitive.text.startsWith('لل') && genitive.text.length > 4 && lookup(genitive, ORG_CUE_KEYS) !== null && loneWord(ctx, genitive)) return `ال${genitive.text.slice(2)}`;
    }
  }
  // `بيان اللجنة`، `بلاغ الوزارة`: a statement's definite genitive cue is the body named before with that cue.
  if (genitive !== undefined && /^ +$/.test(genitive.gap) && isDefinite(genitive.key) && lookup(t, STATEMENT_DOCUMENT_KEYS) !== null && (owner === undefined || owner.start >= genitive.end)) {
    const bare = bareOrganization(ctx, genitive);
    if (bare !== null) return bare;
  }
  const published = publishedBy(ctx, t);
  if (published !== null) return published;
  // `بيان صادر عن المكتب الإعلامي …` when the lists miss the issuer: the description after عن/من.
  const issued = ISSUED_BY_ALONE.exec(ctx.text.slice(t.end, (ctx.toks[t.index + 3] ?? t).start));
  const issuer = issued === null ? undefined : ctx.toks[t.index + 3];
  if (issuer === undefined || lookup(issuer, ORG_CUE_KEYS) === null) return null;
  const d = description(ctx, issuer.index);
  return d.includes(' ') ? d : null;
}

/** A verb of issuing with the document as its object pronoun (`نشره`، `أصدرته`، `وزعتها`). */
const ISSUING_VERB = /^(?:أصدر|اصدر|نشر|أعد|أعدّ|اعد|وزع|وزّع|بث|بثّ)(?:ه|ها|ته|تها)$/u;

/**
 * `جاء في بيان رسمي نشره الاتحاد على موقعه`: a document, at most one word describing it, then a verb of
 * issuing whose subject follows: the issuer, a named body or a definite cue word standing for one.
 */
function publishedBy(ctx: Context, t: Tok): string | null {
  for (let k = t.index + 1; k <= t.index + 2; k++) {
    const v = ctx.toks[k];
    if (v === undefined || !/^ +$/.test(v.gap)) return null;
    if (!ISSUING_VERB.test(v.text)) continue;
    const u = ctx.toks[k + 1];
    if (u === undefined || !/^ +$/.test(u.gap)) return null;
    const m = findStartingIn(ctx.mentions, u.start, u.end, (x) => x.type === 'organization' || x.type === 'person');
    return m !== undefined ? m.name : bareOrganization(ctx, u);
  }
  return null;
}

/** `المتحدث باسمها` → `المتحدث باسم <the organization named last before it>`. */
export function spellOutPronoun(ctx: Context, phrase: string, start: number): string {
  const m = /باسم(ها|ه)$/.exec(phrase);
  if (m === null) return phrase;
  const owner = findLastStartingIn(ctx.mentions, 0, start, (x) => x.end <= start && x.type === 'organization');
  return owner === undefined ? phrase : `${phrase.slice(0, m.index)}باسم ${owner.name}`;
}

/**
 * A definite cue word standing alone (`وذكرت الوزارة في بيان`) is the organization named last with
 * that cue (`وزارة الطاقة`); null when the cue has its own complement or no such organization precedes.
 */
function bareOrganization(ctx: Context, t: Tok): string | null {
  // Any cue with the article (الشركة for شركة), the conjunction peeled.
  const written = t.forms.find((f) => f.letters <= 1 && isDefinite(f.form) && (ORG_CUE_KEYS.has(f.form) || ORG_CUE_KEYS.has(f.form.slice(2))));
  const hit = written === undefined ? null : { form: written.form };
  if (hit === null) return null;
  const next = ctx.toks[t.index + 1];
  if (next !== undefined && /^ +$/.test(next.gap) && (isDefinite(next.key) || someStartingIn(ctx.mentions, next.start, next.end))) return null;
  const head = hit.form.slice(2);
  for (let k = firstFrom(ctx.mentions, t.start) - 1; k >= 0; k--) {
    const m = ctx.mentions[k] as EntityMention;
    if (m.type !== 'organization' || m.end > t.start) continue;
    const mk = key(m.form).replace(/^ال/, '');
    if (mk === head || mk.startsWith(`${head} `) || namedAfterCue(ctx, m, head)) return m.name;
  }
  // `منظمة «أطباء بلا حدود»` earlier, a name the lists lack.
  for (let k = t.index - 1; k >= 0; k--) {
    const u = ctx.toks[k] as Tok;
    if (u.forms.some((f) => f.form === head)) {
      const marked = markedName(ctx, u);
      if (marked !== null) return marked;
    }
  }
  return null;
}

/** `منظمة «هيومن رايتس ووتش»`: the organization is written in marks right after its indefinite cue word. */
function namedAfterCue(ctx: Context, m: EntityMention, head: string): boolean {
  const before = /(\S+)\s*[«"“]$/u.exec(ctx.text.slice(Math.max(0, m.start - 20), m.start));
  return before !== null && key(before[1] ?? '').replace(/^[وف]/, '') === head;
}

/** The name in marks right after token `i` (`منظمة «هيومن رايتس ووتش»`), of five words at most, or null. */
function markedName(ctx: Context, t: Tok): string | null {
  const m = /^\s*[«"“]([^«»"“”\n]{2,60})[»"”]/u.exec(ctx.text.slice(t.end, t.end + 64));
  const inner = m?.[1]?.trim();
  return inner === undefined || inner.split(/\s+/).length > 5 ? null : inner;
}

/** A clause going on after a subject: في بيان، إن، أن، لـ، عبر، على (the subject's verb is before it). */
const CLAUSE_GOES_ON = String.raw`(?:في|إن|إنه|إنها|أن|أنه|أنها|بأن|لـ|ل|عبر|على)(?=[\s«"“])`;

/**
 * `وكالة التصنيف الائتماني «موديز» إن`، `وقالت «الخطوط السعودية» في بيان`: a name of at most three words in
 * marks right after offset `end` (a description's or the verb's end), the clause going on after it: the name.
 */
const MARKED_AFTER = new RegExp(String.raw`^\s*[«"“]([^«»"“”\n]{2,40})[»"”]\s*${CLAUSE_GOES_ON}`, 'u');
function markedAfter(ctx: Context, end: number): string | null {
  const inner = MARKED_AFTER.exec(ctx.text.slice(end, end + 64))?.[1]?.trim();
  return inner === undefined || inner.split(/\s+/).length > 3 ? null : inner;
}

/**
 * `وقالت «الخطوط السعودية» في بيان إنها «…»`: a name of at most three words in marks right after the
 * verb, the verb's clause going on after it (في بيان، إن، أن، لـ، عبر، على), is the subject, not the quote.
 */
function markedSubject(ctx: Context, i: number): string | null {
  const verb = ctx.toks[i - 1];
  return verb === undefined ? null : markedAfter(ctx, verb.end);
}

/** `أحد النازحين في مخيم زمزم، ويدعى آدم إسحق:` — the person a description goes on to name, before the quote. */
function namedLater(ctx: Context, i: number, limit: number): string | null {
  for (let k = i + 1; k < ctx.toks.length && k - i <= 10; k++) {
    const t = ctx.toks[k] as Tok;
    if (t.start >= limit || (t.gap !== ' ' && /[:«"“.]/.test(t.gap))) return null;
    if (lookup(t, NAMING_KEYS) !== null) {
      const m = findStartingIn(ctx.mentions, t.end, t.end + 3, (x) => x.type === 'person');
      return m?.name ?? null;
    }
  }
  return null;
}

const ONE_OF_THEM_KEYS = keySet(['أحدهم', 'إحداهن', 'إحداهم']);

/**
 * `غير أن مغردين تداولوا …، وكتب أحدهم`: "one of them" is one of the plural people named last in
 * its sentence, spelled as a definite genitive (`أحد المغردين`). Null when no plural noun precedes.
 */
function oneOfThem(ctx: Context, t: Tok): string | null {
  const hit = lookup(t, ONE_OF_THEM_KEYS);
  const sentence = containing(ctx.sentences, t.start);
  if (hit === null || sentence === undefined) return null;
  for (let k = t.index - 1; k >= 0 && t.index - k <= 25; k--) {
    const u = ctx.toks[k] as Tok;
    if (u.start < sentence.start) break;
    const w = u.forms[u.forms.length - 1]?.form ?? u.key;
    if (u.kind !== 'word' || w.length < 5 || !/(ون|ين)$/.test(w) || /^[يت]/.test(w) || isStop(u) || VERB_KEYS.has(w) || lookup(u, TITLE_KEYS) !== null) continue;
    const plural = u.text.slice(u.text.length - w.length).replace(/ون$/, 'ين');
    return `${hit.form.startsWith('إ') || hit.form.startsWith('ا') && hit.form.includes('داه') ? 'إحدى' : 'أحد'} ${isDefinite(w) ? plural : `ال${plural}`}`;
  }
  return null;
}

/**
 * `وقال طالب في كلية الطب إن`: right after a reporting verb, only spaces between, طالب (also "demanded")
 * is the noun "student", the verb's subject.
 */
export function studentAfterVerb(toks: readonly Tok[], t: Tok): boolean {
  const before = toks[t.index - 1];
  return t.key === 'طالب' && before !== undefined && /^ +$/.test(t.gap) && lookup(before, VERB_KEYS) !== null;
}

/** A word in Latin letters. */
const LATIN = /^[A-Za-z]/;

/** The words in Latin letters from token `i` on, joined by spaces, dots or hyphens (`Rajanews.com`، `BBC News`), as written. */
function latinRun(ctx: Context, i: number, limit: number): string {
  const first = ctx.toks[i] as Tok;
  let last = first;
  for (let k = i + 1; k < ctx.toks.length; k++) {
    const t = ctx.toks[k] as Tok;
    if (t.start >= limit || !LATIN.test(t.text) || !/^[ .-]{1,2}$/.test(t.gap)) break;
    last = t;
  }
  return ctx.text.slice(first.start, last.end);
}

/** `د.`، `م.`، `أ.` (or `ا.`): the abbreviations of دكتور، مهندس، أستاذ before a name, glued to it or not. */
const HONORIFIC_ABBREVIATION = /^\s*(?:د|م|أ|ا)\s?\.\s*/u;

/**
 * `وكيل الوزارة د.خالد السعد`، `عضو المجلس البلدي م.زياد العبدالله`: a title naming no one, then an
 * abbreviated honorific and a person the entity pass named: that person.
 */
function abbreviatedHonorific(ctx: Context, end: number, limit: number): string | null {
  const abbreviation = HONORIFIC_ABBREVIATION.exec(ctx.text.slice(end, end + 6));
  if (abbreviation === null) return null;
  const at = end + abbreviation[0].length;
  const m = findStartingIn(ctx.mentions, at, at + 1, (x) => x.type === 'person' && x.end <= limit);
  return m?.name ?? null;
}

/** The explicit subject at token `i` (right after a verb or post-posed cue), or null. */
export function subjectAt(ctx: Context, i: number, limit: number): string | null {
  const t = ctx.toks[i];
  if (t === undefined || t.start >= limit) return null;
  // `وقالت BBC إن`، `وذكر Rajanews.com أن`: a name left in Latin letters (translated news) is a name whatever the lists hold.
  if (LATIN.test(t.text) && /^ +$/.test(t.gap)) return latinRun(ctx, i, limit);
  if (/[«"“]/.test(t.gap)) return markedSubject(ctx, i);
  if (/:/.test(t.gap)) return null;
  const kunyaFirst = kunyaName(ctx, t, i);
  if (kunyaFirst !== null && kunyaFirst.includes(' ')) return kunyaFirst;
  const written = findStartingIn(ctx.titles, t.start, t.end);
  // `ووصف رئيس الوزراء الهجوم بأنه`: not the verb's object.
  const title = written === undefined ? undefined : withoutVerbObject(ctx, withoutBiComplement(ctx, written, ctx.toks[i - 1]), ctx.toks[i - 1]);
  if (title !== undefined) {
    if (title.person !== null && looseWord(ctx, title.person, title.end)) {
      // `مسؤول في الأمم المتحدة، طلب عدم …`: a one-word "name" running on into its clause is a verb.
      return lookup(t, SPEAKER_HEAD_KEYS) !== null ? withoutAddressee(description(ctx, i)) : null;
    }
    const resolved = title.person === null ? bracketedName(ctx, title) ?? abbreviatedHonorific(ctx, title.end, limit) ?? appositivePerson(ctx, title, limit) ?? resolveTitle(ctx, title) : withoutObject(withinLimit(ctx, title, limit), ctx.toks[i - 1], ctx.toks[firstFrom(ctx.toks, title.end)]);
    // `أستاذ العلوم السياسية في جامعة بغداد`: a role many people hold, naming no one, describes an unnamed speaker.
    const unnamed = (): string | null => (articleWritten(t) || (lookup(t, UNNAMED_ROLE_KEYS) === null && lookup(t, SPEAKER_HEAD_KEYS) === null) ? null : withOwner(ctx, i, description(ctx, i)));
    const who = withoutAddressee(resolved ?? appositive(ctx, title) ?? closingName(ctx, i, limit) ?? unnamed() ?? spellOutPronoun(ctx, title.text, title.start));
    // A bare title word naming no one (`مدير`، `رئيس`) says nothing about who spoke.
    return who.trim().includes(' ') ? who : null;
  }
  const m = findStartingIn(ctx.mentions, t.start, t.end);
  // A "person" read right after a reporting verb from a بـ complement (`وأشادوا بهجوم مفاجئ،`) is no one.
  if (m !== undefined && m.type === 'person' && complementNotName(ctx, t)) return null;
  if (m !== undefined && (m.type === 'person' || !prefixedWithLam(ctx.text, m.start))) {
    // `وكالة التصنيف الائتماني «موديز» إن`: a body described, then named in marks.
    const marked = m.type === 'organization' ? markedAfter(ctx, m.end) : null;
    if (marked !== null) return marked;
    if (m.type === 'organization' || m.type === 'place') {
      const after = ctx.toks[firstFrom(ctx.toks, m.end)];
      if (after !== undefined && after.key === 'عن') return subjectAt(ctx, after.index + 1, limit) ?? m.name;
    }
    return m.type === 'person' ? withoutObject(m.name, ctx.toks[i - 1]) : m.type === 'organization' ? withAdjectives(ctx, m) : m.name;
  }
  // `بحسب ما قال المزارع حميد الجبوري`: a definite trade or role word (no title), then the person it introduces.
  const next = ctx.toks[i + 1];
  if (articleWritten(t) && next !== undefined && next.spaced) {
    const introduced = findStartingIn(ctx.mentions, next.start, next.end, (x) => x.type === 'person');
    if (introduced !== undefined) return withoutObject(introduced.name, ctx.toks[i - 1]);
  }
  const author = documentAuthor(ctx, t);
  if (author !== null) return author;
  const bareOrg = bareOrganization(ctx, t);
  if (bareOrg !== null) return bareOrg;
  const named = namedLater(ctx, i, limit);
  if (named !== null) return named;
  const one = oneOfThem(ctx, t);
  if (one !== null) return one;
  const anaphor = definiteAnaphor(ctx, t, i);
  if (anaphor !== null) return anaphor;
  const kunya = kunyaName(ctx, t, i);
  if (kunya !== null) return kunya;
  const orgCue = lookup(t, ORG_CUE_KEYS) !== null;
  const speakerHead = studentAfterVerb(ctx.toks, t) || lookup(t, SPEAKER_HEAD_KEYS) !== null;
  // `رأت منظمة «هيومن رايتس ووتش»`: an indefinite cue word, then the organization's name in marks.
  const marked = !articleWritten(t) && orgCue ? markedName(ctx, t) : null;
  if (marked !== null) return marked;
  if (speakerHead && !orgCue) {
    // `بائعة الخضار حليمة عثمان`: a description followed by the name it introduces is that person.
    const named = nameAfterDescription(ctx, i, limit);
    if (named !== null) return named;
  }
  if (orgCue) {
    // `وقالت وكالة التصنيف الائتماني «موديز» إن`: the body's name in marks after its description.
    const described = description(ctx, i);
    const named = markedAfter(ctx, t.start + described.length);
    if (named !== null) return named;
  }
  if (speakerHead || orgCue) return spellOutPronoun(ctx, withoutGroupObject(withOwner(ctx, i, description(ctx, i))), t.start);
  // `وقال مضمّر يعمل في عزبة مجاورة`: an indefinite noun no list knows, described by a clause of work or residence.
  if (t.kind === 'word' && !articleWritten(t) && !isStop(t) && !/^[وفبل]/.test(t.key) && workClause(ctx.toks, i, i + 1)) return withoutAddressee(description(ctx, i));
  // `وقال أستاذ العلوم السياسية في جامعة بغداد لـ«…»`: a role naming no one after it is an unnamed speaker.
  if (lookup(t, UNNAMED_ROLE_KEYS) !== null && !articleWritten(t)) {
    const described = withoutAddressee(description(ctx, i));
    return subjectPhrase(ctx, i, limit) ?? (described.includes(' ') ? described : null);
  }
  return null;
}

const OBJECT_NOUN_KEYS = keySet(OBJECT_NOUNS);
/** A word of three letters or more before a possessive pronoun suffix (`قلقها`، `موقفهم`; not `مها`). */
const POSSESSED = /^[\u0621-\u064A\u064B-\u0652]{3,}(?:ها|هما|هم|هن)$/u;

/** A title's person cut at the end of the phrase being read (`جورج خوري فاشتكى` read up to فاشتكى). */
function withinLimit(ctx: Context, title: TitlePhrase, limit: number): string {
  const person = title.person ?? '';
  if (title.end <= limit || !ctx.text.slice(title.start, title.end).endsWith(person)) return person;
  const words = ctx.text.slice(title.end - person.length, limit).trim().split(/\s+/);
  return words.length >= 2 ? words.join(' ') : person;
}

/**
 * `هيئة الموانئ والمناطق الحرة الجيبوتية،`: an organization whose name the lists cut goes on with
 * definite adjectives up to a boundary, the last a nationality (nisba); taken when nothing else follows.
 */
function withAdjectives(ctx: Context, m: EntityMention): string {
  let k = firstFrom(ctx.toks, m.end);
  const from = k;
  while (k < ctx.toks.length && k - from < 3 && /^ +$/.test((ctx.toks[k] as Tok).gap) && isDefinite((ctx.toks[k] as Tok).key) && !COMPLEMENTIZERS.has((ctx.toks[k] as Tok).key)) k++;
  const last = ctx.toks[k - 1];
  const after = ctx.toks[k];
  if (k === from || last === undefined || !isNisba(last.key) || (after !== undefined && !/[،,:«"“.]/.test(after.gap) && !COMPLEMENTIZERS.has(after.key))) return withSeat(ctx, m.name, m.end);
  return `${m.name} ${ctx.text.slice((ctx.toks[from] as Tok).start, last.end)}`;
}

/**
 * `البنك المركزي في صنعاء`، `بعثة الاتحاد الأوروبي في موريتانيا`: a body's seat written right after it
 * (في + a place, up to the place's end) belongs to the speaker's description.
 */
function withSeat(ctx: Context, name: string, end: number): string {
  const fi = ctx.toks[firstFrom(ctx.toks, end)];
  if (fi === undefined || fi.key !== 'في' || !fi.spaced || fi.start - end > 1) return name;
  const place = ctx.toks[fi.index + 1];
  if (place === undefined || !place.spaced) return name;
  // (A place's own cue word, `أرض الصومال`، `ولاية الخرطوم`, may come before the place mention.)
  const m = findStartingIn(ctx.mentions, place.start, (ctx.toks[place.index + 1] ?? place).end, (x) => x.type === 'place');
  if (m === undefined || (m.start > place.end && !(ctx.toks[place.index + 1] as Tok).spaced)) return name;
  // (`في صنعاء القديمة`: a place the text goes on describing is no seat.)
  const next = ctx.toks[firstFrom(ctx.toks, m.end)];
  if (next !== undefined && next.spaced && isDefinite(next.key)) return name;
  return `${name} ${ctx.text.slice(fi.start, m.end)}`;
}

/** A one-word name followed, with only a space between, by an indefinite word that starts no boundary (`طلب عدم`; not an object, `قرشي الجيش`). */
function looseWord(ctx: Context, name: string, end: number): boolean {
  if (name.includes(' ')) return false;
  const next = ctx.toks[firstFrom(ctx.toks, end)];
  return next !== undefined && /^ +$/.test(next.gap) && next.kind === 'word' && !isDefinite(next.key) && !TEMPORAL_KEYS.has(next.key) && !COMPLEMENTIZERS.has(next.key) && !SUBJECT_STOP_KEYS.has(next.key) && !/^[لب]/.test(next.key);
}

/** `المتحدثة باسم المفوضية لوكالة فرانس برس`: the outlet addressed is not part of the speaker. */
const ADDRESSEE = new RegExp(`(?:لـ?\\s?[«"“]?(?:ال)?|لل)(?:${[...OUTLET_HEADS, 'وسائل'].join('|')})(?:\\s.*)?$`, 'u');
/** (And any word written onto لـ with a tatweel, `لـالرافدين`: only the preposition is so written.) */
const TRAILING_ADDRESSEE = new RegExp(`\\s+(?:${ADDRESSEE.source}|لـ\\S+(?:\\s.*)?$)`, 'u');
const WHOLE_ADDRESSEE = new RegExp(`^${ADDRESSEE.source}`, 'u');
export const withoutAddressee = (who: string): string => who.replace(TRAILING_ADDRESSEE, '');
/** `لـوكالة الأنباء …`: a phrase that is the outlet addressed, read where the speaker was looked for. */
export const isAddressee = (who: string): boolean => WHOLE_ADDRESSEE.test(who);

/**
 * `ودعا المحافظ سليم داود السكان إلى`: after a verb the subject's name may be followed by the verb's
 * object; a last word that is a common noun for a body or a group of people (السكان، الحكومة) is no
 * family name. Names of three words or more lose it.
 */
function withoutObject(name: string, verb: Tok | undefined, after?: Tok): string {
  const words = name.split(' ');
  // `وأبدت X قلقها`: a last word carrying a possessive pronoun (ها، هم، هما، هن) is the verb's object, not a name.
  if (words.length >= 3 && POSSESSED.test(words[words.length - 1] ?? '')) return words.slice(0, -1).join(' ');
  const last = key(words[words.length - 1] ?? '');
  if (words.length < 3 || !last.startsWith('ال')) return name;
  const bare = last.slice(2);
  // After a verb that takes an object (`ووصف سامي نصر القرار بأنه`), a definite last word that is not a nisba is that object.
  // (Not when a plain noun follows the name, the object itself: `دعا رئيس البلدية X بن سعيد الرواس أصحاب المحلات`.)
  const object = verb !== undefined && lookup(verb, TRANSITIVE_VERB_KEYS) !== null && !/ي$/.test(last) && !NAME_JOINER_KEYS.has(key(words[words.length - 2] ?? '')) && !plainNounAfterName(after);
  return object || OBJECT_NOUN_KEYS.has(last) || ORG_CUE_KEYS.has(bare) || SPEAKER_HEAD_KEYS.has(bare) ? words.slice(0, -1).join(' ') : name;
}

/**
 * `ذكّر إمام مسجد الحي المصلين بأن`: a description's last word naming a group of people (OBJECT_NOUNS)
 * right after a definite genitive is the verb's object (`مصدر في الحكومة` keeps its genitive).
 */
function withoutGroupObject(description: string): string {
  const words = description.split(' ');
  const last = key(words[words.length - 1] ?? '');
  return words.length >= 3 && OBJECT_NOUN_KEYS.has(last) && isDefinite(key(words[words.length - 2] ?? '')) ? words.slice(0, -1).join(' ') : description;
}

const UNNAMED_ROLE_KEYS = keySet(UNNAMED_ROLES);

/**
 * `وأضاف المصدر، الذي …، أن`: a definite speaker head standing alone is the nearest earlier
 * description with the same head (`مصدر أمني`); null when there is none.
 */
function definiteAnaphor(ctx: Context, t: Tok, i: number): string | null {
  const form = t.forms.find((f) => f.letters <= 1 && f.form.startsWith('ال') && SPEAKER_HEAD_KEYS.has(f.form.slice(2)));
  if (form === undefined || description(ctx, i).includes(' ')) return null;
  const head = form.form.slice(2);
  for (let k = i - 1; k >= 0; k--) {
    const u = ctx.toks[k] as Tok;
    if (u.forms.some((f) => f.form === head)) {
      const d = description(ctx, k);
      return d.includes(' ') ? d : null;
    }
  }
  return null;
}

/** The name (a person, or two name words or more, not definite first) right after the description opening at `i`. */
function nameAfterDescription(ctx: Context, i: number, limit: number): string | null {
  const d = description(ctx, i);
  const j = firstFrom(ctx.toks, (ctx.toks[i] as Tok).start + d.length);
  const u = ctx.toks[j];
  if (u === undefined || u.start >= limit || appositionAfterBody(ctx, j)) return null;
  if (!/^ +$/.test(u.gap)) return /^ *[،,] *$/.test(u.gap) ? appositiveName(ctx, i, j, limit) : null;
  // A title inside the description owns the name after it (`متحدث باسم رئيس الوزراء X`: the spokesman is not X).
  if (titleWithin(ctx, i + 1, j)) return null;
  // The name a description introduces stands in apposition: not after لـ/بـ (`قال أحد الجنود لأحمدي نجاد`).
  if (/^[لب]/.test(u.key) && u.forms.some((f) => f.letters > 0) && !GIVEN_KEYS.has(u.key)) return null;
  const m = findStartingIn(ctx.mentions, u.start, u.end, (x) => x.type === 'person');
  if (m !== undefined) return m.name;
  const run = nameRun(ctx.toks, j);
  if (run === null || run.to - run.from < 2 || articleWritten(u) || isStop(u) || lookup(u, TITLE_KEYS) !== null) return null;
  const after = ctx.toks[run.to];
  if (after !== undefined && /^ +$/.test(after.gap) && !COMPLEMENTIZERS.has(after.key) && !SUBJECT_STOP_KEYS.has(after.key) && after.key !== 'ل') return null;
  const name = ctx.text.slice(u.start, (ctx.toks[run.to - 1] as Tok).end);
  ctx.learned.push({ start: u.start, name });
  return name;
}

/**
 * `متحدث باسم رئيس الوزراء البريطاني توني بلير`: a description whose inner title owns the person named
 * right after it goes on through that name (the speaker is described by whose spokesman he is).
 */
function withOwner(ctx: Context, i: number, d: string): string {
  const j = firstFrom(ctx.toks, (ctx.toks[i] as Tok).start + d.length);
  const u = ctx.toks[j];
  if (u === undefined || !/^ +$/.test(u.gap) || !titleWithin(ctx, i + 1, j)) return d;
  const m = findStartingIn(ctx.mentions, u.start, u.end, (x) => x.type === 'person' && x.start === u.start);
  return m === undefined ? d : ctx.text.slice((ctx.toks[i] as Tok).start, m.end);
}

/** A title word or باسم among the tokens `[from, to)`: it owns the name after it. */
function titleWithin(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lookup(ctx.toks[k] as Tok, TITLE_KEYS) !== null || (ctx.toks[k] as Tok).key.startsWith('باسم')) return true;
  return false;
}

/** A subject in apposition ending at `end` is closed there: by a colon, a comma, إن/أن, the limit or the text's end. */
function appositionClosed(ctx: Context, end: number, limit: number): boolean {
  const after = ctx.toks[firstFrom(ctx.toks, end)];
  return after === undefined || after.start >= limit || /[:،,]/.test(after.gap) || (/^ +$/.test(after.gap) && COMPLEMENTIZERS.has(after.key));
}

/**
 * `وقال رئيس اتحاد الطلبة، X Y، إن`: a person set off by a comma right after a title phrase naming no one
 * (and the body it heads),
 * and closed by a comma, a colon or إن/أن, is the one the title names here, not the last holder of a
 * like title earlier in the text.
 */
function appositivePerson(ctx: Context, title: TitlePhrase, limit: number): string | null {
  // (`رئيس اتحاد طلبة الجامعة، X`: the body the title heads, named right after it, is part of the phrase.)
  const end = findStartingIn(ctx.mentions, title.end, title.end + 2, (x) => x.type === 'organization')?.end ?? bodyAfterTitle(ctx, title.end);
  const m = findStartingIn(ctx.mentions, end, end + 3, (x) => x.type === 'person');
  if (m === undefined || m.start >= limit || !/^\s*[،,]\s*$/.test(ctx.text.slice(end, m.start))) return null;
  return appositionClosed(ctx, m.end, limit) ? m.name : null;
}

/** `رئيس اتحاد طلبة جامعة X،`: an organization cue right after the title and up to six more words before a comma (no list need know the body). */
function bodyAfterTitle(ctx: Context, titleEnd: number): number {
  const k = firstFrom(ctx.toks, titleEnd);
  const cue = ctx.toks[k];
  if (cue === undefined || !/^ +$/.test(cue.gap) || lookup(cue, ORG_CUE_KEYS) === null) return titleEnd;
  for (let j = k + 1; j <= k + 7; j++) {
    const u = ctx.toks[j];
    if (u === undefined) return titleEnd;
    if (/[،,]/.test(u.gap)) return (ctx.toks[j - 1] as Tok).end;
    if (!/^ +$/.test(u.gap)) return titleEnd;
  }
  return titleEnd;
}

/**
 * `وقال والد الطفل، X Y: «…»`: a description, a comma, then a name of two words or more that the
 * subject's end closes (a colon, a comma, إن/أن, or the quote) is the person described, in apposition.
 * No title inside the description (its own complement would be another person).
 */
function appositiveName(ctx: Context, i: number, j: number, limit: number): string | null {
  if (titleWithin(ctx, i, j)) return null;
  const u = ctx.toks[j] as Tok;
  if (u.kind !== 'word' || articleWritten(u) || isStop(u) || /^[وفلب]/.test(u.key) && u.forms.some((f) => f.letters > 0) && !GIVEN_KEYS.has(u.key)) return null;
  const m = findStartingIn(ctx.mentions, u.start, u.end, (x) => x.type === 'person');
  const run = nameRun(ctx.toks, j);
  const end = m?.end ?? (run !== null && run.to - run.from >= 2 ? (ctx.toks[run.to - 1] as Tok).end : null);
  if (end === null) return null;
  if (!appositionClosed(ctx, end, limit)) return null;
  const name = m?.name ?? ctx.text.slice(u.start, end);
  if (m === undefined) ctx.learned.push({ start: u.start, name });
  return name;
}

const KUNYA_KEYS = keySet(['أم', 'أبو']);

/** `تقول أم يوسف`، `أبو أحمد الشامي`: a kunya (أم/أبو + a given name, a family name may follow) is a name. */
export function kunyaName(ctx: Context, t: Tok, i: number): string | null {
  const next = ctx.toks[i + 1];
  if (!KUNYA_KEYS.has(t.key) || next === undefined || !/^ +$/.test(next.gap) || next.kind !== 'word' || articleWritten(next) || isStop(next) || lookup(next, SPEAKER_HEAD_KEYS) !== null) return null;
  // `ويختم أبو محمود حديثه`: the kunya of someone named in full before is that person.
  for (let k = i - 1; k >= 0; k--) {
    const u = ctx.toks[k] as Tok;
    if (u.key !== t.key || ctx.toks[k + 1]?.key !== next.key) continue;
    const full = kunyaAt(ctx, u, k);
    if (full.split(' ').length >= 3) return full;
  }
  return kunyaAt(ctx, t, i);
}

/** The kunya at token `i` read on its own: أبو/أم, the given name, a family nisba if one follows. */
function kunyaAt(ctx: Context, t: Tok, i: number): string {
  const run = nameRun(ctx.toks, i);
  let end = run !== null && run.to > i + 1 ? run.to : i + 2;
  // A family nisba after the kunya (`أبو محمود القباني`).
  const family = ctx.toks[end];
  if (end === i + 2 && family !== undefined && /^ +$/.test(family.gap) && articleWritten(family) && (isNisba(family.key) || TRADE_SHAPE.test(family.key)) && lookup(family, TITLE_KEYS) === null) end++;
  return ctx.text.slice(t.start, (ctx.toks[end - 1] as Tok).end);
}

/** A family name from a trade, فعّال with the article (`الحداد`، `العطار`، `النجار`). */
const TRADE_SHAPE = /^ال[^اوي\s][^اوي\s]ا[^اوي\sه]$/u;

/** Quantifiers that head a subject (`وقال عدد من السكان`), though they are stopwords. */
const QUANTIFIER_KEYS = keySet(['عدد', 'بعض', 'أحد', 'إحدى', 'كل', 'جميع', 'عدة', 'معظم', 'أغلب', 'غالبية']);

/** `nounWithFinalYa` in the quote's text (lexicon's `maqsuraVerbAsNoun`). */
export const nounWithFinalYa = (ctx: Context, t: Tok): boolean => maqsuraVerbAsNoun(ctx.text, t);

/** Words that, right after a reporting verb, do not start its subject: adverbs, prepositional phrases, complementizers. */
export function startsNounPhrase(ctx: Context, t: Tok | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || !t.spaced || t.key.length < 2) return false;
  if (circumstantialAfterVerb(ctx, t) || ownSpeech(t)) return false;
  if (QUANTIFIER_KEYS.has(t.key)) return true;
  // The given name علي is written with ي, the preposition على with ى; their keys are one.
  if (hasTanween(t) || isStop(t) || COMPLEMENTIZERS.has(t.key) || (SUBJECT_STOP_KEYS.has(t.key) && t.text !== 'علي') || TEMPORAL_KEYS.has(t.key)) return false;
  // (`وقال راي كوبر`: in a text that writes a final ى, `راي` is no verb رأى: see `nounWithFinalYa`.)
  if (PARTICIPLE_KEYS.has(t.key) || (VERB_KEYS.has(t.key) && !nounWithFinalYa(ctx, t)) || (/^[بلك]/.test(t.key) && !nameWithProcliticLetter(ctx, t))) return false;
  return !ctx.text.slice(t.end, t.end + 1).startsWith(':');
}

/** Nouns of speech (`تصريح`، `حديث`، `كلمة` …) in key form, written with a possessive pronoun after a verb. */
const SPEECH_NOUN = /^(?:تصريح|تصريحات|حديث|كلمت|كلام|خطاب|رد|رسالت|تعليق|مداخلت|تغريدت|مقابلت|لقاء)(?:ه|ها|هم)$/u;

/**
 * `واختتم تصريحه بالقول`، `وختم كلمتها`: a noun of speech with the speaker's own pronoun, right after a
 * verb, is its object (the speech); the subject is the pronoun's referent, not written.
 */
const ownSpeech = (t: Tok): boolean => SPEECH_NOUN.test(t.key);

/**
 * `«…»، تقول ضاحكة.`، `تضيف مبتسمة وهي …`: an indefinite participle (فاعلة، or مـ… of a derived verb)
 * closing its clause right after the verb is circumstantial (حال), not the verb's subject; a given
 * name of the same shape (فاطمة) is a subject.
 */
function circumstantialAfterVerb(ctx: Context, t: Tok): boolean {
  const k = t.key;
  if (isDefinite(k) || KUNYA_NAME_KEYS.has(k) || !(circumstantial(k) || /^[^ا]ا[^ا][^ا]ا$/.test(k) || /^م[^ا].{2,5}[اه]$/.test(k))) return false;
  const next = ctx.toks[t.index + 1];
  // (`وأفاد راسخا بأنه "…"`: the complementizer after it opens what was said.)
  return next === undefined || !next.spaced || HE_SHE_KEYS.has(next.key) || COMPLEMENTIZERS.has(next.key);
}

/**
 * `قال بلال حمدي إن`، `كمال الشريف`: a word starting with ب/ل/ك opens a name when a name of two words
 * runs from it and no peeled form of it is a known cue, title or speaker head (`لوكالة`، `بوزارة`).
 */
function nameWithProcliticLetter(ctx: Context, t: Tok): boolean {
  if (t.key.length < 3 || SUBJECT_STOP_KEYS.has(t.key) || t.forms.some((f) => f.letters > 0 && (isDefinite(f.form) || ORG_CUE_KEYS.has(f.form) || TITLE_KEYS.has(f.form) || SPEAKER_HEAD_KEYS.has(f.form)))) return false;
  if (complementNotName(ctx, t)) return false;
  const run = nameRun(ctx.toks, t.index);
  return run !== null && run.to - run.from >= 2;
}


/**
 * `وأشادوا بهجوم يسير`، `طالب بتطبيق`: right after a verb whose complement takes بـ, a بـ word opens
 * that complement unless it is a given name (بلال، بسام); after `قال` it may be a name (`قال بيكي بويل`).
 */
function complementNotName(ctx: Context, t: Tok): boolean {
  const verb = ctx.toks[t.index - 1];
  return t.key.startsWith('ب') && verb !== undefined && lookup(verb, BI_VERB_KEYS) !== null && !GIVEN_KEYS.has(t.key);
}

const NP_BOUNDARY = /[:«"“.\n؛(]/;
/** Prepositions a reporting verb takes before its complement (`حذر من`، `أعرب عن`، `شدد على`، `أشار إلى`، `طالب بـ`). */
const COMPLEMENT_PREPOSITION_KEYS = keySet(['من', 'عن', 'على', 'علي', 'إلى', 'ب']);
/** `عن مدير … عثمان حامد قوله إن`: the relayed source's name ends before قوله. */
const SAYING_KEYS = keySet(['قوله', 'قولها', 'قولهم', 'بالقول']);

/**
 * The subject noun phrase after a reporting verb when its head word is unknown (`وقال مراقب التنبؤات
 * في الإدارة عبد العزيز القراوي لـ«الراي»:`): a person named in it, else a name closing it right
 * before إن/أن, a colon or a لـ addressee. Null when the phrase names no one.
 */
/** A title phrase that names no one by the usual chain (`مدير عام السياحة في المحافظة سالم العوفي لـ…`): a name closing it. */
const closingName = (ctx: Context, i: number, limit: number): string | null => subjectPhrase(ctx, i, limit, true);

/**
 * A surname alone (`وأكد الطيار أن`): a name read from a subject phrase earlier in the text, or a
 * person named before (`عبد القادر المرتضى … كتب المرتضى`), the last one with that surname.
 */
export function knownSurname(ctx: Context, t: Tok): string | null {
  const w = t.key;
  const learned = ctx.learned.findLast((l) => l.start < t.start && key(l.name).split(' ').pop() === w)?.name;
  if (learned !== undefined) return learned;
  const named = findLastStartingIn(ctx.mentions, 0, t.start, (m) => m.type === 'person' && m.name.includes(' ') && key(m.name).split(' ').pop() === w);
  if (named !== undefined) return named.name;
  // Or the same word closing a name of two words or more earlier in the text, however it was read.
  for (let k = t.index - 1; k >= 0; k--) {
    if ((ctx.toks[k] as Tok).key !== w) continue;
    for (let s = Math.max(0, k - 2); s < k; s++) {
      const run = nameRun(ctx.toks, s);
      const u = ctx.toks[s] as Tok;
      if (run !== null && run.to === k + 1 && u.spaced && !articleWritten(u) && !isStop(u) && lookup(u, TITLE_KEYS) === null) return ctx.text.slice(u.start, (ctx.toks[k] as Tok).end);
    }
  }
  return null;
}

/** The subject at token `i` as `subjectAt` reads it, else, when a noun phrase starts there, as `subjectPhrase` reads it. */
export function subjectOrPhrase(ctx: Context, i: number, limit: number): string | null {
  return subjectAt(ctx, i, limit) ?? (startsNounPhrase(ctx, ctx.toks[i]) ? subjectPhrase(ctx, i, limit) : null);
}

export function subjectPhrase(ctx: Context, i: number, limit: number, closingOnly = false): string | null {
  // `وطالب الحلاب وزارة الزراعة بـ`: a definite surname of someone named before opens the phrase.
  const head = ctx.toks[i] as Tok;
  if (!closingOnly && articleWritten(head)) {
    const known = knownSurname(ctx, head);
    if (known !== null) return known;
  }
  let end = i;
  while (end < ctx.toks.length && end - i < 12) {
    const t = ctx.toks[end] as Tok;
    if (t.start >= limit || (end > i && NP_BOUNDARY.test(t.gap)) || COMPLEMENTIZERS.has(t.key) || t.key === 'ل' || SAYING_KEYS.has(t.key) || (end > i && VERB_KEYS.has(t.key))) break;
    // `يتنهد X Y ويعود إلى`: a present verb with و is the next clause, no word of the subject (not ف: `فيضان`).
    if (end > i + 1 && t.key.startsWith('و') && procliticVerb(t)) break;
    end++;
  }
  const from = (ctx.toks[i] as Tok).start;
  const to = (ctx.toks[end - 1] as Tok).end;
  const person = closingOnly ? undefined : findStartingIn(ctx.mentions, from, to, (m) => m.type === 'person' && m.end <= to);
  if (person !== undefined) return holderBefore(ctx, i, person.start) ?? person.name;
  // `وقال النحال سعيد الزهراني، الذي …`: an unknown definite noun (a trade, a role) before the name.
  const nounFirst = articleWritten(ctx.toks[i] as Tok) && (ctx.toks[i + 1] as Tok | undefined)?.spaced === true;
  const leadRun = nameRun(ctx.toks, nounFirst ? i + 1 : i);
  // `سالم بن حمد الهنائي،`: a family nisba closing the name before the comma.
  const nisba = leadRun === null ? undefined : ctx.toks[leadRun.to];
  const lead = leadRun !== null && nisba !== undefined && /^ +$/.test(nisba.gap) && articleWritten(nisba) && isNisba(nisba.key) && /^\s*[،,]/.test(ctx.toks[leadRun.to + 1]?.gap ?? '') ? { from: leadRun.from, to: leadRun.to + 1 } : leadRun;
  const afterLead = lead === null ? undefined : ctx.toks[lead.to];
  // `يقول منير الجربي صاحب مطعم`: a name, then a description in apposition without a comma.
  const apposed = afterLead !== undefined && /^ +$/.test(afterLead.gap) && !nounFirst && (lookup(afterLead, SPEAKER_HEAD_KEYS) !== null || lookup(afterLead, TITLE_KEYS) !== null);
  if (!closingOnly && lead !== null && lead.to - lead.from >= 2 && lead.to < end && afterLead !== undefined && (/^\s*[،,]/.test(afterLead.gap) || apposed)) {
    // `وقال خالد المصري، وهو رئيس نقابة المعلمين، إن`: the name, then its description between commas.
    const name = ctx.text.slice((ctx.toks[lead.from] as Tok).start, (ctx.toks[lead.to - 1] as Tok).end);
    ctx.learned.push({ start: from, name });
    return name;
  }
  if (!closingOnly) {
    const described = nameBeforeRelative(ctx, i, end);
    if (described !== null) return described;
  }
  if (end - i === 1 && !closingOnly) return knownSurname(ctx, ctx.toks[i] as Tok);
  // `وحذرت الطبيبة مريم حداد من أن`، `وأعرب X عن «…»`: the verb's preposition closes the subject.
  const last = end - 1 > i && COMPLEMENT_PREPOSITION_KEYS.has((ctx.toks[end - 1] as Tok).key) ? end - 1 : end;
  const name = closingNameAt(ctx, i, last, end, closingOnly);
  if (name !== null || closingOnly) return name;
  // `واشتكى التاجر عادل يوسف من الركود قائلاً:`: the verb's preposition inside the phrase closes the subject before it.
  // The complement begins at the first such preposition: the subject, if a name closes it, ends there.
  for (let k = i + 2; k < last; k++) {
    if (COMPLEMENT_PREPOSITION_KEYS.has((ctx.toks[k] as Tok).key)) return closingNameAt(ctx, i, k, k, false);
  }
  return null;
}

/** Kin words that take the relative as a genitive (`عم X`، `زوجة X`): the phrase's head is the kin, not X. */
const KIN_HEAD_KEYS = keySet([...KIN_NOUNS, 'أب', 'أم', 'أخ', 'ابن', 'ابنة']);

/**
 * `وقال ديفيد مارش عم الطالب سامر`، `وقال مارك هيوز محامي المتهم`: a name no list knows, then a title,
 * trade or kin word whose genitive is the person found: the speaker is the name before the word, not
 * its genitive.
 */
function holderBefore(ctx: Context, i: number, personStart: number): string | null {
  if (articleWritten(ctx.toks[i] as Tok)) return null;
  const run = nameRun(ctx.toks, i);
  if (run === null || run.from !== i) return null;
  for (let k = i + 2; k <= i + 4 && k <= run.to; k++) {
    const head = ctx.toks[k];
    const genitive = ctx.toks[k + 1];
    if (head === undefined || genitive === undefined || genitive.start !== personStart) continue;
    // (An indefinite head in construct with the person, after plain words no list knows as a title or a head.)
    if (!/^ +$/.test(head.gap) || !/^ +$/.test(genitive.gap) || articleWritten(head)) return null;
    for (let w = i; w < k; w++) {
      const u = ctx.toks[w] as Tok;
      if (articleWritten(u) || lookup(u, SPEAKER_HEAD_KEYS) !== null || lookup(u, TITLE_KEYS) !== null) return null;
    }
    if (lookup(head, SPEAKER_HEAD_KEYS) === null && lookup(head, TITLE_KEYS) === null && lookup(head, KIN_HEAD_KEYS) === null) return null;
    const name = ctx.text.slice((ctx.toks[i] as Tok).start, (ctx.toks[k - 1] as Tok).end);
    ctx.learned.push({ start: (ctx.toks[i] as Tok).start, name });
    return name;
  }
  return null;
}

/**
 * `اعتبر المنتخب عن حزب جبهة المستقبل رشيد مزيان، الذي قاد …، أن`: after a description ending in a
 * definite word, a name of two words or more set off by a comma and الذي/وهو is the subject.
 */
function nameBeforeRelative(ctx: Context, i: number, end: number): string | null {
  for (let s = i + 1; s < end - 2; s++) {
    const u = ctx.toks[s] as Tok;
    if (!u.spaced || articleWritten(u) || isStop(u) || !articleWritten(ctx.toks[s - 1] as Tok)) continue;
    const run = nameRun(ctx.toks, s);
    const after = run === null ? undefined : ctx.toks[run.to];
    if (run === null || run.to - run.from < 2 || after === undefined || run.to >= end || !/[،,]/.test(after.gap) || !RELATIVE_OR_HE_KEYS.has(after.key)) continue;
    const name = ctx.text.slice(u.start, (ctx.toks[run.to - 1] as Tok).end);
    ctx.learned.push({ start: u.start, name });
    return name;
  }
  return null;
}

/** Words in a name (spaces plus one). */
function wordCount(name: string): number {
  let n = 1;
  for (let p = name.indexOf(' '); p >= 0; p = name.indexOf(' ', p + 1)) n++;
  return n;
}

/** A definite word inside the name of `words` words at token `s` (not first, not last) that no joiner (عبد، أبو) precedes. */
function definiteInside(toks: readonly Tok[], s: number, words: number): boolean {
  for (let k = s + 1; k < s + words - 1 && k < toks.length; k++) {
    if (isDefinite((toks[k] as Tok).key) && !NAME_JOINER_KEYS.has((toks[k - 1] as Tok).key)) return true;
  }
  return false;
}

/** A name of two words or more ending right before token `closing` (not running past token `end`), read as `subjectPhrase` reads one. */
function closingNameAt(ctx: Context, i: number, closing: number, end: number, closingOnly: boolean): string | null {
  const from = (ctx.toks[i] as Tok).start;
  // A name right after the verb (`قال عمار حيدر إن`), when the phrase is nothing else and starts undefined.
  const bare = !closingOnly && !articleWritten(ctx.toks[i] as Tok) && closing - i >= 2 && closing - i <= 3;
  for (let s = Math.max(bare ? i : i + 1, closing - 4); s <= closing - 2; s++) {
    const found = nameRun(ctx.toks, s);
    // A name does not run past the phrase's end (`جورج خوري فاشتكى` when the phrase ends before the verb).
    const run = found === null ? null : { from: found.from, to: Math.min(found.to, end) };
    // The name follows its description (`مراقب التنبؤات في الإدارة`), not a preposition (`عدد من سائقي الشاحنات`).
    const before = ctx.toks[s - 1];
    // `وطالب النقيب يوسف القاسم الحكومة بـ«…»`: the name, then the verb's object.
    const objectAfter = run !== null && run.to === closing - 1 && OBJECT_NOUN_KEYS.has((ctx.toks[run.to] as Tok).key);
    if (run === null || run.to - run.from < 2 || (run.to !== closing && !objectAfter) || !(ctx.toks[s] as Tok).spaced) continue;
    if (s > i && (before === undefined || isStop(before) || SUBJECT_STOP_KEYS.has(before.key))) continue;
    // `مسؤول في محطة كهرباء حكومية`: words after a preposition's indefinite object are its genitive and adjective, no name.
    if (s - 2 > i && PREPOSITION_WORDS.has((ctx.toks[s - 2] as Tok).key) && before !== undefined && before.kind === 'word' && !articleWritten(before) && lookup(before, SPEAKER_HEAD_KEYS) === null && lookup(before, TITLE_KEYS) === null) continue;
    // One definite word at most, last (`إقبال الطيار`), unless after عبد/أبو (`عبد العزيز القراوي`): a longer chain may end in the verb's object.
    const name = withoutObject(ctx.text.slice((ctx.toks[s] as Tok).start, (ctx.toks[run.to - 1] as Tok).end), ctx.toks[i - 1]);
    if (definiteInside(ctx.toks, s, wordCount(name))) continue;
    ctx.learned.push({ start: from, name });
    return name;
  }
  return null;
}
