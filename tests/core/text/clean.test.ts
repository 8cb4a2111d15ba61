import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanParts, cleanText, looksLikeHeading, mapBlockText, stripInlineMarkdown } from '../../../src/core/text/clean';
import type { CleanedDocument, TextBlock } from '../../../src/core/text/types';

const SEED = readFileSync(new URL('../../../resources/samples/iran-pij-gaza-exchange.txt', import.meta.url), 'utf8');

/** Offsets must slice back to trimmed text, in order, without overlap. */
function expectValidOffsets(doc: CleanedDocument): void {
  let previousEnd = 0;
  for (const block of doc.blocks) {
    expect(block.start).toBeGreaterThanOrEqual(previousEnd);
    expect(block.end).toBeGreaterThan(block.start);
    expect(block.end).toBeLessThanOrEqual(doc.original.length);
    const slice = doc.original.slice(block.start, block.end);
    expect(slice).toBe(slice.trim());
    expect(block.text).toBe(block.text.replace(/\s+/g, ' ').trim());
    previousEnd = block.end;
  }
}

/** For plain text, block.text is exactly the whitespace-collapsed slice. */
function expectTextIsCollapsedSlice(doc: CleanedDocument): void {
  for (const block of doc.blocks) {
    expect(block.text).toBe(doc.original.slice(block.start, block.end).replace(/\s+/g, ' ').trim());
  }
}

const kinds = (blocks: TextBlock[]): string[] => blocks.map((b) => b.kind);
const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=[A-Z])/);

describe('cleanText on the seed article', () => {
  const doc = cleanText(SEED);

  it('keeps the original text unchanged', () => {
    expect(doc.original).toBe(SEED);
  });

  it('finds 5 paragraphs, 3 headings and 2 debris lines in document order', () => {
    expect(kinds(doc.blocks)).toEqual([
      'paragraph',
      'debris',
      'heading',
      'paragraph',
      'heading',
      'debris',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Escalating Crisis in Gaza',
      "Iran's Diplomatic Efforts and Support",
      'International Response and Future Implications',
    ]);
    const debris = doc.blocks.filter((b) => b.kind === 'debris');
    expect(debris.map((b) => b.text)).toEqual(['Advertisment', 'Advertisment']);
    expect(debris.every((b) => b.reason === 'advertisement')).toBe(true);
  });

  it('gives paragraphs holding the 13 hand-labelled sentences, 2 in the first paragraph', () => {
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph');
    expect(sentences(paragraphs[0].text)).toHaveLength(2);
    expect(paragraphs.map((p) => sentences(p.text).length)).toEqual([2, 3, 3, 3, 2]);
    expect(paragraphs[0].text.startsWith('In a significant diplomatic exchange,')).toBe(true);
    expect(paragraphs[4].text.endsWith('potentially redefine international relations in the region.')).toBe(true);
  });

  it('has offsets that slice back to each block', () => {
    expectValidOffsets(doc);
    for (const block of doc.blocks) expect(doc.original.slice(block.start, block.end)).toBe(block.text);
  });

  it('gives the same blocks for CRLF and CR line endings, with offsets into that text', () => {
    for (const eol of ['\r\n', '\r']) {
      const variant = SEED.replace(/\n/g, eol);
      const other = cleanText(variant);
      expect(other.original).toBe(variant);
      expect(other.blocks.map((b) => [b.kind, b.text])).toEqual(doc.blocks.map((b) => [b.kind, b.text]));
      expectValidOffsets(other);
      expectTextIsCollapsedSlice(other);
    }
  });

  it('gives the same blocks when pasted with one paragraph per line and no blank lines', () => {
    const pasted = SEED.split(/\n\n/).join('\n');
    const other = cleanText(pasted);
    expect(other.blocks.map((b) => [b.kind, b.text])).toEqual(doc.blocks.map((b) => [b.kind, b.text]));
    expectValidOffsets(other);
  });
});

describe('cleanText paragraphs', () => {
  it('treats single newlines inside a paragraph as soft wraps', () => {
    const text = 'The council met on Monday\nand voted to approve the plan.\n\nThe vote was close.';
    const doc = cleanText(text);
    expect(doc.blocks.map((b) => b.text)).toEqual(['The council met on Monday and voted to approve the plan.', 'The vote was close.']);
    expect(kinds(doc.blocks)).toEqual(['paragraph', 'paragraph']);
    expectValidOffsets(doc);
    expectTextIsCollapsedSlice(doc);
  });

  it('splits a text without blank lines into one block per line, joining clear soft wraps', () => {
    const text = 'Bridge vote passes\nThe council approved the bridge on Monday.\nOpponents said the cost was too high and\nthat roads should come first.\nWork starts in spring.';
    const doc = cleanText(text);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Bridge vote passes'],
      ['paragraph', 'The council approved the bridge on Monday.'],
      ['paragraph', 'Opponents said the cost was too high and that roads should come first.'],
      ['paragraph', 'Work starts in spring.'],
    ]);
    expectValidOffsets(doc);
  });

  it('splits long sentence-ending lines that lost their blank line between them', () => {
    const a = 'The first paragraph is a long line of pasted text that goes on well past the width of any hard-wrapped text file ever written.';
    const b = 'The second paragraph starts on the next line, also long, and also clearly a separate paragraph for a reader of the article.';
    const doc = cleanText(`Intro line one.\n\n${a}\n${b}`);
    expect(doc.blocks.map((x) => x.text)).toEqual(['Intro line one.', a, b]);
  });

  it('splits a heading typed directly above its paragraph', () => {
    const doc = cleanText('Why it matters\nThe decision affects about 2,000 families who live on the east bank of the river and commute daily.\n\nMore text follows here.');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Why it matters'],
      ['paragraph', 'The decision affects about 2,000 families who live on the east bank of the river and commute daily.'],
      ['paragraph', 'More text follows here.'],
    ]);
  });

  it('splits a debris line glued to a paragraph', () => {
    const doc = cleanText('Advertisement\nThe council met on Monday.\n\nShare this article');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['debris', 'Advertisement'],
      ['paragraph', 'The council met on Monday.'],
      ['debris', 'Share this article'],
    ]);
  });

  it('returns no blocks for empty or whitespace-only text', () => {
    expect(cleanText('').blocks).toEqual([]);
    expect(cleanText(' \n\r\n\t ').blocks).toEqual([]);
  });

  it('keeps offsets in UTF-16 code units around astral characters', () => {
    const text = '😀 Emoji lead\n\nThe 𝔘nicode paragraph says “hello” — twice.';
    const doc = cleanText(text);
    expectValidOffsets(doc);
    expectTextIsCollapsedSlice(doc);
    expect(doc.blocks[1].text).toBe('The 𝔘nicode paragraph says “hello” — twice.');
  });

  it('handles list items as separate paragraphs (marker excluded from offsets)', () => {
    const text = 'Key points:\n\n- The bridge costs 4.2 million euros.\n- Work starts in spring.';
    const doc = cleanText(text);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Key points:', 'The bridge costs 4.2 million euros.', 'Work starts in spring.']);
    expect(doc.original.slice(doc.blocks[1].start, doc.blocks[1].end)).toBe('The bridge costs 4.2 million euros.');
  });
});

describe('cleanText headings', () => {
  it('takes a short line without end punctuation followed by a paragraph as a heading', () => {
    const doc = cleanText('Council Votes on Bridge\n\nThe council voted on Monday.');
    expect(kinds(doc.blocks)).toEqual(['heading', 'paragraph']);
  });

  it('does not take sentences, lowercase lines, long lines or a last line as headings', () => {
    const cases = [
      'He said no.\n\nThe council voted on Monday.',
      'Officials said:\n\nThe council voted on Monday.',
      'and then it rained\n\nThe council voted on Monday.',
      'The council met.\n\nThis line is far too long to be a heading because it has many more than twelve words in it\n\nThe council voted on Monday.',
      'The council voted on Monday.\n\nEnd of story',
    ];
    for (const text of cases) {
      expect(cleanText(text).blocks.filter((b) => b.kind === 'heading')).toEqual([]);
    }
  });

  it('takes the first line as the title even when it is longer than a subhead, and a lone dateline line as metadata (a byline is already set aside)', () => {
    const text =
      'SkyVale shares slide 14% as fuel costs and engine repairs push the airline to a loss\n\nBy Jo Tester\n\nPublished 2 April 2024\n\nShares in SkyVale fell on Tuesday after the airline reported a loss.';
    const doc = cleanText(text);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'debris', 'heading', 'paragraph']);
    // Not a title: a first line that ends like a sentence, or one followed only by short lines.
    expect(cleanText('Shares fell on Tuesday.\n\nThe airline reported a loss.').blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(cleanText('Apples\n\nPears').blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('takes a live blog’s timestamp lines as headings, not sentences', () => {
    const doc = cleanText('Storm live\n\n12:30\n\nThe river rose again.\n\n14:05 GMT\n\nTrains stopped.\n\n2.05pm\n\nPower is back.');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
  });

  it('does not take bylines or datelines as headings', () => {
    expect(looksLikeHeading('By Jo Tester')).toBe(false);
    expect(looksLikeHeading('March 25, 2024')).toBe(false);
    expect(looksLikeHeading('Escalating Crisis in Gaza')).toBe(true);
  });

  it('recognises markdown # headings and setext underlines, excluding the markers from offsets', () => {
    const text = '# Big News #\n\nBody text here.\n\nSection Two\n-----------\n\nMore body text.';
    const doc = cleanText(text);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Big News'],
      ['paragraph', 'Body text here.'],
      ['heading', 'Section Two'],
      ['paragraph', 'More body text.'],
    ]);
    expect(doc.original.slice(doc.blocks[0].start, doc.blocks[0].end)).toBe('Big News');
    expect(doc.original.slice(doc.blocks[2].start, doc.blocks[2].end)).toBe('Section Two');
  });

  it('takes a standfirst under the title, and a title over a byline without "By", as headings', () => {
    const feature = cleanText('Carys Denholm has run a care home for 19 years\n\nNow its owners want to close it. She talked to Mei Fairweather\n\nThe letter arrived on a Tuesday.\n\nShe read it twice.');
    expect(kinds(feature.blocks)).toEqual(['heading', 'heading', 'paragraph', 'paragraph']);
    const oped = cleanText('Castlemere is not modernising its libraries, it is quietly closing them\n\nEleanor Marchbank\n\nComment | Thursday 14 March\n\nI have borrowed books from the Stellgate branch since I was seven.\n\nFive of nine branches will close.');
    expect(kinds(oped.blocks).slice(0, 2)).toEqual(['heading', 'heading']);
    expect(kinds(oped.blocks).slice(3)).toEqual(['paragraph', 'paragraph']);
    const live = cleanText('Live: Aske Bridge closed indefinitely after crack found in main span\n\nMarlham Evening Post live team\n\nLast updated 5.40pm\n\nThe bridge will stay shut, engineers said.');
    expect(kinds(live.blocks)).toEqual(['heading', 'heading', 'heading', 'paragraph']);
    // A first paragraph that lost its full stop but runs long stays a paragraph.
    const long = cleanText(`Bridge closes\n\n${'The council said the bridge would close for repairs and reopen in spring '.repeat(6)}\n\nIt reopens in May.`);
    expect(kinds(long.blocks)).toEqual(['heading', 'paragraph', 'paragraph']);
    // Found by the 2.17.0 review: lead paragraphs that only look unpunctuated stay paragraphs.
    for (const lead of [
      'A care worker who stole £48,000 from residents has been jailed. Judge Ann Reeve told her: ‘You took money meant for the most vulnerable.’',
      'Residents of the Lower Town have been told to prepare for flooding 🌧️',
      'Patients at Marston General will pay £4.50 an hour to park from April, according to a trust board paper seen by the Gazette',
      'Good morning and welcome to our live coverage of the count in Selbury',
    ]) {
      const doc = cleanText(`Care worker jailed\n\n${lead}\n\nShe will serve half of the sentence in custody.\n\nThe money has not been recovered.`);
      expect(kinds(doc.blocks), lead).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
    }
    // A list of unpunctuated lines under the title is no standfirst.
    const bullets = cleanText('Floods: what we know so far\n\nThree people were rescued from cars on Bridge Street\n\nTwo schools are closed\n\nThe A38 is shut at Kelbridge\n\nThe river peaked at 4.2 metres on Tuesday night.');
    expect(kinds(bullets.blocks)[1]).toBe('paragraph');
  });

  it('keeps a run of short lines (a list) as paragraphs except the one before the text', () => {
    const doc = cleanText('Apples\n\nPears\n\nPlums\n\nFruit prices rose sharply this year.');
    expect(kinds(doc.blocks)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
  });
});

describe('cleanText markdown', () => {
  const md = [
    '---',
    'title: Front matter is metadata',
    '---',
    '# The *big* __story__',
    '',
    'Some **bold** and _italic_ text with a [link](https://example.org/a_(b)) and `code`,',
    'wrapped onto a second line.',
    '',
    '* first item',
    '* second item with ~~strike~~',
    '  continued',
    '',
    '> A quoted **line**',
    '> and its second line.',
    '',
    '![photo](pic.jpg)',
    '',
    '```',
    'const x = 1;',
    '```',
    '',
    '[ref]: https://example.org',
    '',
    'snake_case_name stays intact, and 2 * 3 * 4 is arithmetic.',
  ].join('\n');
  const doc = cleanText(md, { format: 'md' });

  it('strips markup from block text', () => {
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'The big story'],
      ['paragraph', 'Some bold and italic text with a link and code, wrapped onto a second line.'],
      ['paragraph', 'first item'],
      ['paragraph', 'second item with strike continued'],
      ['paragraph', 'A quoted line and its second line.'],
      ['debris', '![photo](pic.jpg)'],
      ['paragraph', 'const x = 1;'],
      ['debris', '[ref]: https://example.org'],
      ['paragraph', 'snake_case_name stays intact, and 2 * 3 * 4 is arithmetic.'],
    ]);
  });

  it('skips front matter and keeps offsets covering the original markup', () => {
    expect(doc.blocks[0].start).toBe(md.indexOf('The *big*'));
    expect(doc.original.slice(doc.blocks[0].start, doc.blocks[0].end)).toBe('The *big* __story__');
    expectValidOffsets(doc);
  });

  it('maps block text positions back to the original with mapBlockText', () => {
    for (const block of doc.blocks.filter((b) => b.kind !== 'debris')) {
      const map = mapBlockText(doc.original, block);
      expect(map).toHaveLength(block.text.length + 1);
      for (let i = 0; i < block.text.length; i++) {
        if (block.text[i] === ' ') expect(/\s/.test(doc.original[map[i]])).toBe(true);
        else expect(doc.original[map[i]]).toBe(block.text[i]);
        if (i > 0) expect(map[i]).toBeGreaterThan(map[i - 1]);
      }
    }
    const para = doc.blocks[1];
    const map = mapBlockText(doc.original, para);
    const at = para.text.indexOf('link');
    expect(doc.original.slice(map[at], map[at] + 4)).toBe('link');
  });

  it('strips inline markdown without touching plain punctuation', () => {
    expect(stripInlineMarkdown('a **b** _c_ [d](e) ![f](g) <em>h</em> \\*i\\*')).toBe('a b c d  h *i*');
    expect(stripInlineMarkdown('file_name_here and 5 * 6')).toBe('file_name_here and 5 * 6');
  });

  it('leaves markdown markers in block text when the format is txt', () => {
    const plain = cleanText('Some **bold** text here.');
    expect(plain.blocks[0].text).toBe('Some **bold** text here.');
  });
});

describe('mapBlockText on plain text', () => {
  it('maps every character of a soft-wrapped block to its original position', () => {
    const original = 'Intro\r\n\r\nThe council   met\r\non Monday.';
    const doc = cleanText(original);
    const block = doc.blocks[1];
    const map = mapBlockText(original, block);
    block.text.split('').forEach((ch, i) => {
      if (ch !== ' ') expect(original[map[i]]).toBe(ch);
    });
    expect(map[map.length - 1]).toBe(block.end);
  });
});

describe('cleanParts', () => {
  it('joins parts with blank lines so each block text equals its slice', () => {
    const doc = cleanParts([
      { text: '  Title  here ', kind: 'heading' },
      { text: 'First   paragraph.\n' },
      { text: '' },
      { text: 'Advertisement' },
      { text: 'Short item', kind: 'paragraph' },
      { text: 'Subhead without tag' },
      { text: 'Last paragraph of text.' },
    ]);
    expect(doc.original).toBe('Title here\n\nFirst paragraph.\n\nAdvertisement\n\nShort item\n\nSubhead without tag\n\nLast paragraph of text.');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Title here'],
      ['paragraph', 'First paragraph.'],
      ['debris', 'Advertisement'],
      ['paragraph', 'Short item'],
      ['heading', 'Subhead without tag'],
      ['paragraph', 'Last paragraph of text.'],
    ]);
    for (const b of doc.blocks) expect(doc.original.slice(b.start, b.end)).toBe(b.text);
  });

  it('returns an empty document for no parts', () => {
    expect(cleanParts([])).toEqual({ original: '', blocks: [] });
  });
});

describe('stripInlineMarkdown on hostile input', () => {
  // Each of these once re-scanned to the end of the text from every opener (seconds for
  // 100 KB, hours for a 10 MB file). Unclosed openers are not markup: the text stays as is.
  const unclosed = ['[', '![', '[a](', '![a](', '[a](b(', '<http:', '<!--', '[a](<', '~~a '];
  for (const unit of unclosed) {
    it(`leaves 200,000 characters of unclosed "${unit}" as text`, () => {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      expect(stripInlineMarkdown(text)).toBe(text);
    });
  }

  for (const unit of ['**a ', '_a ', '***a **', '`a']) {
    it(`strips only delimiters from 200,000 characters of "${unit}"`, () => {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const stripped = stripInlineMarkdown(text);
      expect(stripped.replace(/[*_`]/g, '')).toBe(text.replace(/[*_`]/g, ''));
    });
  }

  it('still strips the markup that does close among them', () => {
    expect(stripInlineMarkdown('[[[ [link](https://example.org/a_(b)) ((( **bold** **a ')).toBe('[[[ link ((( bold **a ');
    expect(stripInlineMarkdown('<!-- x <!-- y --> z')).toBe('<!-- x  z');
    expect(stripInlineMarkdown('**bold *it* more** and ~~gone~~ `co`de`')).toBe('bold *it* more and gone code`');
  });
});

describe('mapBlockText on text that does not match its original', () => {
  it('maps 200,000 characters missing from the original in linear time, staying monotonic', () => {
    const original = 'y'.repeat(200_000);
    const text = 'x y'.repeat(66_000);
    const map = mapBlockText(original, { kind: 'paragraph', start: 0, end: original.length, text });
    expect(map).toHaveLength(text.length + 1);
    expect(map.every((v, i) => i === 0 || v >= map[i - 1])).toBe(true);
    expect(map.every((v) => v >= 0 && v <= original.length)).toBe(true);
    // Each "y" is found right after the previous one.
    expect(map[1]).toBe(0);
    expect(map[4]).toBe(1);
  });

  it('still maps matching text exactly, spaces to the start of their whitespace run', () => {
    const original = 'Hello,\n  big   world';
    expect(mapBlockText(original, { kind: 'paragraph', start: 0, end: original.length, text: 'Hello, big world' })).toEqual([
      0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 15, 16, 17, 18, 19, 20,
    ]);
  });
});

describe('a press release’s trailer (analyser 2.11.0)', () => {
  const body = [
    'Carrowmore University opens a new library',
    'Carrowmore University today opened a library for 2,000 readers.',
    '"It is a great day," said the vice-chancellor, Dr Ama Osei.',
    'The library cost £12 million and took three years to build.',
    'It will open from 8am to midnight during term.',
  ];
  it('drops the paragraphs after an "About …" head at the end of a press release as boilerplate', () => {
    const trailer = ['About Carrowmore University', 'Carrowmore University is a public research university founded in 1905.', 'Media contact: press@carrowmore.example'];
    const doc = cleanText([...body, ...trailer].join('\n\n'));
    const kinds = doc.blocks.map((b) => [b.kind, b.reason ?? '']);
    expect(kinds.slice(-3)).toEqual([['debris', 'press-release boilerplate'], ['debris', 'press-release boilerplate'], ['debris', 'press-release boilerplate']]);
    expect(doc.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(4);
    // The issuer describing itself is press-release evidence enough.
    const about = cleanText([...body, 'About FreshCart Markets: Founded in 1965 in Dayton, Ohio, FreshCart Markets is a family-owned grocery chain.'].join('\n\n'));
    expect(about.blocks.at(-1)).toMatchObject({ kind: 'debris', reason: 'press-release boilerplate' });
  });
  it('keeps an explainer’s "About …" subhead and the paragraphs under it', () => {
    const explainer = cleanText([...body, 'About Universal Credit: who is affected', 'Around 6 million people now claim universal credit, official figures show.', 'Claimants can appeal, but fewer than one in ten do.'].join('\n\n'));
    expect(explainer.blocks.filter((b) => b.kind === 'debris')).toHaveLength(0);
    const story = cleanText([...body, 'About Halden Homes: the firm has built more than 4,000 homes and was fined in 2019.', '"This is not over," said Ruth Bell.'].join('\n\n'));
    expect(story.blocks.filter((b) => b.kind === 'debris')).toHaveLength(0);
  });
  it('keeps the story when such a head comes early or a long story follows it', () => {
    const early = cleanText([body[0], 'About Carrowmore University', ...body.slice(1)].join('\n\n'));
    expect(early.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(4);
    const long = cleanText([...body, 'Notes to editors', ...Array.from({ length: 9 }, (_, i) => `Paragraph ${i + 1} of the story goes on here.`)].join('\n\n'));
    expect(long.blocks.filter((b) => b.kind === 'paragraph').length).toBeGreaterThanOrEqual(13);
  });
});
