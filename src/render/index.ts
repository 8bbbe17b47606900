export { renderHtml, type HtmlOptions } from './html.js';
export { renderMarkdown } from './markdown.js';
export { renderJson } from './json.js';
export { storyTable } from './table.js';
export { arabicFontCss, FONT_WEIGHTS } from './font.js';
export { arabicCount, outletsLine, type CountedNoun } from './arabic.js';
export { escapeHtml, safeHref } from './escape.js';
