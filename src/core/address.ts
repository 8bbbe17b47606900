/**
 * One article's address however it was written: the same page fetched from a feed, a share link or
 * the page itself carries tracking parameters, a fragment, `www.`, a trailing slash or `http:` in
 * one place and not another.
 */

/** Query parameters that say how a reader arrived, never which article. */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ocid)$/i;

/**
 * The key two addresses of the same article share: scheme folded to https, host lower-cased
 * without `www.`, default port, fragment, tracking parameters and a trailing slash dropped, the
 * remaining parameters sorted. Text that is no absolute http(s) URL is its own key, trimmed.
 */
export function addressKey(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return url.trim();
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : '';
  // URL already drops its own scheme's default port (https:443, http:80); http:443 is kept.
  return `https://${u.hostname.replace(/^www\./, '')}${u.port ? `:${u.port}` : ''}${path}${query}`;
}

/** Whether two addresses (either may be missing) are the same article's. */
export const sameAddress = (a: string | null | undefined, b: string | null | undefined): boolean =>
  a !== null && a !== undefined && b !== null && b !== undefined && addressKey(a) === addressKey(b);
