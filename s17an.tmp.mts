import { readFileSync } from 'node:fs';
import { analyzeStory } from './src/analyze/index.ts';
const text = process.argv.slice(2).join(' ');
const a = analyzeStory([{ id: 'd1', path: 'x', title: null, outlet: null, agency: null, published: null, url: null, dateline: null, paragraphs: [text], text, contentHash: '' } as never]);
console.log(JSON.stringify(a.entities.map((e) => [e.name, e.type])), JSON.stringify(a.quotes.map(q=>[q.speaker,q.text.slice(0,40)])));
