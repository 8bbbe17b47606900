/** The page's own CSS: one column on a phone, a wider reading column with a side index on a desktop. */
export const PAGE_CSS = `
:root{--ink:#1d232a;--muted:#5b6570;--line:#d9dee3;--paper:#fbfaf7;--accent:#0b6e4f;--mark:#ffe9a8;--cite:#eef6f2}
*{box-sizing:border-box}
html{font-size:17px}
body{margin:0;background:var(--paper);color:var(--ink);font-family:'Noto Naskh Arabic','Geeza Pro','Arial',sans-serif;line-height:1.85}
a{color:var(--accent)}
header.page,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
header.page{padding-top:1.5rem;border-bottom:1px solid var(--line)}
h1{font-size:1.7rem;margin:.2rem 0}
h2{font-size:1.35rem;line-height:1.5;margin:0 0 .3rem}
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
.counts,.meta{color:var(--muted);font-size:.9rem}
.empty{color:var(--muted);padding:1rem 0}
nav.toc ol{padding-inline-start:1.2rem;margin:.5rem 0 1rem}
.shared-names h2{font-size:1.05rem;margin:.6rem 0 .2rem}
.shared-names ul{padding-inline-start:1.1rem;margin:.2rem 0 1rem}
.story{background:#fff;border:1px solid var(--line);border-radius:.6rem;padding:1rem 1.1rem;margin:1.2rem 0}
.badge{display:inline-block;font-size:.75rem;padding:0 .5rem;border-radius:1rem;background:var(--accent);color:#fff;vertical-align:middle;margin-inline-start:.4rem}
.badge.changed{background:#8a5a00}
ol.summary{padding-inline-start:1.3rem}
ol.summary li{margin:.35rem 0}
ol.summary a.cite,.facts a.name{color:inherit;text-decoration:none;border-bottom:1px dotted var(--accent)}
sup.also a{font-size:.75rem;margin-inline-start:.25rem}
.facts{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem}
.facts section{flex:1 1 16rem;min-width:0}
.facts ul{padding-inline-start:1.1rem;margin:.2rem 0}
.facts section.wide{flex-basis:100%}
.disagreement{margin:.2rem 0}
.facts ul.sides{list-style:none;padding-inline-start:.6rem;margin:0}
details.more summary{color:var(--accent);cursor:pointer;font-size:.9rem}
details.sources>summary{cursor:pointer}
details.sources>summary h3{display:inline}
li details.more{display:inline}
li details.more[open]{display:block}
.source{border-top:1px solid var(--line);margin-top:.8rem;padding-top:.4rem}
.source p{margin:.4rem 0}
.sentence.cited{background:var(--cite)}
.sentence:target{background:var(--mark);outline:2px solid #e0b400;border-radius:.2rem}
.source:target h4{background:var(--mark)}
h4{font-size:1rem;margin:.3rem 0}
table.docs{border-collapse:collapse;width:100%;font-size:.9rem}
table.docs td,table.docs th{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:start;vertical-align:top}
.path{direction:ltr;unicode-bidi:isolate;font-family:ui-monospace,monospace;font-size:.8rem;word-break:break-all}
footer{color:var(--muted);font-size:.8rem;padding-bottom:2rem}
@media (min-width:72rem){body{display:block}header.page,main,footer{max-width:64rem}}
@media (max-width:40rem){html{font-size:16px}.story{padding:.8rem;border-radius:0;border-inline:0;margin:.8rem -1rem}}
@media print{.story{break-inside:avoid-page}nav.toc{display:none}}
`;
