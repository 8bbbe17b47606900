import { describe, expect, it } from 'vitest';
import { organizations, persons } from './probes.js';

describe('session 11: ages in apposition (age-apposition.ts)', () => {
  it('reads a name before a bare age set off by commas or parentheses as a person', () => {
    expect(persons('وأوقفت الشرطة كرم شلبي ,19, في المحطة.')).toEqual(['كرم شلبي']);
    expect(persons('وأوقفت الشرطة كرم شلبي (19) في المحطة.')).toEqual(['كرم شلبي']);
  });

  it('reads the next name of a list, its given name carrying و, before its age', () => {
    expect(persons('والمصابون هم رامي عكاشة، 30 عاما، وشهاب عكاشة، 27 عاما، من البلدة.')).toEqual(['رامي عكاشة', 'شهاب عكاشة']);
  });

  it('takes no measured words or large numbers for an age', () => {
    expect(persons('وكانت السفينة عند 12 درجة ، 40 دقيقة شرقا ، 30 ، حسب البحرية.')).toEqual([]);
    expect(persons('وبلغ عدد الزوار مئة ألف ، 2500 ، في الأسبوع الأول.')).toEqual([]);
  });
});

describe('session 11: generic bodies (organizations.ts genericBody)', () => {
  it('reads a definite cue with only its branch or level of government as a description, not an organization', () => {
    expect(organizations('وقالت الحكومة المحلية إن المياه عادت إلى الأحياء.')).toEqual([]);
    expect(organizations('وأعلنت القوات البحرية إنقاذ الصيادين.')).toEqual([]);
  });

  it('keeps a named body, a country\'s government and a council with its seat', () => {
    expect(organizations('وقالت الحكومة البريطانية إن البحارة بخير.')).toEqual(['الحكومة البريطانية']);
    expect(organizations('وأعلنت القوات البحرية الملكية إنقاذ الصيادين.')).toEqual(['القوات البحرية الملكية']);
  });
});

describe('session 11: سيدي opening a Mauritanian name in a scene (given-names.ts)', () => {
  it('reads سيدي and the name after it as one person after a present verb', () => {
    expect(persons('وعند الفجر يخرج سيدي محمد ولد الحسن، ويحمل الدلو إلى البئر.')).toEqual(['سيدي محمد ولد الحسن']);
    expect(persons('يمضي سيدي ولد محمد فال يومه في الورشة.')).toEqual(['سيدي ولد محمد فال']);
  });

  it('leaves سيدي before a title or in a shrine\'s name alone', () => {
    expect(persons('يقف سيدي الرئيس أمام الحشد.')).toEqual([]);
  });
});

describe('session 11: الآن is the adverb, not the given name ألان it folds to (given-names.ts)', () => {
  it('reads no person in a definite noun and الآن after a present verb', () => {
    expect(persons('لا أحد يتابع الملف الآن ، والناس ينتظرون.')).toEqual([]);
    expect(persons('يراقب الحارس الآن، والناس ينتظرون.')).toEqual([]);
  });
});

describe('session 11: طلعت is a verb of everyday speech before it is a given name (data/given-names.ts)', () => {
  it('reads no person in طلعت and the subject after it', () => {
    expect(persons('وحين طلعت الشمس الحارقة، خرج الناس.')).toEqual([]);
  });
});
