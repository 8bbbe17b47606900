import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';

describe('khulasa eval analysis --only', () => {
  it('scores only the named passages, from either folder, as one set', async () => {
    const io = memoryIo();
    expect(await main(['eval', 'analysis', '--only', 'egypt-imf-review,yemen-prisoners-geneva', '--json'], io)).toBe(0);
    const report = Object.values(JSON.parse(io.out.join('')) as Record<string, { cases: { name: string }[] }>);
    expect(report).toHaveLength(1);
    expect(report[0]?.cases.map((c) => c.name).sort()).toEqual(['egypt-imf-review', 'yemen-prisoners-geneva']);
  });
});
