/** Signatures of common binary formats that scrapers save by mistake (images, archives, PDFs, office files). */
const MAGIC: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, docx, xlsx, epub
  [0x52, 0x49, 0x46, 0x46], // RIFF (webp, wav, avi)
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x00, 0x00, 0x01, 0x00], // ICO
  [0x1a, 0x45, 0xdf, 0xa3], // Matroska / WebM
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2 (doc, xls)
];

/** Bytes inspected: the start of the input, where every format's header and most of its character lie. */
const BINARY_SAMPLE = 64 * 1024;

/**
 * Why these bytes are binary, or null when they look like text. Text never holds NUL and holds few
 * other C0 controls (tab, line feed, carriage return, form feed and escape are allowed).
 */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const magic of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return `starts with the signature of a binary format (${magic.map((b) => b.toString(16).padStart(2, '0')).join(' ')})`;
  const n = Math.min(bytes.length, BINARY_SAMPLE);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (nul > 0) return `${nul} NUL bytes in the first ${n} bytes`;
  if (n > 0 && control / n > 0.02) return `${((100 * control) / n).toFixed(1)}% of the first ${n} bytes are control characters`;
  return null;
}
