const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text from the input, made inert for both element content and quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** An input URL becomes a link only when it is http(s); anything else (javascript:, data:, ...) is null. */
export function safeHref(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A fragment identifier made only of safe characters, whatever the id it comes from. */
export const anchorId = (...parts: readonly (string | number)[]): string => parts.map((p) => String(p).replace(/[^A-Za-z0-9_-]/g, '_')).join('-');

/**
 * Markdown escaping for text placed after a list marker or inside a line: emphasis, code, links, raw
 * HTML and table pipes are backslash-escaped (line-start markers cannot occur there).
 */
export const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
