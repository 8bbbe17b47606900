import { describe, expect, it } from 'vitest';
import { organizations, persons } from './probes.js';

describe('session 15: figures of the arts and religions, and a company spelling (data/figures.ts, data/organizations.ts)', () => {
  it('knows singers and composers named alone', () => {
    expect(persons('وغنت فيروز في افتتاح المهرجان.')).toEqual(['فيروز']);
    expect(persons('وعزفت الفرقة سيمفونية لبيتهوفن ثم مقطوعة لموتسارت.')).toEqual(['بيتهوفن', 'موتسارت']);
  });

  it('knows founders of religions named alone', () => {
    expect(persons('وتقوم البوذية على تعاليم بوذا.')).toEqual(['بوذا']);
  });

  it('reads ميكروسوفت as مايكروسوفت', () => {
    expect(organizations('وطرحت ميكروسوفت نظاما جديدا.')).toEqual(['ميكروسوفت']);
  });
});
