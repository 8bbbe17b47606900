/** Pull-style reading of an async byte stream: up to a delimiter, an exact count, or skipping bytes. */
export class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private done = false;
  private readonly source: AsyncIterator<Buffer>;

  constructor(chunks: AsyncIterable<Buffer>) {
    this.source = chunks[Symbol.asyncIterator]();
  }

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.source.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    this.buffer = this.buffer.length === 0 ? next.value : Buffer.concat([this.buffer, next.value]);
    return true;
  }

  /** Bytes up to and including `delimiter`; null at the end of the stream; `'too-long'` past `max` bytes. */
  async readUntil(delimiter: Buffer, max: number): Promise<Buffer | null | 'too-long'> {
    let from = 0;
    for (;;) {
      const at = this.buffer.indexOf(delimiter, from);
      if (at !== -1) {
        const out = this.buffer.subarray(0, at + delimiter.length);
        this.buffer = this.buffer.subarray(at + delimiter.length);
        return out;
      }
      if (this.buffer.length > max) return 'too-long';
      from = Math.max(0, this.buffer.length - delimiter.length + 1);
      if (!(await this.fill())) {
        if (this.buffer.length === 0) return null;
        const rest = this.buffer;
        this.buffer = Buffer.alloc(0);
        return rest;
      }
    }
  }

  /** Exactly `n` bytes (fewer at the end of the stream). */
  async read(n: number): Promise<Buffer> {
    while (this.buffer.length < n && (await this.fill()));
    const out = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(out.length);
    return Buffer.from(out);
  }

  /** Drop `n` bytes without keeping them; returns how many were dropped. */
  async skip(n: number): Promise<number> {
    let left = n;
    for (;;) {
      const take = Math.min(left, this.buffer.length);
      this.buffer = this.buffer.subarray(take);
      left -= take;
      if (left === 0 || !(await this.fill())) return n - left;
    }
  }

  /** Skip forward to the next occurrence of `marker` (kept in the stream); false at the end. */
  async seek(marker: Buffer): Promise<boolean> {
    for (;;) {
      const at = this.buffer.indexOf(marker);
      if (at !== -1) {
        this.buffer = this.buffer.subarray(at);
        return true;
      }
      this.buffer = this.buffer.subarray(Math.max(0, this.buffer.length - marker.length + 1));
      if (!(await this.fill())) return false;
    }
  }
}
