import { REJECT_MESSAGES, type RejectCode } from '../core/index.js';

/** The one place where khulasa's reason codes become HTTP status codes. */
const STATUS: Readonly<Record<RejectCode, number>> = {
  empty: 422,
  binary: 415,
  encoding: 422,
  mojibake: 422,
  'not-arabic': 422,
  'too-short': 422,
  'too-large': 413,
  'no-main-content': 422,
  unreadable: 400,
  unsupported: 415,
  malformed: 400,
};

export const json = (body: unknown, status = 200): Response =>
  new Response(`${JSON.stringify(body, null, 2)}\n`, { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

/** An error body in the shape `{ error: { code, message } }`, RFC 9457 in spirit. */
export const problem = (status: number, code: string, message: string): Response => json({ error: { code, message } }, status);

export const rejected = (code: RejectCode, detail: string): Response =>
  problem(STATUS[code], code, detail || REJECT_MESSAGES[code]);
