import { describe, expect, it } from 'vitest';
import { REGION_NAMES } from '../../src/analyze/data/regions.js';

/** Codes ICU names that are no country (EU, UN, test locales), left out of the table. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/** What the table stands for: the running ICU's Arabic region names for AA–ZZ, as the gazetteer once read them. */
function icuRegionNames(): [string, string][] {
  const names = new Intl.DisplayNames(['ar'], { type: 'region' });
  const out: [string, string][] = [];
  for (let a = 0; a < 26; a++) {
    for (let b = 0; b < 26; b++) {
      const code = String.fromCharCode(65 + a, 65 + b);
      if (NOT_COUNTRIES.has(code)) continue;
      const name = names.of(code);
      if (name !== undefined && name !== code && /[\u0621-\u064A]/.test(name) && !/[()]/.test(name)) out.push([code, name]);
    }
  }
  return out;
}

describe('REGION_NAMES', () => {
  it("is the running Node's ICU region names (regenerate data/regions.ts from ICU when Node's CLDR changes)", () => {
    expect(REGION_NAMES.map(([c, n]) => [c, n])).toEqual(icuRegionNames());
  });
});
