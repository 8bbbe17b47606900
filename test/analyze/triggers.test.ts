import { describe, expect, it } from 'vitest';
import { readGold, ANALYSIS_HELDOUT_DIR } from '../../src/eval/analysis.js';
import { findDates, findQuantities } from '../../src/analyze/index.js';
import { matchGazetteer } from '../../src/analyze/gazetteer.js';
import { FACT, lookup, spellingFact, spellingMask, tokenView, type Tok } from '../../src/analyze/tokens.js';
import { orgChain } from '../../src/analyze/organizations.js';
import { titleAt } from '../../src/analyze/names.js';
import { VERB_KEYS } from '../../src/analyze/lexicon.js';
import { entityStarts, NAMING_KEYS, START } from '../../src/analyze/triggers.js';
import { placesAfterCue } from '../../src/analyze/place-cues.js';

/** Every gold and held-out passage, plus a line with numbers and number words (the gold has few). */
const texts = [
  ...readGold().map((c) => c.text),
  ...readGold(ANALYSIS_HELDOUT_DIR).map((c) => c.text),
  'قُتل ثلاثة عشر شخصا وأصيب 1,2 مليون، وخمسة آلاف نازح منذ 17/10/2016 وفي 2027 والأسبوع الماضي.',
  'واستمر البحث يومين عن مفقودَين اثنين وطفلين.',
];

/** The kept answer of a fact already asked of this spelling (a test that never says yes fails). */
const asked = (t: Tok, fact: number): boolean => spellingFact(t, fact, () => false);
const startsAt = (toks: readonly Tok[], offset: number): Tok => toks.find((t) => t.start <= offset && offset < t.end) as Tok;
/** The gate of one `START` bit. */
const gate = (bit: number) => (t: Tok): boolean => (entityStarts(t) & bit) !== 0;
const mayStartGazetteer = gate(START.gazetteer);
const mayStartOrganization = gate(START.organization);
const mayStartTitle = gate(START.title);
const mayStartPlaceCue = gate(START.place);
const mayBeSpeakerVerb = gate(START.verb);

describe('entity, date and number gates per spelling', () => {
  it('says yes wherever its scanner finds something, on every gold and held-out token', () => {
    let found = 0;
    for (const text of texts) {
      const toks = tokenView(text);
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i] as Tok;
        const need = [
          ['gazetteer', matchGazetteer(toks, i) !== null, mayStartGazetteer],
          ['organization', orgChain(toks, i) !== null, mayStartOrganization],
          ['title', titleAt(toks, i) !== null, mayStartTitle],
          ['verb', lookup(t, VERB_KEYS) !== null || lookup(t, NAMING_KEYS) !== null, mayBeSpeakerVerb],
          ['place', placesAfterCue(toks, i).length > 0, mayStartPlaceCue],
        ] as const;
        for (const [what, hit, may] of need) {
          if (!hit) continue;
          found++;
          expect({ word: t.text, what, may: may(t) }).toEqual({ word: t.text, what, may: true });
        }
      }
      // The date and number gates are private: a found date or quantity starts at a token whose spelling said so.
      for (const d of findDates(text, '2026-05-01')) expect(asked(startsAt(toks, d.start), FACT.date)).toBe(true);
      // (A noun counted by اثنين after it, `مفقودَين اثنين`, is found at the اثنين that ends it.)
      for (const q of findQuantities(text)) expect(asked(startsAt(toks, q.start), FACT.quantity) || asked(startsAt(toks, q.end - 1), FACT.quantity)).toBe(true);
    }
    expect(found).toBeGreaterThan(500);
  });

  it('answers once per spelling and passes most words over', () => {
    const toks = texts.flatMap((text) => tokenView(text));
    const may = (t: Tok): boolean => mayStartGazetteer(t) || mayStartOrganization(t) || mayStartTitle(t) || mayStartPlaceCue(t) || mayBeSpeakerVerb(t);
    for (const t of toks) {
      const first = entityStarts(t);
      expect(spellingMask(t, () => first + 1)).toBe(first);
    }
    expect(toks.filter((t) => !may(t)).length / toks.length).toBeGreaterThan(0.5);
  });
});
