/**
 * Whether a request's declared content type is JSON: `application/json` or a `+json` type, in UTF-8
 * (RFC 8259: JSON exchanged between systems is UTF-8, so a `charset` other than UTF-8 is refused
 * rather than misread). A request that declares no type is read as JSON: clients that send none
 * (`curl -H 'Content-Type:'`, a bare stream) mean the API's one format. Returns why not, or null.
 */
export function notJson(contentType: string | null): string | null {
  if (contentType === null || contentType.trim() === '') return null;
  const [type = '', ...parameters] = contentType.split(';').map((part) => part.trim());
  const essence = type.toLowerCase();
  if (essence !== 'application/json' && !/^application\/[\w.!#$&^-]+\+json$/.test(essence)) {
    return `the body is declared as ${type || 'nothing'}; send JSON with Content-Type: application/json`;
  }
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=').map((p) => p.trim());
    const charset = value.replace(/^"(.*)"$/, '$1').toLowerCase();
    if (name.toLowerCase() === 'charset' && charset !== 'utf-8' && charset !== 'utf8') return `the body is declared in ${charset}; JSON is read as UTF-8 only`;
  }
  return null;
}
