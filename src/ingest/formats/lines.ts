/**
 * Lines of a byte stream, without ever holding more than one line (up to `maxLineBytes`) in memory.
 * A longer line is reported as `{ tooLong: bytes }` and skipped, not buffered.
 */
export type LineItem = { readonly line: Buffer; readonly number: number } | { readonly tooLong: number; readonly number: number };

export async function* byteLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<LineItem> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = 0;
  let number = 0;
  const take = function* (piece: Buffer, ends: boolean): Generator<LineItem> {
    if (skipping > 0 || size + piece.length > maxLineBytes) {
      skipping += size + piece.length;
      parts = [];
      size = 0;
    } else if (piece.length > 0) {
      parts.push(piece);
      size += piece.length;
    }
    if (!ends) return;
    number++;
    if (skipping > 0) yield { tooLong: skipping, number };
    else yield { line: Buffer.concat(parts, size), number };
    parts = [];
    size = 0;
    skipping = 0;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      yield* take(chunk.subarray(start, nl), true);
      start = nl + 1;
    }
    yield* take(chunk.subarray(start), false);
  }
  if (size > 0 || skipping > 0) yield* take(Buffer.alloc(0), true);
}
