import { TextDecoder } from 'node:util';

/**
 * Text decoded with the wrong character set (ARABIC.md §8), and its repair: re-encode with the wrong
 * codec, decode with the right one. Each signature names the wrong and right codecs.
 */
interface Signature {
  readonly name: string;
  /** Characters that carry the signature (a global regex). */
  readonly marks: RegExp;
  /** Share of the text's letters that carry the signature above which it is mojibake. */
  readonly threshold: number;
  readonly wrong: string;
  readonly right: string;
}

/** Matches of a global regex, counted without building the array of matches. */
function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** `\p{L}` for every UTF-16 code unit of the BMP, worked out once: counting letters is the check's main cost. */
let bmpLetters: Uint8Array | null = null;
function letterTable(): Uint8Array {
  if (bmpLetters === null) {
    bmpLetters = new Uint8Array(0x10000);
    const isLetter = /\p{L}/u;
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) bmpLetters[c] = isLetter.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return bmpLetters;
}

/** Letters (`\p{L}`, astral ones included) in `text`. */
export function countLetters(text: string): number {
  const table = letterTable();
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) {
        if (/\p{L}/u.test(String.fromCodePoint(cp))) n++;
        i++;
        continue;
      }
    }
    n += table[c]!;
  }
  return n;
}

/** UTF-8 read as Windows-1256 still looks Arabic, but every other letter is ط or ظ (the lead bytes D8/D9). */
const utf8AsCp1256: Signature = {
  name: 'UTF-8 read as Windows-1256',
  marks: /[طظ](?=[\u0080-\u00FF\u0600-\u06FF\u2000-\u20FF\u0152-\u0192\u02C6-\u02DC])/gu,
  threshold: 0.25,
  wrong: 'windows-1256',
  right: 'utf-8',
};

/** UTF-8 read as Windows-1252 (or Latin-1): `Ø§ÙØ¹Ø±Ø¨ÙØ©`. */
const utf8AsCp1252: Signature = {
  name: 'UTF-8 read as Windows-1252',
  marks: /[ØÙÚÛ][\u0080-\u00BF\u0152-\u0192\u02C6-\u02DC\u2013-\u203A\u20AC\u2122]/gu,
  threshold: 0.25,
  wrong: 'windows-1252',
  right: 'utf-8',
};

/** Windows-1256 read as Windows-1252: `ÇáÚÑÈíÉ` — Latin-1 letters where Arabic ones belong. */
const cp1256AsCp1252: Signature = {
  name: 'Windows-1256 read as Windows-1252',
  marks: /[\u00C0-\u00FF]/gu,
  threshold: 0.4,
  wrong: 'windows-1252',
  right: 'windows-1256',
};

const SIGNATURES: readonly Signature[] = [utf8AsCp1256, utf8AsCp1252, cp1256AsCp1252];

/** Whether `sig` marks more than its threshold of `letters` (the text's letter count, counted once). */
const carries = (sig: Signature, text: string, letters: number): boolean => count(text, sig.marks) / Math.max(1, letters) >= sig.threshold;

/**
 * Re-encoding with the exact inverse of the WHATWG decoder that made the mojibake (iconv-lite maps
 * the five bytes Windows-1252 leaves undefined to `?`, which would lose them).
 */
const inverses = new Map<string, Map<string, number>>();
function encodeAs(text: string, codec: string): Uint8Array | null {
  let inverse = inverses.get(codec);
  if (inverse === undefined) {
    const decoder = new TextDecoder(codec);
    inverse = new Map();
    for (let b = 0; b < 256; b++) inverse.set(decoder.decode(Uint8Array.of(b)), b);
    inverses.set(codec, inverse);
  }
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const b = inverse.get(ch);
    if (b === undefined) return null;
    out[n++] = b;
  }
  return out.subarray(0, n);
}

export type MojibakeCheck =
  | { readonly kind: 'clean' }
  | { readonly kind: 'repaired'; readonly text: string; readonly what: string }
  | { readonly kind: 'broken'; readonly what: string };

const MIN_LETTERS = 12;
/** Characters measured: mojibake affects a whole text, so its start tells. */
const SAMPLE = 64 * 1024;

export function checkMojibake(text: string): MojibakeCheck {
  const sample = text.slice(0, SAMPLE);
  const letters = countLetters(sample);
  if (letters < MIN_LETTERS) return { kind: 'clean' };
  for (const sig of SIGNATURES) {
    if (!carries(sig, sample, letters)) continue;
    try {
      const bytes = encodeAs(text, sig.wrong);
      if (bytes === null) return { kind: 'broken', what: sig.name };
      const repaired = new TextDecoder(sig.right, { fatal: true }).decode(bytes);
      const repairedLetters = countLetters(repaired);
      if (!SIGNATURES.some((s) => carries(s, repaired, repairedLetters))) return { kind: 'repaired', text: repaired, what: sig.name };
    } catch {
      // The re-encoded bytes are not valid in the right codec: the damage is not reversible.
    }
    return { kind: 'broken', what: sig.name };
  }
  return { kind: 'clean' };
}
