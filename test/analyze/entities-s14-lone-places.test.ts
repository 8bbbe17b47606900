import { describe, expect, it } from 'vitest';
import { LOANWORDS } from '../../src/analyze/data/loanwords.js';
import { foreignShaped, transliterationShape } from '../../src/analyze/foreign-word.js';
import { matchGazetteer } from '../../src/analyze/gazetteer.js';
import { tokenView } from '../../src/analyze/tokens.js';
import { key } from '../../src/text/index.js';
import { places } from './probes.js';

const shaped = (words: string): string[] => tokenView(words).filter(foreignShaped).map((t) => t.text);

describe('session 14: the shape of a transliterated word (foreign-word.ts)', () => {
  it('reads long vowels where no Arabic pattern puts them, and the letters Arabic lacks', () => {
    expect(shaped('كيرنستون هادلسبري فورتيبوغ ماريتزيا پرنو')).toEqual(['كيرنستون', 'هادلسبري', 'فورتيبوغ', 'ماريتزيا', 'پرنو']);
  });

  it('reads a final ـينا as a name\'s, not the pronoun "our" (`فيينا`، `كارولينا`)', () => {
    expect(shaped('فيينا كارولينا')).toEqual(['فيينا', 'كارولينا']);
  });

  it('reads no Arabic pattern, ending or verb as foreign', () => {
    // فاعول، أفعول، تفعيل، مفاعل، مفعول، فواعل، افتعال; ة، ات، ين، pronouns; present verbs
    expect(shaped('قانون أسبوع تسجيل مراكز منشور شوارع اجتماع محطة مستشفيات مستشفيين جانبها يتجاوز')).toEqual([]);
  });

  it('reads no word with fewer than two long vowels after its first letter (`سنوكر`، `هكتولتر`)', () => {
    expect(shaped('سنوكر هكتولتر')).toEqual([]);
  });

  it('reads no nisba of five letters, and no foreign word used as a common noun', () => {
    expect(shaped('صيرفي فيديو مونديال كيلومتر تلفزيون')).toEqual([]);
  });

  it('lists only loanwords the shape test would take for a name, each spelling the key folds together once (data/loanwords.ts)', () => {
    expect(LOANWORDS.filter((w) => !tokenView(w).every(transliterationShape))).toEqual([]);
    expect(LOANWORDS.filter((w, i) => LOANWORDS.findIndex((v) => key(v) === key(w)) !== i)).toEqual([]);
  });
});

describe('session 14: a lone foreign name after a locating preposition (lone-places.ts)', () => {
  it('reads the word alone after في/من/إلى, closing its phrase, as a place, and its other mentions too', () => {
    expect(places('وفتشت الشرطة منزلين في كيرنستون، على بعد ميلين من المدينة.')).toEqual(['كيرنستون']);
    expect(places('والمتهم الثاني من هادلسبري في شمال البلاد. وعاد المحققون إلى هادلسبري أمس.')).toEqual(['هادلسبري', 'هادلسبري']);
    expect(places('ولد في ماريتزيا و انتقل إلى لندن.')).toEqual(['ماريتزيا', 'لندن']);
  });

  it('reads nothing when the word goes on into a phrase, or is an Arabic noun', () => {
    expect(places('وقال في تصريح، إن الطريق مغلق.')).toEqual([]);
    expect(places('وظهر في فيديو، وهو يلوح بيده.')).toEqual([]);
    expect(places('ويمتد الطابور أكثر من كيلومتر على الطريق.')).toEqual([]);
    expect(places('وتخرج من كيرنستون الدولية.')).toEqual([]);
    expect(places('وشارك في كيرنستون للشباب عشرات العدائين.')).toEqual([]);
  });

  it('reads the word closed by a time word or by و going on to the next item as a place', () => {
    expect(places('وعمل في كيرنستون الأسبوع الماضي.')).toEqual(['كيرنستون']);
    expect(places('وعمل في كيرنستون وهادلسبري.')).toEqual(['كيرنستون', 'هادلسبري']);
  });

  it('reads no listed given name as a place (`رسالة من كريستوفر`: whom the letter came from)', () => {
    expect(places('وتلقى رسالة من كريستوفر، وردّ عليها.')).toEqual([]);
  });

  it('reads no storm the text names so as a place', () => {
    expect(places('ضرب إعصار "هاليتون" الساحل العام الماضي. وقال الضابط: تعلمنا من هاليتون أن الإنذار المبكر ينقذ الأرواح.')).toEqual([]);
  });

  it('reads no place in a word the text names a body or a person by', () => {
    expect(places('وأعلنت شركة فورتيبوغ أرباحها. واشترى الصندوق حصة في فورتيبوغ، كما قال المدير.')).toEqual([]);
  });
});

describe('session 14: a short place read through a peeled ك (gazetteer.ts)', () => {
  it('reads no place of three letters in a word opening with ك (`كسرت` "it broke")', () => {
    expect(places('وقال الصياد إن الموجة لم تكن قد كسرت بعد حين وصل القارب.')).toEqual([]);
  });

  it('still reads a longer place through ك (`كبغداد`)', () => {
    expect(places('وأصبحت الموصل كبغداد في ازدحامها.')).toEqual(['الموصل', 'بغداد']);
  });

  it("is the gazetteer's own rule, so no reader of it finds سرت in كسرت", () => {
    const at = (text: string, word: string): string | null => {
      const toks = tokenView(text);
      return matchGazetteer(toks, toks.findIndex((t) => t.text === word))?.canonical ?? null;
    };
    expect(at('لم تكن قد كسرت بعد', 'كسرت')).toBeNull();
    expect(at('وصل الوفد إلى سرت أمس', 'سرت')).toBe('سرت');
    expect(at('الموصل كبغداد', 'كبغداد')).toBe('بغداد');
  });
});
