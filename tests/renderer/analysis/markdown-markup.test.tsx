// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalyser } from '../../../src/core/analysis';
import type { ArticleAnalysis } from '../../../src/core/analysis/types';
import { cleanParts, cleanText } from '../../../src/core/text/clean';
import { AnalysedArticle } from '../../../src/renderer/src/ui/analysis/AnalysedArticle';
import { AnalysisReader } from '../../../src/renderer/src/ui/analysis/AnalysisReader';
import { createAnalysisClient } from '../../../src/renderer/src/analysis/analysis-client';
import { markupRanges, splitAtMarks, visibleSlice, type Mark } from '../../../src/renderer/src/ui/analysis/text-segments';
import { blocks as plainBlocks, original as plainOriginal } from './fixture';

// The reader remembers its switch, filter and legend in localStorage: each test starts afresh.
afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** A markdown article with bold, emphasis, a link (with a title), inline code and a heading. */
const MD = [
  '# Ferry fares rise',
  '',
  'The council **slammed** the _relentless_ fare rises, [the port authority](https://example.org/port "Port report") said on `Tuesday`.',
  'Fares rose by 12%.',
  '',
  'Islanders were *not* consulted, officials said.',
  '',
].join('\n');

const doc = cleanText(MD, { format: 'md' });
const mdBlocks = doc.blocks;
const analysis: ArticleAnalysis = createAnalyser().analyzeArticle(MD, mdBlocks);

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The text a sighted reader sees: without screen-reader-only labels and label tags. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.fw-an-sr, .fw-an-tag').forEach((node) => node.remove());
  return copy.textContent ?? '';
}

/** The visible text with each element matching `selector` wrapped in [brackets]. */
function bracketed(element: Element, selector: string): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.fw-an-sr, .fw-an-tag').forEach((node) => node.remove());
  copy.querySelectorAll(selector).forEach((node) => {
    node.insertBefore(node.ownerDocument.createTextNode('['), node.firstChild);
    node.appendChild(node.ownerDocument.createTextNode(']'));
  });
  return squash(copy.textContent ?? '');
}

describe('markupRanges', () => {
  it('hides nothing in plain text, extracted text, or blocks whose text is the exact slice', () => {
    expect(markupRanges(plainOriginal, plainBlocks)).toHaveLength(0);
    const txt = cleanText('A  **starred**\nline, wrapped.\n\nAnd [brackets](not a link) stay.', { format: 'txt' });
    expect(markupRanges(txt.original, txt.blocks)).toHaveLength(0);
    const parts = cleanParts([{ text: 'Some *html* text.' }, { text: 'More [text](here).' }]);
    expect(markupRanges(parts.original, parts.blocks)).toHaveLength(0);
    // The reader passes the raw slice as text for non-markdown formats.
    const raw = txt.blocks.map((block) => ({ ...block, text: txt.original.slice(block.start, block.end) }));
    expect(markupRanges(txt.original, raw)).toHaveLength(0);
  });

  it('hides markdown markup so each block reads as its cleaned text', () => {
    const hidden = markupRanges(MD, mdBlocks);
    expect(hidden.map((range) => MD.slice(range.start, range.end))).toEqual([
      '**',
      '**',
      '_',
      '_',
      '[',
      '](https://example.org/port',
      '"Port report")',
      '`',
      '`',
      '*',
      '*',
    ]);
    for (const block of mdBlocks) {
      expect(squash(visibleSlice(MD, block.start, block.end, hidden))).toBe(block.text);
    }
  });

  it('keeps offsets of the original in every piece while leaving markup out of its text', () => {
    const hidden = markupRanges(MD, mdBlocks);
    const para = mdBlocks[1];
    const bold = MD.indexOf('**slammed**');
    const url = MD.indexOf('(https://');
    const marks: Mark[] = [
      // A mark drawn over the markup too (as an analyser span might be) shows only the word.
      { kind: 'loaded', start: bold, end: bold + '**slammed**'.length },
      // A mark over markup alone has nothing to show.
      { kind: 'mention', start: url, end: url + '(https://example.org/port'.length },
    ];
    const pieces = splitAtMarks(MD, para.start, para.end, marks, hidden);
    const loaded = pieces.filter((piece) => piece.marks.some((mark) => mark.kind === 'loaded'));
    expect(loaded.map((piece) => [piece.start, piece.end, piece.text])).toEqual([[bold, bold + 11, 'slammed']]);
    expect(loaded[0].ending.map((mark) => mark.kind)).toEqual(['loaded']);
    expect(pieces.some((piece) => piece.marks.some((mark) => mark.kind === 'mention'))).toBe(false);
    expect(squash(pieces.map((piece) => piece.text).join(''))).toBe(para.text);
    // Pieces still tile the block in original coordinates.
    expect(pieces[0].start).toBe(para.start);
    expect(pieces[pieces.length - 1].end).toBe(para.end);
  });
});

describe('AnalysedArticle on a markdown article', () => {
  it('shows each block as its cleaned text (modulo whitespace), with no markup or link target', () => {
    const { container } = render(<AnalysedArticle original={MD} blocks={mdBlocks} analysis={analysis} />);
    const shown = [...container.querySelectorAll('[data-block]')];
    expect(shown.map((element) => element.tagName)).toEqual(['H2', 'P', 'P']);
    shown.forEach((element, index) => expect(squash(visibleText(element))).toBe(mdBlocks[index].text));
    const text = visibleText(container);
    for (const markup of ['**', '_', '`', '[', '](', 'https://', 'Port report', '*not*']) expect(text).not.toContain(markup);
    expect(text).toContain('the port authority');
  });

  it('highlights a loaded word inside **bold** at its place, named for screen readers', () => {
    const slammed = analysis.loaded.find((span) => MD.slice(span.start, span.end) === 'slammed');
    expect(slammed).toBeDefined();
    const { container } = render(<AnalysedArticle original={MD} blocks={mdBlocks} analysis={analysis} />);
    const paragraph = container.querySelector(`[data-block="${mdBlocks[1].start}"]`)!;
    expect(bracketed(paragraph, '.fw-an-mark--loaded')).toBe(
      'The council [slammed] the [relentless] fare rises, the port authority said on Tuesday. Fares rose by 12%.',
    );
    const mark = [...paragraph.querySelectorAll('.fw-an-mark--loaded')].find((node) => visibleText(node) === 'slammed');
    expect(mark?.querySelector('.fw-an-sr')?.textContent).toBe(' (loaded word)');
  });

  it('keeps sentence boundaries: each sentence shows its own words only', () => {
    const { container } = render(<AnalysedArticle original={MD} blocks={mdBlocks} analysis={analysis} />);
    const sentences = [...container.querySelectorAll('[data-sentence-index]')].map((node) => squash(visibleText(node)));
    expect(sentences).toEqual([
      'The council slammed the relentless fare rises, the port authority said on Tuesday.',
      'Fares rose by 12%.',
      'Islanders were not consulted, officials said.',
    ]);
  });

  it('leaves markup out with the analysis off too', () => {
    const { container } = render(<AnalysedArticle original={MD} blocks={mdBlocks} analysis={analysis} showAnalysis={false} />);
    [...container.querySelectorAll('[data-block]')].forEach((element, index) => expect(squash(element.textContent ?? '')).toBe(mdBlocks[index].text));
  });
});

describe('AnalysisReader panels on a Markdown article', () => {
  it('quote sentences without markup in the why panel and the claims list', async () => {
    const client = createAnalysisClient({ createWorker: null, analyseOnMainThread: vi.fn(async () => analysis) });
    const article = { hash: 'md-hash', original: MD, blocks: mdBlocks };
    render(<AnalysisReader article={article} client={client} />);
    const first = analysis.sentences[0];
    const firstTag = await screen.findAllByRole('button', { name: /Show why$/ });
    fireEvent.click(firstTag[0]);
    const quote = document.querySelector('.fw-an-why__sentence');
    expect(quote).not.toBeNull();
    const shown = quote!.textContent ?? '';
    expect(shown).not.toMatch(/\*\*|https:|`|\]\(/);
    expect(squash(shown)).toContain('slammed');
    expect(first.text).toMatch(/\*\*/); // the analyser's own text still has the markup
    for (const claim of document.querySelectorAll('.fw-an-claim__sentence')) {
      expect(claim.textContent ?? '').not.toMatch(/\*\*|https:|`|\]\(/);
    }
  });
});
