/**
 * A file name as one line of a terminal report: control characters (a line break, an escape sequence
 * that would drive the terminal) are shown as `\n`, `\x1b` and the like. JSON output needs none of this.
 */
export const printable = (name: string): string =>
  name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
