import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerKey, SampleKind } from '../../../src/core/samples/answer-key';
import { bodyLines as bodyLinesOf, keySpans } from '../../../src/core/samples/validate-key';

const dir = join(__dirname, '../../../resources/samples');
const LABELS = new Set(['fact', 'attributed', 'framing']);
const SOURCE_KINDS = new Set(['named', 'group', 'vague', 'anonymous', 'pronoun']);
const KINDS: SampleKind[] = [
  'seed', 'wire-report', 'local-news', 'interview-feature', 'op-ed', 'editorial', 'press-release', 'advocacy', 'multi-sided',
];

interface IndexEntry { id: string; file: string; key: string; title: string; kind: SampleKind }

const index: IndexEntry[] = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const keyFiles = readdirSync(dir).filter((f) => f.endsWith('.key.json')).sort();

function loadKey(file: string): AnswerKey {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as AnswerKey;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const bodyLines = (text: string, key: AnswerKey) => bodyLinesOf(text, key);
const spansOf = keySpans;

describe('sample library index', () => {
  it('lists every key file exactly once, with existing article files', () => {
    expect(index.map((e) => e.key).sort()).toEqual(keyFiles);
    expect(new Set(index.map((e) => e.id)).size).toBe(index.length);
    for (const e of index) {
      expect(existsSync(join(dir, e.file)), e.file).toBe(true);
      const key = loadKey(e.key);
      expect(key.id).toBe(e.id);
      expect(key.file).toBe(e.file);
      expect(key.title).toBe(e.title);
      expect(key.kind).toBe(e.kind);
    }
  });

  it('covers every kind of article the library promises, with at least eight practice articles', () => {
    const practice = index.filter((e) => loadKey(e.key).practiceMaterial);
    expect(practice.length).toBeGreaterThanOrEqual(8);
    expect(new Set(index.map((e) => e.kind))).toEqual(new Set(KINDS));
  });
});

describe.each(keyFiles)('answer key %s', (keyFile) => {
  const key = loadKey(keyFile);
  const textPath = join(dir, key.file);
  const text = existsSync(textPath) ? readFileSync(textPath, 'utf8') : '';

  it('points at an existing, non-empty article', () => {
    expect(existsSync(textPath), key.file).toBe(true);
    expect(text.trim().length).toBeGreaterThan(0);
    expect(`${key.id}.key.json`).toBe(keyFile);
  });

  it('quotes every sentence exactly, in article order, never inside a heading or debris line', () => {
    expect(key.sentences.length).toBeGreaterThan(0);
    const body = bodyLines(text, key);
    let cursor = 0;
    for (const s of key.sentences) {
      const at = text.indexOf(s.text, cursor);
      expect(at, `not found after offset ${cursor}: ${s.text}`).toBeGreaterThanOrEqual(0);
      expect(s.text).toBe(s.text.trim());
      const inBody = body.some((b) => at >= b.start && at + s.text.length <= b.start + b.line.length);
      expect(inBody, `sentence is not inside one body paragraph: ${s.text}`).toBe(true);
      cursor = at + s.text.length;
    }
  });

  it('labels every non-whitespace character of the body paragraphs', () => {
    const covered = new Uint8Array(text.length);
    let cursor = 0;
    for (const s of key.sentences) {
      const at = text.indexOf(s.text, cursor);
      covered.fill(1, at, at + s.text.length);
      cursor = at + s.text.length;
    }
    for (const b of bodyLines(text, key)) {
      for (let i = 0; i < b.line.length; i++) {
        if (/\s/.test(b.line[i])) continue;
        expect(covered[b.start + i], `unlabelled text: "${b.line.slice(i, i + 60)}"`).toBe(1);
      }
    }
  });

  it('lists headings and debris as whole lines of the article', () => {
    const lines = text.split('\n').map((l) => l.trim());
    const count = (x: string) => lines.filter((l) => l === x).length;
    for (const h of key.headings) {
      expect(count(h), `heading: ${h}`).toBeGreaterThan(0);
      expect(h).not.toMatch(/[.!?]$/);
    }
    const listed = [...key.headings, ...key.debris];
    for (const d of key.debris) expect(count(d), `debris: ${d}`).toBeGreaterThanOrEqual(listed.filter((x) => x === d).length);
  });

  it('uses valid labels and finds every span inside its sentence', () => {
    for (const s of key.sentences) {
      expect(LABELS.has(s.label), s.text).toBe(true);
      for (const [what, span] of spansOf(s)) {
        expect(span.length, `${what} empty in: ${s.text}`).toBeGreaterThan(0);
        expect(s.text.includes(span), `${what} "${span}" not in: ${s.text}`).toBe(true);
      }
      for (const l of s.loaded ?? []) {
        if (l.voice !== undefined) expect(['writer', 'source']).toContain(l.voice);
        if (l.neutral !== undefined) expect(l.neutral.length).toBeGreaterThan(0);
      }
      if (s.note !== undefined) expect(s.note.trim().length).toBeGreaterThan(0);
    }
  });

  it('gives attributed sentences a source and cue, or marks them as a continued quotation', () => {
    key.sentences.forEach((s, i) => {
      if (s.label !== 'attributed') {
        expect(s.source, `non-attributed sentence has a source: ${s.text}`).toBeUndefined();
        return;
      }
      expect(typeof s.direct, s.text).toBe('boolean');
      if (s.source === undefined) {
        // A quotation that continues the previous attributed sentence: its speaker is named there.
        expect(s.direct, s.text).toBe(true);
        expect(/^["\u201C]/.test(s.text), s.text).toBe(true);
        expect(key.sentences[i - 1]?.label, s.text).toBe('attributed');
        expect(s.note, s.text).toMatch(/continu/i);
      } else {
        expect(SOURCE_KINDS.has(s.sourceKind ?? ''), s.text).toBe(true);
        expect(s.cue, s.text).toBeTruthy();
      }
      if (s.direct) expect(s.text).toMatch(/["\u201C\u201D]/);
    });
  });

  it('records check-worthy claims with a claim source or an explicit none', () => {
    for (const s of key.sentences) {
      if (!s.checkWorthy) {
        expect(s.claimSource, s.text).toBeUndefined();
        continue;
      }
      expect(s.claimSource === null || typeof s.claimSource === 'string', s.text).toBe(true);
      if (s.claimSource === null) expect(s.claimSourceKind, s.text).toBe('none');
      else expect(SOURCE_KINDS.has(s.claimSourceKind ?? ''), s.text).toBe(true);
    }
    expect(key.sentences.some((s) => s.checkWorthy)).toBe(true);
  });

  it('names voices heard and voices mentioned but never heard', () => {
    expect(key.voices.heard.length).toBeGreaterThan(0);
    expect(key.voices.notHeard.length).toBeGreaterThan(0);
  });

  if (key.practiceMaterial) {
    it('is an original practice article of 400 to 900 words', () => {
      const words = wordCount(key.sentences.map((s) => s.text).join(' '));
      expect(words).toBeGreaterThanOrEqual(400);
      expect(words).toBeLessThanOrEqual(900);
      expect(wordCount(text)).toBeLessThanOrEqual(900);
      expect(key.kind).not.toBe('seed');
    });
  } else {
    it('is the seed article, kept as published', () => {
      expect(key.kind).toBe('seed');
      expect(key.sentences.filter((s) => s.label === 'fact')).toHaveLength(0);
    });
  }
});

describe('the library as a whole', () => {
  it('is balanced: each label is at least a fifth of all sentences, and plain facts are common', () => {
    const counts = { fact: 0, attributed: 0, framing: 0 };
    for (const f of keyFiles) for (const s of loadKey(f).sentences) counts[s.label]++;
    const total = counts.fact + counts.attributed + counts.framing;
    for (const label of Object.keys(counts) as (keyof typeof counts)[]) {
      expect(counts[label] / total, label).toBeGreaterThanOrEqual(0.2);
    }
    const factHeavy = keyFiles.map(loadKey).filter((k) => k.sentences.filter((s) => s.label === 'fact').length / k.sentences.length >= 0.4);
    expect(factHeavy.length).toBeGreaterThanOrEqual(2);
  });
});
