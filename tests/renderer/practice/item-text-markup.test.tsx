// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/practice/tokens';
import type { Highlight } from '../../../src/core/practice';
import { cleanText } from '../../../src/core/text/clean';
import { markupRanges } from '../../../src/renderer/src/ui/analysis/text-segments';
import {
  ContextParagraph,
  HiddenMarkupContext,
  HighlightedSentence,
  VisibleSlice,
  WordPicker,
} from '../../../src/renderer/src/ui/practice/ItemText';

afterEach(cleanup);

const MD = 'Intro line here.\n\nThe council **slammed** the fare rises, [the port authority](https://example.org/port) said. Fares rose by `12%`.\n';
const doc = cleanText(MD, { format: 'md' });
const hidden = markupRanges(MD, doc.blocks);
const paragraph = doc.blocks[1];
const sentenceEnd = MD.indexOf('said.') + 'said.'.length;
const sentence = { start: paragraph.start, end: sentenceEnd, text: MD.slice(paragraph.start, sentenceEnd) };
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
const bold = MD.indexOf('slammed');
const slammed: Highlight = { kind: 'loaded', start: bold, end: bold + 'slammed'.length, text: 'slammed', neutral: ['criticised'] };

function withMarkup(node: ReactNode) {
  return render(<HiddenMarkupContext.Provider value={hidden}>{node}</HiddenMarkupContext.Provider>);
}

function visible(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((node) => node.remove());
  copy.querySelectorAll('.pr-cue').forEach((node) => {
    node.insertBefore(node.ownerDocument.createTextNode('['), node.firstChild);
    node.appendChild(node.ownerDocument.createTextNode(']'));
  });
  return squash(copy.textContent ?? '');
}

describe('item text on a markdown article', () => {
  it('shows the paragraph and the highlighted cue without markup, the cue at its place', () => {
    const { container } = withMarkup(
      <ContextParagraph
        original={MD}
        context={{ start: paragraph.start, end: paragraph.end, text: '' }}
        sentence={sentence}
        renderSentence={() => <HighlightedSentence original={MD} sentence={sentence} cues={[slammed]} />}
      />,
    );
    expect(visible(container)).toBe('The council [slammed] the fare rises, the port authority said. Fares rose by 12%.');
  });

  it('offers only words the learner can see, named by their visible text', () => {
    const tokens = tokenize(sentence.text, sentence.start);
    // The link target's words are tokens too; they are markup, so they are not offered.
    expect(tokens.some((token) => token.text === 'https')).toBe(true);
    withMarkup(
      <WordPicker original={MD} sentence={sentence} tokens={tokens} selected={[]} label="Words" onToggle={() => undefined} />,
    );
    const words = screen.getAllByRole('button').map((button) => button.textContent);
    expect(words).toEqual(['The', 'council', 'slammed', 'the', 'fare', 'rises', 'the', 'port', 'authority', 'said']);
    expect(screen.getByRole('button', { name: /slammed/ }).getAttribute('data-token')).toBe(
      String(tokens.find((token) => token.text === 'slammed')!.index),
    );
    expect(squash(screen.getByRole('group').textContent ?? '')).toBe('The council slammed the fare rises, the port authority said.');
  });

  it('shows exact slices when no markup is given (plain text)', () => {
    const { container } = render(<VisibleSlice original={MD} start={paragraph.start} end={paragraph.end} />);
    expect(container.textContent).toBe(MD.slice(paragraph.start, paragraph.end));
    cleanup();
    const { container: shown } = withMarkup(<VisibleSlice original={MD} start={paragraph.start} end={paragraph.end} />);
    expect(squash(shown.textContent ?? '')).toBe(paragraph.text);
  });
});
