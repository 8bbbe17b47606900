#!/usr/bin/env node
import { tuneForShortRuns } from '../dist/cli/runtime.js';

// Before the rest of khulasa is loaded, so that its code is optimized under the same setting.
tuneForShortRuns();
const { main } = await import('../dist/cli/main.js');

// A reader that stops early (`khulasa ... | head`) closes the pipe: that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
