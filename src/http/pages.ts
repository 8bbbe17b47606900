import { escapeHtml } from '../render/index.js';

/**
 * GET / before the store holds a finished digest run: a person opened the reader, so the answer is a
 * page (status 404, as before), saying in Arabic and English what to run.
 */
export function noDigestPage(): Response {
  const command = escapeHtml('khulasa digest <folder> --db <this store>');
  const html = `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>خلاصة: لا خلاصة بعد</title>
<style>body{font-family:'Noto Naskh Arabic','Geeza Pro',Arial,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.8;color:#1d232a}code{direction:ltr;unicode-bidi:isolate}</style></head>
<body>
<h1>لا خلاصة بعد</h1>
<p>لم يُكمل هذا المخزن أي تشغيل بعد. شغّل <code>${command}</code> ثم أعد تحميل الصفحة.</p>
<p lang="en" dir="ltr">No digest yet (no-digest): this store holds no finished run. Run <code>${command}</code>, then reload.</p>
</body>
</html>
`;
  return new Response(html, { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
