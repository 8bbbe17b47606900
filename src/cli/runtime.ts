import { setFlagsFromString } from 'node:v8';

/**
 * Bytecode a function runs before V8 queues it for optimization (V8's `--interrupt-budget`, default
 * 67,584 in Node 20). The default suits pages and servers that run for minutes. A khulasa command
 * runs for seconds through a large rule-based analyzer whose functions meet new branches story after
 * story: optimized early, on little type feedback, they were deoptimized and compiled again (about 40%
 * of the compile work), on background threads that compete for the cores with the run itself. Later
 * optimization compiles less and on better feedback: a 997-article digest with analysis executes 16–21%
 * fewer instructions, one without 2–12% fewer (docs/evaluation/digest.md, "session 7").
 */
const SHORT_RUN_INTERRUPT_BUDGET = 300_000;

/** Sets the budget above for this process, unless the command line already chose one; says whether it did. */
export function tuneForShortRuns(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((a) => a === '--interrupt-budget' || a.startsWith('--interrupt-budget='))) return false;
  setFlagsFromString(`--interrupt-budget=${SHORT_RUN_INTERRUPT_BUDGET}`);
  return true;
}
