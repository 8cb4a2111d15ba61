// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnalysedArticle } from '../../../src/renderer/src/ui/analysis/AnalysedArticle';
import { AnalysisNotice } from '../../../src/renderer/src/ui/analysis/AnalysisNotice';
import { AnalysisToggle } from '../../../src/renderer/src/ui/analysis/AnalysisToggle';
import { ClaimsPanel } from '../../../src/renderer/src/ui/analysis/ClaimsPanel';
import { SentenceWhy } from '../../../src/renderer/src/ui/analysis/SentenceWhy';
import { VoicesPanel } from '../../../src/renderer/src/ui/analysis/VoicesPanel';
import { likelyCutoff, probabilityWords, VERY_LIKELY } from '../../../src/renderer/src/ui/analysis/wording';
import { analysis, blocks, original, S1 } from './fixture';

afterEach(cleanup);

/** The text a sighted reader sees: without screen-reader-only labels and label tags. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.fw-an-sr, .fw-an-tag').forEach((node) => node.remove());
  return copy.textContent ?? '';
}

describe('AnalysedArticle', () => {
  it('gives every sentence a button named by its label and probability in words', () => {
    render(<AnalysedArticle original={original} blocks={blocks} analysis={analysis} />);
    expect(screen.getByRole('button', { name: 'Reported fact, very likely (90%). Show why' })).toBeTruthy();
    // 78 %: "likely" only when practice would grade that label (the classify cut-off for "attributed").
    const words78 = 0.78 >= likelyCutoff('attributed') ? 'likely' : 'uncertain — discuss';
    expect(screen.getByRole('button', { name: `Attributed claim, ${words78} (78%). Show why` })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Framing, uncertain — discuss (55%). Show why' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Attributed claim, very likely (86%). Show why' })).toBeTruthy();
    // Visible tags, so colour is not the only signal.
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['F', 'A', 'Fr', 'A']);
  });

  it('shows exactly the original text, sliced by offsets, in each block', () => {
    const { container } = render(<AnalysedArticle original={original} blocks={blocks} analysis={analysis} />);
    const shown = [...container.querySelectorAll('[data-block]')];
    expect(shown.map((element) => element.tagName)).toEqual(['H2', 'P', 'P']);
    shown.forEach((element, index) => {
      expect(visibleText(element)).toBe(original.slice(blocks[index].start, blocks[index].end));
    });
  });

  it('never renders the text as HTML', () => {
    const html = 'A <b>bold</b> claim, officials said.';
    const block = { kind: 'paragraph' as const, start: 0, end: html.length };
    const { container } = render(<AnalysedArticle original={html} blocks={[block]} analysis={null} />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe(html);
  });

  it('underlines loaded words with their reason and a neutral alternative, and labels them for screen readers', () => {
    const { container } = render(<AnalysedArticle original={original} blocks={blocks} analysis={analysis} />);
    const relentless = [...container.querySelectorAll('.fw-an-mark--loaded')].find((node) => visibleText(node) === 'relentless');
    expect(relentless?.getAttribute('title')).toBe(
      'Loaded word (evaluative): judges the rises as unceasing and merciless. More neutral: repeated, continuing',
    );
    expect(relentless?.querySelector('.fw-an-sr')?.textContent).toBe(' (loaded word)');
    const sourceVoice = [...container.querySelectorAll('.fw-an-mark--loaded')].find((node) => visibleText(node) === ' betrayal');
    expect(sourceVoice?.getAttribute('title')).toContain('These are a source’s words');
  });

  it('marks hedges/certainty, sources and reporting verbs', () => {
    const { container } = render(<AnalysedArticle original={original} blocks={blocks} analysis={analysis} />);
    const texts = (selector: string) => [...container.querySelectorAll(selector)].map(visibleText);
    expect(texts('.fw-an-mark--certainty')).toEqual(['clearly']);
    expect(texts('.fw-an-mark--intensifier')).toEqual(['utterly']);
    expect(texts('.fw-an-mark--source')).toEqual(['Mara Quill', 'the port authority']);
    expect(texts('.fw-an-mark--reporting')).toEqual(['said', 'reported']);
    const clearly = container.querySelector('.fw-an-mark--certainty .fw-an-sr');
    expect(clearly?.textContent).toBe(' (certainty marker)');
  });

  it('splits overlapping loaded phrases without losing or repeating text', () => {
    const { container } = render(<AnalysedArticle original={original} blocks={blocks} analysis={analysis} />);
    const sentence = container.querySelector('[data-sentence-index="1"]')!;
    expect(visibleText(sentence)).toBe(S1);
    const loadedPieces = [...sentence.querySelectorAll('.fw-an-mark--loaded')].map(visibleText);
    expect(loadedPieces).toEqual(['utterly', ' ', 'disgraceful', ' betrayal']);
  });

  it('calls onSelect on click and keeps one sentence in the Tab order', () => {
    const onSelect = vi.fn();
    render(<AnalysedArticle original={original} blocks={blocks} analysis={analysis} selected={2} whyOpen onSelect={onSelect} />);
    const framing = screen.getByRole('button', { name: /^Framing/ });
    expect(framing.tabIndex).toBe(0);
    expect(framing.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('button').filter((button) => button.tabIndex === 0)).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: /^Reported fact/ }));
    expect(onSelect).toHaveBeenCalledWith(0);
    fireEvent.click(screen.getByText('relentless'));
    expect(onSelect).toHaveBeenLastCalledWith(2);
  });

  it('shows plain text when the analysis is off', () => {
    const { container } = render(<AnalysedArticle original={original} blocks={blocks} analysis={analysis} showAnalysis={false} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(container.querySelector('.fw-an-mark')).toBeNull();
    expect(container.querySelectorAll('p')[1].textContent).toBe(original.slice(blocks[2].start, blocks[2].end));
  });
});

describe('probabilityWords', () => {
  it('puts the probability in plain words with the number, "likely" from where practice grades that label', () => {
    expect(probabilityWords(0.92, 'fact')).toBe('very likely (92%)');
    for (const label of ['fact', 'attributed', 'framing'] as const) {
      const likely = likelyCutoff(label);
      expect(likely).toBeLessThanOrEqual(VERY_LIKELY);
      const mid = Math.round(((likely + VERY_LIKELY) / 2) * 100) / 100;
      if (mid >= likely && mid < VERY_LIKELY) expect(probabilityWords(mid, label)).toBe(`likely (${Math.round(mid * 100)}%)`);
      const below = Math.floor((likely - 0.01) * 100) / 100;
      expect(probabilityWords(below, label)).toBe(`uncertain — discuss (${Math.round(below * 100)}%)`);
    }
    expect(probabilityWords(0.48, 'framing')).toBe('uncertain — discuss (48%)');
    expect(probabilityWords(1, 'fact', 'key')).toBe('from the answer key');
  });
});

describe('SentenceWhy', () => {
  it('explains a framing sentence: label, probability in words, cues, loaded words, reason', () => {
    render(<SentenceWhy analysis={analysis} index={2} />);
    expect(screen.getByText('Framing: uncertain — discuss (55%)')).toBeTruthy();
    expect(screen.getByText('All three: fact 30%, attributed 15%, framing 55%.')).toBeTruthy();
    expect(screen.getByText('A prediction in the writer’s own voice, with a loaded word.')).toBeTruthy();
    const cues = screen.getByText('Cues').nextElementSibling as HTMLElement;
    expect(within(cues).getByText('“clearly”')).toBeTruthy();
    expect(cues.textContent).toContain("'clearly' presents the claim as beyond doubt");
    expect(cues.textContent).toContain('“will clearly push” prediction');
    const loaded = screen.getByText('Loaded words').nextElementSibling as HTMLElement;
    expect(loaded.textContent).toContain('“relentless”');
    expect(loaded.textContent).toContain('More neutral: repeated, continuing');
  });

  it('has no empty "Cues" heading when the loaded words are the only cues', () => {
    const onlyLoaded = structuredClone(analysis);
    onlyLoaded.sentences[2].cues = onlyLoaded.sentences[2].cues.filter((cue) => cue.kind === 'loaded');
    render(<SentenceWhy analysis={onlyLoaded} index={2} />);
    expect(screen.queryByText('Cues')).toBeNull();
    expect((screen.getByText('Loaded words').nextElementSibling as HTMLElement).textContent).toContain('“relentless”');
  });

  it('shows who says it, direct or reported', () => {
    render(<SentenceWhy analysis={analysis} index={1} />);
    const who = screen.getByText('Who says it').nextElementSibling as HTMLElement;
    expect(who.textContent).toContain('Source: “Mara Quill” (named)');
    expect(who.textContent).toContain('Reporting cue: “said”');
    expect(who.textContent).toContain('Direct quotation');
  });

  it('shows the claim with "no source given" when the article names none', () => {
    render(<SentenceWhy analysis={analysis} index={0} />);
    expect(screen.getByText('Claim to check')).toBeTruthy();
    expect(screen.getByText('Check: “12%”, “1 March”')).toBeTruthy();
    expect(screen.getByText('No source given')).toBeTruthy();
  });

  it('says a keyed sentence comes from the answer key', () => {
    render(<SentenceWhy analysis={analysis} index={0} source="key" />);
    expect(screen.getByText('Reported fact: from the answer key')).toBeTruthy();
    expect(screen.getByText('Hand-marked in the sample’s answer key.')).toBeTruthy();
  });

  it('offers a hint when no sentence is chosen', () => {
    render(<SentenceWhy analysis={analysis} index={null} />);
    expect(screen.getByText(/Choose a sentence/)).toBeTruthy();
  });
});

describe('VoicesPanel', () => {
  it('separates who is heard from who is only spoken about, with mention counts', () => {
    const onSelect = vi.fn();
    render(<VoicesPanel analysis={analysis} onSelect={onSelect} />);
    const heard = screen.getByText('Heard (quoted or paraphrased)').nextElementSibling as HTMLElement;
    const notHeard = screen.getByText('Only spoken about').nextElementSibling as HTMLElement;
    expect(within(heard).getAllByRole('button').map((button) => button.querySelector('.fw-an-voice__name')?.textContent)).toEqual([
      'Mara Quill',
      'port authority',
    ]);
    const council = within(notHeard).getByRole('button', { name: 'Highlight mentions of council, organisation, 2 mentions' });
    fireEvent.click(council);
    expect(onSelect).toHaveBeenCalledWith(2);
  });

  it('un-highlights when the highlighted voice is chosen again', () => {
    const onSelect = vi.fn();
    render(<VoicesPanel analysis={analysis} selected={0} onSelect={onSelect} />);
    const mara = screen.getByRole('button', { name: /Mara Quill/ });
    expect(mara.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(mara);
    expect(onSelect).toHaveBeenCalledWith(null);
  });
});

describe('ClaimsPanel', () => {
  it('lists each claim with its anchors and its source or "no source given"', () => {
    const onShow = vi.fn();
    const { container } = render(<ClaimsPanel analysis={analysis} onShowSentence={onShow} />);
    const items = [...container.querySelectorAll('.fw-an-claim')];
    expect(items).toHaveLength(2);
    expect([...items[0].querySelectorAll('.fw-an-chip')].map((chip) => chip.textContent)).toEqual(['12%', '1 March']);
    // What a screen reader hears keeps the anchors apart.
    expect(items[0].querySelector('.fw-an-claim__anchors')?.textContent).toBe('Check: 12%, 1 March');
    expect(items[0].textContent).toContain('No source given');
    expect(items[1].textContent).toContain('Source: the port authority');
    fireEvent.click(within(items[1] as HTMLElement).getByRole('button', { name: /Show sentence 4 in the article/ }));
    expect(onShow).toHaveBeenCalledWith(3);
  });
});

describe('ClaimsPanel: sources owed', () => {
  it('says "no source given" only where one is owed, and names a public record plainly', () => {
    const claims = analysis.claims.map((c) => (c.source ? c : { ...c, sourceOwed: false, pSourceOwed: 0.03 }));
    const { container } = render(<ClaimsPanel analysis={{ ...analysis, claims }} onShowSentence={vi.fn()} />);
    const first = container.querySelectorAll('.fw-an-claim')[0];
    expect(first.textContent).not.toContain('No source given');
    expect(first.textContent).toContain('No source named (usual for a public record or what the reporter saw)');
  });
});

describe('AnalysisNotice and AnalysisToggle', () => {
  it('says the labels are automatic judgements, or that a hand key made them', () => {
    const { rerender } = render(<AnalysisNotice source="analyser" />);
    expect(screen.getByText('These are automatic judgements by a heuristic analyser and can be wrong — check the cues.')).toBeTruthy();
    rerender(<AnalysisNotice source="key" />);
    expect(screen.getByText(/This sample has a hand-made answer key/)).toBeTruthy();
  });

  it('is a switch with its state and shortcut', () => {
    const onChange = vi.fn();
    render(<AnalysisToggle checked={false} onChange={onChange} />);
    const toggle = screen.getByRole('switch', { name: /Analysis/ });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(toggle.getAttribute('aria-keyshortcuts')).toBe('Alt+A');
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
