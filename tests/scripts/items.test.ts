import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyser, type Analyser } from '../../src/core/analysis';
import { itemLine, itemsForFile, type ItemLine } from '../../scripts/items';

const SAMPLE = join(process.cwd(), 'resources', 'samples', 'wire-varne-river-floods.txt');
let analyser: Analyser;
let lines: ItemLine[];

beforeAll(async () => {
  analyser = createAnalyser();
  const { items, shift } = await itemsForFile(SAMPLE, analyser);
  lines = items.map((i) => itemLine(SAMPLE, i, shift));
}, 60_000);

describe('items CLI contract', () => {
  it('prints every field for every item, with offsets that slice the sentence out of the file', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    expect(lines.length).toBeGreaterThan(10);
    for (const l of lines) {
      const fields = ['file', 'id', 'skill', 'graded', 'confidence', 'sentence', 'question', 'choices', 'expected'];
      expect(Object.keys(l)).toEqual(l.gradedOn ? [...fields, 'gradedOn', 'voiceConfidence'] : fields);
      expect(l.confidence).toBeGreaterThanOrEqual(0);
      expect(l.confidence).toBeLessThanOrEqual(1);
      expect(l.question.length).toBeGreaterThan(5);
      if (l.sentence) expect(text.slice(l.sentence.start, l.sentence.end).trim().length).toBeGreaterThan(0);
    }
  });

  it('shapes `expected` per skill as documented', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const bySkill = (s: string) => lines.filter((l) => l.skill === s);
    for (const l of bySkill('classify')) expect(['fact', 'attributed', 'framing']).toContain(l.expected);
    for (const l of bySkill('who-says')) {
      const e = l.expected as { speaker: string; start: number | null; end: number | null };
      expect(typeof e.speaker).toBe('string');
      if (e.speaker !== 'writer' && e.speaker !== 'none') expect(e.start).not.toBeNull();
    }
    for (const l of bySkill('source-check')) expect(['named', 'vague', 'none']).toContain((l.expected as { kind: string }).kind);
    for (const l of [...bySkill('loaded-words'), ...bySkill('hedge-certainty')]) {
      for (const s of l.expected as { start: number; end: number; text: string }[]) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    for (const l of bySkill('missing-voices')) {
      const e = l.expected as { notHeard: string[]; heard: string[] };
      expect(Array.isArray(e.notHeard) && Array.isArray(e.heard)).toBe(true);
    }
  });

  it('prints a classify item graded on the writer\'s voice alone as not graded on its label, with gradedOn "voice"', async () => {
    const { generateItems } = await import('../../src/core/practice');
    const { importFile } = await import('../../src/renderer/src/import/import-file');
    const article = await importFile({ name: SAMPLE, data: new Uint8Array(readFileSync(SAMPLE)) }, { parseHtml: () => { throw new Error('not html'); }, loadPdfjs: async () => { throw new Error('not pdf'); } });
    const analysis = analyser.analyzeArticle(article.document.original, article.document.blocks);
    const items = generateItems({ id: null, hash: article.hash, original: article.document.original }, analysis, null, { cutoffs: { classify: 2 }, voiceCutoff: 0 });
    const voice = items.filter((i) => i.skill === 'classify' && i.voiceOnly).map((i) => itemLine(SAMPLE, i));
    expect(voice.length).toBeGreaterThan(0);
    for (const l of voice) {
      expect(l).toMatchObject({ graded: false, gradedOn: 'voice' });
      expect(['fact', 'framing']).toContain(l.expected);
      expect(l.voiceConfidence).toBeGreaterThanOrEqual(0);
    }
  });

  it('never offers a place as a speaker', () => {
    const places = ['Valdria', 'Lorrenstadt'];
    for (const l of lines.filter((x) => x.skill === 'who-says')) for (const p of places) expect(l.choices).not.toContain(p);
  });

  it('keeps offsets in the coordinates of `label` when the file starts with a byte-order mark', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-items-'));
    const path = join(dir, 'bom.txt');
    const body = readFileSync(SAMPLE, 'utf8');
    writeFileSync(path, '\uFEFF' + body);
    const { items, shift } = await itemsForFile(path, analyser);
    expect(shift).toBe(1);
    const withBom = '\uFEFF' + body;
    for (const i of items) {
      const l = itemLine(path, i, shift);
      if (l.sentence) expect(withBom.slice(l.sentence.start, l.sentence.end)).toBe(i.sentence!.text);
    }
  }, 60_000);
});
