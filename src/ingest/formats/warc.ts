import { gunzipSync } from 'node:zlib';
import { ByteReader } from './byte-reader.js';

/**
 * WARC records from a byte stream (already gunzipped), one at a time: memory holds one record's
 * payload at most (up to `maxRecordBytes`; larger ones are skipped). Only `response` records
 * carry articles; their HTTP header gives the content type and charset.
 */
export type WarcItem =
  | { readonly kind: 'page'; readonly number: number; readonly url: string | null; readonly date: string | null; readonly charset: string | null; readonly body: Buffer }
  | { readonly kind: 'skipped'; readonly number: number; readonly url: string | null; readonly why: 'not-html' | 'too-large'; readonly detail: string }
  | { readonly kind: 'bad'; readonly number: number; readonly detail: string };

const CRLF2 = Buffer.from('\r\n\r\n');
const LF2 = Buffer.from('\n\n');
const MAGIC = Buffer.from('WARC/');
const MAX_HEADER = 64 * 1024;

const parseHeaders = (block: string): Map<string, string> => {
  const headers = new Map<string, string>();
  for (const line of block.split(/\r?\n/).slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
};

export async function* warcRecords(chunks: AsyncIterable<Buffer>, maxRecordBytes: number): AsyncGenerator<WarcItem> {
  const reader = new ByteReader(chunks);
  let number = 0;
  for (;;) {
    const head = await reader.readUntil(CRLF2, MAX_HEADER);
    if (head === null) return;
    const text = head === 'too-long' ? '' : head.toString('latin1').replace(/^\s+/, '');
    // The blank lines that end every record arrive as an empty header.
    if (text === '' && head !== 'too-long') continue;
    number++;
    const headers = text.startsWith('WARC/') ? parseHeaders(text) : null;
    const length = Number(headers?.get('content-length') ?? NaN);
    if (headers === null || !Number.isInteger(length) || length < 0) {
      yield { kind: 'bad', number, detail: head === 'too-long' ? 'record header longer than 64 KiB' : 'record does not start with a WARC header with a Content-Length' };
      if (!(await reader.seek(Buffer.concat([Buffer.from('\n'), MAGIC])))) return;
      await reader.skip(1);
      continue;
    }
    const type = headers.get('warc-type') ?? '';
    const url = headers.get('warc-target-uri') ?? null;
    const date = headers.get('warc-date') ?? null;
    if (type !== 'response') {
      await reader.skip(length);
      continue;
    }
    if (length > maxRecordBytes) {
      await reader.skip(length);
      yield { kind: 'skipped', number, url, why: 'too-large', detail: `${length} bytes (limit ${maxRecordBytes})` };
      continue;
    }
    const block = await reader.read(length);
    if (block.length < length) {
      yield { kind: 'bad', number, detail: `record truncated: ${block.length} of ${length} bytes` };
      return;
    }
    yield httpPage(number, url, date, block, maxRecordBytes);
  }
}

function httpPage(number: number, url: string | null, date: string | null, block: Buffer, max: number): WarcItem {
  let end = block.indexOf(CRLF2);
  let sep = CRLF2.length;
  if (end === -1) {
    end = block.indexOf(LF2);
    sep = LF2.length;
  }
  if (!block.subarray(0, 5).toString('latin1').startsWith('HTTP/') || end === -1) return { kind: 'bad', number, detail: 'response record without an HTTP header' };
  const headers = parseHeaders(block.subarray(0, end).toString('latin1'));
  const type = headers.get('content-type') ?? '';
  if (type !== '' && !/html|xml/i.test(type)) return { kind: 'skipped', number, url, why: 'not-html', detail: `content type ${type}` };
  let body = block.subarray(end + sep);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body) ?? body;
  if (/gzip/i.test(headers.get('content-encoding') ?? '')) {
    try {
      body = gunzipSync(body, { maxOutputLength: max });
    } catch {
      return { kind: 'bad', number, detail: 'gzip content encoding is damaged' };
    }
  }
  const charset = /charset\s*=\s*["']?([\w:.-]+)/i.exec(type)?.[1] ?? null;
  return { kind: 'page', number, url, date, charset, body };
}

/** HTTP chunked transfer coding, or null when the body is not chunked after all. */
function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    if (eol === -1) return null;
    const size = parseInt(body.subarray(at, eol).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isInteger(size)) return null;
    if (size === 0) return Buffer.concat(parts);
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
    if (at > body.length) return null;
  }
}
