/** A multipart form upload (`curl -F file=@page.html`, a browser form), as the one article it carries. */
export interface Upload {
  /** The uploaded file's name, which names its type (`page.html`); null for a text field. */
  readonly name: string | null;
  readonly bytes: Uint8Array;
}

export const isMultipart = (contentType: string): boolean => /^\s*multipart\/form-data\b/i.test(contentType);

/** Only the characters of URL encoding, with at least one `name=`: raw text has spaces or letters beyond ASCII, HTML has `<`. */
const URL_ENCODED = /^[\w.~*%+-]+=[\w.~*%+=&-]*$/;

/**
 * The first field's value of a URL-encoded form (`curl --data-urlencode text@a.txt`, an HTML form
 * without enctype), or null when the body is not one: curl declares the same type for a raw body
 * (`--data-binary @page.html`), which is then the article itself.
 */
export function urlEncodedField(bytes: Uint8Array, contentType: string): Uint8Array | null {
  if (!/^\s*application\/x-www-form-urlencoded\b/i.test(contentType)) return null;
  const body = Buffer.from(bytes).toString('latin1').trim();
  if (!URL_ENCODED.test(body)) return null;
  const [first] = new URLSearchParams(body).values();
  return first === undefined ? null : new TextEncoder().encode(first);
}

/**
 * The first file of a multipart body (else its first text field), or a reason it has none: the body
 * has been read already (within the size limit), so it is parsed from its bytes.
 */
export async function firstUpload(bytes: Uint8Array, contentType: string): Promise<Upload | string> {
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return 'the multipart form cannot be parsed';
  }
  const values: readonly unknown[] = [...form.values()];
  const file = values.find((v): v is Blob & { readonly name?: string } => v instanceof Blob);
  if (file !== undefined) return { name: file.name || null, bytes: new Uint8Array(await file.arrayBuffer()) };
  const text = values.find((v): v is string => typeof v === 'string');
  return text === undefined ? 'the form holds no file and no field' : { name: null, bytes: new TextEncoder().encode(text) };
}
