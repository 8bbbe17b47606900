/** An input over the size limit is refused once the limit is passed, not read to its end (a gzip bomb, an endless stream). */
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest/index.js';
import type { IngestOutcome } from '../../src/core/index.js';

/** A stream of `chunk` repeated without end; `produced()` counts the chunks read from it. */
function endless(chunk: Buffer): { stream: Readable; produced: () => number } {
  let produced = 0;
  const stream = new Readable({
    read() {
      produced++;
      setImmediate(() => this.push(chunk));
    },
  });
  return { stream, produced: () => produced };
}

const outcomes = async (stream: Readable): Promise<IngestOutcome[]> => {
  const out: IngestOutcome[] = [];
  for await (const o of ingestPaths(['-'], { stdin: stream, maxInputBytes: 64 * 1024 })) out.push(o);
  return out;
};

describe('an input over the size limit', { timeout: 10_000 }, () => {
  it('is too-large after reading a little past the limit', async () => {
    const { stream, produced } = endless(Buffer.alloc(16 * 1024, 'ا'));
    const out = await outcomes(stream);
    expect(out).toMatchObject([{ kind: 'rejected', code: 'too-large' }]);
    expect(produced()).toBeLessThan(64);
  });

  it('is too-large after decompressing a little past the limit when it is gzip', async () => {
    const member = gzipSync(Buffer.alloc(256 * 1024, 'ا'));
    const { stream, produced } = endless(member);
    const out = await outcomes(stream);
    expect(out).toMatchObject([{ kind: 'rejected', code: 'too-large' }]);
    // Stream buffers read some members ahead (each a few hundred bytes); without the stop it never ends.
    expect(produced()).toBeLessThan(1000);
  });
});
