import { TextDecoder } from 'node:util';

/** Code units inspected: enough to judge, bounded for huge inputs. */
const SAMPLE_UNITS = 32 * 1024;

/** Share of the sample's code units that must be text khulasa reads for the guess to stand. */
const MIN_TEXT_SHARE = 0.95;

/**
 * A code unit of the text a UTF-16 news file holds: printable ASCII and the whitespace controls, Latin-1
 * letters, Arabic (with Supplement and Presentation Forms) and general punctuation. Random bytes read as
 * UTF-16 land mostly elsewhere (CJK, Hangul, private use), so they fail the share.
 */
const isTextUnit = (u: number): boolean =>
  (u >= 0x20 && u <= 0x7e) ||
  u === 0x09 ||
  u === 0x0a ||
  u === 0x0d ||
  (u >= 0xa0 && u <= 0xff) ||
  (u >= 0x600 && u <= 0x6ff) ||
  (u >= 0x750 && u <= 0x77f) ||
  (u >= 0x2000 && u <= 0x206f) ||
  (u >= 0xfb50 && u <= 0xfdff) ||
  (u >= 0xfe70 && u <= 0xfeff);

/**
 * UTF-16 saved without a byte order mark: the encoding (`utf-16le` or `utf-16be`) whose reading of the
 * bytes is almost all text, with that reading, or null. Only asked of bytes the binary check refused
 * (UTF-16 holds NUL and other control bytes, which text in any other encoding khulasa reads does not),
 * so a wrong guess could only let through what would be rejected anyway.
 */
export function utf16WithoutBom(bytes: Uint8Array): { readonly encoding: 'utf-16le' | 'utf-16be'; readonly text: string } | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const units = Math.min(bytes.length / 2, SAMPLE_UNITS);
  for (const [encoding, high] of [['utf-16le', 1], ['utf-16be', 0]] as const) {
    let textUnits = 0;
    for (let i = 0; i < units; i++) if (isTextUnit((bytes[2 * i + high]! << 8) | bytes[2 * i + 1 - high]!)) textUnits++;
    if (textUnits < MIN_TEXT_SHARE * units) continue;
    const text = new TextDecoder(encoding).decode(bytes);
    if (!text.includes('\uFFFD')) return { encoding, text };
  }
  return null;
}
