import { describe, expect, it } from 'vitest';
import { persons } from './probes.js';

describe('session 15, second pass: note marks are no ages (age-apposition.ts)', () => {
  it('reads (4) and (5) as note marks in a text that marks a note (1)', () => {
    const text = 'ولد في مكة سنة 570 للميلاد (1) ونشأ فيها. ورعاه عمه فقام بحقه على أتم وجه (5)، ثم سافر معه إلى الشام.';
    expect(persons(text)).toEqual([]);
  });

  it('still reads a bare age in parentheses in a text without notes', () => {
    expect(persons('وأصيب في الحادث سامر خليل (34) بجروح طفيفة.')).toEqual(['سامر خليل']);
  });

  it('still reads an age with its word for years in a text with notes', () => {
    expect(persons('ورد في المصدر (1) أن الحادث وقع ليلا. وأصيب سامر خليل (34 عاما) بجروح طفيفة.')).toEqual(['سامر خليل']);
  });
});
