import { describe, expect, it } from 'vitest';
import {
  CLEAN_RULES,
  clean,
  collapseSpaces,
  mapPresentationForms,
  normalizeLineBreaks,
  normalizeSpaces,
  removeControls,
  removeTatweelInWords,
  removeZeroWidth,
  replaceLoneSurrogates,
  spaceAfterPunctuation,
  toNfc,
} from '../../src/text/clean.js';

describe('clean rules, one by one', () => {
  it('replaceLoneSurrogates keeps pairs and replaces lone halves', () => {
    expect(replaceLoneSurrogates('a\uD83D\uDE00b')).toBe('a\uD83D\uDE00b');
    expect(replaceLoneSurrogates('a\uD800b\uDC00')).toBe('a\uFFFDb\uFFFD');
  });

  it('normalizeLineBreaks turns CRLF, CR and U+2028/2029 into LF', () => {
    expect(normalizeLineBreaks('أ\r\nب\rج\u2028د\u2029هـ')).toBe('أ\nب\nج\nد\nهـ');
  });

  it('mapPresentationForms maps shaped letters and lam-alef to base letters', () => {
    expect(mapPresentationForms('\uFEED\uFE8D\uFEDF\uFEAE\uFED7\uFE94')).toBe('والرقة');
    expect(mapPresentationForms('\uFEFB')).toBe('لا');
    expect(mapPresentationForms('\uFDF2')).toBe('الله');
  });

  it('mapPresentationForms never inserts spaces (NFKC of FE70–FE7F would) and fixes FDFC/FDFD', () => {
    expect(mapPresentationForms('كتاب\uFE70')).toBe('كتاب');
    expect('\uFE70'.normalize('NFKC')).toBe(' \u064B');
    expect(mapPresentationForms('١٠٠ \uFDFC')).toBe('١٠٠ ريال');
    expect(mapPresentationForms('\uFDFD')).toBe('بسم الله الرحمن الرحيم');
  });

  it('mapPresentationForms leaves everything outside the presentation blocks alone (no whole-text NFKC)', () => {
    expect(mapPresentationForms('انتظر… ² ＡＢ')).toBe('انتظر… ² ＡＢ');
  });

  it('removeZeroWidth deletes ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, bidi embeddings and isolates, BOM, soft hyphen', () => {
    expect(removeZeroWidth('\uFEFFال\u200Bعر\u200Cا\u200Dق\u200E\u200F\u061C\u202B\u202C\u2067\u2069\u00AD')).toBe('العراق');
  });

  it('removeControls deletes C0/C1 controls but keeps LF and TAB', () => {
    expect(removeControls('a\u0000b\u0007c\u009Fd\n\te')).toBe('abcd\n\te');
  });

  it('normalizeSpaces turns NBSP, narrow NBSP, en/em spaces, tab and ideographic space into a space', () => {
    expect(normalizeSpaces('أ\u00A0ب\u202Fج\u2003د\te\u3000f')).toBe('أ ب ج د e f');
  });

  it('collapseSpaces merges runs and trims lines', () => {
    expect(collapseSpaces('  أ   ب \n  ج  ')).toBe('أ ب\nج');
  });

  it('removeTatweelInWords deletes stretching inside words', () => {
    expect(removeTatweelInWords('اقــرأ أيضــاً')).toBe('اقرأ أيضاً');
  });

  it('removeTatweelInWords turns a free-standing tatweel into a dash (dateline)', () => {
    expect(removeTatweelInWords('واشنطن ـ المغرب اليوم')).toBe('واشنطن - المغرب اليوم');
    expect(removeTatweelInWords('ـ\nالخرطوم ـ')).toBe('-\nالخرطوم -');
  });

  it('removeTatweelInWords keeps a tatweel after a proclitic before a name, and in هـ', () => {
    expect(removeTatweelInWords('لـ«رويترز» و1445 هـ ولـ2024')).toBe('لـ«رويترز» و1445 هـ ولـ2024');
  });

  it('spaceAfterPunctuation separates a glued Arabic word and never touches numbers', () => {
    expect(spaceAfterPunctuation('الليبي،قال هنا.لأننا لماذا؟قال')).toBe('الليبي، قال هنا. لأننا لماذا؟ قال');
    expect(spaceAfterPunctuation('1,2 و3.5 و٣٫٥ و8،8')).toBe('1,2 و3.5 و٣٫٥ و8،8');
    expect(spaceAfterPunctuation('أ.ف.ب و480 ق.م وص.ب 12 ود.محمد')).toBe('أ.ف.ب و480 ق.م وص.ب 12 ود.محمد');
  });

  it('removeTatweelInWords sees an Arabic mark that composition will put first after the run, so a second clean adds nothing', () => {
    expect(removeTatweelInWords('\u0627\u0640\u0301\u064B')).toBe('\u0627\u0301\u064B');
    expect(clean('\u0627\u0640\u0301\u064B')).toBe('\u0627\u064B\u0301');
    expect(removeTatweelInWords('\u0627\u0640\u0301 \u0628')).toBe('\u0627\u0640\u0301 \u0628');
  });

  it('clean spaces a mark glued to U+06D5 + hamza before composing them, so a second clean adds nothing (CI counterexample)', () => {
    for (const mark of ['؛', '.', '،']) {
      const once = clean(`${mark}\u06D5\u0654`);
      expect(once).toBe(`${mark} \u06C0`);
      expect(clean(once)).toBe(once);
    }
  });

  it('toNfc composes alef + hamza above', () => {
    expect(toNfc('\u0627\u0654')).toBe('\u0623');
  });
});

describe('clean', () => {
  it('applies the rules in the documented order', () => {
    expect(CLEAN_RULES.map((r) => r.name)).toEqual([
      'replaceLoneSurrogates',
      'normalizeLineBreaks',
      'mapPresentationForms',
      'removeZeroWidth',
      'removeControls',
      'normalizeSpaces',
      'removeTatweelInWords',
      'spaceAfterPunctuation',
      'collapseSpaces',
      'toNfc',
    ]);
  });

  it('keeps what the author wrote: diacritics, hamza forms, ى/ي, ة/ه, digits, quotes, line breaks', () => {
    const text = 'قالَ مسؤولٌ إنّ «الهدنة» مستمرة حتى ٢٠٢٤\nعلى الأرجح؟ نعم.';
    expect(clean(text)).toBe(text);
  });

  it('cleans a noisy scraped paragraph', () => {
    expect(clean('\uFEFF  واشنطن\u00A0ـ\u00A0المغرب اليوم\r\nاقــرأ\u200C أيضاً:\u200Fالرئيس،قال  ')).toBe('واشنطن - المغرب اليوم\nاقرأ أيضاً:الرئيس، قال');
  });

  it('joins a combining hamza split from its alef by a deleted tatweel', () => {
    expect(clean('اـ\u0654')).toBe('\u0623');
  });
});
