import { foreignByContent } from '../foreign.js';

/** Bytes inspected: the start of the input, where every format's header and most of its character lie. */
const BINARY_SAMPLE = 64 * 1024;

/**
 * Why these bytes are binary, or null when they look like text: the signature of a binary format
 * (foreign.ts: PNG, PDF, ZIP, ...), or control bytes. Text never holds NUL and holds few
 * other C0 controls (tab, line feed, carriage return, form feed and escape are allowed).
 */
export function binaryReason(bytes: Uint8Array): string | null {
  const format = foreignByContent(bytes, true);
  return format !== null ? `starts with the signature of ${format}` : controlReason(bytes);
}

/** Why these bytes are binary by their NUL and control bytes alone (no signature looked for), or null. */
export function controlReason(bytes: Uint8Array): string | null {
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
