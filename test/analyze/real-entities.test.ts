import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/analyze/index.js';

/** The mentions of one text as [type, written span], in order. */
const mentions = (text: string): [string, string][] => findEntities(text).map((m) => [m.type, text.slice(m.start, m.end)]);
const persons = (text: string): string[] => mentions(text).filter(([t]) => t === 'person').map(([, s]) => s);

describe('real news: foreign given names as wire translations write them', () => {
  it('finds a foreign name after a title in construct with a country, and its surname later', () => {
    const text = 'صرح رئيس وزراء كندا ستيفن هاربر بأن بلاده ستساعد. ثم قال هاربر إن المساعدات وصلت.';
    expect(persons(text)).toEqual(['ستيفن هاربر', 'هاربر']);
  });

  it('finds a foreign name with no title, and its surname alone afterwards', () => {
    const text = 'وأوضح الخبير الجيولوجي كريستوفر ماكلين أن الهزة كانت قوية . وأضاف ماكلين ان التحذير تأخر';
    expect(persons(text)).toEqual(['كريستوفر ماكلين', 'ماكلين']);
  });

  it('finds a woman named by her foreign given name alone', () => {
    expect(persons('وقالت كاترينا إن أخاها ما زال مفقودا.')).toEqual(['كاترينا']);
  });

  it('leaves the Arabic words that look like short foreign names alone', () => {
    expect(persons('وقال إن الجو كان باردا وإن هو لم يحضر.')).toEqual([]);
  });
});
