import { describe, expect, it } from 'vitest';
import { speakers } from './probes.js';

describe('a title at the end of a text', () => {
  it('is no crash when punctuation and one word are all that follow it (found by the story property test)', () => {
    expect(() => speakers('وزير ، الاستعدادات')).not.toThrow();
    expect(() => speakers('وزير ،')).not.toThrow();
  });
});
