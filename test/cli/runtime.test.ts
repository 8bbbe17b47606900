import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tuneForShortRuns } from '../../src/cli/runtime.js';

const BIN = fileURLToPath(new URL('../../bin/khulasa.js', import.meta.url));

describe('tuneForShortRuns', () => {
  it('leaves a budget chosen on the command line alone', () => {
    expect(tuneForShortRuns(['--interrupt-budget=1000'])).toBe(false);
    expect(tuneForShortRuns(['--interrupt-budget', '1000'])).toBe(false);
  });

  it('sets the budget otherwise', () => {
    expect(tuneForShortRuns([])).toBe(true);
    expect(tuneForShortRuns(['--interrupt-budget-factor-for-feedback-allocation=8'])).toBe(true);
  });

  it('is applied by the command before the rest of khulasa loads, without changing what it prints', () => {
    const run = (node: readonly string[]) => spawnSync(process.execPath, [...node, BIN, '--help'], { encoding: 'utf8' });
    const tuned = run([]);
    const untouched = run(['--interrupt-budget=67584']);
    expect(tuned.status).toBe(0);
    expect(tuned.stderr).toBe('');
    expect(tuned.stdout).toBe(untouched.stdout);
  });
});
