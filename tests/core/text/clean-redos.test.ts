/**
 * Issue 9, defect 2: hostile lines must cost linear time. A line of `#`, tens of thousands
 * of spaces and U+2028 (a line separator the line splitter does not break on) made the
 * old heading pattern backtrack cubically and froze the window.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/text/clean';

const SPACES = ' '.repeat(50_000);
const HOSTILE_LINES = [
  `#${SPACES}\u2028`,
  `# x${SPACES}\u2028`,
  `###${SPACES}#${SPACES}\u2029`,
  `#${'\t '.repeat(25_000)}#\u2028x`,
];

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

describe('cleanText on hostile heading lines', () => {
  for (const [i, line] of HOSTILE_LINES.entries()) {
    it(`finishes quickly (line ${i})`, () => {
      for (const format of ['md', 'txt'] as const) {
        // A generous bound: the fix takes milliseconds; the old pattern took minutes here.
        const ms = timed(() => cleanText(`Title\n\n${line}\n\nThe council met on Tuesday.`, { format }));
        expect(ms).toBeLessThan(1_000);
      }
    });
  }

  it('still reads ATX headings as before', () => {
    const doc = cleanText('# Budget passes ##\n\nThe council approved it.\n\n## Next steps\n\nMore to come.', { format: 'md' });
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(['Budget passes', 'Next steps']);
    const closing = cleanText('#   Spaced title   #  \n\nBody text here.', { format: 'md' }).blocks[0];
    expect(closing.text).toBe('Spaced title');
    expect(cleanText('# Title#\n\nBody.', { format: 'md' }).blocks[0].text).toBe('Title#');
  });
});

describe('cleanText on a closing paragraph that is one long run of word characters (review of 2.29.0)', () => {
  it('finishes quickly: the reply-line pattern is bounded', () => {
    const story = ['Library hours cut', 'By Ann Lee', 'The council voted to close two libraries.', 'Campaigners said they would appeal.', 'The branches close in May.'];
    const ms = timed(() => cleanText([...story, 'a'.repeat(40_000)].join('\n\n'), { format: 'txt' }));
    // The unbounded pattern took about 3 s here; the bounded one a few milliseconds.
    expect(ms).toBeLessThan(1_000);
  });
});
