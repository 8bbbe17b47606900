import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Weights of the Arabic subset of Noto Naskh Arabic inlined in index.html: body text and headings. */
export const FONT_WEIGHTS = [400, 700] as const;

/**
 * `@font-face` rules with the woff2 files of @fontsource/noto-naskh-arabic inlined as base64, so the
 * page needs no network. Null when the package cannot be found (the page then uses system fonts).
 */
export function arabicFontCss(weights: readonly number[] = FONT_WEIGHTS): string | null {
  const require = createRequire(import.meta.url);
  try {
    return weights
      .map((w) => {
        const file = require.resolve(`@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${w}-normal.woff2`);
        const data = readFileSync(file).toString('base64');
        return `@font-face{font-family:'Noto Naskh Arabic';font-style:normal;font-display:swap;font-weight:${w};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC,U+102E0-102FB,U+10E60-10E7E,U+10EC2-10EC4,U+10EFC-10EFF,U+1EE00-1EEFF;}`;
      })
      .join('\n');
  } catch {
    return null;
  }
}
