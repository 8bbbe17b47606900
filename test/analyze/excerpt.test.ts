import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/core/index.js';
import { dateExcerpt, EXCERPT_WORDS } from '../../src/analyze/excerpt.js';

const sentence = (text: string, start = 100): Sentence => ({ index: 0, paragraph: 0, start, end: start + text.length, text });
const at = (s: Sentence, written: string): number => s.start + s.text.indexOf(written);
const words = (s: string): number => s.split(/\s+/).filter((w) => w !== '' && w !== '…').length;

/** Invented filler clauses, each seven words. */
const filler = (n: number): string => Array.from({ length: n }, (_, i) => `وتابع الفريق أعمال المسح في الموقع ${i + 1}،`).join(' ');

describe('dateExcerpt', () => {
  it('leaves a sentence of at most EXCERPT_WORDS words whole', () => {
    const s = sentence('افتتحت البلدية الجسر الجديد في 3 آذار 2019 بحضور المحافظ.');
    expect(dateExcerpt(s, at(s, '3 آذار'))).toBeNull();
  });

  it('shows the clause of the date with whole clauses around it, marking the cuts', () => {
    const s = sentence(`${filler(4)} وافتتحت البلدية الجسر الجديد في 3 آذار 2019 بحضور المحافظ، ${filler(4)} ثم أغلق الطريق.`);
    const shown = dateExcerpt(s, at(s, '3 آذار')) as string;
    expect(shown).toContain('وافتتحت البلدية الجسر الجديد في 3 آذار 2019 بحضور المحافظ');
    expect(shown.startsWith('… ')).toBe(true);
    expect(shown.endsWith(' …')).toBe(true);
    expect(words(shown)).toBeLessThanOrEqual(EXCERPT_WORDS);
    expect(shown).not.toMatch(/[،؛:] …$/);
  });

  it('has no cut mark at an end the excerpt reaches', () => {
    const s = sentence(`افتتحت البلدية الجسر الجديد في 3 آذار 2019، ${filler(6)} ثم أغلق الطريق.`);
    const shown = dateExcerpt(s, at(s, '3 آذار')) as string;
    expect(shown.startsWith('افتتحت البلدية')).toBe(true);
    expect(shown.endsWith(' …')).toBe(true);
  });

  it('cuts a clause longer than the limit to a window of words around the date', () => {
    const long = Array.from({ length: 30 }, (_, i) => `كلمة${i}`).join(' ');
    const s = sentence(`${long} وصل الوفد في 12 أيار 2020 ${long}.`);
    const shown = dateExcerpt(s, at(s, '12 أيار')) as string;
    expect(shown).toContain('وصل الوفد في 12 أيار 2020');
    expect(words(shown)).toBeLessThanOrEqual(EXCERPT_WORDS);
    expect(shown.startsWith('… ')).toBe(true);
  });

  it('shows a full window when the date ends an overlong clause', () => {
    const long = Array.from({ length: 50 }, (_, i) => `كلمة${i}`).join(' ');
    const s = sentence(`${long} ثم وصل الوفد في 12 أيار 2020.`);
    const shown = dateExcerpt(s, at(s, '12 أيار')) as string;
    expect(shown).toContain('وصل الوفد في 12 أيار 2020');
    expect(words(shown)).toBe(EXCERPT_WORDS);
    expect(shown.endsWith(' …')).toBe(false);
  });

  it('counts no lone dash as a word and starts no excerpt on one', () => {
    const dashes = Array.from({ length: 35 }, () => '-').join(' ');
    const short = sentence(`افتتحت البلدية الجسر الجديد في 3 آذار 2019 ${dashes} بحضور المحافظ.`);
    expect(dateExcerpt(short, at(short, '3 آذار'))).toBeNull();
    const s = sentence(`${filler(4)} - وافتتحت البلدية الجسر الجديد في 3 آذار 2019 بحضور المحافظ، ${filler(4)}`);
    const shown = dateExcerpt(s, at(s, '3 آذار')) as string;
    expect(shown.replace(/^… /u, '')).toMatch(/^[^\s\-–—]/u);
  });

  it('reads a date past the sentence in its last clause', () => {
    const s = sentence(`${filler(5)} وافتتحت البلدية الجسر الجديد في 3 آذار 2019.`);
    const shown = dateExcerpt(s, s.end + 5) as string;
    expect(shown).toContain('3 آذار 2019');
  });
});
