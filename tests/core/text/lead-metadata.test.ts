import { describe, expect, it } from 'vitest';
import { cleanParts, cleanText } from '../../../src/core/text/clean';
import { parseNewsDate, takeLeadMetadata } from '../../../src/core/text/lead-metadata';

describe('parseNewsDate', () => {
  it.each([
    ['2 April 2024', '2024-04-02'],
    ['2nd April, 2024', '2024-04-02'],
    ['Tuesday 2 April 2024 14.05 BST', '2024-04-02'],
    ['April 2, 2024', '2024-04-02'],
    ['Tue, Apr. 2 2024 at 10:32 a.m. EDT', '2024-04-02'],
    ['Sept 30, 2023', '2023-09-30'],
    ['2024-04-02T09:30:00Z', '2024-04-02'],
  ])('reads %s', (text, iso) => {
    expect(parseNewsDate(text)).toBe(iso);
  });

  it.each(['02/04/2024', '31 February 2024', 'April 2024', 'the second of April', '2 April 2024 the council voted'])('leaves %s alone', (text) => {
    expect(parseNewsDate(text)).toBeUndefined();
  });
});

describe('takeLeadMetadata', () => {
  const body = 'The council voted on Tuesday to close the old library on Mill Street, citing the cost of heating it.';

  it('turns byline and date lines at the top into metadata and debris with a reason', () => {
    const doc = cleanText(`Council closes library\n\nBy Jane Roe — Education editor\n\nPublished 2 April 2024\n\nUpdated: 3 April 2024, 14:05 GMT\n\n${body}`);
    const { document, metadata } = takeLeadMetadata(doc);
    expect(metadata).toEqual({ byline: 'Jane Roe — Education editor', publishedAt: '2024-04-02', updatedAt: '2024-04-03' });
    expect(document.blocks.map((b) => [b.kind, b.reason])).toEqual([
      ['heading', undefined],
      ['debris', 'byline'],
      ['debris', 'publication date'],
      ['debris', 'date updated'],
      ['paragraph', undefined],
    ]);
    // Offsets and text are untouched.
    expect(document.original).toBe(doc.original);
    expect(document.blocks.map((b) => b.text)).toEqual(doc.blocks.map((b) => b.text));
  });

  it('reads a line holding several pieces ("By Jo Tester · 25 March 2024")', () => {
    const { metadata } = takeLeadMetadata(cleanParts([{ text: 'Title here', kind: 'heading' }, { text: 'By Jo Tester and Sam Lee · 25 March 2024' }, { text: body }]));
    expect(metadata).toEqual({ byline: 'Jo Tester and Sam Lee', publishedAt: '2024-03-25' });
  });

  it('leaves prose that starts with "By" or holds a date, and lines far down the article', () => {
    const parts = [
      { text: 'By Monday the council had voted to close the library' },
      { text: 'By Friday, Mr Jones said.' },
      { text: 'Published 2 April 2024 in the county gazette under the headline that started it all' },
      ...Array.from({ length: 8 }, () => ({ text: body })),
      { text: 'By Jane Roe' },
    ];
    const doc = cleanParts(parts);
    const { document, metadata } = takeLeadMetadata(doc);
    expect(metadata).toEqual({});
    expect(document).toBe(doc);
  });

  it('keeps the first byline and date when there are several', () => {
    const { metadata } = takeLeadMetadata(cleanParts([{ text: 'By Jane Roe' }, { text: '2 April 2024' }, { text: 'By Sam Lee' }, { text: '5 May 2024' }, { text: body }]));
    expect(metadata).toEqual({ byline: 'Jane Roe', publishedAt: '2024-04-02' });
  });
});

describe('the title is never repeated as the first sentence', () => {
  it('a long title typed directly above the first paragraph of a .txt becomes a heading', () => {
    const title = 'Council votes to close Jarrowford library after years of budget cuts and falling visitor numbers';
    const doc = cleanText(`${title}\nThe council voted on Tuesday to close the library.\nOfficials said costs had risen.\n\nSecond paragraph is here. It has words.`);
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', text: title });
    expect(doc.blocks[1].text.startsWith('The council voted')).toBe(true);
  });

  it('hard-wrapped text whose first line is as long as the others stays one paragraph', () => {
    const doc = cleanText('The council voted on Tuesday to close the old library on Mill Street\nCouncillors said the cost of heating it had doubled since last winter.\n\nMore.');
    expect(doc.blocks[0].kind).toBe('paragraph');
    expect(doc.blocks[0].text.startsWith('The council voted')).toBe(true);
    expect(doc.blocks[0].text).toContain('Councillors said');
  });

  it('a long title paragraph of an extracted document (docx, pdf) is a heading, not a sentence', () => {
    const title = 'Council votes to close Jarrowford library after years of budget cuts and falling visitor numbers';
    const doc = cleanParts([{ text: title }, { text: 'The council voted on Tuesday to close the library. Officials said costs had risen sharply.' }]);
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', text: title });
  });
});
