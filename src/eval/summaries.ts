/**
 * The summarization experiments: the TAC 2011 MultiLing Arabic topics (multi-document, 250 words) and
 * EASC (single-document, at each article's mean reference length), scored with the Arabic-aware ROUGE.
 * Sources are read as plain text, one paragraph per line, through the text layer's `clean` (a
 * hard-wrapped file re-joined as ingest does); the summaries are written one sentence per line.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cleanDocument, documentId, type CleanDocument } from '../core/index.js';
import { unwrapHardWrapped } from '../ingest/index.js';
import { summarize, type SummaryOptions } from '../summarize/index.js';
import { clean, key, sentences, words } from '../text/index.js';
import { meanScores, rouge, type RougeScores } from './rouge.js';

export interface SystemResult {
  readonly system: string;
  readonly topics: number;
  readonly scores: RougeScores;
  /** Mean summary length in words (the text layer's `words`). */
  readonly words: number;
}

const readText = (path: string): string => readFileSync(path, 'utf8').replace(/^\uFEFF/, '');

/** A plain-text article as a clean document: with `titleLine`, the first line is its title/date line. */
function plainDocument(path: string, raw: string, titleLine: boolean): CleanDocument {
  const lines = raw.split(/\r?\n/).map((l) => clean(l).trim());
  const firstLine = titleLine ? (lines.find((l) => l.length > 0) ?? null) : null;
  const body = titleLine ? lines.slice(lines.findIndex((l) => l.length > 0) + 1) : lines;
  const paragraphs = unwrapHardWrapped(body.join('\n')).split('\n').filter((l) => l.length > 0);
  return cleanDocument({
    id: documentId(basename(path)),
    path,
    title: firstLine,
    paragraphs,
    removed: firstLine === null ? [] : [{ text: firstLine, reason: 'title' }],
    contentHash: createHash('sha1').update(key(paragraphs.join('\n'))).digest('hex'),
  });
}

/** The first `budget` words of `text`, cut after the last whole word that fits. */
function cutToWords(text: string, budget: number): string {
  const w = words(text);
  return w.length <= budget ? text : text.slice(0, w[budget - 1]!.end);
}

/** Sentences in the order given, one per line, the last one cut so the whole has `budget` words. */
function fill(sentenceTexts: Iterable<string>, budget: number): string {
  const out: string[] = [];
  let left = budget;
  for (const s of sentenceTexts) {
    if (left <= 0) break;
    const cut = cutToWords(s, left);
    out.push(cut);
    left -= words(cut).length;
  }
  return out.join('\n');
}

/** Lead round-robin: the first sentence of each document, then the second of each, and so on. */
function leadRoundRobin(docs: readonly CleanDocument[], budget: number): string {
  const each = docs.map((d) => sentences(d.text).map((s) => s.text));
  const longest = Math.max(0, ...each.map((e) => e.length));
  function* rounds(): Generator<string> {
    for (let k = 0; k < longest; k++) for (const e of each) if (k < e.length) yield e[k]!;
  }
  return fill(rounds(), budget);
}

/** The first document's sentences in order (with one document: the lead). */
function leadOfFirst(docs: readonly CleanDocument[], budget: number): string {
  return fill(docs.length === 0 ? [] : sentences(docs[0]!.text).map((s) => s.text), budget);
}

/** The first document's sentences in order, whole, each one that still fits the budget (no cut). */
function leadWholeSentences(docs: readonly CleanDocument[], budget: number): string {
  const out: string[] = [];
  let left = budget;
  for (const s of docs.length === 0 ? [] : sentences(docs[0]!.text)) {
    const n = words(s.text).length;
    if (n > 0 && n <= left) {
      out.push(s.text);
      left -= n;
    }
  }
  return out.join('\n');
}

export function khulasa(docs: readonly CleanDocument[], budget: number, options: SummaryOptions = {}): string {
  return summarize(docs, { ...options, words: budget }).sentences.map((s) => s.text).join('\n');
}

const files = (dir: string): string[] => readdirSync(dir).filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isFile()).sort();

interface Topic {
  readonly id: string;
  readonly docs: readonly CleanDocument[];
  readonly references: readonly string[];
}

/** TAC topics: `source/M00TD.arabic` grouped by `M00T`, references `models/M00T.*`. */
function tacTopics(dir: string): Topic[] {
  const sources = files(join(dir, 'source'));
  const ids = [...new Set(sources.map((f) => f.slice(0, 4)))];
  const models = files(join(dir, 'models'));
  return ids.map((id) => ({
    id,
    docs: sources.filter((f) => f.startsWith(id)).map((f) => plainDocument(join(dir, 'source', f), readText(join(dir, 'source', f)), true)),
    references: models.filter((m) => m.split('.')[0] === id).map((m) => readText(join(dir, 'models', m))),
  }));
}

/** EASC: one article per `Articles/Topic<N>/`, its five references in `MTurk/Topic<N>/`. */
function eascTopics(dir: string): Topic[] {
  const root = join(dir, 'EASC-UTF-8');
  const topics = readdirSync(join(root, 'Articles')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return topics.map((t) => {
    const article = files(join(root, 'Articles', t))[0]!;
    const path = join(root, 'Articles', t, article);
    return {
      id: t,
      docs: [plainDocument(path, readText(path), false)],
      references: files(join(root, 'MTurk', t)).map((m) => readText(join(root, 'MTurk', t, m))),
    };
  });
}

export type Summarizer = (docs: readonly CleanDocument[], budget: number) => string;

/** Runs one system on every topic; `budget` may depend on the topic (e.g. its mean reference length). */
function runSystem(system: string, topics: readonly Topic[], summarizer: Summarizer, budget: (t: Topic) => number): SystemResult {
  const summaries = topics.map((t) => summarizer(t.docs, budget(t)));
  return {
    system,
    topics: topics.length,
    scores: meanScores(topics.map((t, i) => rouge(summaries[i]!, t.references))),
    words: summaries.reduce((n, s) => n + words(s).length, 0) / Math.max(1, topics.length),
  };
}

/** Scores stored summaries `<dir>/<topic>` of one participant against the topics' references. */
function storedSystem(system: string, dir: string, topics: readonly Topic[]): SystemResult {
  const present = topics.filter((t) => files(dir).includes(t.id));
  const summaries = present.map((t) => readText(join(dir, t.id)));
  return {
    system,
    topics: present.length,
    scores: meanScores(present.map((t, i) => rouge(summaries[i]!, t.references))),
    words: summaries.reduce((n, s) => n + words(s).length, 0) / Math.max(1, present.length),
  };
}

export const TAC_WORDS = 250;

/** Which topics an experiment runs on (by position in topic order and id): all by default, or a development or held-out part. */
export type TopicFilter = (index: number, id: string) => boolean;

/**
 * What an experiment may vary, for ablations from the command line: khulasa's summary options (its
 * budget excepted) and, on TAC, the word budget of every system. Defaults: the product's options and
 * {@link TAC_WORDS}.
 */
export interface ExperimentSettings {
  readonly summary?: SummaryOptions;
  /** TAC only (EASC's budget is each article's mean reference length). Range ≥ 1. */
  readonly budget?: number;
}

export function tacExperiment(dir: string, only: TopicFilter = () => true, settings: ExperimentSettings = {}): SystemResult[] {
  const topics = tacTopics(dir).filter((t, i) => only(i, t.id));
  const fixed = (): number => settings.budget ?? TAC_WORDS;
  const ours: Summarizer = (docs, budget) => khulasa(docs, budget, settings.summary);
  const participants = files(join(dir, 'submissions')).length === 0
    ? readdirSync(join(dir, 'submissions')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    : [];
  return [
    runSystem('khulasa', topics, ours, fixed),
    runSystem('lead round-robin', topics, leadRoundRobin, fixed),
    runSystem('first document', topics, leadOfFirst, fixed),
    ...participants.map((p) => storedSystem(p, join(dir, 'submissions', p), topics)),
  ];
}

/** Mean length in words of an article's references: the budget of both systems on EASC. */
const meanReferenceWords = (t: Topic): number =>
  Math.round(t.references.reduce((n, r) => n + words(r).length, 0) / Math.max(1, t.references.length));

export function eascExperiment(dir: string, only: TopicFilter = () => true, settings: ExperimentSettings = {}): SystemResult[] {
  const topics = eascTopics(dir).filter((t, i) => only(i, t.id));
  const ours: Summarizer = (docs, budget) => khulasa(docs, budget, settings.summary);
  const leadAtKhulasaLength: Summarizer = (docs, budget) => leadOfFirst(docs, words(ours(docs, budget)).length);
  return [
    runSystem('khulasa', topics, ours, meanReferenceWords),
    runSystem('lead', topics, leadOfFirst, meanReferenceWords),
    runSystem("lead at khulasa's length", topics, leadAtKhulasaLength, meanReferenceWords),
    runSystem('lead, whole sentences that fit', topics, leadWholeSentences, meanReferenceWords),
  ];
}
