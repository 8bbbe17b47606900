import { parseHTML } from 'linkedom';

/** Everything in a page that could run: script elements, on* attributes, and non-http(s), non-fragment links. */
export function liveMarkup(html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  for (const el of document.querySelectorAll('script, iframe, object, embed, svg, img')) found.push(`<${el.tagName.toLowerCase()}>`);
  for (const el of document.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes) as { name: string; value: string }[]) {
      if (/^on/i.test(attr.name)) found.push(`${attr.name} on <${el.tagName.toLowerCase()}>`);
      if (['href', 'src', 'action', 'formaction'].includes(attr.name.toLowerCase()) && !/^(#|https?:\/\/)/i.test(attr.value.trim()))
        found.push(`${attr.name}=${attr.value}`);
    }
  }
  return found;
}
