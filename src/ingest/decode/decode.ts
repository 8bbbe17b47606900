import chardet from 'chardet';
import { TextDecoder } from 'node:util';
import { rejection, type Rejection } from '../../core/index.js';
import { binaryReason } from './binary.js';
import { checkMojibake } from './mojibake.js';
import { utf16WithoutBom } from './utf16.js';

export interface Decoded {
  readonly kind: 'decoded';
  readonly text: string;
  /** WHATWG name of the encoding used (`utf-8`, `windows-1256`, ...). */
  readonly encoding: string;
  /** How it was chosen: `bom`, `utf-16` (no BOM, see utf16.ts), `declared`, `meta`, `utf-8`, `detected`, plus `+repaired` after a mojibake repair. */
  readonly via: string;
}

export interface DecodeHints {
  /** Charset declared by the transport (the WARC record's HTTP `Content-Type`). */
  readonly declared?: string | null;
  /** Look for `<meta charset>` in the first 1024 bytes. */
  readonly html?: boolean;
}

/** U+FFFD tolerated in otherwise valid UTF-8 (a truncated or spliced file): this share, or this many. */
const LOSSY_UTF8_SHARE = 0.001;
const LOSSY_UTF8_COUNT = 3;

const BOMS: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The encoding whose byte order mark starts `bytes` (`utf-8`, `utf-16le`, `utf-16be`), or null. */
export const bomEncoding = (bytes: Uint8Array): string | null => BOMS.find(([bom]) => bom.every((b, i) => bytes[i] === b))?.[1] ?? null;

const decoderFor = (label: string): TextDecoder | null => {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
};

/** The charset named by `<meta charset>` or `<meta http-equiv=Content-Type>` in the first 1024 bytes. */
function prescanMetaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m ? m[1]! : null;
}

const replacementShare = (text: string): number => (text.length === 0 ? 0 : (text.match(/\uFFFD/g)?.length ?? 0) / text.length);
const arabicShare = (text: string): number => {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters === 0 ? 0 : (text.match(/\p{Script=Arabic}/gu)?.length ?? 0) / letters;
};

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const bad = lossy.match(/\uFFFD/g)?.length ?? 0;
    return bad <= LOSSY_UTF8_COUNT || bad / lossy.length <= LOSSY_UTF8_SHARE ? lossy : null;
  }
}

/** Legacy single-byte guess: chardet's ranking, with the Arabic code pages preferred when they read as Arabic. */
function detectLegacy(bytes: Uint8Array): { text: string; encoding: string } | null {
  const ranked = chardet.analyse(bytes.subarray(0, 256 * 1024)).map((m) => m.name.toLowerCase());
  const candidates = [...new Set([...ranked.filter((n) => n === 'windows-1256' || n === 'iso-8859-6'), 'windows-1256', 'iso-8859-6', ...ranked])];
  let fallback: { text: string; encoding: string } | null = null;
  for (const name of candidates) {
    const decoder = decoderFor(name);
    if (decoder === null || decoder.encoding === 'utf-8' || decoder.encoding.startsWith('utf-16')) continue;
    const text = decoder.decode(bytes);
    if (replacementShare(text) > 0.01) continue;
    if ((name === 'windows-1256' || name === 'iso-8859-6') && arabicShare(text) >= 0.5) return { text, encoding: decoder.encoding };
    if (fallback === null && name === ranked[0]) fallback = { text, encoding: decoder.encoding };
  }
  return fallback;
}

function finish(text: string, encoding: string, via: string): Decoded | Rejection {
  const check = checkMojibake(text);
  if (check.kind === 'repaired') return { kind: 'decoded', text: check.text, encoding, via: `${via}+repaired` };
  if (check.kind === 'broken') return rejection('mojibake', `${check.what}, and re-encoding does not give valid text`);
  return { kind: 'decoded', text, encoding, via };
}

/** Bytes to text: BOM, then the declared charset, then `<meta charset>`, then UTF-8, then detection. Binary (but UTF-16 without a BOM) is rejected. */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded | Rejection {
  if (bytes.length === 0) return rejection('empty', 'the input is 0 bytes long');
  const bom = bomEncoding(bytes);
  if (bom !== null) return finish(new TextDecoder(bom).decode(bytes), bom, 'bom');
  const binary = binaryReason(bytes);
  if (binary !== null) {
    const utf16 = utf16WithoutBom(bytes);
    return utf16 === null ? rejection('binary', binary) : finish(utf16.text, utf16.encoding, 'utf-16');
  }

  const declared = [
    ['declared', hints.declared ?? null],
    ['meta', hints.html ? prescanMetaCharset(bytes) : null],
  ] as const;
  for (const [via, label] of declared) {
    const decoder = label ? decoderFor(label) : null;
    if (decoder === null) continue;
    if (decoder.encoding === 'utf-8') {
      const text = tryUtf8(bytes);
      if (text !== null) return finish(text, 'utf-8', via);
      continue;
    }
    // A Western label on an Arabic page is a common mislabel (ARABIC.md §8): let detection decide.
    if (decoder.encoding === 'windows-1252' && tryUtf8(bytes) === null) continue;
    return finish(decoder.decode(bytes), decoder.encoding, via);
  }

  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8', 'utf-8');
  const legacy = detectLegacy(bytes);
  if (legacy === null) return rejection('encoding', 'not valid UTF-8 and no supported legacy character set fits');
  return finish(legacy.text, legacy.encoding, 'detected');
}
